package org.stockreaction.stats;

import java.util.Objects;

/**
 * One event's estimation window: only the days with a usable return, aligned on the calendar.
 *
 * @param days calendar date of each observation, as epoch days, increasing
 * @param y dependent variable (stock return, or excess return for factor models)
 * @param x regressor columns, {@code x[j][t]}
 */
public record EstimationData(int[] days, double[] y, double[][] x) {

  public EstimationData {
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(y, "y");
    Objects.requireNonNull(x, "x");
    if (days.length != y.length) {
      throw new IllegalArgumentException("days and y differ in length");
    }
    for (double[] col : x) {
      if (col.length != y.length) {
        throw new IllegalArgumentException("a regressor differs in length from y");
      }
    }
  }

  public int observations() {
    return y.length;
  }
}
