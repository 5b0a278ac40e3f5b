package org.stockreaction.ingest;

import java.util.List;
import java.util.Locale;

/**
 * Recognises how a price file is written when the {@link PriceFormat} does not say: the delimiter
 * from the first line, the decimal mark from the first price values, and which known {@link
 * PriceLayout} the header's names make. Finding the columns is {@link PriceHeader}'s; the date
 * notation is settled from the first date by {@link RowScanner} with {@link DateKind}.
 */
final class LayoutDetection {

  private LayoutDetection() {}

  /** The delimiter with the most occurrences outside quotes on the first non-blank line. */
  static char delimiter(byte[] b, int from, int end) {
    int comma = 0;
    int semi = 0;
    int tab = 0;
    int pipe = 0;
    boolean quoted = false;
    boolean started = false;
    for (int i = from; i < end; i++) {
      byte c = b[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == '\n' || c == '\r') {
          if (started) {
            break;
          }
          continue;
        }
        started = true;
        if (c == ',') {
          comma++;
        } else if (c == ';') {
          semi++;
        } else if (c == '\t') {
          tab++;
        } else if (c == '|') {
          pipe++;
        }
      }
    }
    int best = Math.max(Math.max(comma, semi), Math.max(tab, pipe));
    if (best == 0 || best == comma) {
      return ',';
    }
    return best == semi ? ';' : best == tab ? '\t' : '|';
  }

  /** The layout the header's names make, for the report. */
  static PriceLayout layout(List<String> names, List<String> keys, PriceColumns c, int tickerCol,
      PriceFormat format, byte delim) {
    if (format.dateColumn() != null || format.priceColumn() != null) {
      return PriceLayout.MAPPED;
    }
    if (tickerCol >= 0) {
      return c.returns() ? PriceLayout.CRSP : PriceLayout.PANEL;
    }
    if (delim == ';') {
      return PriceLayout.EUROPEAN;
    }
    if (keys.contains("closelast")) {
      return PriceLayout.NASDAQ;
    }
    if (keys.contains("price") && keys.contains("change")) {
      return PriceLayout.INVESTING;
    }
    if (keys.contains("stocksplits") || keys.contains("dividends")) {
      return PriceLayout.YFINANCE_HISTORY;
    }
    if (keys.contains("adjclose")) {
      return PriceLayout.YAHOO_WEB;
    }
    boolean lower = true;
    for (String nm : names) {
      lower &= nm.equals(nm.toLowerCase(Locale.ROOT));
    }
    if (lower) {
      return PriceLayout.LOWER_CASE;
    }
    if (keys.size() >= 6 && keys.subList(0, 6).equals(
        List.of("date", "open", "high", "low", "close", "volume"))) {
      return PriceLayout.STOOQ;
    }
    return PriceLayout.YFINANCE;
  }

  /**
   * The decimal mark, from the price, high and low values of the first 200 rows from the
   * scanner's position: a comma when a value has a comma after its last dot, a comma not followed
   * by exactly three digits (or any comma when the delimiter is not one), or two dots.
   */
  static byte decimalMark(CsvScanner sc, PriceColumns c, byte delim) throws InputException {
    boolean commaOnly = false;
    boolean multiDot = false;
    int rows = 0;
    while (rows < 200 && sc.nextRow()) {
      rows++;
      int f = 0;
      while (sc.nextField()) {
        if ((f == c.price() || f == c.high() || f == c.low()) && !plainNumber(sc)) {
          String v = sc.text();
          int dot = v.lastIndexOf('.');
          int comma = v.lastIndexOf(',');
          if (dot >= 0 && comma >= 0) {
            return comma > dot ? (byte) ',' : (byte) '.';
          }
          if (comma >= 0 && (delim != ',' || !threeAfter(v, comma))) {
            commaOnly = true;
          }
          if (dot >= 0 && v.indexOf('.') != dot) {
            multiDot = true;
          }
        }
        f++;
      }
    }
    return commaOnly || multiDot ? (byte) ',' : (byte) '.';
  }

  /**
   * Whether the current field has no comma and at most one dot: such a field changes nothing
   * below, so its text is not made (a file's first 200 rows were 9 % of reading rows-heavy).
   */
  private static boolean plainNumber(CsvScanner sc) {
    int dots = 0;
    for (int i = sc.start; i < sc.end; i++) {
      byte x = sc.b[i];
      if (x == ',' || (x == '.' && ++dots > 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean threeAfter(String v, int at) {
    int digits = 0;
    for (int i = at + 1; i < v.length() && Character.isDigit(v.charAt(i)); i++) {
      digits++;
    }
    return digits == 3;
  }
}
