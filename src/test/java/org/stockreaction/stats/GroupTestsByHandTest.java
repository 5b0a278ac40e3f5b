package org.stockreaction.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.stockreaction.calendar.Window;
import org.stockreaction.model.ModelFit;
import org.stockreaction.model.ModelType;

/**
 * GRANK, CDA t and the Corrado rank test on three firms whose estimation days are relative days
 * -7..-3, with firm B missing day -4, and event window [-1,+1]. The expected values come from
 * {@code src/test/python/grank_cda_corrado_by_hand.py}, a computation written from the papers'
 * formulas in plain Python that shares nothing with the Java code. Values are in percent, scaled
 * by 0.01, as in that script.
 */
class GroupTestsByHandTest {

  static final double TOL = 1e-9;
  static final int[][] EST_DAYS = {{-7, -6, -5, -4, -3}, {-7, -6, -5, -3}, {-7, -6, -5, -4, -3}};
  static final double[][] EST = {
    {1.0, -0.5, 0.3, -1.2, 0.8}, {0.2, -0.6, 0.4, 0.1}, {-0.9, 0.7, 0.2, -0.4, 0.7}};
  static final double[][] EVENT = {{0.5, 2.0, 0.4}, {-0.2, -0.1, -3.0}, {0.6, 0.2, -0.5}};
  static final double[] SIGMA = {0.9, 0.5, 1.2};
  static final double[] AR0_VAR = {0.85, 0.27, 1.5};
  static final Window W1 = new Window(0, 0);
  static final Window W3 = new Window(-1, 1);
  static final int DAY0 = 20_000;

  private static EventAbnormalReturns firm(int i) {
    int m = EST[i].length;
    int[] estDays = new int[m];
    double[] res = new double[m];
    for (int k = 0; k < m; k++) {
      estDays[k] = DAY0 + EST_DAYS[i][k];
      res[k] = EST[i][k] / 100;
    }
    double[] ar = new double[3];
    double[] var = new double[3];
    for (int k = 0; k < 3; k++) {
      ar[k] = EVENT[i][k] / 100;
      var[k] = AR0_VAR[i] * 1e-4;
    }
    ModelFit fit = new ModelFit(ModelType.MARKET, new double[] {0, 1}, new double[] {0, 0},
        SIGMA[i] * SIGMA[i] * 1e-4, m, m - 2, 0.5, new double[] {0}, new double[] {1});
    double car3 = ar[0] + ar[1] + ar[2];
    double v1 = AR0_VAR[i] * 1e-4;
    double v3 = 3.3 * v1;
    List<WindowStatistics> windows = List.of(
        new WindowStatistics(W1, 1, 0, ar[1], v1, ar[1] / Math.sqrt(v1), Double.NaN, ar[1]),
        new WindowStatistics(W3, 3, 0, car3, v3, car3 / Math.sqrt(v3), Double.NaN, car3));
    int[] days = {DAY0 - 1, DAY0, DAY0 + 1};
    return new EventAbnormalReturns(fit, estDays, res, -1, days, ar.clone(), new double[3], ar,
        var, new double[3], new double[3], windows, EST_DAYS[i].clone());
  }

  private static GroupResult group() {
    List<GroupMember> members = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      members.add(new GroupMember("firm " + "ABC".charAt(i), firm(i)));
    }
    return GroupStatistics.compute("g", members, List.of(), List.of(W1, W3));
  }

  private static void assertT(double t, int df, TestResult r) {
    assertEquals(t, r.value(), TOL, r.test().key());
    assertEquals(df, r.df(), 0.0, r.test().key());
    TDistribution dist = new TDistribution(df);
    assertEquals(2 * dist.cumulativeProbability(-Math.abs(t)), r.p(), TOL, r.test().key());
  }

  @Test
  void grankMatchesTheComputationFromThePaperWithAMissingDay() {
    GroupResult g = group();
    assertT(0.292561124232643, 4, g.windows().get(0).test(GroupTest.GRANK_T));
    assertT(-0.784978168932622, 4, g.windows().get(1).test(GroupTest.GRANK_T));
  }

  @Test
  void cdaTMatchesTheComputationFromBrownAndWarnerWithAMissingDay() {
    GroupResult g = group();
    assertT(1.37134861174151, 4, g.windows().get(0).test(GroupTest.CDA_T));
    assertT(-0.0377023090543707, 4, g.windows().get(1).test(GroupTest.CDA_T));
  }

  /** The missing day of B is a missing cell of day -4, not B's day -5 moved up to -4. */
  @Test
  void corradoRanksOnTheCommonRelativeDayGrid() {
    GroupResult g = group();
    NormalDistribution z = new NormalDistribution();
    double[] expected = {0.809133663872988, -0.266944879227119};
    for (int w = 0; w < 2; w++) {
      TestResult r = g.windows().get(w).test(GroupTest.CORRADO_RANK_Z);
      assertEquals(expected[w], r.value(), TOL);
      assertEquals(2 * z.cumulativeProbability(-Math.abs(expected[w])), r.p(), TOL);
    }
  }
}
