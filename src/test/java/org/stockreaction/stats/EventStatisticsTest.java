package org.stockreaction.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.stockreaction.calendar.Window;
import org.stockreaction.model.ModelEstimator;
import org.stockreaction.model.ModelFit;
import org.stockreaction.model.ModelType;
import org.stockreaction.model.ReturnType;

/**
 * AR and CAR variances against values worked by hand from methodology.md's market-model formulas
 * on a five-day estimation window.
 *
 * <p>Estimation: x = 0,1,2,3,4; y = 1,3,2,5,4. By hand: xbar = 2, ybar = 3, Sxx = 10, Sxy = 8,
 * b = 0.8, a = 1.4; residuals -0.4, 0.8, -1.0, 1.2, -0.6; SSR = 3.6; s^2 = 3.6/3 = 1.2.
 * Event days x = 5, 6 with y = 7, 5: expected 5.4, 6.2; AR 1.6, -1.2.
 * Var(AR_0) = 1.2 (1 + 1/5 + 9/10) = 2.52; Var(AR_1) = 1.2 (1 + 1/5 + 16/10) = 3.36.
 * Var(CAR[0,1]) = 1.2 (2 + 4/5 + (3 + 4)^2 / 10) = 9.24, which is not Var(AR_0) + Var(AR_1) = 5.88
 * (the estimation error of a and b is shared across days).
 */
class EventStatisticsTest {

  private static EventAbnormalReturns tiny() throws Exception {
    double[] y = {1, 3, 2, 5, 4};
    double[] x = {0, 1, 2, 3, 4};
    ModelFit fit = ModelEstimator.fit(ModelType.MARKET, y, new double[][] {x});
    EstimationData est = new EstimationData(new int[] {1, 2, 3, 4, 5}, y, new double[][] {x},
        new int[] {-6, -5, -4, -3, -2});
    EventWindowData w = new EventWindowData(0, new int[] {10, 11}, new double[] {7, 5},
        new double[][] {{5, 6}}, new double[2]);
    return EventStatistics.compute(fit, est, w,
        List.of(new Window(0, 0), new Window(0, 1), new Window(1, 1)), ReturnType.SIMPLE);
  }

  @Test
  void arVarianceIsThePredictionErrorVarianceWorkedByHand() throws Exception {
    EventAbnormalReturns r = tiny();
    assertEquals(1.4, r.fit().alpha(), 1e-12);
    assertEquals(0.8, r.fit().beta(), 1e-12);
    assertEquals(1.2, r.fit().sigma2(), 1e-12);
    assertEquals(1.6, r.ar()[0], 1e-12);
    assertEquals(-1.2, r.ar()[1], 1e-12);
    assertEquals(2.52, r.arVariance()[0], 1e-12);
    assertEquals(3.36, r.arVariance()[1], 1e-12);
    assertEquals(1.6 / Math.sqrt(2.52), r.t()[0], 1e-12);
    assertEquals(5.4, r.expected()[0], 1e-12);
  }

  @Test
  void carVarianceIsTheWindowSumOfTheFullCovariance() throws Exception {
    WindowStatistics w = tiny().windows().get(1);
    assertEquals(2, w.days());
    assertEquals(0.4, w.car(), 1e-12);
    assertEquals(9.24, w.carVariance(), 1e-12);
    assertEquals(0.4 / Math.sqrt(9.24), w.t(), 1e-12);
    // BHAR = (1+7)(1+5) - (1+5.4)(1+6.2) = 48 - 46.08
    assertEquals(1.92, w.bhar(), 1e-12);
  }

  @Test
  void pValuesAreTwoSidedStudentTWithMMinusTwoDegreesOfFreedom() throws Exception {
    EventAbnormalReturns r = tiny();
    TDistribution t3 = new TDistribution(3);
    double expected = 2 * (1 - t3.cumulativeProbability(Math.abs(r.t()[0])));
    assertEquals(expected, r.p()[0], 1e-12);
    WindowStatistics w = r.windows().get(2);
    assertEquals(2 * t3.cumulativeProbability(-Math.abs(w.t())), w.p(), 1e-12);
  }

  @Test
  void missingDayIsLeftOutOfTheWindowAndCounted() throws Exception {
    double[] y = {1, 3, 2, 5, 4};
    double[] x = {0, 1, 2, 3, 4};
    ModelFit fit = ModelEstimator.fit(ModelType.MARKET, y, new double[][] {x});
    EstimationData est = new EstimationData(new int[] {1, 2, 3, 4, 5}, y, new double[][] {x},
        new int[] {-6, -5, -4, -3, -2});
    EventWindowData w = new EventWindowData(0, new int[] {10, 11}, new double[] {7, Double.NaN},
        new double[][] {{5, Double.NaN}}, new double[2]);
    WindowStatistics s = EventStatistics.compute(fit, est, w, List.of(new Window(0, 1)),
        ReturnType.SIMPLE).windows().get(0);
    assertEquals(1, s.days());
    assertEquals(1, s.missingDays());
    assertEquals(1.6, s.car(), 1e-12);
    assertEquals(2.52, s.carVariance(), 1e-12);
  }

  @Test
  void probabilitiesMatchCommonsMathDistributions() {
    for (double df : new double[] {3, 10, 238}) {
      TDistribution t = new TDistribution(df);
      for (double x : new double[] {0, 0.5, 1.96, -2.7, 6}) {
        assertEquals(2 * t.cumulativeProbability(-Math.abs(x)), Probabilities.twoSidedT(x, df), 1e-12);
      }
    }
    org.apache.commons.math3.distribution.NormalDistribution n =
        new org.apache.commons.math3.distribution.NormalDistribution();
    for (double z : new double[] {0, 1, 1.96, -3.5}) {
      assertEquals(2 * n.cumulativeProbability(-Math.abs(z)), Probabilities.twoSidedNormal(z), 1e-12);
    }
  }
}
