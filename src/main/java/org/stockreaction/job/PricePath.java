package org.stockreaction.job;

import java.util.Arrays;
import java.util.Objects;

/**
 * The stock's and the benchmark's prices on the trading calendar from the last close before the
 * estimation window to the end of the widest event window, for charts that index both to 100.
 *
 * <p>A view of {@code length} places from {@code from} of arrays shared with the study (the
 * calendar's days and the aligned prices, never written after they are made), so that tens of
 * thousands of events do not each keep a copy; the accessors copy out the view when a chart asks.
 *
 * @param firstRelDay relative day of index 0 (the base day, one before the estimation window)
 * @param from where index 0 is in the shared arrays
 * @param length how many days the path has
 * @param calendarDays the calendar's dates, as epoch days
 * @param stockPrices the stock's price per calendar day, NaN when the stock has none that day
 * @param benchmarkPrices the benchmark's price per calendar day
 */
public record PricePath(int firstRelDay, int from, int length, int[] calendarDays,
    double[] stockPrices, double[] benchmarkPrices) {

  public PricePath {
    Objects.requireNonNull(calendarDays, "calendarDays");
    Objects.requireNonNull(stockPrices, "stockPrices");
    Objects.requireNonNull(benchmarkPrices, "benchmarkPrices");
    if (from < 0 || length < 0 || from + length > calendarDays.length
        || from + length > stockPrices.length || from + length > benchmarkPrices.length) {
      throw new IllegalArgumentException("the price path runs past its arrays");
    }
  }

  /** Calendar date of each index, as epoch days. */
  public int[] days() {
    return Arrays.copyOfRange(calendarDays, from, from + length);
  }

  /** The stock's price per day, NaN when the stock has none that day. */
  public double[] stock() {
    return Arrays.copyOfRange(stockPrices, from, from + length);
  }

  /** The benchmark's price per day. */
  public double[] benchmark() {
    return Arrays.copyOfRange(benchmarkPrices, from, from + length);
  }
}
