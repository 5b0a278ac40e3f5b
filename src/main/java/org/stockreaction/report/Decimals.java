package org.stockreaction.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Locale-independent fixed-point formatting: {@code .} as the decimal mark, no exponent, no
 * thousands separator, a fixed number of decimals, half-up rounding, and no {@code -0}. NaN and
 * infinities are written as an empty cell.
 */
public final class Decimals {

  private static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private Decimals() {}

  public static String format(double v, int decimals) {
    char[] buf = new char[Math.abs(v) < 1e15 ? 40 : MAX_CHARS];
    return new String(buf, 0, write(v, decimals, buf, 0));
  }

  /** The most characters {@link #write} puts down: any double (up to 309 digits) at 18 decimals. */
  static final int MAX_CHARS = 330;

  /**
   * Writes {@link #format}'s text into {@code out} from {@code at} and returns the index after it,
   * without building a string (the large tables format millions of cells); {@code out} must have
   * room for {@link #MAX_CHARS} characters from {@code at}.
   */
  static int write(double v, int decimals, char[] out, int at) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return at;
    }
    double scaled = Math.abs(v) * POW10[decimals];
    if (scaled >= 1e15) {
      String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
      if (s.startsWith("-") && new BigDecimal(s).signum() == 0) {
        s = s.substring(1);
      }
      s.getChars(0, s.length(), out, at);
      return at + s.length();
    }
    // BigDecimal of the exact binary value decides ties exactly; the fast path is used when the
    // scaled value is not close to a rounding tie.
    long units;
    double frac = scaled - Math.floor(scaled);
    if (Math.abs(frac - 0.5) < 1e-6) {
      units = new BigDecimal(Math.abs(v)).setScale(decimals, RoundingMode.HALF_UP)
          .unscaledValue().longValueExact();
    } else {
      units = Math.round(scaled);
    }
    int i = at;
    if (v < 0 && units != 0) {
      out[i++] = '-';
    }
    long whole = units / POW10[decimals];
    long part = units % POW10[decimals];
    i = digits(whole, 1, out, i);
    if (decimals > 0) {
      out[i++] = '.';
      i = digits(part, decimals, out, i);
    }
    return i;
  }

  /** Writes {@code n} (not negative) with at least {@code width} digits, zero-padded. */
  private static int digits(long n, int width, char[] out, int at) {
    int len = 1;
    while (len < 19 && n >= POW10[len]) {
      len++;
    }
    len = Math.max(len, width);
    int k = at + len - 1;
    while (n > Integer.MAX_VALUE) {
      out[k--] = (char) ('0' + n % 10);
      n /= 10;
    }
    int m = (int) n;
    for (; k >= at; k--) {
      int q = m / 10;
      out[k] = (char) ('0' + m - q * 10);
      m = q;
    }
    return at + len;
  }

  /** A fraction written as percent: {@code 0.0131} becomes {@code 1.310000} with 6 decimals. */
  public static String pct(double fraction) {
    return format(fraction * 100.0, 6);
  }
}
