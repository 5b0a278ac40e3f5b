package org.stockreaction.stats;

import java.util.List;

/**
 * Kolari and Pynnönen's (2011) generalized rank test (GRANK) of a window's CARs, the window taken
 * as one cumulated observation ranked against the estimation days.
 *
 * <ul>
 *   <li>Estimation days: {@code SAR_it = e_it / s_i}, the model's residual over its residual
 *       standard deviation {@code s_i} (the variant that standardizes the estimation days by
 *       {@code s_i} alone, not by a prediction-error standard deviation).
 *   <li>The window: {@code SCAR_i = CAR_i / sqrt(Var(CAR_i))} (the prediction-error variance of
 *       the CAR, as for Patell and BMP), re-standardized against event-induced volatility by the
 *       cross-sectional standard deviation, {@code SCAR*_i = SCAR_i / sd_i(SCAR_i)} ({@code n - 1}
 *       divisor).
 *   <li>{@code GSAR_it} is {@code SAR_it} on firm i's {@code M_i} estimation days and {@code
 *       SCAR*_i} on the one cumulated event day; {@code T_i = M_i + 1}, and {@code U_it =
 *       rank(GSAR_it) / (T_i + 1) - 1/2}, ties given their mean rank.
 *   <li>Days are placed on the events' common grid of relative days; {@code Ū_t} is the mean U of
 *       the {@code n_t} firms present on day t, T the number of grid days with a firm plus the
 *       event day, {@code S_Ū^2 = (1/T) sum_t (n_t / n) Ū_t^2}, {@code Z = Ū_0 / S_Ū}.
 *   <li>{@code t_grank = Z sqrt((T - 2) / (T - 1 - Z^2))}, Student t with {@code T - 2} df.
 * </ul>
 *
 * <p>Each event's estimation SARs are ranked once and reused by every window: adding the window's
 * value v moves an estimation rank up by 1 when the SAR is above v and by 1/2 when it equals v.
 * One thread at a time.
 */
final class GeneralizedRank {

  private final List<EventAbnormalReturns> events;
  private final RankStatistics.GroupRanks groupRanks;
  /** Per event: its estimation SARs, and each SAR's mean rank among them. */
  private final double[][] sars;
  private final double[][] ranks;

  /** The test for the events of {@code groupRanks}, whose sort of each event's ARs it reuses. */
  GeneralizedRank(List<EventAbnormalReturns> events, RankStatistics.GroupRanks groupRanks) {
    this.events = List.copyOf(events);
    this.groupRanks = groupRanks;
    sars = new double[events.size()][];
    ranks = new double[events.size()][];
  }

  private void prepare(int i) {
    if (sars[i] != null) {
      return;
    }
    EventAbnormalReturns e = events.get(i);
    double s = e.fit().sigma();
    double[] res = e.estimationResiduals();
    double[] sar = new double[res.length];
    for (int k = 0; k < res.length; k++) {
      sar[k] = res[k] / s;
    }
    // dividing by a positive s keeps the residuals' order, so their sort serves the SARs
    ranks[i] = s > 0 && s < Double.POSITIVE_INFINITY
        ? RankStatistics.ranks(sar, groupRanks.estimationOrder(i)) : RankStatistics.ranks(sar);
    sars[i] = sar;
  }

  /**
   * @param members indices of the window's events
   * @param scar their standardized CARs, in the same order
   */
  TestResult test(int[] members, double[] scar) {
    int n = members.length;
    int[] span = RelativeDays.estimationSpan(events, members);
    int estFirst = span[0];
    int estLast = span[1];
    double sd = GroupStatistics.sd(scar);
    if (n < 2 || !(sd > 0) || estLast < estFirst) {
      return TestResult.t(GroupTest.GRANK_T, Double.NaN, Double.NaN);
    }
    double[] sum = new double[estLast - estFirst + 1];
    int[] count = new int[sum.length];
    double sumEvent = 0;
    for (int j = 0; j < n; j++) {
      int i = members[j];
      prepare(i);
      double v = scar[j] / sd;
      double[] sar = sars[i];
      double denominator = sar.length + 2.0;
      int below = 0;
      int equal = 0;
      int[] rel = events.get(i).estimationRelDays();
      double[] r = ranks[i];
      for (int k = 0; k < sar.length; k++) {
        double shift;
        if (sar[k] > v) {
          shift = 1;
        } else if (sar[k] == v) {
          shift = 0.5;
          equal++;
        } else {
          shift = 0;
          below++;
        }
        int slot = rel[k] - estFirst;
        sum[slot] += (r[k] + shift) / denominator - 0.5;
        count[slot]++;
      }
      sumEvent += (below + 1 + equal / 2.0) / denominator - 0.5;
    }
    double meanEvent = sumEvent / n;
    double weighted = meanEvent * meanEvent;
    int days = 1;
    for (int s = 0; s < sum.length; s++) {
      if (count[s] > 0) {
        double mean = sum[s] / count[s];
        weighted += (double) count[s] / n * mean * mean;
        days++;
      }
    }
    double su = Math.sqrt(weighted / days);
    double z = su > 0 ? meanEvent / su : Double.NaN;
    double t = z * Math.sqrt((days - 2.0) / (days - 1.0 - z * z));
    return TestResult.t(GroupTest.GRANK_T, t, days - 2);
  }
}
