package org.stockreaction.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When the news came out: a date, or an instant with its offset (ISO-8601, such as
 * {@code 2025-02-11T20:00+08:00}), or a local date-time read in the exchange's zone.
 *
 * @param text the text as written in the events file
 * @param date the calendar date, when only a date was given
 * @param instant the moment with its offset, when a time was given
 * @param local a date-time without offset, read in the exchange's own zone
 */
public record EventTime(String text, LocalDate date, OffsetDateTime instant, LocalDateTime local) {

  public EventTime {
    Objects.requireNonNull(text, "text");
    int given = (date != null ? 1 : 0) + (instant != null ? 1 : 0) + (local != null ? 1 : 0);
    if (given != 1) {
      throw new IllegalArgumentException("exactly one of date, instant and local must be set");
    }
  }

  /** Parses a date or timestamp; empty when the text is neither. */
  public static Optional<EventTime> parse(String raw) {
    String t = raw.trim();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (t.length() == 10) {
        return Optional.of(new EventTime(t, isoDate(t), null, null));
      }
      String iso = t.replace(' ', 'T');
      try {
        return Optional.of(new EventTime(t, null, OffsetDateTime.parse(iso), null));
      } catch (DateTimeParseException e) {
        return Optional.of(new EventTime(t, null, null, LocalDateTime.parse(iso)));
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code LocalDate.parse(t)} for a 10-character text. {@code yyyy-mm-dd} is read digit by digit
   * ({@link LocalDate#of} refuses what ISO's strict resolver refuses, such as 2025-02-30); any other
   * text goes to {@code LocalDate.parse}. The formatter took about 0.3 s of CPU for the 24,000
   * events of an events-heavy study on a cold JVM.
   */
  static LocalDate isoDate(String t) {
    if (t.charAt(4) == '-' && t.charAt(7) == '-') {
      int y = digits(t, 0, 4);
      int m = digits(t, 5, 7);
      int d = digits(t, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
          throw new DateTimeParseException("not a date: " + t, t, 0, e);
        }
      }
    }
    return LocalDate.parse(t);
  }

  /** The ASCII digits {@code t[from, to)} as a number, or -1 when one is not a digit. */
  private static int digits(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  public boolean hasTime() {
    return date == null;
  }

  /** The date-time in the exchange's zone, when a time was given. */
  public Optional<LocalDateTime> inZone(ZoneId zone) {
    if (instant != null) {
      return Optional.of(instant.atZoneSameInstant(zone).toLocalDateTime());
    }
    if (local != null) {
      return Optional.of(ZonedDateTime.of(local, zone).toLocalDateTime());
    }
    return Optional.empty();
  }
}
