package org.stockreaction.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stockreaction.model.ModelFit;
import org.stockreaction.model.ModelType;
import org.stockreaction.stats.EventAbnormalReturns;
import org.stockreaction.stats.WindowStatistics;

/**
 * On the shipped study under the market model (one regressor), the general form
 * {@code s^2(1 + x_t'(X'X)^-1 x_t)} and the window's full covariance sum must equal
 * methodology.md's market-model formulas, worked here from the raw SPY and stock closes:
 * {@code s^2(1 + 1/M + (Rm_t - mean)^2/Sxx)} and {@code s^2(L + L^2/M + (sum(Rm_t - mean))^2/Sxx)},
 * with {@code s^2 = SSR/(M - 2)} and a, b from the textbook slope {@code Sxy/Sxx}.
 */
class GeneralVarianceMarketModelTest {

  @Test
  void generalFormEqualsTheMarketModelFormulaOnRealData() throws Exception {
    StudyResult study = FactorModelAgainstCommonsMathTest.run(ModelType.MARKET);
    List<String> cal = FactorModelAgainstCommonsMathTest.calendar();
    Map<String, Double> spy = FactorModelAgainstCommonsMathTest.closes("SPY");
    int zero = cal.indexOf("2025-02-11");
    int m = 240;
    for (EventOutcome o : study.outcomes()) {
      assertTrue(o.ok(), o.message());
      Map<String, Double> px = FactorModelAgainstCommonsMathTest.closes(o.ticker());
      double[] rm = new double[m];
      double[] ri = new double[m];
      double mx = 0;
      double my = 0;
      for (int t = 0; t < m; t++) {
        int i = zero - 250 + t;
        rm[t] = spy.get(cal.get(i)) / spy.get(cal.get(i - 1)) - 1;
        ri[t] = px.get(cal.get(i)) / px.get(cal.get(i - 1)) - 1;
        mx += rm[t] / m;
        my += ri[t] / m;
      }
      double sxx = 0;
      double sxy = 0;
      for (int t = 0; t < m; t++) {
        sxx += (rm[t] - mx) * (rm[t] - mx);
        sxy += (rm[t] - mx) * (ri[t] - my);
      }
      double b = sxy / sxx;
      double a = my - b * mx;
      double ssr = 0;
      for (int t = 0; t < m; t++) {
        double e = ri[t] - a - b * rm[t];
        ssr += e * e;
      }
      double s2 = ssr / (m - 2);

      EventAbnormalReturns ar = o.result().abnormal();
      ModelFit fit = ar.fit();
      assertEquals(m - 2, fit.degreesOfFreedom());
      FactorModelAgainstCommonsMathTest.close(s2, fit.sigma2(), o.ticker() + " s^2");
      for (int rel = -5; rel <= 5; rel++) {
        int i = zero + rel;
        double x = spy.get(cal.get(i)) / spy.get(cal.get(i - 1)) - 1;
        double want = s2 * (1 + 1.0 / m + (x - mx) * (x - mx) / sxx);
        FactorModelAgainstCommonsMathTest.close(want, ar.arVariance()[ar.indexOf(rel)],
            o.ticker() + " Var(AR) day " + rel);
        FactorModelAgainstCommonsMathTest.close(want, fit.arVariance(new double[] {x}),
            o.ticker() + " general form day " + rel);
      }
      for (WindowStatistics w : ar.windows()) {
        double d = 0;
        int len = w.window().length();
        for (int rel = w.window().fromInclusive(); rel <= w.window().toInclusive(); rel++) {
          int i = zero + rel;
          d += spy.get(cal.get(i)) / spy.get(cal.get(i - 1)) - 1 - mx;
        }
        double want = s2 * (len + (double) len * len / m + d * d / sxx);
        FactorModelAgainstCommonsMathTest.close(want, w.carVariance(),
            o.ticker() + " Var(CAR) " + w.window().label());
      }
    }
  }
}
