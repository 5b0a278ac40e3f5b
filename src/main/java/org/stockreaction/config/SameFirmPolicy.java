package org.stockreaction.config;

/**
 * What a group's statistics do with two events of the same ticker whose event windows overlap.
 * The per-event outputs keep every event whatever the policy.
 */
public enum SameFirmPolicy {
  /** Keep every event, with a warning (the default). */
  KEEP("keep"),
  /** Keep the earliest event of each run of overlapping events; the others are left out. */
  FIRST("first"),
  /** Leave out every event whose window overlaps another event of the same ticker. */
  DROP("drop");

  private final String key;

  SameFirmPolicy(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static SameFirmPolicy fromKey(String key) {
    for (SameFirmPolicy p : values()) {
      if (p.key.equalsIgnoreCase(key.trim())) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown same-firm policy \"" + key
        + "\" (expected keep, first or drop)");
  }
}
