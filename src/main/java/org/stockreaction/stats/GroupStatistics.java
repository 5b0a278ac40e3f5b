package org.stockreaction.stats;

import java.util.ArrayList;
import java.util.List;
import org.stockreaction.calendar.Window;

/**
 * The statistics of a group of firm-events (methodology.md, "Many events"): per event window
 * N, the excluded events, CAAR, the share of positive CARs and every {@link GroupTest}; per
 * relative day AAR, CAAR and the parametric tests of the day's ARs.
 *
 * <p>An event enters a window's statistics only when it has a return on every day of the window;
 * otherwise it is listed as excluded with the number of missing days.
 */
public final class GroupStatistics {

  private GroupStatistics() {}

  /**
   * @param name the group's name
   * @param members the computed events of the group
   * @param failed events of the group that could not be computed, with their reasons
   * @param windows the event windows, each inside every member's widest window
   */
  public static GroupResult compute(String name, List<GroupMember> members, List<Exclusion> failed,
      List<Window> windows) {
    return compute(name, members, failed, windows, true);
  }

  /** As {@link #compute(String, List, List, List)}, with the per-day results only when asked. */
  static GroupResult compute(String name, List<GroupMember> members, List<Exclusion> failed,
      List<Window> windows, boolean withDays) {
    List<EventAbnormalReturns> all = new ArrayList<>(members.size());
    for (GroupMember m : members) {
      all.add(m.abnormal());
    }
    ResidualCorrelation correlation = new ResidualCorrelation(all);
    RankStatistics.GroupRanks ranks = new RankStatistics.GroupRanks(all);
    Shared shared = new Shared(ranks, new GeneralizedRank(all, ranks), all);
    List<GroupWindowResult> out = new ArrayList<>(windows.size());
    for (int w = 0; w < windows.size(); w++) {
      out.add(window(members, failed, windows.get(w), correlation, shared));
    }
    return new GroupResult(name, members.size() + failed.size(), out,
        withDays ? days(all, correlation) : List.of());
  }

  /**
   * What the windows of one group share: the rank tests' per-event values, Corrado's day means and
   * the CDA's standard deviation (for one set of events).
   */
  private static final class Shared {
    final RankStatistics.GroupRanks ranks;
    final GeneralizedRank grank;
    final List<EventAbnormalReturns> events;
    RankStatistics.Corrado corrado;
    CrudeDependence cda;

    Shared(RankStatistics.GroupRanks ranks, GeneralizedRank grank,
        List<EventAbnormalReturns> events) {
      this.ranks = ranks;
      this.grank = grank;
      this.events = events;
    }

    /** The CDA's standard deviation for the events at {@code used}, reused likewise. */
    CrudeDependence cda(int[] used) {
      if (cda == null || !cda.isFor(used)) {
        cda = new CrudeDependence(events, used);
      }
      return cda;
    }

    /** Corrado's day means for the events at {@code used}, reused while the events stay the same. */
    RankStatistics.Corrado corrado(int[] used) {
      if (corrado == null || !corrado.isFor(used)) {
        corrado = new RankStatistics.Corrado(ranks, used);
      }
      return corrado;
    }
  }

  private static WindowStatistics find(EventAbnormalReturns e, Window w) {
    for (WindowStatistics s : e.windows()) {
      Window sw = s.window();
      if (sw.fromInclusive() == w.fromInclusive() && sw.toInclusive() == w.toInclusive()) {
        return s;
      }
    }
    return null;
  }

  private static GroupWindowResult window(List<GroupMember> members, List<Exclusion> failed,
      Window w, ResidualCorrelation correlation, Shared shared) {
    List<Exclusion> excluded = new ArrayList<>(failed);
    List<EventAbnormalReturns> used = new ArrayList<>();
    List<WindowStatistics> stats = new ArrayList<>();
    int[] index = new int[members.size()];
    for (int i = 0; i < members.size(); i++) {
      GroupMember m = members.get(i);
      WindowStatistics s = find(m.abnormal(), w);
      String reason = s == null ? "window " + w.label() + " was not computed for this event"
          : s.missingDays() > 0 ? s.missingDays() + " of " + w.length() + " day(s) of "
              + w.label() + " have no return"
          : !(s.carVariance() > 0) || Double.isNaN(s.car()) ? "no CAR variance over " + w.label()
          : null;
      if (reason != null) {
        excluded.add(new Exclusion(m.event(), reason));
        continue;
      }
      index[used.size()] = i;
      used.add(m.abnormal());
      stats.add(s);
    }
    int n = used.size();
    double[] car = new double[n];
    double[] scar = new double[n];
    double[] variance = new double[n];
    double[] bhar = new double[n];
    double[] df = new double[n];
    int positive = 0;
    for (int i = 0; i < n; i++) {
      WindowStatistics s = stats.get(i);
      car[i] = s.car();
      scar[i] = s.scar();
      variance[i] = s.carVariance();
      bhar[i] = s.bhar();
      df[i] = used.get(i).fit().degreesOfFreedom();
      if (car[i] > 0) {
        positive++;
      }
    }
    int[] usedIndex = java.util.Arrays.copyOf(index, n);
    double r = correlation.mean(usedIndex, w.fromInclusive(), w.toInclusive());
    List<TestResult> tests = new ArrayList<>();
    tests.add(crossSectional(GroupTest.CROSS_SECTIONAL_T, car));
    tests.add(j1(car, variance));
    TestResult patell = patell(scar, df);
    tests.add(patell);
    tests.add(TestResult.normal(GroupTest.PATELL_Z_KP, patell.value() / Math.sqrt(1 + (n - 1) * r)));
    TestResult bmp = crossSectional(GroupTest.BMP_T, scar);
    tests.add(bmp);
    tests.add(TestResult.t(GroupTest.BMP_T_KP, bmp.value() * kpFactor(r, n), n - 1));
    tests.add(shared.corrado(usedIndex).test(w.fromInclusive(), w.toInclusive()));
    tests.add(RankStatistics.generalizedSign(shared.ranks, usedIndex, car));
    tests.add(RankStatistics.wilcoxon(car));
    tests.add(skewAdjusted(bhar));
    tests.add(shared.grank.test(usedIndex, scar));
    tests.add(shared.cda(usedIndex).test(mean(car), w.length()));
    return new GroupWindowResult(w, n, excluded, mean(car), positive, mean(bhar), r, tests);
  }

  private static List<GroupDayResult> days(List<EventAbnormalReturns> events,
      ResidualCorrelation correlation) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (EventAbnormalReturns e : events) {
      first = Math.min(first, e.firstRelDay());
      last = Math.max(last, e.firstRelDay() + e.length() - 1);
    }
    List<GroupDayResult> out = new ArrayList<>();
    double caar = 0;
    for (int rel = first; rel <= last; rel++) {
      int[] index = new int[events.size()];
      double[] ar = new double[events.size()];
      double[] sar = new double[events.size()];
      double[] df = new double[events.size()];
      int n = 0;
      for (int i = 0; i < events.size(); i++) {
        EventAbnormalReturns e = events.get(i);
        int k = e.indexOf(rel);
        if (k < 0 || Double.isNaN(e.ar()[k]) || !(e.arVariance()[k] > 0)) {
          continue;
        }
        index[n] = i;
        ar[n] = e.ar()[k];
        sar[n] = e.ar()[k] / Math.sqrt(e.arVariance()[k]);
        df[n] = e.fit().degreesOfFreedom();
        n++;
      }
      ar = java.util.Arrays.copyOf(ar, n);
      sar = java.util.Arrays.copyOf(sar, n);
      df = java.util.Arrays.copyOf(df, n);
      double aar = mean(ar);
      if (n > 0) {
        caar += aar;
      }
      double r = correlation.mean(java.util.Arrays.copyOf(index, n), rel, rel);
      TestResult bmp = crossSectional(GroupTest.BMP_T, sar);
      out.add(new GroupDayResult(rel, n, aar, n > 0 ? caar : Double.NaN, r, List.of(
          crossSectional(GroupTest.CROSS_SECTIONAL_T, ar), patell(sar, df), bmp,
          TestResult.t(GroupTest.BMP_T_KP, bmp.value() * kpFactor(r, n), n - 1))));
    }
    return out;
  }

  /** Kolari-Pynnönen's factor for BMP, {@code sqrt((1 - r) / (1 + (N - 1) r))}. */
  static double kpFactor(double r, int n) {
    double denominator = 1 + (n - 1) * r;
    return denominator > 0 && r < 1 ? Math.sqrt((1 - r) / denominator) : Double.NaN;
  }

  static double mean(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  /** Sample standard deviation, N - 1 divisor. */
  static double sd(double[] v) {
    if (v.length < 2) {
      return Double.NaN;
    }
    double m = mean(v);
    double ss = 0;
    for (double d : v) {
      ss += (d - m) * (d - m);
    }
    return Math.sqrt(ss / (v.length - 1));
  }

  /** {@code mean / (sd / sqrt(N))}, Student t with N - 1 df (cross-sectional t, and BMP on SCARs). */
  static TestResult crossSectional(GroupTest test, double[] v) {
    int n = v.length;
    double sd = sd(v);
    double t = n < 2 || !(sd > 0) ? Double.NaN : mean(v) / (sd / Math.sqrt(n));
    return TestResult.t(test, t, n - 1);
  }

  /** {@code sum CAR_i / sqrt(sum Var(CAR_i))} (CLM's J1, i.e. CAAR over its estimated sd). */
  static TestResult j1(double[] car, double[] variance) {
    double sum = 0;
    double var = 0;
    for (int i = 0; i < car.length; i++) {
      sum += car[i];
      var += variance[i];
    }
    return TestResult.normal(GroupTest.J1, var > 0 ? sum / Math.sqrt(var) : Double.NaN);
  }

  /** {@code sum SCAR_i / sqrt(sum df_i / (df_i - 2))}: each SCAR is t with df_i under the null. */
  static TestResult patell(double[] scar, double[] df) {
    double sum = 0;
    double var = 0;
    for (int i = 0; i < scar.length; i++) {
      if (!(df[i] > 2)) {
        return TestResult.normal(GroupTest.PATELL_Z, Double.NaN);
      }
      sum += scar[i];
      var += df[i] / (df[i] - 2);
    }
    return TestResult.normal(GroupTest.PATELL_Z, var > 0 ? sum / Math.sqrt(var) : Double.NaN);
  }

  /**
   * Lyon, Barber and Tsai (1999): {@code t = sqrt(N) (S + g S^2 / 3 + g / (6 N))} with {@code S =
   * mean / sd} and {@code g = sum (x - mean)^3 / (N sd^3)}; read from Student t with N - 1 df (the
   * plain t it corrects; LBT bootstrap it, and it is asymptotically normal).
   */
  static TestResult skewAdjusted(double[] bhar) {
    int n = bhar.length;
    double sd = sd(bhar);
    if (n < 2 || !(sd > 0)) {
      return TestResult.t(GroupTest.BHAR_SKEW_ADJUSTED_T, Double.NaN, n - 1);
    }
    double m = mean(bhar);
    double cube = 0;
    for (double b : bhar) {
      cube += (b - m) * (b - m) * (b - m);
    }
    double g = cube / (n * sd * sd * sd);
    double s = m / sd;
    double t = Math.sqrt(n) * (s + g * s * s / 3.0 + g / (6.0 * n));
    return TestResult.t(GroupTest.BHAR_SKEW_ADJUSTED_T, t, n - 1);
  }
}
