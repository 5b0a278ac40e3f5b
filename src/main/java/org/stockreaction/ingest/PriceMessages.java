package org.stockreaction.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of price file errors and warnings: values quoted as written but at most {@link #QUOTED}
 * characters of them, dates in ISO form, numbers without exponent, examples in the file's decimal
 * mark. What is wrong is decided where it is found ({@link RowScanner}, {@link PriceHeader},
 * {@link SeriesBuilder}); the one-line {@code file:line:column} form is {@link InputException}'s.
 */
final class PriceMessages {

  private PriceMessages() {}

  /** The most characters of a value or row a message quotes. */
  static final int QUOTED = 80;

  /** The text, cut to {@link #QUOTED} characters with {@code ...} when longer. */
  static String clip(String text) {
    if (text.length() <= QUOTED) {
      return text;
    }
    int cut = QUOTED;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "...";
  }

  /**
   * The bytes {@code [s, e)} as text for a message: unquoted when {@code escaped}, at most {@link
   * #QUOTED} characters. Only the start of a long value is decoded.
   */
  static String quote(byte[] b, int s, int e, boolean escaped) {
    int n = Math.min(e - s, 4 * QUOTED + 8);
    String t = new String(b, s, n, StandardCharsets.UTF_8);
    if (escaped) {
      t = t.replace("\"\"", "\"");
    }
    // a cut value decodes to more than QUOTED characters, so clip marks it as cut
    return clip(t);
  }

  /** A header's names, each quoted, for messages; at most {@link #QUOTED} characters of each. */
  static String quoted(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i == 20) {
        sb.append(" and ").append(names.size() - 20).append(" more");
        break;
      }
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append('"').append(clip(names.get(i))).append('"');
    }
    return sb.toString();
  }

  /** An example value written with the file's decimal mark. */
  static String example(String plain, byte point) {
    return point == ',' ? plain.replace('.', ',') : plain;
  }

  /** The tickers a file holds, the first ten named. */
  static String tickers(PriceFile f) {
    List<String> t = new ArrayList<>(f.series().keySet());
    return t.size() <= 10 ? String.join(", ", t) : String.join(", ", t.subList(0, 10)) + " and "
        + (t.size() - 10) + " more";
  }

  /** A number as plain digits, without trailing zeros or exponent. */
  static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** A number rounded half up to {@code decimals} places, as plain digits. */
  static String fixed(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  static String iso(int epochDay) {
    return LocalDate.ofEpochDay(epochDay).toString();
  }
}
