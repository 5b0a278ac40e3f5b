package org.stockreaction.stats;

import java.util.Arrays;
import java.util.List;

/**
 * Brown and Warner's (1980, 1985) crude dependence adjustment: the event window's mean abnormal
 * return tested against the time-series standard deviation of the mean abnormal returns of the
 * estimation days, which carries any cross-sectional dependence of the events.
 *
 * <p>{@code AAR_t} is the mean estimation-window residual of the events present on relative day t
 * of the events' common grid (Brown and Warner's {@code N_t} events with a return that day; a day
 * on which no event has a return is left out). {@code S} is the standard deviation ({@code D - 1}
 * divisor) of the AARs over those D days. A window of L days gives {@code t = CAAR / (sqrt(L) S)}
 * ({@code AAR_0 / S} for one day), Student t with {@code D - 1} degrees of freedom.
 *
 * <p>{@code S} belongs to one set of events and is shared by every window those events enter.
 */
final class CrudeDependence {

  private final int[] members;
  private final double sd;
  private final int days;

  /** @param members indices into {@code events} */
  CrudeDependence(List<EventAbnormalReturns> events, int[] members) {
    this.members = members.clone();
    int[] span = RelativeDays.estimationSpan(events, members);
    int first = span[0];
    int last = span[1];
    int slots = last < first ? 0 : last - first + 1;
    double[] sum = new double[slots];
    int[] count = new int[slots];
    for (int i : members) {
      EventAbnormalReturns e = events.get(i);
      int[] rel = e.estimationRelDays();
      double[] res = e.estimationResiduals();
      for (int k = 0; k < res.length; k++) {
        sum[rel[k] - first] += res[k];
        count[rel[k] - first]++;
      }
    }
    double[] aar = new double[slots];
    int d = 0;
    for (int s = 0; s < slots; s++) {
      if (count[s] > 0) {
        aar[d++] = sum[s] / count[s];
      }
    }
    days = d;
    sd = GroupStatistics.sd(Arrays.copyOf(aar, d));
  }

  /** Whether this is the standard deviation of exactly the events at {@code others}. */
  boolean isFor(int[] others) {
    return Arrays.equals(members, others);
  }

  /** The t of a window of {@code length} days whose events' mean CAR is {@code caar}. */
  TestResult test(double caar, int length) {
    double t = sd > 0 ? caar / (Math.sqrt(length) * sd) : Double.NaN;
    return TestResult.t(GroupTest.CDA_T, t, days - 1);
  }
}
