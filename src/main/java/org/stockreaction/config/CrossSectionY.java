package org.stockreaction.config;

/** The dependent variable of the cross-sectional regression of the events' abnormal returns. */
public enum CrossSectionY {
  /** The cumulative abnormal return (the default). */
  CAR("car"),
  /** The standardised CAR, {@code CAR / sqrt(Var(CAR))}. */
  SCAR("scar"),
  /** The buy-and-hold abnormal return. */
  BHAR("bhar");

  private final String key;

  CrossSectionY(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static CrossSectionY fromKey(String key) {
    for (CrossSectionY y : values()) {
      if (y.key.equalsIgnoreCase(key.trim())) {
        return y;
      }
    }
    throw new IllegalArgumentException("unknown cross-section-y \"" + key
        + "\" (expected car, scar or bhar)");
  }
}
