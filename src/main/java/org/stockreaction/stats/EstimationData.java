package org.stockreaction.stats;

import java.util.Objects;

/**
 * One event's estimation window: only the days with a usable return, aligned on the calendar.
 *
 * @param days calendar date of each observation, as epoch days, increasing
 * @param y dependent variable (stock return, or excess return for factor models)
 * @param x regressor columns, {@code x[j][t]}
 * @param relDays relative day of each observation (its trading day counted from day 0 on the
 *     calendar), increasing; a missing day leaves a gap, so observations of different events line
 *     up by relative day
 */
public record EstimationData(int[] days, double[] y, double[][] x, int[] relDays) {

  public EstimationData {
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(y, "y");
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(relDays, "relDays");
    if (days.length != y.length || relDays.length != y.length) {
      throw new IllegalArgumentException("days, relDays and y differ in length");
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
