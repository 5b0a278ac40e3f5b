package org.stockreaction.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A price field's bytes as a number: the missing-value markers, plain decimals parsed in place by
 * {@link DecimalParser}, and the careful path for currency signs, thousands separators and a
 * decimal comma. Which decimal mark a file uses is {@link LayoutDetection}'s to find; whether a
 * number is a usable price (positive, in range) is {@link RowScanner}'s to judge.
 */
final class PriceValues {

  private PriceValues() {}

  private static final String CURRENCY = "$\u20AC\u00A3\u00A5";

  /**
   * Empty, {@code null}, {@code NaN}, {@code N/A}, {@code NA}, {@code -} or {@code .}; for
   * returns also CRSP's codes B and C.
   */
  static boolean isMissing(byte[] b, int s, int e, boolean returns) {
    int n = e - s;
    if (n == 0) {
      return true;
    }
    if (n > 4) {
      return false;
    }
    String t = new String(b, s, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    switch (t) {
      case "null":
      case "nan":
      case "n/a":
      case "na":
      case "-":
      case ".":
        return true;
      case "b":
      case "c":
        return returns;
      default:
        return false;
    }
  }

  /** The number in {@code b[s, e)} with decimal mark {@code point}, or NaN when it is not one. */
  static double number(byte[] b, int s, int e, boolean escaped, byte point) {
    if (!escaped) {
      double v = DecimalParser.parse(b, s, e, point);
      if (!Double.isNaN(v)) {
        return v;
      }
    }
    String t = new String(b, s, e - s, StandardCharsets.UTF_8);
    return careful(escaped ? t.replace("\"\"", "\"") : t, point);
  }

  /** Currency signs, thousands separators and a decimal comma, checked and removed. */
  static double careful(String text, byte point) {
    String t = text.strip();
    String sign = "";
    if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
      sign = t.substring(0, 1);
      t = t.substring(1).strip();
    }
    while (!t.isEmpty() && CURRENCY.indexOf(t.charAt(0)) >= 0) {
      t = t.substring(1).strip();
    }
    while (!t.isEmpty() && CURRENCY.indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.isEmpty()) {
      return Double.NaN;
    }
    char dec = (char) point;
    char other = dec == '.' ? ',' : '.';
    StringBuilder sb = new StringBuilder(t.length() + 1).append(sign);
    boolean sawSep = false;
    boolean sawDec = false;
    int run = 0;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch >= '0' && ch <= '9') {
        sb.append(ch);
        run++;
      } else if (ch == dec && !sawDec) {
        if (sawSep && run != 3) {
          return Double.NaN;
        }
        sawDec = true;
        sb.append('.');
        run = 0;
      } else if (!sawDec && (ch == other || ch == ' ' || ch == '\'' || ch == '\u00A0'
          || ch == '\u202F')) {
        if (sawSep ? run != 3 : run < 1 || run > 3) {
          return Double.NaN;
        }
        sawSep = true;
        run = 0;
      } else if ((ch == 'e' || ch == 'E') && !sawSep) {
        sb.append(t, i, t.length());
        break;
      } else {
        return Double.NaN;
      }
    }
    if (sawSep && !sawDec && run != 3) {
      return Double.NaN;
    }
    byte[] ascii = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    return DecimalParser.parse(ascii, 0, ascii.length, (byte) '.');
  }
}
