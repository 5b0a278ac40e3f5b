package org.stockreaction.calendar;

import java.time.LocalTime;
import java.time.ZoneId;

/** The exchange whose session decides day 0: its time zone and its regular close. */
public enum Exchange {
  /** NYSE and Nasdaq: America/New_York, close 16:00. */
  US(ZoneId.of("America/New_York"), LocalTime.of(16, 0)),
  /** Hong Kong Exchange: Asia/Hong_Kong, close 16:00. */
  HK(ZoneId.of("Asia/Hong_Kong"), LocalTime.of(16, 0));

  private final ZoneId zone;
  private final LocalTime close;

  Exchange(ZoneId zone, LocalTime close) {
    this.zone = zone;
    this.close = close;
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalTime close() {
    return close;
  }

  /** The exchange a ticker trades on, from its suffix: {@code .HK} is Hong Kong, others US. */
  public static Exchange ofTicker(String ticker) {
    return ticker.toUpperCase(java.util.Locale.ROOT).endsWith(".HK") ? HK : US;
  }
}
