package org.stockreaction.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * The cross-sectional regression of the events' abnormal returns on their characteristics: OLS
 * with an intercept, with three covariances of the coefficients, in statsmodels' conventions:
 *
 * <ul>
 *   <li>classical: {@code s^2 (X'X)^-1}, {@code s^2 = SSR / (n - p)}; Student t with n - p df;
 *   <li>White HC1: {@code n / (n - p) (X'X)^-1 (sum_i e_i^2 x_i x_i') (X'X)^-1}; normal p-values
 *       (statsmodels' {@code cov_type='HC1'});
 *   <li>clustered: {@code G / (G - 1) (n - 1) / (n - p) (X'X)^-1 (sum_g u_g u_g') (X'X)^-1}, {@code
 *       u_g = sum_(i in g) e_i x_i}, G clusters; normal p-values (statsmodels' {@code
 *       cov_type='cluster'} with its default small-sample correction).
 * </ul>
 *
 * <p>Commons Math's {@link OLSMultipleLinearRegression} gives the coefficients, residuals and
 * {@code (X'X)^-1}; no library here computes the two sandwich covariances, so they are written
 * out below.
 */
public final class CrossSectionRegression {

  /**
   * One coefficient.
   *
   * @param term "const" for the intercept, else the characteristic's name
   * @param coefficient the OLS estimate
   * @param se classical standard error; {@code t}, {@code p} from Student t with n - p df
   * @param seHc1 White HC1 standard error; {@code tHc1}, {@code pHc1} from the normal
   * @param seCluster standard error clustered by event date; {@code tCluster}, {@code pCluster}
   *     from the normal; NaN with fewer than two clusters
   */
  public record Term(String term, double coefficient, double se, double t, double p,
      double seHc1, double tHc1, double pHc1, double seCluster, double tCluster, double pCluster) {}

  /**
   * A fitted regression.
   *
   * @param n observations
   * @param clusters distinct clusters (event dates)
   * @param rSquared the centred R²
   * @param terms the intercept, then one per characteristic
   */
  public record Fit(int n, int clusters, double rSquared, List<Term> terms) {
    public Fit {
      terms = List.copyOf(terms);
    }
  }

  /** Exposes {@code (X'X)^-1}, which the library computes but does not publish. */
  private static final class Ols extends OLSMultipleLinearRegression {
    RealMatrix xtxInverse() {
      return calculateBetaVariance();
    }
  }

  private CrossSectionRegression() {}

  /**
   * @param names the characteristics' names, k of them
   * @param y the dependent variable, n values
   * @param x the characteristics, {@code x[i][j]} for observation i
   * @param cluster each observation's cluster (its event date)
   * @return the fit, or null when it cannot be computed (n not above k + 1, or X'X singular)
   */
  public static Fit fit(List<String> names, double[] y, double[][] x, int[] cluster) {
    int n = y.length;
    int k = names.size();
    int p = k + 1;
    if (n <= p) {
      return null;
    }
    Ols ols = new Ols();
    double[] beta;
    double[] e;
    RealMatrix inv;
    double r2;
    try {
      ols.newSampleData(y, x);
      beta = ols.estimateRegressionParameters();
      e = ols.estimateResiduals();
      inv = ols.xtxInverse();
      r2 = ols.calculateRSquared();
    } catch (IllegalArgumentException ex) { // SingularMatrixException among them
      return null;
    }
    double[][] rows = new double[n][p];
    for (int i = 0; i < n; i++) {
      rows[i][0] = 1;
      System.arraycopy(x[i], 0, rows[i], 1, k);
    }
    double ssr = 0;
    double[][] meatHc = new double[p][p];
    for (int i = 0; i < n; i++) {
      ssr += e[i] * e[i];
      addOuter(meatHc, rows[i], rows[i], e[i] * e[i]);
    }
    // the cluster scores u_g = sum_(i in g) e_i x_i, clusters in order of first appearance
    java.util.Map<Integer, double[]> scores = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      double[] u = scores.computeIfAbsent(cluster[i], c -> new double[p]);
      for (int j = 0; j < p; j++) {
        u[j] += e[i] * rows[i][j];
      }
    }
    double[][] meatCluster = new double[p][p];
    for (double[] u : scores.values()) {
      addOuter(meatCluster, u, u, 1);
    }
    int g = scores.size();
    double[][] a = inv.getData();
    double[][] vHc1 = sandwich(a, meatHc, (double) n / (n - p));
    double[][] vCl = g < 2 ? null
        : sandwich(a, meatCluster, (double) g / (g - 1) * (n - 1.0) / (n - p));
    double s2 = ssr / (n - p);
    List<Term> terms = new ArrayList<>(p);
    for (int j = 0; j < p; j++) {
      double b = beta[j];
      double se = Math.sqrt(s2 * a[j][j]);
      double seHc = Math.sqrt(vHc1[j][j]);
      double seCl = vCl == null ? Double.NaN : Math.sqrt(vCl[j][j]);
      terms.add(new Term(j == 0 ? "const" : names.get(j - 1), b, se, b / se,
          Probabilities.twoSidedT(b / se, n - p), seHc, b / seHc,
          Probabilities.twoSidedNormal(b / seHc), seCl, b / seCl,
          Probabilities.twoSidedNormal(b / seCl)));
    }
    return new Fit(n, g, r2, terms);
  }

  private static void addOuter(double[][] m, double[] u, double[] v, double w) {
    for (int i = 0; i < u.length; i++) {
      for (int j = 0; j < v.length; j++) {
        m[i][j] += w * u[i] * v[j];
      }
    }
  }

  /** {@code c A M A}, A symmetric. */
  private static double[][] sandwich(double[][] a, double[][] meat, double c) {
    int p = a.length;
    double[][] am = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        for (int l = 0; l < p; l++) {
          am[i][j] += a[i][l] * meat[l][j];
        }
      }
    }
    double[][] out = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        for (int l = 0; l < p; l++) {
          out[i][j] += am[i][l] * a[l][j];
        }
        out[i][j] *= c;
      }
    }
    return out;
  }
}
