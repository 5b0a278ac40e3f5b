package org.stockreaction.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The GARCH(1,1) fit against R's fGarch on a SYNTHETIC seeded series of 1,000 days
 * ({@code src/test/resources/garch/series.csv}, written by {@code garch_check.R generate}).
 *
 * <p>{@code fgarch_expected.txt} holds R's numbers, computed once by {@code garch_check.R fit}
 * (R 4.2.2, fGarch 4022.89, Debian package r-cran-fgarch); the test always checks against them.
 * When {@code Rscript} with fGarch is on the PATH the script is also run live and checked the same
 * way. Tolerances: estimates 1e-4 relative, log-likelihood 1e-6 relative.
 *
 * <p>The constant-mean case is fGarch's own {@code garchFit(~garch(1,1), include.mean = TRUE)}.
 * fGarch takes no regressor in the mean, so the regression case is R's likelihood written from
 * the formula with fGarch's start of the recursion (checked against fGarch's llh) and maximised
 * by nlminb.
 */
class GarchEstimatorTest {

  static final Path DIR = Path.of("src/test/resources/garch");

  /** Columns g (constant mean + GARCH errors), y (= 0.0003 + 1.2 x + the same errors), x. */
  static double[][] series() throws IOException {
    List<String> lines = Files.readAllLines(DIR.resolve("series.csv"));
    int n = lines.size() - 1;
    double[][] c = new double[3][n];
    for (int i = 0; i < n; i++) {
      String[] f = lines.get(i + 1).split(",");
      for (int j = 0; j < 3; j++) {
        c[j][i] = Double.parseDouble(f[j]);
      }
    }
    return c;
  }

  static Map<String, Double> parse(List<String> lines) {
    Map<String, Double> m = new HashMap<>();
    for (String l : lines) {
      int eq = l.indexOf('=');
      if (eq > 0 && (l.startsWith("fgarch_") || l.startsWith("reg_") || l.startsWith("check_"))
          && !l.startsWith("fgarch_version") && !l.startsWith("reg_message")) {
        m.put(l.substring(0, eq), Double.parseDouble(l.substring(eq + 1).strip()));
      }
    }
    return m;
  }

  static void rel(double expected, double actual, double tol, String what) {
    System.out.printf(java.util.Locale.ROOT, "GARCH %s: R %.12g, here %.12g, relative %.2e%n",
        what, expected, actual, Math.abs(actual / expected - 1));
    assertEquals(expected, actual, Math.abs(expected) * tol, what);
  }

  private static void check(Map<String, Double> r) throws Exception {
    double[][] d = series();
    GarchFit g = GarchEstimator.fit(d[0], new double[0][]);
    rel(r.get("fgarch_mu"), g.mean()[0], 1e-4, "mu");
    rel(r.get("fgarch_omega"), g.omega(), 1e-4, "omega");
    rel(r.get("fgarch_alpha"), g.alpha(), 1e-4, "alpha");
    rel(r.get("fgarch_beta"), g.beta(), 1e-4, "beta");
    rel(r.get("fgarch_loglik"), g.logLikelihood(), 1e-6, "log-likelihood");
    // the likelihood itself, at fGarch's estimates, is fGarch's
    double atR = GarchEstimator.logLikelihood(d[0], new double[0][],
        new double[] {r.get("fgarch_mu")}, r.get("fgarch_omega"), r.get("fgarch_alpha"),
        r.get("fgarch_beta"), null);
    rel(r.get("fgarch_loglik"), atR, 1e-12, "log-likelihood at fGarch's estimates");

    GarchFit reg = GarchEstimator.fit(d[1], new double[][] {d[2]});
    rel(r.get("reg_a"), reg.mean()[0], 1e-4, "a");
    rel(r.get("reg_b"), reg.mean()[1], 1e-4, "b");
    rel(r.get("reg_omega"), reg.omega(), 1e-4, "omega (regression)");
    rel(r.get("reg_alpha"), reg.alpha(), 1e-4, "alpha (regression)");
    rel(r.get("reg_beta"), reg.beta(), 1e-4, "beta (regression)");
    rel(r.get("reg_loglik"), reg.logLikelihood(), 1e-6, "log-likelihood (regression)");
    assertTrue(reg.logLikelihood() >= r.get("reg_loglik") - 1e-9, "at least R's maximum");
  }

  @Test
  void agreesWithFGarchValuesComputedOnce() throws Exception {
    check(parse(Files.readAllLines(DIR.resolve("fgarch_expected.txt"))));
  }

  /**
   * The output of {@code garch_check.R fit <csv>} run now, or null (with a note on stdout) when
   * Rscript with fGarch is not installed.
   */
  static List<String> runR(String csv) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("Rscript", "garch_check.R", "fit", csv)
          .directory(DIR.toFile()).redirectErrorStream(true).start();
      byte[] bytes = p.getInputStream().readAllBytes();
      if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
        System.out.println("GARCH: Rscript with fGarch not usable; live R check not run");
        return null;
      }
      return List.of(new String(bytes, StandardCharsets.UTF_8).split("\n"));
    } catch (IOException e) {
      System.out.println("GARCH: no Rscript on the PATH; live R check not run");
      return null;
    }
  }

  @Test
  void agreesWithFGarchRunNowWhenRIsInstalled() throws Exception {
    List<String> out = runR("series.csv");
    if (out != null) {
      check(parse(out));
    }
  }

  @Test
  void forecastFollowsTheRecursion() {
    GarchFit g = new GarchFit(new double[] {0, 1}, 2e-6, 0.1, 0.85, 0, 0.02, 3e-4, 240, 1, null);
    double h1 = 2e-6 + 0.1 * 0.0004 + 0.85 * 3e-4;
    assertEquals(h1, g.forecast(1), 1e-18);
    assertEquals(2e-6 + 0.95 * (2e-6 + 0.95 * h1), g.forecast(3), 1e-18);
    double unconditional = 2e-6 / 0.05;
    assertEquals(unconditional + Math.pow(0.95, 9) * (h1 - unconditional), g.forecast(10), 1e-15);
    assertThrows(IllegalArgumentException.class, () -> g.forecast(0));
  }

  @Test
  void integratedVarianceIsNotConverged() {
    // a random walk in the variance: e_t^2 doubling and halving forever has no stationary fit
    double[] y = new double[300];
    java.util.Random rnd = new java.util.Random(7);
    double h = 1e-4;
    for (int t = 0; t < y.length; t++) {
      h = t % 100 < 50 ? h * 1.08 : h / 1.08;
      y[t] = Math.sqrt(h) * rnd.nextGaussian();
    }
    Exception e = assertThrows(Exception.class, () -> GarchEstimator.fit(y, new double[0][]));
    assertTrue(e instanceof GarchEstimator.NotConvergedException, e.toString());
  }
}
