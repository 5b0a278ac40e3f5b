package org.stockreaction.calendar;

/** What to do when a stock has no price on a trading day of the calendar. */
public enum MissingDayPolicy {
  /**
   * A return exists only between two consecutive calendar days that both have a price; the day
   * after a gap has no return (the default).
   */
  SKIP("skip"),
  /**
   * Trade-to-trade: the first day after a gap carries the return from the last available price,
   * compounded across the gap, and so does the benchmark.
   */
  TRADE_TO_TRADE("trade-to-trade");

  private final String key;

  MissingDayPolicy(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static MissingDayPolicy fromKey(String key) {
    for (MissingDayPolicy m : values()) {
      if (m.key.equalsIgnoreCase(key.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown missing-day policy \"" + key + "\"");
  }
}
