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
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    double scaled = Math.abs(v) * POW10[decimals];
    if (scaled >= 1e15) {
      String s = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
      return s.startsWith("-") && new BigDecimal(s).signum() == 0 ? s.substring(1) : s;
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
    StringBuilder sb = new StringBuilder(24);
    if (v < 0 && units != 0) {
      sb.append('-');
    }
    long whole = units / POW10[decimals];
    long part = units % POW10[decimals];
    sb.append(whole);
    if (decimals > 0) {
      sb.append('.');
      String digits = Long.toString(part);
      for (int i = digits.length(); i < decimals; i++) {
        sb.append('0');
      }
      sb.append(digits);
    }
    return sb.toString();
  }

  /** A fraction written as percent: {@code 0.0131} becomes {@code 1.310000} with 6 decimals. */
  public static String pct(double fraction) {
    return format(fraction * 100.0, 6);
  }
}
