package org.stockreaction.config;

/**
 * Every setting of a study. The key is the same in the config file and, with {@code --} in front,
 * on the command line; the command line wins over the file.
 */
public enum Setting {
  ESTIMATION_WINDOW("estimation-window", "-250,-11",
      "estimation window in trading days relative to day 0, inclusive, e.g. -250,-11"),
  EVENT_WINDOWS("event-windows", "0,0; -1,+1; 0,+1; -5,+5",
      "event windows, inclusive, separated by ';', e.g. 0,0; -1,+1"),
  MODEL("model", "market",
      "expected-return model: market, market-adjusted, mean-adjusted or raw"),
  RETURN_TYPE("return-type", "simple", "return type: simple or log"),
  MIN_ESTIMATION_OBS("min-estimation-obs", "120",
      "fewest estimation-window returns an event needs; fewer fails that event"),
  BENCHMARK("benchmark", "SPY",
      "default benchmark ticker, for events that name none; its dates are the trading calendar"),
  MISSING_DAYS("missing-days", "skip",
      "a stock day without a price: skip (no return on the next day) or trade-to-trade"),
  AS_OF("as-of", "",
      "ignore all prices dated after this day (YYYY-MM-DD); empty means use everything"),
  EVENTS("events", "events.csv", "events file, relative to the input folder"),
  PRICES("prices", "prices", "folder of <TICKER>.csv price files, relative to the input folder"),
  KEEP_RUNS("keep-runs", "10",
      "dated run folders to keep under <output>/runs, newest first (at least 1); older ones are deleted");

  private final String key;
  private final String defaultValue;
  private final String description;

  Setting(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  public static Setting fromKey(String key) {
    for (Setting s : values()) {
      if (s.key.equals(key)) {
        return s;
      }
    }
    return null;
  }
}
