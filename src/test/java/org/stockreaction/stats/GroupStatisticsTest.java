package org.stockreaction.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;
import org.stockreaction.calendar.Window;
import org.stockreaction.model.ModelFit;
import org.stockreaction.model.ModelType;

/**
 * Every group statistic on four firms of ten days each (seven estimation days, event window
 * [-1,+1]), against values worked by hand from the formulas or computed by Commons Math.
 * Values below are in percent and scaled by 0.01.
 */
class GroupStatisticsTest {

  static final Window W3 = new Window(-1, 1);
  static final Window W1 = new Window(0, 0);
  static final double TOL = 1e-12;
  static final NormalDistribution Z = new NormalDistribution();

  // Firms A, B, C share dates (estimation 100..106, event 107..109); D lies on 200..209.
  static final double[][] EST = {
    {1, -2, 3, -1, 2, -3, 0.5},
    {-1, 1, -0.5, 2, -2, 0.8, 0.3},
    {2, -1, 1, -2, 0.4, -0.6, 1.5},
    {0.2, -0.4, 1, -1, 0.6, -0.2, 0.1}};
  static final double[][] EVENT = {{0.5, 4, 1}, {1, 2, -0.5}, {-0.3, -1, 0.2}, {0.1, 3, 0.7}};
  static final double[] AR_VAR = {4e-4, 1e-4, 2.25e-4, 0.64e-4};
  static final int[] FIRST_DAY = {100, 100, 100, 200};
  static final double[] BHAR_3 = {0.051, 0.027, -0.012, 0.036};
  static final double CAR_VAR_FACTOR = 3.3; // Var(CAR[-1,+1]) = 3.3 Var(AR) for this data set

  static EventAbnormalReturns firm(int i, double[] event) {
    int m = EST[i].length;
    int[] estDays = new int[m];
    int[] estRel = new int[m];
    double[] res = new double[m];
    for (int k = 0; k < m; k++) {
      estDays[k] = FIRST_DAY[i] + k;
      estRel[k] = k - m - 1;
      res[k] = EST[i][k] / 100;
    }
    int[] days = {FIRST_DAY[i] + 7, FIRST_DAY[i] + 8, FIRST_DAY[i] + 9};
    double[] ar = new double[3];
    double[] var = new double[3];
    double[] t = new double[3];
    for (int k = 0; k < 3; k++) {
      ar[k] = event[k] / 100;
      var[k] = Double.isNaN(ar[k]) ? Double.NaN : AR_VAR[i];
      t[k] = ar[k] / Math.sqrt(var[k]);
    }
    ModelFit fit = new ModelFit(ModelType.MARKET, new double[] {0, 1}, new double[] {0, 0},
        AR_VAR[i], m, m - 2, 0.5, new double[] {0}, new double[] {1});
    double car3 = (ar[0] + ar[1] + ar[2]);
    int missing = Double.isNaN(car3) ? 1 : 0;
    double v3 = CAR_VAR_FACTOR * AR_VAR[i];
    List<WindowStatistics> windows = List.of(
        new WindowStatistics(W3, 3 - missing, missing, missing > 0 ? ar[0] + ar[1] : car3,
            v3, car3 / Math.sqrt(v3), Double.NaN, BHAR_3[i]),
        new WindowStatistics(W1, 1, 0, ar[1], AR_VAR[i], ar[1] / Math.sqrt(AR_VAR[i]), Double.NaN,
            ar[1] * 1.01));
    return new EventAbnormalReturns(fit, estDays, res, -1, days, ar.clone(), new double[3], ar,
        var, t, new double[3], windows, estRel);
  }

  static List<GroupMember> members() {
    List<GroupMember> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      out.add(new GroupMember("firm " + "ABCD".charAt(i), firm(i, EVENT[i])));
    }
    return out;
  }

  static double[] car3() {
    double[] c = new double[4];
    for (int i = 0; i < 4; i++) {
      c[i] = (EVENT[i][0] + EVENT[i][1] + EVENT[i][2]) / 100;
    }
    return c;
  }

  static double[] scar3() {
    double[] c = car3();
    for (int i = 0; i < 4; i++) {
      c[i] /= Math.sqrt(CAR_VAR_FACTOR * AR_VAR[i]);
    }
    return c;
  }

  static GroupWindowResult window3() {
    return GroupStatistics.compute("all", members(), List.of(), List.of(W3, W1)).windows().get(0);
  }

  @Test
  void caarAndPositiveShareByHand() {
    GroupWindowResult w = window3();
    // CARs 5.5, 2.5, -1.1, 3.8 percent.
    assertEquals(4, w.n());
    assertEquals((5.5 + 2.5 - 1.1 + 3.8) / 4 / 100, w.caar(), TOL);
    assertEquals(3, w.positive());
    assertEquals(0.75, w.positiveShare(), TOL);
    assertEquals((0.051 + 0.027 - 0.012 + 0.036) / 4, w.meanBhar(), TOL);
  }

  @Test
  void crossSectionalAndBmpMatchCommonsMathTTest() {
    GroupWindowResult w = window3();
    TTest tt = new TTest();
    TestResult cs = w.test(GroupTest.CROSS_SECTIONAL_T);
    assertEquals(tt.t(0, car3()), cs.value(), 1e-12);
    assertEquals(tt.tTest(0, car3()), cs.p(), 1e-9);
    assertEquals("t(3)", cs.referenceLabel());
    TestResult bmp = w.test(GroupTest.BMP_T);
    assertEquals(tt.t(0, scar3()), bmp.value(), 1e-12);
    assertEquals(tt.tTest(0, scar3()), bmp.p(), 1e-9);
  }

  @Test
  void j1AndPatellByHand() {
    GroupWindowResult w = window3();
    double sumVar = CAR_VAR_FACTOR * (4e-4 + 1e-4 + 2.25e-4 + 0.64e-4);
    double j1 = 0.107 / Math.sqrt(sumVar);
    assertEquals(j1, w.test(GroupTest.J1).value(), 1e-12);
    assertEquals(2 * Z.cumulativeProbability(-Math.abs(j1)), w.test(GroupTest.J1).p(), 1e-12);
    double[] s = scar3();
    // M = 7, so each SCAR has variance (M - 2) / (M - 4) = 5 / 3.
    double patell = (s[0] + s[1] + s[2] + s[3]) / Math.sqrt(4 * 5.0 / 3.0);
    assertEquals(patell, w.test(GroupTest.PATELL_Z).value(), 1e-12);
    assertEquals(2 * Z.cumulativeProbability(-Math.abs(patell)), w.test(GroupTest.PATELL_Z).p(),
        1e-12);
    assertEquals("normal", w.test(GroupTest.PATELL_Z).referenceLabel());
  }

  /** A, B and C share every date; D shares none: r = 2 (rAB + rAC + rBC) / (4 * 3). */
  @Test
  void kolariPynnonenUsesTheMeanPairwiseCorrelationOfTheClusteredFirms() {
    PearsonsCorrelation pc = new PearsonsCorrelation();
    double ab = pc.correlation(EST[0], EST[1]);
    double ac = pc.correlation(EST[0], EST[2]);
    double bc = pc.correlation(EST[1], EST[2]);
    double r = 2 * (ab + ac + bc) / 12;
    GroupWindowResult w = window3();
    assertEquals(r, w.correlation(), 1e-12);
    double bmp = w.test(GroupTest.BMP_T).value();
    assertEquals(bmp * Math.sqrt((1 - r) / (1 + 3 * r)), w.test(GroupTest.BMP_T_KP).value(), 1e-12);
    assertEquals(new TDistribution(3).cumulativeProbability(-Math.abs(
        w.test(GroupTest.BMP_T_KP).value())) * 2, w.test(GroupTest.BMP_T_KP).p(), 1e-9);
    double patell = w.test(GroupTest.PATELL_Z).value();
    assertEquals(patell / Math.sqrt(1 + 3 * r), w.test(GroupTest.PATELL_Z_KP).value(), 1e-12);
  }

  /**
   * Ranks over each firm's ten values, ties at their mean rank (worked by hand from the table
   * above), estimation days first, then days -1, 0, +1.
   */
  static final double[][] RANKS = {
    {6.5, 2, 9, 3, 8, 1, 4.5, 4.5, 10, 6.5},
    {2, 7.5, 3.5, 9.5, 1, 6, 5, 7.5, 9.5, 3.5},
    {10, 2.5, 8, 1, 7, 4, 9, 5, 2.5, 6},
    {6, 2, 9, 1, 7, 3, 4.5, 4.5, 10, 8}};

  static double corradoByHand(int from, int to) {
    double[] d = new double[10];
    for (int t = 0; t < 10; t++) {
      for (int i = 0; i < 4; i++) {
        d[t] += (RANKS[i][t] / 11 - 0.5) / 4;
      }
    }
    double ss = 0;
    for (double v : d) {
      ss += v * v;
    }
    double su = Math.sqrt(ss / 10);
    double sum = 0;
    for (int rel = from; rel <= to; rel++) {
      sum += d[8 + rel];
    }
    return sum / (Math.sqrt(to - from + 1) * su);
  }

  /**
   * Against Commons Math's NaturalRanking with average ties, on values that only differ below
   * float precision, exact ties, zeros and values that round to a float zero, which the sort has
   * to tell apart or join. (NaturalRanking orders -0.0 below 0.0; here they are one value.)
   */
  @Test
  void ranksMatchCommonsMathNaturalRankingOnNearlyEqualValues() {
    org.apache.commons.math3.stat.ranking.NaturalRanking natural =
        new org.apache.commons.math3.stat.ranking.NaturalRanking(
            org.apache.commons.math3.stat.ranking.TiesStrategy.AVERAGE);
    java.util.Random rnd = new java.util.Random(8);
    for (int round = 0; round < 50; round++) {
      double[] v = new double[251];
      for (int i = 0; i < v.length; i++) {
        v[i] = switch (i % 5) {
          case 0 -> rnd.nextGaussian() * 0.01;
          case 1 -> 0.01 + rnd.nextInt(5) * 1e-15;
          case 2 -> v[rnd.nextInt(i)];
          case 3 -> 0.0;
          default -> (rnd.nextBoolean() ? 1e-300 : -1e-300) * (1 + rnd.nextInt(3));
        };
      }
      double[] expected = natural.rank(v);
      double[] actual = RankStatistics.ranks(v);
      for (int i = 0; i < v.length; i++) {
        assertEquals(expected[i], actual[i], 0.0, "value " + v[i]);
      }
    }
  }

  @Test
  void ranksGiveTiesTheirMeanRank() {
    for (int i = 0; i < 4; i++) {
      double[] v = new double[10];
      System.arraycopy(EST[i], 0, v, 0, 7);
      System.arraycopy(EVENT[i], 0, v, 7, 3);
      assertEquals(java.util.Arrays.toString(RANKS[i]),
          java.util.Arrays.toString(RankStatistics.ranks(v)));
    }
  }

  @Test
  void corradoRankInCowansWindowFormByHand() {
    GroupResult g = GroupStatistics.compute("all", members(), List.of(), List.of(W3, W1));
    double z3 = corradoByHand(-1, 1);
    assertEquals(z3, g.windows().get(0).test(GroupTest.CORRADO_RANK_Z).value(), 1e-12);
    assertEquals(2 * Z.cumulativeProbability(-Math.abs(z3)),
        g.windows().get(0).test(GroupTest.CORRADO_RANK_Z).p(), 1e-12);
    assertEquals(corradoByHand(0, 0), g.windows().get(1).test(GroupTest.CORRADO_RANK_Z).value(),
        1e-12);
  }

  /** Every firm has 4 of 7 positive estimation ARs, so p = 4/7; 3 of 4 CARs are positive. */
  @Test
  void generalizedSignByHand() {
    TestResult s = window3().test(GroupTest.GENERALIZED_SIGN_Z);
    // (3 - 4 * 4/7) / sqrt(4 * 4/7 * 3/7) = (5/7) / (sqrt(48)/7) = 5 / sqrt(48)
    assertEquals(5 / Math.sqrt(48), s.value(), 1e-12);
    assertEquals(2 * Z.cumulativeProbability(-5 / Math.sqrt(48)), s.p(), 1e-12);
  }

  @Test
  void wilcoxonSmallSampleMatchesCommonsMathExactPValue() {
    TestResult w = window3().test(GroupTest.WILCOXON_SIGNED_RANK);
    // |CAR| ranks 1.1 -> 1, 2.5 -> 2, 3.8 -> 3, 5.5 -> 4; W+ = 9, mean 5, variance 7.5.
    assertEquals(4 / Math.sqrt(7.5), w.value(), 1e-12);
    double commons = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(car3(), new double[4], true);
    assertEquals(0.25, commons, 1e-12);
    assertEquals(commons, w.p(), 1e-12);
    assertEquals("exact signed-rank", w.referenceLabel());
  }

  /**
   * Above 30 values the p-value is normal. Commons Math's asymptotic p-value applies a
   * correction of -0.5 to the smaller rank sum, {@code z_c = (W_min - E - 0.5) / sd}; so
   * {@code Phi^-1(p_c / 2) = -|z| - 0.5 / sd} for the uncorrected z reported here.
   */
  @Test
  void wilcoxonLargeSampleMatchesCommonsMathAsymptoticRankSum() {
    java.util.Random rnd = new java.util.Random(4);
    double[] x = new double[40];
    for (int i = 0; i < 40; i++) {
      x[i] = rnd.nextGaussian() + 0.3;
    }
    TestResult w = RankStatistics.wilcoxon(x);
    assertEquals("normal", w.referenceLabel());
    double sd = Math.sqrt(40 * 41 * 81 / 24.0);
    double pc = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(x, new double[40], false);
    assertEquals(-Math.abs(w.value()) - 0.5 / sd, Z.inverseCumulativeProbability(pc / 2), 1e-9);
    assertEquals(2 * Z.cumulativeProbability(-Math.abs(w.value())), w.p(), 1e-12);
  }

  /** LBT's skewness {@code g = sum (x - m)^3 / (n s^3)} is Commons Math's (n-1)(n-2)/n^2 times. */
  @Test
  void bharSkewnessAdjustedTFromCommonsMathMoments() {
    int n = 4;
    double sd = new StandardDeviation().evaluate(BHAR_3);
    double mean = (0.051 + 0.027 - 0.012 + 0.036) / 4;
    double g = new Skewness().evaluate(BHAR_3) * (n - 1) * (n - 2) / (n * n);
    double s = mean / sd;
    double t = Math.sqrt(n) * (s + g * s * s / 3 + g / (6 * n));
    TestResult r = window3().test(GroupTest.BHAR_SKEW_ADJUSTED_T);
    assertEquals(t, r.value(), 1e-12);
    assertEquals(2 * new TDistribution(3).cumulativeProbability(-Math.abs(t)), r.p(), 1e-9);
  }

  @Test
  void perDayAarCaarAndTests() {
    GroupResult g = GroupStatistics.compute("all", members(), List.of(), List.of(W3));
    assertEquals(3, g.days().size());
    GroupDayResult d0 = g.days().get(1);
    assertEquals(0, d0.relDay());
    assertEquals(4, d0.n());
    assertEquals((4 + 2 - 1 + 3) / 4.0 / 100, d0.aar(), TOL);
    assertEquals((0.5 + 1 - 0.3 + 0.1 + 4 + 2 - 1 + 3) / 4.0 / 100, d0.caar(), TOL);
    double[] ar = {0.04, 0.02, -0.01, 0.03};
    double[] sar = new double[4];
    for (int i = 0; i < 4; i++) {
      sar[i] = ar[i] / Math.sqrt(AR_VAR[i]);
    }
    TTest tt = new TTest();
    assertEquals(tt.t(0, ar), d0.test(GroupTest.CROSS_SECTIONAL_T).value(), 1e-12);
    assertEquals(tt.tTest(0, sar), d0.test(GroupTest.BMP_T).p(), 1e-9);
    // Day 0 is one date for A, B and C: the same r as the window (one shared date of one).
    assertEquals(window3().correlation(), d0.correlation(), 1e-12);
  }

  @Test
  void excludesAnEventWithAMissingDayAndListsTheFailedOnes() {
    List<GroupMember> m = new ArrayList<>(members());
    m.add(new GroupMember("firm E", firm(1, new double[] {0.4, 1.2, Double.NaN})));
    List<Exclusion> failed = List.of(new Exclusion("firm F", "too_few_estimation_days: only 80"));
    GroupResult g = GroupStatistics.compute("all", m, failed, List.of(W3, W1));
    assertEquals(6, g.events());
    GroupWindowResult w3 = g.windows().get(0);
    assertEquals(4, w3.n());
    assertEquals(2, w3.excluded().size());
    assertEquals("firm F", w3.excluded().get(0).event());
    assertEquals("firm E", w3.excluded().get(1).event());
    assertTrue(w3.excluded().get(1).reason().contains("1 of 3 day(s) of [-1,+1] have no return"),
        w3.excluded().get(1).reason());
    assertEquals(5, g.windows().get(1).n());
    assertEquals(4, g.days().get(2).n());
    assertEquals(5, g.days().get(1).n());
  }

  @Test
  void tooFewEventsGiveNoStatisticRatherThanANumber() {
    GroupResult g = GroupStatistics.compute("one", members().subList(0, 1), List.of(), List.of(W3));
    GroupWindowResult w = g.windows().get(0);
    assertEquals(1, w.n());
    assertTrue(Double.isNaN(w.test(GroupTest.CROSS_SECTIONAL_T).value()));
    assertTrue(Double.isNaN(w.test(GroupTest.BMP_T_KP).value()));
    assertTrue(Double.isNaN(w.correlation()));
  }
}
