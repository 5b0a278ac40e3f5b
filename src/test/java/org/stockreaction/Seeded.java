package org.stockreaction;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Property checks on seeded random cases, with plain JUnit 5. Each check runs a fixed number of
 * cases from a fixed seed, so every run checks the same cases; a failing case is reported with the
 * seed and its case number, and {@link #one} reruns that case alone.
 *
 * <p>The generators lean towards edge values (bounds, zero, empty, the longest) the way a
 * property-testing library does: about one value in eight is an edge.
 */
public final class Seeded {
  private Seeded() {}

  /** A property of one generated case. */
  @FunctionalInterface
  public interface Property {
    void check(Gen gen) throws Exception;
  }

  /** Checks {@code property} on {@code cases} cases drawn from {@code seed}. */
  public static void check(long seed, int cases, Property property) {
    for (int i = 0; i < cases; i++) {
      run(seed, i, property);
    }
  }

  /** Reruns case {@code index} of {@code seed}, as a failure message names it. */
  public static void one(long seed, int index, Property property) {
    run(seed, index, property);
  }

  private static void run(long seed, int index, Property property) {
    Gen gen = new Gen(caseSeed(seed, index));
    try {
      property.check(gen);
    } catch (Throwable t) {
      throw new AssertionError("property failed on case " + index + " of seed " + seed
          + "L (rerun alone with Seeded.one(" + seed + "L, " + index + ", ...)): " + t, t);
    }
  }

  private static long caseSeed(long seed, int index) {
    return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1))).nextLong();
  }

  /** Draws values for one case. */
  public static final class Gen {
    private final SplittableRandom rnd;

    Gen(long seed) {
      this.rnd = new SplittableRandom(seed);
    }

    /** True about once in {@code n} draws. */
    public boolean oneIn(int n) {
      return rnd.nextInt(n) == 0;
    }

    /** An int in {@code [min, max]}, inclusive; one draw in eight is min, max or 0 (when inside). */
    public int intBetween(int min, int max) {
      if (oneIn(8)) {
        int pick = rnd.nextInt(3);
        return pick == 0 ? min : pick == 1 ? max : (min <= 0 && 0 <= max ? 0 : min);
      }
      return (int) (min + rnd.nextLong((long) max - min + 1));
    }

    /** A long in {@code [min, max]}, inclusive. */
    public long longBetween(long min, long max) {
      if (oneIn(8)) {
        return rnd.nextBoolean() ? min : max;
      }
      return min + (long) (rnd.nextDouble() * ((double) max - min));
    }

    /** Any long, edges included. */
    public long anyLong() {
      if (oneIn(8)) {
        long[] edges = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE};
        return edges[rnd.nextInt(edges.length)];
      }
      return rnd.nextLong();
    }

    /** A double in {@code [min, max)}; one draw in eight is a bound or 0 (when inside). */
    public double doubleBetween(double min, double max) {
      if (oneIn(8)) {
        int pick = rnd.nextInt(3);
        return pick == 0 ? min : pick == 1 ? max : (min <= 0 && 0 <= max ? 0.0 : min);
      }
      return min + rnd.nextDouble() * (max - min);
    }

    /** Up to {@code maxLength} random bytes; one draw in eight is empty or the longest. */
    public byte[] bytes(int maxLength) {
      int n = intBetween(0, maxLength);
      byte[] b = new byte[n];
      for (int i = 0; i < n; i++) {
        b[i] = (byte) rnd.nextInt(256);
      }
      return b;
    }

    /** One of the given values. */
    @SafeVarargs
    public final <T> T of(T... values) {
      return values[rnd.nextInt(values.length)];
    }

    /** One of the given values. */
    public <T> T of(List<T> values) {
      return values.get(rnd.nextInt(values.size()));
    }

    /** Up to {@code maxLength} characters, each one of {@code alphabet}'s code points. */
    public String string(int maxLength, String alphabet) {
      int[] points = alphabet.codePoints().toArray();
      int n = intBetween(0, maxLength);
      StringBuilder s = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        s.appendCodePoint(points[rnd.nextInt(points.length)]);
      }
      return s.toString();
    }

    /**
     * Up to {@code maxLength} chars of the Basic Multilingual Plane: ASCII (controls included) most
     * often, then Latin, CJK, the full-width forms, punctuation and spaces, and any other char
     * outside the surrogates.
     */
    public String anyString(int maxLength) {
      int n = intBetween(0, maxLength);
      StringBuilder s = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        switch (rnd.nextInt(8)) {
          case 0, 1, 2 -> s.append((char) rnd.nextInt(0x80));
          case 3 -> s.append((char) (0x80 + rnd.nextInt(0x300)));
          case 4 -> s.append((char) (0x4E00 + rnd.nextInt(0x5000)));
          case 5 -> s.append((char) (0xFF00 + rnd.nextInt(0x100)));
          case 6 -> s.append((char) (rnd.nextBoolean() ? rnd.nextInt(0xD800)
              : 0xE000 + rnd.nextInt(0x2000)));
          default -> s.append((char) (0x2000 + rnd.nextInt(0x200)));
        }
      }
      return s.toString();
    }

    /** Between {@code minSize} and {@code maxSize} elements, each drawn by {@code element}. */
    public <T> List<T> list(int minSize, int maxSize, Function<Gen, T> element) {
      int n = intBetween(minSize, maxSize);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(element.apply(this));
      }
      return out;
    }
  }
}
