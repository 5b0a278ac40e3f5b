package org.stockreaction.ingest;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The date notations price files use, each parsed straight from bytes into an epoch day. A
 * timestamp's time and offset are ignored: the trading date is the local date written, never
 * shifted to UTC.
 */
enum DateKind {
  /** {@code 2025-02-11}, optionally followed by a time and offset ({@code 2025-02-11 00:00:00+08:00}). */
  ISO("YYYY-MM-DD such as 2025-02-11"),
  /** {@code 02/11/2025}, month first (Nasdaq.com, Investing.com). */
  MONTH_DAY_YEAR("MM/DD/YYYY such as 02/11/2025"),
  /** {@code 11/02/2025}, day first; chosen when a first part above 12 shows it. */
  DAY_MONTH_YEAR("DD/MM/YYYY such as 11/02/2025"),
  /** {@code 11.02.2025} (European spreadsheets). */
  DOTTED("DD.MM.YYYY such as 11.02.2025"),
  /** {@code 20250211} (CRSP, Kenneth French). */
  COMPACT("YYYYMMDD such as 20250211"),
  /** {@code Feb 11, 2025} or {@code February 11, 2025} (Investing.com). */
  MONTH_NAME("a date such as Feb 11, 2025");

  /** Returned for text that is not a date of the kind. */
  static final int INVALID = Integer.MIN_VALUE;

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };
  private static final String[] FULL_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"
  };

  private final String expected;

  DateKind(String expected) {
    this.expected = expected;
  }

  /** What a date of this kind looks like, for messages. */
  String expected() {
    return expected;
  }

  /** The kind of date {@code b[from, to)} is written in, or null when it is none of them. */
  static DateKind guess(byte[] b, int from, int to) {
    for (DateKind k : values()) {
      if (k != DAY_MONTH_YEAR && k.parse(b, from, to) != INVALID) {
        return k;
      }
    }
    if (DAY_MONTH_YEAR.parse(b, from, to) != INVALID) {
      return DAY_MONTH_YEAR;
    }
    return null;
  }

  /** The kind {@code b[from, to)} looks like, even when it is not a valid date; null if none. */
  static DateKind shape(byte[] b, int from, int to) {
    String t = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    if (t.length() >= 5 && t.charAt(4) == '-') {
      return ISO;
    }
    if (t.indexOf('/') > 0) {
      return MONTH_DAY_YEAR;
    }
    if (t.indexOf('.') > 0) {
      return DOTTED;
    }
    if (t.length() == 8 && t.chars().allMatch(Character::isDigit)) {
      return COMPACT;
    }
    if (t.indexOf(',') > 0 && !t.isEmpty() && Character.isLetter(t.charAt(0))) {
      return MONTH_NAME;
    }
    return null;
  }

  /** The epoch day of {@code b[from, to)}, or {@link #INVALID}. */
  int parse(byte[] b, int from, int to) {
    int n = to - from;
    switch (this) {
      case ISO:
        if (n < 10 || b[from + 4] != '-' || b[from + 7] != '-') {
          return INVALID;
        }
        if (n > 10 && !isTimeSuffix(b, from + 10, to)) {
          return INVALID;
        }
        return epochDay(digits(b, from, 4), digits(b, from + 5, 2), digits(b, from + 8, 2));
      case MONTH_DAY_YEAR:
      case DAY_MONTH_YEAR:
      case DOTTED: {
        byte sep = this == DOTTED ? (byte) '.' : (byte) '/';
        int a = from;
        int p = a;
        while (p < to && b[p] != sep) {
          p++;
        }
        int q = p + 1;
        while (q < to && b[q] != sep) {
          q++;
        }
        if (p - a < 1 || p - a > 2 || q - p - 1 < 1 || q - p - 1 > 2 || to - q - 1 != 4) {
          return INVALID;
        }
        int first = digits(b, a, p - a);
        int second = digits(b, p + 1, q - p - 1);
        int year = digits(b, q + 1, 4);
        return this == MONTH_DAY_YEAR ? epochDay(year, first, second) : epochDay(year, second, first);
      }
      case COMPACT:
        if (n != 8) {
          return INVALID;
        }
        return epochDay(digits(b, from, 4), digits(b, from + 4, 2), digits(b, from + 6, 2));
      case MONTH_NAME:
        return monthName(new String(b, from, n, StandardCharsets.ISO_8859_1));
      default:
        return INVALID;
    }
  }

  private static boolean isTimeSuffix(byte[] b, int from, int to) {
    byte first = b[from];
    if (first != ' ' && first != 'T') {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      byte c = b[i];
      if (!(c >= '0' && c <= '9') && c != ':' && c != '+' && c != '-' && c != '.' && c != 'Z'
          && c != ' ') {
        return false;
      }
    }
    return true;
  }

  private static int monthName(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    int sp = t.indexOf(' ');
    int comma = t.indexOf(',');
    if (sp < 3 || comma < sp) {
      return INVALID;
    }
    String mon = t.substring(0, sp);
    int month = -1;
    for (int i = 0; i < 12; i++) {
      if (mon.equals(MONTHS[i]) || mon.equals(FULL_MONTHS[i])) {
        month = i + 1;
      }
    }
    String dayText = t.substring(sp + 1, comma).strip();
    String yearText = t.substring(comma + 1).strip();
    if (month < 0 || dayText.isEmpty() || dayText.length() > 2 || yearText.length() != 4) {
      return INVALID;
    }
    byte[] d = dayText.getBytes(StandardCharsets.ISO_8859_1);
    byte[] y = yearText.getBytes(StandardCharsets.ISO_8859_1);
    return epochDay(digits(y, 0, 4), month, digits(d, 0, d.length));
  }

  /** The decimal value of {@code n} ASCII digits, or -1 if any is not a digit. */
  static int digits(byte[] b, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** Days since 1970-01-01 of a valid date, or {@link #INVALID} (Hinnant's days-from-civil). */
  static int epochDay(int y, int m, int d) {
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > lengthOfMonth(y, m)) {
      return INVALID;
    }
    int yy = m <= 2 ? y - 1 : y;
    int era = yy / 400;
    int yoe = yy - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  static int lengthOfMonth(int y, int m) {
    switch (m) {
      case 2:
        return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** A date-format setting ({@code java.time} pattern such as {@code dd.MM.yyyy}) as a strict parser. */
  static DateTimeFormatter pattern(String pattern) {
    StringBuilder sb = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (char c : pattern.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      sb.append(!quoted && c == 'y' && pattern.indexOf('G') < 0 ? 'u' : c);
    }
    return DateTimeFormatter.ofPattern(sb.toString(), Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** The epoch day of {@code text} under a pattern, or {@link #INVALID}. */
  static int parse(DateTimeFormatter f, String text) {
    try {
      return (int) f.parse(text.strip(), LocalDate::from).toEpochDay();
    } catch (DateTimeParseException e) {
      return INVALID;
    } catch (DateTimeException | ArithmeticException e) {
      return INVALID;
    }
  }
}
