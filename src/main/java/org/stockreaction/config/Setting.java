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
      "expected-return model: market, market-adjusted, mean-adjusted, raw, ff3, carhart4 or ff5"),
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
  FF3_FACTORS("ff3-factors", "factors/F-F_Research_Data_Factors_daily.csv",
      "daily three-factor file (Mkt-RF, SMB, HML, RF) for ff3 and carhart4, relative to the input"
          + " folder"),
  MOMENTUM_FACTORS("momentum-factors", "factors/F-F_Momentum_Factor_daily.csv",
      "daily momentum file (Mom) for carhart4, relative to the input folder"),
  FF5_FACTORS("ff5-factors", "factors/F-F_Research_Data_5_Factors_2x3_daily.csv",
      "daily five-factor file (Mkt-RF, SMB, HML, RMW, CMA, RF) for ff5, relative to the input"
          + " folder"),
  COMPARE_MODEL("compare-model", "ff3",
      "a second model computed for every event and set against the main one in report.md when its"
          + " factor files are present; none to skip"),
  DATE_COLUMN("date-column", "",
      "price files' date column, by header name or 1-based number; empty means recognise it"),
  PRICE_COLUMN("price-column", "",
      "price files' price (or return) column, by header name or number; empty means recognise it"),
  DATE_FORMAT("date-format", "",
      "price files' date pattern in java.time notation, e.g. dd.MM.yyyy; empty means recognise it"),
  DELIMITER("delimiter", "",
      "price files' field delimiter: one character, or tab, comma, semicolon, pipe; empty means"
          + " recognise it"),
  DECIMAL("decimal", "", "price files' decimal mark: . or ,; empty means recognise it"),
  KEEP_RUNS("keep-runs", "10",
      "dated run folders to keep under <output>/runs, newest first (at least 1); older ones are deleted"),
  REPORT_EVENTS("report-events", "50",
      "events shown one by one in report.md and report.html (at least 0); every event stays in the"
          + " CSV files"),
  REPORT_CHARTS("report-charts", "12",
      "groups, and events, charted in report.html and charts/ (at least 0), the groups with the"
          + " most events first; every group stays in the overview and the CSV files");

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
