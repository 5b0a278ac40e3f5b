package org.stockreaction.ingest;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Parses a plain decimal ({@code [+-]digits[.digits][e[+-]digits]}, with {@code .} or {@code ,} as
 * the decimal mark) straight from bytes into the correctly rounded {@code double}, the same value
 * {@link Double#parseDouble} gives.
 *
 * <p>Up to 19 significant digits are exact in a {@code long}; the result is then Clinger's exact
 * fast path when the mantissa and the power of ten are both exact doubles, otherwise the
 * Eisel-Lemire algorithm with a 128-bit power-of-ten table. Anything the two cannot decide (more
 * digits, a power of ten outside the table, a halfway case) goes to {@link Double#parseDouble}.
 */
final class DecimalParser {

  /** Returned when the bytes are not a plain decimal; a parsed value is never NaN. */
  static final double NOT_A_NUMBER = Double.NaN;

  private static final int MIN_Q = -120;
  private static final int MAX_Q = 120;
  private static final long[] HI = new long[MAX_Q - MIN_Q + 1];
  private static final long[] LO = new long[MAX_Q - MIN_Q + 1];
  private static final double[] EXACT_POW10 = new double[23];
  private static final BigInteger TWO_128 = BigInteger.ONE.shiftLeft(128);

  static {
    for (int q = MIN_Q; q <= MAX_Q; q++) {
      BigInteger v;
      if (q >= 0) {
        v = BigInteger.valueOf(5).pow(q);
        int bits = v.bitLength();
        v = bits <= 128 ? v.shiftLeft(128 - bits) : v.shiftRight(bits - 128);
      } else {
        BigInteger p5 = BigInteger.valueOf(5).pow(-q);
        int z = p5.bitLength();
        int b = q >= -27 ? z + 127 : 2 * z + 128;
        v = BigInteger.ONE.shiftLeft(b).divide(p5).add(BigInteger.ONE);
        while (v.compareTo(TWO_128) >= 0) {
          v = v.shiftRight(1);
        }
      }
      HI[q - MIN_Q] = v.shiftRight(64).longValue();
      LO[q - MIN_Q] = v.longValue();
    }
    double p = 1;
    for (int i = 0; i < EXACT_POW10.length; i++) {
      EXACT_POW10[i] = p;
      p *= 10;
    }
  }

  private DecimalParser() {}

  /**
   * The value of {@code b[from, to)}, or {@link #NOT_A_NUMBER} when it is not a plain decimal with
   * {@code point} as the decimal mark. No spaces, signs other than one leading {@code +}/{@code -},
   * thousands separators or symbols are accepted.
   */
  static double parse(byte[] b, int from, int to, byte point) {
    int i = from;
    if (i >= to) {
      return NOT_A_NUMBER;
    }
    boolean neg = false;
    byte c = b[i];
    if (c == '-' || c == '+') {
      neg = c == '-';
      i++;
    }
    long man = 0;
    int digits = 0;
    int seen = 0;
    int dropped = 0;
    int scale = 0;
    boolean truncated = false;
    while (i < to && (c = b[i]) >= '0' && c <= '9') {
      seen++;
      if (digits < 19) {
        if (man != 0 || c != '0') {
          man = man * 10 + (c - '0');
          digits++;
        }
      } else {
        dropped++;
        truncated |= c != '0';
      }
      i++;
    }
    if (i < to && b[i] == point) {
      i++;
      int fracStart = i;
      while (i < to && (c = b[i]) >= '0' && c <= '9') {
        if (digits < 19) {
          if (man != 0 || c != '0') {
            man = man * 10 + (c - '0');
            digits++;
          }
          scale--;
        } else {
          truncated |= c != '0';
        }
        i++;
      }
      seen += i - fracStart;
    }
    if (seen == 0) {
      return NOT_A_NUMBER;
    }
    int exp = 0;
    if (i < to && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean expNeg = false;
      if (i < to && (b[i] == '-' || b[i] == '+')) {
        expNeg = b[i] == '-';
        i++;
      }
      int expStart = i;
      while (i < to && (c = b[i]) >= '0' && c <= '9') {
        if (exp < 100_000) {
          exp = exp * 10 + (c - '0');
        }
        i++;
      }
      if (i == expStart) {
        return NOT_A_NUMBER;
      }
      exp = expNeg ? -exp : exp;
    }
    if (i != to) {
      return NOT_A_NUMBER;
    }
    if (truncated) {
      return slow(b, from, to, point);
    }
    int q = scale + dropped + exp;
    if (man == 0) {
      return neg ? -0.0 : 0.0;
    }
    if (man >= 0 && man <= (1L << 53) && q >= -22 && q <= 22) {
      double d = q < 0 ? exact(man, -q) : (double) man * EXACT_POW10[q];
      return neg ? -d : d;
    }
    double d = eiselLemire(man, q, neg);
    return Double.isNaN(d) ? slow(b, from, to, point) : d;
  }

  /**
   * {@code man / 10^scale}, correctly rounded: Clinger's fast path, for {@code 0 <= man <= 2^53}
   * and {@code 0 <= scale <= 22}, where both are exact doubles and one division rounds once.
   */
  static double exact(long man, int scale) {
    return (double) man / EXACT_POW10[scale];
  }

  private static double slow(byte[] b, int from, int to, byte point) {
    String s = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    if (point != '.') {
      s = s.replace((char) point, '.');
    }
    return Double.parseDouble(s);
  }

  /** Eisel-Lemire: the double nearest {@code man * 10^q}, or NaN when it cannot decide. */
  private static double eiselLemire(long man, int q, boolean neg) {
    if (q < MIN_Q || q > MAX_Q) {
      return Double.NaN;
    }
    int clz = Long.numberOfLeadingZeros(man);
    man <<= clz;
    long retExp2 = ((217706L * q) >> 16) + 64 + 1023 - clz;
    long powHi = HI[q - MIN_Q];
    long powLo = LO[q - MIN_Q];
    long xHi = unsignedMultiplyHigh(man, powHi);
    long xLo = man * powHi;
    if ((xHi & 0x1FF) == 0x1FF && Long.compareUnsigned(xLo + man, man) < 0) {
      long yHi = unsignedMultiplyHigh(man, powLo);
      long yLo = man * powLo;
      long mergedHi = xHi;
      long mergedLo = xLo + yHi;
      if (Long.compareUnsigned(mergedLo, xLo) < 0) {
        mergedHi++;
      }
      if ((mergedHi & 0x1FF) == 0x1FF && mergedLo + 1 == 0
          && Long.compareUnsigned(yLo + man, man) < 0) {
        return Double.NaN;
      }
      xHi = mergedHi;
      xLo = mergedLo;
    }
    long msb = xHi >>> 63;
    long retMantissa = xHi >>> (msb + 9);
    retExp2 -= 1 ^ msb;
    if (xLo == 0 && (xHi & 0x1FF) == 0 && (retMantissa & 3) == 1) {
      return Double.NaN;
    }
    retMantissa += retMantissa & 1;
    retMantissa >>>= 1;
    if ((retMantissa >>> 53) > 0) {
      retMantissa >>>= 1;
      retExp2 += 1;
    }
    if (retExp2 <= 0 || retExp2 >= 0x7FF) {
      return Double.NaN;
    }
    long bits = retExp2 << 52 | (retMantissa & 0x000F_FFFF_FFFF_FFFFL);
    if (neg) {
      bits |= 0x8000_0000_0000_0000L;
    }
    return Double.longBitsToDouble(bits);
  }

  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }
}
