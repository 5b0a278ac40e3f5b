package org.stockreaction.job;

import java.util.Objects;

/**
 * The stock's and the benchmark's prices on the trading calendar from the last close before the
 * estimation window to the end of the widest event window, for charts that index both to 100.
 *
 * @param firstRelDay relative day of index 0 (the base day, one before the estimation window)
 * @param days calendar date of each index, as epoch days
 * @param stock the stock's price per day, NaN when the stock has none that day
 * @param benchmark the benchmark's price per day
 */
public record PricePath(int firstRelDay, int[] days, double[] stock, double[] benchmark) {

  public PricePath {
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(stock, "stock");
    Objects.requireNonNull(benchmark, "benchmark");
    if (stock.length != days.length || benchmark.length != days.length) {
      throw new IllegalArgumentException("price paths differ in length from the days");
    }
  }

  public int length() {
    return days.length;
  }
}
