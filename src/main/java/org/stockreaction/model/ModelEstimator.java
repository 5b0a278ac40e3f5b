package org.stockreaction.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Fits an expected-return model on an estimation window given as primitive arrays.
 *
 * <p>OLS is solved through the centred normal equations: slopes {@code b = (Xc'Xc)^-1 Xc'yc},
 * intercept {@code a = ybar - b'xbar}, with the small regressors-by-regressors inverse taken from
 * Commons Math's Cholesky decomposition. Residual variance {@code s^2 = SSR / (M - k)}.
 */
public final class ModelEstimator {

  private ModelEstimator() {}

  /** Raised when the regressors do not vary enough to fit the model. */
  public static final class SingularException extends Exception {
    public SingularException(String message) {
      super(message);
    }
  }

  /**
   * @param type the model
   * @param y dependent variable (stock return, or stock excess return for factor models), length M
   * @param x regressor columns, {@code x[j][t]}; at least {@code type.regressors()} columns of length M
   */
  public static ModelFit fit(ModelType type, double[] y, double[][] x) throws SingularException {
    int m = y.length;
    if (!type.estimated()) {
      return fitFixed(type, y, x);
    }
    int p = type.regressors();
    if (m <= p + 1) {
      throw new SingularException("too few observations (" + m + ") for " + (p + 1) + " parameters");
    }
    double ybar = mean(y);
    double[] xbar = new double[p];
    for (int j = 0; j < p; j++) {
      xbar[j] = mean(x[j]);
    }
    double[][] sxx = new double[p][p];
    double[] sxy = new double[p];
    double syy = 0;
    for (int t = 0; t < m; t++) {
      double dy = y[t] - ybar;
      syy += dy * dy;
      for (int i = 0; i < p; i++) {
        double di = x[i][t] - xbar[i];
        sxy[i] += di * dy;
        for (int j = 0; j <= i; j++) {
          sxx[i][j] += di * (x[j][t] - xbar[j]);
        }
      }
    }
    for (int i = 0; i < p; i++) {
      for (int j = i + 1; j < p; j++) {
        sxx[i][j] = sxx[j][i];
      }
    }
    double[] inv = new double[p * p];
    double[] b = new double[p];
    if (p > 0) {
      RealMatrix invM;
      try {
        invM = new CholeskyDecomposition(new Array2DRowRealMatrix(sxx, false), 1e-14, 1e-12)
            .getSolver().getInverse();
      } catch (NonPositiveDefiniteMatrixException e) {
        throw new SingularException("the regressors do not vary over the estimation window");
      } catch (org.apache.commons.math3.linear.NonSymmetricMatrixException e) {
        throw new SingularException("the regressors' cross-product matrix is not symmetric");
      }
      for (int i = 0; i < p; i++) {
        for (int j = 0; j < p; j++) {
          inv[i * p + j] = invM.getEntry(i, j);
          b[i] += inv[i * p + j] * sxy[j];
        }
      }
    }
    double a = ybar;
    for (int j = 0; j < p; j++) {
      a -= b[j] * xbar[j];
    }
    double ssr = 0;
    for (int t = 0; t < m; t++) {
      double e = y[t] - a;
      for (int j = 0; j < p; j++) {
        e -= b[j] * x[j][t];
      }
      ssr += e * e;
    }
    int k = p + 1;
    int df = m - k;
    double s2 = ssr / df;
    double[] coef = new double[k];
    double[] se = new double[k];
    coef[0] = a;
    double aVar = 1.0 / m;
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        aVar += xbar[i] * inv[i * p + j] * xbar[j];
      }
    }
    se[0] = Math.sqrt(s2 * aVar);
    for (int j = 0; j < p; j++) {
      coef[j + 1] = b[j];
      se[j + 1] = Math.sqrt(s2 * inv[j * p + j]);
    }
    double r2 = p > 0 && syy > 0 ? 1.0 - ssr / syy : Double.NaN;
    return new ModelFit(type, coef, se, s2, m, df, r2, xbar, inv);
  }

  private static ModelFit fitFixed(ModelType type, double[] y, double[][] x) throws SingularException {
    int m = y.length;
    if (m < 2) {
      throw new SingularException("too few observations (" + m + ") to estimate a variance");
    }
    double[] e = new double[m];
    for (int t = 0; t < m; t++) {
      e[t] = type == ModelType.MARKET_ADJUSTED ? y[t] - x[0][t] : y[t];
    }
    double mean = mean(e);
    double ss = 0;
    for (double v : e) {
      ss += (v - mean) * (v - mean);
    }
    return new ModelFit(type, new double[0], new double[0], ss / (m - 1), m, m - 1, Double.NaN,
        new double[0], new double[0]);
  }

  static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }
}
