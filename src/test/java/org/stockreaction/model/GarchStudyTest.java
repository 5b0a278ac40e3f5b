package org.stockreaction.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stockreaction.model.GarchEstimatorTest.rel;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stockreaction.TestData;
import org.stockreaction.cli.Main;
import org.stockreaction.job.Csv;

/**
 * {@code --model garch} on the shipped study: the fit of each real estimation window against R
 * ({@code real_<T>.csv}, the stock's and SPY's returns over [-250, -11] around 2025-02-11;
 * {@code real_<T>_expected.txt} from {@code garch_check.R}, computed once; live too when R is
 * installed), and the ARs' standardisation by the forecast h_t, recomputed here from the
 * parameters in loadings.csv.
 */
class GarchStudyTest {

  @TempDir Path dir;

  private static void checkReal(String ticker, Map<String, Double> r) throws Exception {
    double[][] d = ModelEstimatorTest.estimationReturns(ticker);
    GarchFit g = GarchEstimator.fit(d[0], new double[][] {d[1]});
    rel(r.get("reg_a"), g.mean()[0], 1e-4, ticker + " a");
    rel(r.get("reg_b"), g.mean()[1], 1e-4, ticker + " b");
    rel(r.get("reg_omega"), g.omega(), 1e-4, ticker + " omega");
    rel(r.get("reg_alpha"), g.alpha(), 1e-4, ticker + " alpha");
    rel(r.get("reg_beta"), g.beta(), 1e-4, ticker + " beta");
    rel(r.get("reg_loglik"), g.logLikelihood(), 1e-6, ticker + " log-likelihood");
  }

  @ParameterizedTest
  @ValueSource(strings = {"BABA", "BIDU", "AAPL"})
  void realEstimationWindowsAgreeWithR(String ticker) throws Exception {
    checkReal(ticker, GarchEstimatorTest.parse(Files.readAllLines(
        GarchEstimatorTest.DIR.resolve("real_" + ticker + "_expected.txt"))));
    List<String> live = GarchEstimatorTest.runR("real_" + ticker + ".csv");
    if (live != null) {
      checkReal(ticker, GarchEstimatorTest.parse(live));
    }
  }

  private Path run(String... options) {
    Path out = dir.resolve("out" + String.join("", options).hashCode());
    String[] args = new String[options.length + 4];
    args[0] = "--input";
    args[1] = TestData.input().toString();
    args[2] = "--output";
    args[3] = out.toString();
    System.arraycopy(options, 0, args, 4, options.length);
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, exit, err.toString());
    return out.resolve("latest");
  }

  @Test
  void shippedStudyStandardisesByTheForecastVariance() throws Exception {
    Path out = run("--model", "garch", "--compare-model", "none");
    List<Map<String, String>> summary = Csv.read(out.resolve("summary.csv"));
    List<Map<String, String>> loadings = Csv.read(out.resolve("loadings.csv"));
    List<Map<String, String>> car = Csv.read(out.resolve("car.csv"));
    // five events; the three US ones (benchmark SPY, the first three rows) are recomputed here
    assertEquals(5, summary.size());
    for (int e = 0; e < 3; e++) {
      Map<String, String> s = summary.get(e);
      String ticker = s.get("ticker");
      assertEquals("garch", s.get("model"));
      double[] p = new double[5];
      for (int j = 0; j < 5; j++) {
        p[j] = Double.parseDouble(loadings.get(5 * e + j).get("estimate"));
      }
      // h_t by the recursion, written out here: h_1 = omega + (alpha + beta) mean(e^2)
      double[][] d = ModelEstimatorTest.estimationReturns(ticker);
      int m = d[0].length;
      double ss = 0;
      for (int t = 0; t < m; t++) {
        double res = d[0][t] - p[0] - p[1] * d[1][t];
        ss += res * res;
      }
      double h = p[2] + (p[3] + p[4]) * ss / m;
      for (int t = 1; t < m; t++) {
        double prev = d[0][t - 1] - p[0] - p[1] * d[1][t - 1];
        h = p[2] + p[3] * prev * prev + p[4] * h;
      }
      double last = d[0][m - 1] - p[0] - p[1] * d[1][m - 1];
      // day -10 is one step after the last estimation day (-11)
      double[] forecast = new double[13];
      forecast[1] = p[2] + p[3] * last * last + p[4] * h;
      for (int k = 2; k < forecast.length; k++) {
        forecast[k] = p[2] + (p[3] + p[4]) * forecast[k - 1];
      }
      double ar0 = Double.parseDouble(s.get("day0_ar_pct")) / 100;
      rel(ar0 / Math.sqrt(forecast[11]), Double.parseDouble(s.get("day0_ar_t")), 1e-4,
          ticker + " day-0 AR t");
      Map<String, String> w = car.get(4 * e + 1);
      assertEquals("-1", w.get("window_start"));
      double cv = forecast[10] + forecast[11] + forecast[12];
      rel(Double.parseDouble(w.get("car_pct")) / 100 / Math.sqrt(cv),
          Double.parseDouble(w.get("car_t")), 1e-4, ticker + " CAR(-1,+1) t");
      rel(Math.sqrt(p[2] / (1 - p[3] - p[4])), Double.parseDouble(s.get("sigma_pct")) / 100,
          1e-5, ticker + " unconditional sigma");
    }
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("GARCH(1,1) market model (Bollerslev 1986)"), md);
  }

  @Test
  void compareModelMayBeGarch() throws Exception {
    Path out = run("--compare-model", "garch");
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("## Market model against GARCH(1,1) market model"), md);
    assertTrue(Csv.read(out.resolve("loadings.csv")).stream()
        .anyMatch(r -> r.get("model").equals("garch") && r.get("factor").equals("garch_beta")));
  }
}
