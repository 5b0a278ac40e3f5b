package org.stockreaction.stats;

import java.util.Arrays;
import java.util.List;

/** The nonparametric group tests: Corrado rank, generalized sign and Wilcoxon signed-rank. */
final class RankStatistics {

  /** Largest sample for which the Wilcoxon p-value is taken from the exact distribution. */
  static final int EXACT_WILCOXON_MAX = 30;

  private RankStatistics() {}

  /**
   * Ranks with ties given their mean rank, 1-based: {@code ranks(3, 1, 3)} is {@code 2.5, 1, 2.5}.
   * The values must not be NaN.
   */
  static double[] ranks(double[] v) {
    return ranks(v, ascending(v));
  }

  /**
   * As {@link #ranks(double[])}, given the indices of {@code v} in an order in which its values do
   * not decrease (any order of a sort of values that {@code v} follows monotonically will do).
   */
  static double[] ranks(double[] v, int[] order) {
    int n = v.length;
    double[] r = new double[n];
    for (int lo = 0; lo < n; ) {
      int hi = lo;
      double x = v[order[lo]];
      while (hi + 1 < n && v[order[hi + 1]] == x) {
        hi++;
      }
      double rank = (lo + hi) / 2.0 + 1.0;
      for (int k = lo; k <= hi; k++) {
        r[order[k]] = rank;
      }
      lo = hi + 1;
    }
    return r;
  }

  /**
   * The indices of {@code v} in ascending order of value. Each index is packed under its value
   * rounded to float, in bits that sort as the floats do, and the longs are sorted as primitives;
   * rounding keeps the order, so only values that round to the same float are put in order again,
   * by their exact value.
   */
  private static int[] ascending(double[] v) {
    int n = v.length;
    long[] key = new long[n];
    for (int i = 0; i < n; i++) {
      int bits = Float.floatToRawIntBits((float) v[i]);
      bits ^= (bits >> 31) & 0x7fffffff;
      key[i] = ((long) bits << 32) | i;
    }
    Arrays.sort(key);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = (int) key[i];
    }
    for (int lo = 0; lo < n; ) {
      int hi = lo + 1;
      while (hi < n && key[hi] >> 32 == key[lo] >> 32) {
        hi++;
      }
      for (int i = lo + 1; i < hi; i++) {
        int x = order[i];
        int j = i - 1;
        while (j >= lo && v[order[j]] > v[x]) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = x;
      }
      lo = hi;
    }
    return order;
  }

  /**
   * What the rank tests need of each event of a group, computed once per event and reused for
   * every window: the standardised ranks {@code U = K / (T + 1) - 1/2} over its estimation ARs
   * followed by its present event-window ARs, and the share of its estimation ARs that are
   * positive. Indexed like the group's list of events; one thread at a time.
   */
  static final class GroupRanks {
    private final List<EventAbnormalReturns> events;
    private final double[][] standard;
    /** Per event: the indices of its estimation ARs in ascending order, from the same sort. */
    private final int[][] estimationOrder;
    private final double[] positiveShare;
    private final boolean[] shareDone;

    GroupRanks(List<EventAbnormalReturns> events) {
      this.events = List.copyOf(events);
      standard = new double[events.size()][];
      estimationOrder = new int[events.size()][];
      positiveShare = new double[events.size()];
      shareDone = new boolean[events.size()];
    }

    EventAbnormalReturns event(int i) {
      return events.get(i);
    }

    double[] of(int i) {
      if (standard[i] == null) {
        compute(i);
      }
      return standard[i];
    }

    /**
     * The indices of event i's estimation ARs in ascending order of value, found by the sort that
     * ranks them with its event-window ARs; a generalized rank test reuses it instead of sorting
     * them again.
     */
    int[] estimationOrder(int i) {
      of(i);
      return estimationOrder[i];
    }

    double positiveShare(int i) {
      if (!shareDone[i]) {
        double[] res = events.get(i).estimationResiduals();
        int positive = 0;
        for (double v : res) {
          positive += v > 0 ? 1 : 0;
        }
        positiveShare[i] = (double) positive / res.length;
        shareDone[i] = true;
      }
      return positiveShare[i];
    }

    private void compute(int i) {
      EventAbnormalReturns e = events.get(i);
      double[] res = e.estimationResiduals();
      int m = res.length;
      double[] all = new double[m + e.length()];
      System.arraycopy(res, 0, all, 0, m);
      int present = m;
      for (int k = 0; k < e.length(); k++) {
        if (!Double.isNaN(e.ar()[k])) {
          all[present++] = e.ar()[k];
        }
      }
      double[] values = Arrays.copyOf(all, present);
      int[] order = ascending(values);
      double[] r = ranks(values, order);
      double denominator = present + 1.0;
      for (int k = 0; k < present; k++) {
        r[k] = r[k] / denominator - 0.5;
      }
      int[] estimation = new int[m];
      int at = 0;
      for (int k : order) {
        if (k < m) {
          estimation[at++] = k;
        }
      }
      standard[i] = r;
      estimationOrder[i] = estimation;
    }
  }

  /**
   * Corrado (1989) with standardised ranks and Cowan's (1992) window form. Each event's ARs over
   * its estimation days and the days of its (widest) event window are ranked together, {@code U =
   * K / (T + 1) - 1/2}; {@code D_t} is the mean U of the events present on day t; {@code S_U =
   * sqrt(mean_t D_t^2)} over all days; {@code Z = sum over the window of D_t / (sqrt(L) S_U)}.
   * Every day is placed on the events' common grid of relative days (a day is the same relative
   * day for every event); a firm's missing day is a missing cell of the grid and is left out of
   * that day's mean, never filled by the firm's next day.
   *
   * <p>The day means and {@code S_U} belong to one set of events and are shared by every window
   * those same events enter; {@link #test} then reads one window.
   */
  static final class Corrado {
    private final int[] members;
    private final int firstRel;
    private final int eventSlots;
    private final double[] sumEvt;
    private final int[] nEvt;
    private final double su;

    /** @param members indices into {@code ranks}' events */
    Corrado(GroupRanks ranks, int[] members) {
      this.members = members.clone();
      int estFirst = Integer.MAX_VALUE;
      int estLast = Integer.MIN_VALUE;
      int first = Integer.MAX_VALUE;
      int lastRel = Integer.MIN_VALUE;
      for (int i : members) {
        EventAbnormalReturns e = ranks.event(i);
        int[] rel = e.estimationRelDays();
        if (rel.length > 0) {
          estFirst = Math.min(estFirst, rel[0]);
          estLast = Math.max(estLast, rel[rel.length - 1]);
        }
        first = Math.min(first, e.firstRelDay());
        lastRel = Math.max(lastRel, e.firstRelDay() + e.length() - 1);
      }
      firstRel = first;
      if (members.length == 0 || lastRel < first) {
        eventSlots = 0;
        sumEvt = new double[0];
        nEvt = new int[0];
        su = Double.NaN;
        return;
      }
      eventSlots = lastRel - first + 1;
      int estSlots = estLast < estFirst ? 0 : estLast - estFirst + 1;
      double[] sumEst = new double[estSlots];
      int[] nEst = new int[estSlots];
      sumEvt = new double[eventSlots];
      nEvt = new int[eventSlots];
      for (int i : members) {
        EventAbnormalReturns e = ranks.event(i);
        int m = e.estimationResiduals().length;
        double[] u = ranks.of(i);
        int[] rel = e.estimationRelDays();
        for (int k = 0; k < m; k++) {
          int slot = rel[k] - estFirst;
          sumEst[slot] += u[k];
          nEst[slot]++;
        }
        int next = m;
        for (int k = 0; k < e.length(); k++) {
          if (!Double.isNaN(e.ar()[k])) {
            int slot = e.firstRelDay() + k - first;
            sumEvt[slot] += u[next++];
            nEvt[slot]++;
          }
        }
      }
      double sumSq = 0;
      int days = 0;
      for (int s = 0; s < estSlots; s++) {
        if (nEst[s] > 0) {
          double d = sumEst[s] / nEst[s];
          sumSq += d * d;
          days++;
        }
      }
      for (int s = 0; s < eventSlots; s++) {
        if (nEvt[s] > 0) {
          double d = sumEvt[s] / nEvt[s];
          sumSq += d * d;
          days++;
        }
      }
      su = Math.sqrt(sumSq / days);
    }

    /** Whether these are the day means of exactly the events at {@code others}. */
    boolean isFor(int[] others) {
      return Arrays.equals(members, others);
    }

    TestResult test(int fromInclusive, int toInclusive) {
      if (eventSlots == 0) {
        return TestResult.normal(GroupTest.CORRADO_RANK_Z, Double.NaN);
      }
      double window = 0;
      int length = 0;
      for (int rel = fromInclusive; rel <= toInclusive; rel++) {
        int s = rel - firstRel;
        if (s >= 0 && s < eventSlots && nEvt[s] > 0) {
          window += sumEvt[s] / nEvt[s];
          length++;
        }
      }
      double z = length == 0 || !(su > 0) ? Double.NaN : window / (Math.sqrt(length) * su);
      return TestResult.normal(GroupTest.CORRADO_RANK_Z, z);
    }
  }

  /**
   * Cowan's (1992) generalized sign test: {@code p = mean_i (share of event i's estimation ARs
   * that are positive)}, {@code w = #(CAR_i > 0)}, {@code Z = (w - N p) / sqrt(N p (1 - p))}.
   */
  static TestResult generalizedSign(GroupRanks ranks, int[] members, double[] car) {
    int n = car.length;
    double p = 0;
    for (int i : members) {
      p += ranks.positiveShare(i);
    }
    p /= n;
    int w = 0;
    for (double c : car) {
      if (c > 0) {
        w++;
      }
    }
    double sd = Math.sqrt(n * p * (1 - p));
    double z = n == 0 || !(sd > 0) ? Double.NaN : (w - n * p) / sd;
    return TestResult.normal(GroupTest.GENERALIZED_SIGN_Z, z);
  }

  /**
   * Wilcoxon signed-rank test of a zero median CAR. Zeros are dropped; {@code W+} is the rank sum
   * of the positive values among the ranks of {@code |x|} (ties get their mean rank). The value is
   * {@code z = (W+ - n(n+1)/4) / sqrt(n(n+1)(2n+1)/24 - sum(t^3 - t)/48)}. The p-value is exact,
   * {@code min(1, 2 P(W >= max(W+, W-)))}, for at most 30 values without ties; otherwise it is read
   * from the normal.
   */
  static TestResult wilcoxon(double[] x) {
    double[] nonZero = Arrays.stream(x).filter(v -> v != 0).toArray();
    int n = nonZero.length;
    if (n == 0) {
      return TestResult.normal(GroupTest.WILCOXON_SIGNED_RANK, Double.NaN);
    }
    double[] abs = new double[n];
    for (int i = 0; i < n; i++) {
      abs[i] = Math.abs(nonZero[i]);
    }
    double[] r = ranks(abs);
    double wPlus = 0;
    for (int i = 0; i < n; i++) {
      if (nonZero[i] > 0) {
        wPlus += r[i];
      }
    }
    double[] sorted = abs.clone();
    Arrays.sort(sorted);
    double ties = 0;
    boolean tied = false;
    for (int i = 0; i < n;) {
      int j = i;
      while (j + 1 < n && sorted[j + 1] == sorted[i]) {
        j++;
      }
      double t = j - i + 1;
      if (t > 1) {
        tied = true;
        ties += t * t * t - t;
      }
      i = j + 1;
    }
    double mean = n * (n + 1) / 4.0;
    double var = n * (n + 1) * (2.0 * n + 1) / 24.0 - ties / 48.0;
    double z = var > 0 ? (wPlus - mean) / Math.sqrt(var) : Double.NaN;
    if (n <= EXACT_WILCOXON_MAX && !tied) {
      double wMax = Math.max(wPlus, n * (n + 1) / 2.0 - wPlus);
      return new TestResult(GroupTest.WILCOXON_SIGNED_RANK, z, exactUpperTail(wMax, n),
          ReferenceDistribution.EXACT_SIGNED_RANK, Double.NaN);
    }
    return TestResult.normal(GroupTest.WILCOXON_SIGNED_RANK, z);
  }

  /**
   * {@code SUBSETS[n][s]}: how many subsets of the ranks {@code 1..n} sum to {@code s}, for every
   * n up to {@link #EXACT_WILCOXON_MAX}, counted once (a study of 800 groups asks for the same n
   * thousands of times).
   */
  private static final long[][] SUBSETS = new long[EXACT_WILCOXON_MAX + 1][];

  static {
    SUBSETS[0] = new long[] {1};
    for (int n = 1; n <= EXACT_WILCOXON_MAX; n++) {
      long[] count = java.util.Arrays.copyOf(SUBSETS[n - 1], n * (n + 1) / 2 + 1);
      for (int s = count.length - 1; s >= n; s--) {
        count[s] += count[s - n];
      }
      SUBSETS[n] = count;
    }
  }

  /** {@code min(1, 2 P(W >= w))} for the signed-rank sum of n values, by counting subsets. */
  private static double exactUpperTail(double w, int n) {
    int max = n * (n + 1) / 2;
    long[] count = SUBSETS[n];
    long atLeast = 0;
    for (int s = (int) Math.ceil(w - 1e-9); s <= max; s++) {
      atLeast += count[s];
    }
    return Math.min(1.0, 2.0 * atLeast / Math.pow(2, n));
  }
}
