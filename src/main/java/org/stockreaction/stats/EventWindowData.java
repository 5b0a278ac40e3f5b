package org.stockreaction.stats;

import java.util.Objects;

/**
 * One event's widest event window, aligned on the trading calendar. A NaN in {@code y} or in any
 * regressor marks a day without a usable return (missing price); that day is left out of every sum.
 *
 * @param firstRelDay the relative day of index 0
 * @param days the calendar date of each index, as epoch days (the window stops at the calendar's end)
 * @param y dependent variable per day (stock return, or excess return for factor models)
 * @param x regressor columns per day, {@code x[j][t]}
 * @param offset added to the fitted value and to {@code y} to give the expected and actual returns
 *     (the risk-free rate for factor models, zero otherwise)
 */
public record EventWindowData(
    int firstRelDay, int[] days, double[] y, double[][] x, double[] offset) {

  public EventWindowData {
    Objects.requireNonNull(y, "y");
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(days, "days");
    if (days.length != y.length) {
      throw new IllegalArgumentException("days length differs from the window length");
    }
    for (double[] col : x) {
      if (col.length != y.length) {
        throw new IllegalArgumentException("regressor length differs from the window length");
      }
    }
    if (offset.length != y.length) {
      throw new IllegalArgumentException("offset length differs from the window length");
    }
  }

  public int length() {
    return y.length;
  }

  public int lastRelDay() {
    return firstRelDay + y.length - 1;
  }

  /** Whether day index {@code t} has a return and all its regressors. */
  public boolean present(int t) {
    if (Double.isNaN(y[t])) {
      return false;
    }
    for (double[] col : x) {
      if (Double.isNaN(col[t])) {
        return false;
      }
    }
    return true;
  }

  double[] row(int t) {
    double[] r = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      r[j] = x[j][t];
    }
    return r;
  }
}
