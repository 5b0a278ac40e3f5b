package org.stockreaction.job;

import java.util.Arrays;
import org.stockreaction.stats.EstimationData;

/**
 * One event's estimation observations: the calendar days of its estimation window with a usable
 * return, less, when asked, the days another event of the same ticker takes.
 *
 * @param data the observations
 * @param lastIndex calendar index of the last observation, or -1 when there is none
 * @param otherEventDays estimation-window days inside another event's widest event window
 * @param leftOut returns left out because of those days ({@code clean-estimation = on})
 */
record EstimationSample(EstimationData data, int lastIndex, int otherEventDays, int leftOut) {

  /**
   * @param from first calendar index of the window, inclusive
   * @param to last calendar index of the window, inclusive
   * @param otherEvent per index from {@code from}, whether another event takes the day; or null
   * @param clean whether such days are left out
   * @param zero calendar index of day 0, for the observations' relative days
   */
  static EstimationSample of(int from, int to, double[] returns, Regressors reg,
      int[] calendarDays, boolean[] otherEvent, boolean clean, int zero) {
    int n = Math.max(0, to - from + 1);
    int[] days = new int[n];
    int[] rel = new int[n];
    double[] y = new double[n];
    double[][] x = new double[reg.columns()][n];
    int m = 0;
    int last = -1;
    int other = 0;
    int leftOut = 0;
    for (int i = from; i <= to; i++) {
      double r = returns[i];
      boolean usable = !Double.isNaN(r) && reg.covers(i);
      if (otherEvent != null && otherEvent[i - from]) {
        other++;
        if (clean) {
          leftOut += usable ? 1 : 0;
          continue;
        }
      }
      if (!usable) {
        continue;
      }
      days[m] = calendarDays[i];
      rel[m] = i - zero;
      y[m] = r - reg.offset(i);
      reg.fill(i, x, m);
      m++;
      last = i;
    }
    EstimationData data = m == n ? new EstimationData(days, y, x, rel)
        : new EstimationData(Arrays.copyOf(days, m), Arrays.copyOf(y, m), trim(x, m),
            Arrays.copyOf(rel, m));
    return new EstimationSample(data, last, other, leftOut);
  }

  private static double[][] trim(double[][] x, int m) {
    double[][] out = new double[x.length][];
    for (int j = 0; j < x.length; j++) {
      out[j] = Arrays.copyOf(x[j], m);
    }
    return out;
  }
}
