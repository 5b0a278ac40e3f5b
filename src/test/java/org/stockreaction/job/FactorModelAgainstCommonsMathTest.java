package org.stockreaction.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.model.ModelFit;
import org.stockreaction.model.ModelType;
import org.stockreaction.report.CsvTable;
import org.stockreaction.report.LoadingsTable;
import org.stockreaction.stats.EventAbnormalReturns;
import org.stockreaction.stats.WindowStatistics;

/**
 * The shipped study's US events (input/prices, input/factors, the three 2025-02-11 US rows; French's
 * factors are US ones, so the Hong Kong rows are left out) under each factor
 * model, against Commons Math's QR-based {@link OLSMultipleLinearRegression} fitted here on data
 * the test reads itself from the raw CSV lines: a, the loadings, their standard errors, s, and the
 * AR and CAR variances {@code s^2(1 + z'(Z'Z)^-1 z)} and {@code s^2(L + (sum z)'(Z'Z)^-1 (sum z))},
 * with {@code z = (1, f_t)}. Tolerance 1e-10 relative.
 */
class FactorModelAgainstCommonsMathTest {

  static final double REL = 1e-10;

  /** Date to close, from the raw lines of a shipped Date,Close,... file. */
  static Map<String, Double> closes(String ticker) throws IOException {
    Map<String, Double> m = new HashMap<>();
    List<String> lines = Files.readAllLines(Path.of("input/prices/" + ticker + ".csv"));
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",");
      m.put(f[0], Double.parseDouble(f[1]));
    }
    return m;
  }

  /** SPY's dates in file order: the trading calendar. */
  static List<String> calendar() throws IOException {
    List<String> d = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of("input/prices/SPY.csv"));
    for (String l : lines.subList(1, lines.size())) {
      d.add(l.substring(0, 10));
    }
    return d;
  }

  /** ISO date to the named columns (fractions), from the raw YYYYMMDD lines of a French file. */
  static Map<String, double[]> french(String file, List<String> columns) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("input/factors/" + file),
        StandardCharsets.US_ASCII);
    List<String> header = null;
    Map<String, double[]> m = new HashMap<>();
    for (String l : lines) {
      if (l.startsWith(",")) {
        header = List.of(l.substring(1).split(","));
      } else if (l.matches("\\d{8},.*")) {
        String[] f = l.split(",");
        double[] v = new double[columns.size()];
        for (int j = 0; j < columns.size(); j++) {
          v[j] = Double.parseDouble(f[1 + header.indexOf(columns.get(j))].trim()) / 100;
        }
        m.put(l.substring(0, 4) + "-" + l.substring(4, 6) + "-" + l.substring(6, 8), v);
      }
    }
    return m;
  }

  /** Per date: the model's factors, then RF last. */
  static Map<String, double[]> factors(ModelType model) throws IOException {
    List<String> cols = new ArrayList<>(model.factors());
    if (model == ModelType.FF5) {
      cols.add("RF");
      return french("F-F_Research_Data_5_Factors_2x3_daily.csv", cols);
    }
    cols.remove("Mom");
    cols.add("RF");
    Map<String, double[]> ff3 = french("F-F_Research_Data_Factors_daily.csv", cols);
    if (model == ModelType.FF3) {
      return ff3;
    }
    Map<String, double[]> mom = french("F-F_Momentum_Factor_daily.csv", List.of("Mom"));
    Map<String, double[]> out = new HashMap<>();
    for (Map.Entry<String, double[]> e : ff3.entrySet()) {
      double[] v = e.getValue();
      if (mom.containsKey(e.getKey())) {
        out.put(e.getKey(), new double[] {v[0], v[1], v[2], mom.get(e.getKey())[0], v[3]});
      }
    }
    return out;
  }

  static StudyResult run(ModelType model) throws Exception {
    StudyConfig cfg = ConfigLoader.load(Path.of("input/study.properties"), "study.properties",
        Map.of("model", model.key(), "events", org.stockreaction.TestData.usEvents().toString(),
            "allow-outside-input", "true"));
    return new StudyJob(cfg, Path.of("input"), "input", JobListener.SILENT).run();
  }

  static void close(double expected, double actual, String what) {
    double scale = Math.max(Math.abs(expected), 1e-300);
    assertTrue(Math.abs(expected - actual) <= REL * scale,
        what + ": expected " + expected + " but was " + actual + " (relative "
            + Math.abs(expected - actual) / scale + ")");
  }

  static double quad(RealMatrix v, double[] z) {
    double s = 0;
    for (int i = 0; i < z.length; i++) {
      for (int j = 0; j < z.length; j++) {
        s += z[i] * v.getEntry(i, j) * z[j];
      }
    }
    return s;
  }

  @ParameterizedTest
  @EnumSource(value = ModelType.class, names = {"FF3", "CARHART4", "FF5"})
  void matchesCommonsMathOnTheShippedStudy(ModelType model) throws Exception {
    StudyResult study = run(model);
    List<String> cal = calendar();
    int zero = cal.indexOf("2025-02-11");
    Map<String, double[]> fac = factors(model);
    int k = model.regressors();
    CsvTable loadings = LoadingsTable.of(study);
    int row = 0;
    for (EventOutcome o : study.outcomes()) {
      assertTrue(o.ok(), o.message());
      String ticker = o.ticker();
      Map<String, Double> px = closes(ticker);
      // estimation window [-250,-11] on SPY's calendar; every day has a price in these files
      int m = 240;
      double[] y = new double[m];
      double[][] x = new double[m][];
      for (int t = 0; t < m; t++) {
        int i = zero - 250 + t;
        double r = px.get(cal.get(i)) / px.get(cal.get(i - 1)) - 1;
        double[] f = fac.get(cal.get(i));
        y[t] = r - f[k];
        x[t] = java.util.Arrays.copyOf(f, k);
      }
      OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
      ols.newSampleData(y, x);
      double[] beta = ols.estimateRegressionParameters();
      double[] se = ols.estimateRegressionParametersStandardErrors();
      double s2 = ols.estimateErrorVariance();
      RealMatrix v = new Array2DRowRealMatrix(ols.estimateRegressionParametersVariance());

      EventAbnormalReturns a = o.result().abnormal();
      ModelFit fit = a.fit();
      assertEquals(model, fit.type());
      assertEquals(m, fit.observations());
      assertEquals(m - (k + 1), fit.degreesOfFreedom());
      assertEquals(LocalDate.parse(cal.get(zero - 250)).toEpochDay(), a.estimationDays()[0]);
      for (int j = 0; j <= k; j++) {
        close(beta[j], fit.coefficients()[j], ticker + " " + model.key() + " coefficient " + j);
        close(se[j], fit.standardErrors()[j], ticker + " " + model.key() + " std error " + j);
      }
      close(Math.sqrt(s2), fit.sigma(), ticker + " s");

      // every day of the widest event window [-5,+5]: AR and its variance
      for (int rel = -5; rel <= 5; rel++) {
        int i = zero + rel;
        double[] f = fac.get(cal.get(i));
        double[] z = new double[k + 1];
        z[0] = 1;
        System.arraycopy(f, 0, z, 1, k);
        double r = px.get(cal.get(i)) / px.get(cal.get(i - 1)) - 1;
        double fitted = 0;
        for (int j = 0; j <= k; j++) {
          fitted += beta[j] * z[j];
        }
        int idx = a.indexOf(rel);
        close(r - f[k] - fitted, a.ar()[idx], ticker + " AR day " + rel);
        close(f[k] + fitted, a.expected()[idx], ticker + " expected return day " + rel);
        close(s2 * (1 + quad(v, z)), a.arVariance()[idx], ticker + " Var(AR) day " + rel);
      }
      for (WindowStatistics w : a.windows()) {
        double[] zs = new double[k + 1];
        for (int rel = w.window().fromInclusive(); rel <= w.window().toInclusive(); rel++) {
          double[] f = fac.get(cal.get(zero + rel));
          zs[0] += 1;
          for (int j = 0; j < k; j++) {
            zs[j + 1] += f[j];
          }
        }
        double len = w.window().length();
        close(s2 * (len + quad(v, zs)), w.carVariance(),
            ticker + " Var(CAR) " + w.window().label());
      }

      // loadings.csv: one row per coefficient, numbers as Commons Math gives them
      TDistribution td = new TDistribution(m - (k + 1));
      for (int j = 0; j <= k; j++, row++) {
        String[] cells = loadings.rows().get(row);
        assertEquals(ticker, cells[0]);
        assertEquals(model.key(), cells[2]);
        assertEquals(j == 0 ? "alpha" : model.factors().get(j - 1), cells[3]);
        assertEquals(beta[j], Double.parseDouble(cells[4]), 5.1e-11);
        assertEquals(se[j], Double.parseDouble(cells[5]), 5.1e-11);
        assertEquals(beta[j] / se[j], Double.parseDouble(cells[6]), 5.1e-7);
        assertEquals(2 * td.cumulativeProbability(-Math.abs(beta[j] / se[j])),
            Double.parseDouble(cells[7]), 1e-9);
        assertEquals(model == ModelType.FF5 ? "202601 CRSP database"
            : model == ModelType.CARHART4 ? "202604 CRSP database; 202604 CRSP database"
                : "202604 CRSP database", cells[9]);
      }
    }
  }
}
