package org.stockreaction.calendar;

import java.time.LocalTime;
import java.time.ZoneId;

/** The exchange whose session decides day 0: its time zone and its regular close. */
public enum Exchange {
  /** NYSE and Nasdaq: America/New_York, close 16:00. */
  US("New York", ZoneId.of("America/New_York"), LocalTime.of(16, 0)),
  /** Hong Kong Exchange: Asia/Hong_Kong, close 16:00. */
  HK("Hong Kong", ZoneId.of("Asia/Hong_Kong"), LocalTime.of(16, 0));

  private final String place;
  private final ZoneId zone;
  private final LocalTime close;

  Exchange(String place, ZoneId zone, LocalTime close) {
    this.place = place;
    this.zone = zone;
    this.close = close;
  }

  /** Where the exchange is, in words ("Hong Kong"). */
  public String place() {
    return place;
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
