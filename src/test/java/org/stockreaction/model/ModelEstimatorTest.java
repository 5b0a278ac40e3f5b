package org.stockreaction.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.stockreaction.TestData;
import org.stockreaction.calendar.CalendarPrices;
import org.stockreaction.calendar.MissingDayPolicy;
import org.stockreaction.calendar.TradingCalendar;
import org.stockreaction.ingest.PriceSeries;

/** The market model's OLS against Commons Math's SimpleRegression on the real shipped series. */
class ModelEstimatorTest {

  /** Stock and SPY simple returns over [-250,-11] around 2025-02-11, from the real files. */
  static double[][] estimationReturns(String ticker) {
    PriceSeries spy = TestData.prices("SPY");
    PriceSeries stock = TestData.prices(ticker);
    TradingCalendar cal = new TradingCalendar("SPY", spy.days());
    int zero = cal.indexOnOrAfter(LocalDate.of(2025, 2, 11));
    double[] rs = CalendarPrices.align(stock.days(), stock.close(), cal)
        .returns(ReturnType.SIMPLE::of, MissingDayPolicy.SKIP);
    double[] rm = CalendarPrices.align(spy.days(), spy.close(), cal)
        .returns(ReturnType.SIMPLE::of, MissingDayPolicy.SKIP);
    int n = 240;
    double[] y = new double[n];
    double[] x = new double[n];
    for (int k = 0; k < n; k++) {
      y[k] = rs[zero - 250 + k];
      x[k] = rm[zero - 250 + k];
    }
    return new double[][] {y, x};
  }

  private static void assertRel(double expected, double actual, double rel, String what) {
    assertEquals(expected, actual, Math.abs(expected) * rel, what);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BABA", "BIDU", "AAPL"})
  void marketModelMatchesSimpleRegressionOnRealData(String ticker) throws Exception {
    double[][] d = estimationReturns(ticker);
    SimpleRegression reg = new SimpleRegression(true);
    for (int i = 0; i < d[0].length; i++) {
      reg.addData(d[1][i], d[0][i]);
    }
    ModelFit fit = ModelEstimator.fit(ModelType.MARKET, d[0], new double[][] {d[1]});
    assertRel(reg.getIntercept(), fit.alpha(), 1e-12, "alpha");
    assertRel(reg.getSlope(), fit.beta(), 1e-12, "beta");
    assertRel(Math.sqrt(reg.getMeanSquareError()), fit.sigma(), 1e-12, "sigma");
    assertRel(reg.getRSquare(), fit.rSquared(), 1e-12, "R^2");
    assertRel(reg.getSlopeStdErr(), fit.standardErrors()[1], 1e-12, "se(beta)");
    assertRel(reg.getInterceptStdErr(), fit.standardErrors()[0], 1e-12, "se(alpha)");
    assertEquals(240, fit.observations());
    assertEquals(238, fit.degreesOfFreedom());
  }

  @Test
  void meanAdjustedUsesEstimationMeanAndSampleVariance() throws Exception {
    double[] y = {0.01, -0.02, 0.03, 0.00, 0.02};
    ModelFit fit = ModelEstimator.fit(ModelType.MEAN_ADJUSTED, y, new double[][] {new double[5]});
    // mean = 0.008; deviations 0.002,-0.028,0.022,-0.008,0.012; SS = 0.00148; s^2 = SS/4
    assertEquals(0.008, fit.fitted(new double[] {0.5}), 1e-15);
    assertEquals(0.00148 / 4, fit.sigma2(), 1e-15);
    assertEquals(4, fit.degreesOfFreedom());
    // Var(AR) = s^2 (1 + 1/M)
    assertEquals(0.00148 / 4 * 1.2, fit.arVariance(new double[] {0.5}), 1e-15);
  }

  @Test
  void marketAdjustedHasNoParametersAndAnMMinusOneVariance() throws Exception {
    double[] y = {0.01, -0.02, 0.03, 0.00};
    double[] m = {0.00, -0.01, 0.01, 0.01};
    ModelFit fit = ModelEstimator.fit(ModelType.MARKET_ADJUSTED, y, new double[][] {m});
    // ARs 0.01,-0.01,0.02,-0.01: mean 0.0025; SS = 0.0075^2+0.0125^2+0.0175^2+0.0125^2 = 0.000675
    assertEquals(0.000675 / 3, fit.sigma2(), 1e-15);
    assertEquals(0.004, fit.fitted(new double[] {0.004}), 0);
    assertEquals(fit.sigma2(), fit.arVariance(new double[] {0.3}), 0);
    assertEquals(3 * fit.sigma2(), fit.carVariance(3, new double[] {0.1}), 1e-18);
  }

  @Test
  void rawModelExpectsZero() throws Exception {
    ModelFit fit = ModelEstimator.fit(ModelType.RAW, new double[] {0.01, 0.03}, new double[][] {{0, 0}});
    assertEquals(0, fit.fitted(new double[] {0.02}), 0);
    assertEquals(0.0002, fit.sigma2(), 1e-18);
  }

  @Test
  void refusesABenchmarkThatNeverMoves() {
    double[] y = {0.01, 0.02, -0.01, 0.0};
    double[] x = {0.001, 0.001, 0.001, 0.001};
    assertThrows(ModelEstimator.SingularException.class,
        () -> ModelEstimator.fit(ModelType.MARKET, y, new double[][] {x}));
  }
}
