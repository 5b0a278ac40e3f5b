package org.stockreaction.model;

import java.util.Objects;

/**
 * An expected-return model fitted on one event's estimation window.
 *
 * <p>For the estimated models the prediction-error variance of day t is {@code s^2 (1 + q_tt)} with
 * {@code q_tu = x_t'(X'X)^-1 x_u}. With an intercept this is computed in centred form, {@code q_tu =
 * 1/M + (x_t - xbar)'(Xc'Xc)^-1 (x_u - xbar)}, which is the same number and better conditioned. For
 * the market model it reduces to methodology.md's {@code 1/M + (R_mt - mean)^2 / Sxx}.
 *
 * @param type the model
 * @param coefficients intercept first (when estimated), then one slope per regressor
 * @param standardErrors standard errors of the coefficients, same order
 * @param sigma2 residual variance {@code s^2}
 * @param observations estimation observations M
 * @param degreesOfFreedom M minus the parameters (M - 1 for the unestimated models)
 * @param rSquared coefficient of determination, NaN when the model has no slopes
 * @param regressorMeans estimation-window mean of each regressor
 * @param centeredInverse {@code (Xc'Xc)^-1}, row-major, regressors x regressors
 */
public record ModelFit(
    ModelType type,
    double[] coefficients,
    double[] standardErrors,
    double sigma2,
    int observations,
    int degreesOfFreedom,
    double rSquared,
    double[] regressorMeans,
    double[] centeredInverse) {

  public ModelFit {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(coefficients, "coefficients");
    Objects.requireNonNull(standardErrors, "standardErrors");
    Objects.requireNonNull(regressorMeans, "regressorMeans");
    Objects.requireNonNull(centeredInverse, "centeredInverse");
  }

  public double sigma() {
    return Math.sqrt(sigma2);
  }

  /** Intercept, or NaN when the model has none. */
  public double alpha() {
    return type.estimated() ? coefficients[0] : Double.NaN;
  }

  /** Slope on the first regressor (beta for the market model), or NaN when there is none. */
  public double beta() {
    return type.estimated() && type.regressors() > 0 ? coefficients[1] : Double.NaN;
  }

  /** Number of slopes in the regression (0 for the unestimated models). */
  public int slopes() {
    return type.estimated() ? type.regressors() : 0;
  }

  /** The fitted (expected) value of the dependent variable for one day's regressors. */
  public double fitted(double[] x) {
    return switch (type) {
      case RAW -> 0.0;
      case MARKET_ADJUSTED -> x[0];
      default -> {
        double v = coefficients[0];
        for (int j = 0; j < slopes(); j++) {
          v += coefficients[j + 1] * x[j];
        }
        yield v;
      }
    };
  }

  /** {@code q_tu} for two days' regressors: the estimation error's share of the covariance. */
  public double q(double[] xt, double[] xu) {
    if (!type.estimated()) {
      return 0.0;
    }
    int p = slopes();
    double v = 1.0 / observations;
    for (int i = 0; i < p; i++) {
      double di = xt[i] - regressorMeans[i];
      for (int j = 0; j < p; j++) {
        v += di * centeredInverse[i * p + j] * (xu[j] - regressorMeans[j]);
      }
    }
    return v;
  }

  /** {@code Var(AR_t) = s^2 (1 + q_tt)}. */
  public double arVariance(double[] xt) {
    return sigma2 * (1.0 + q(xt, xt));
  }

  /**
   * Variance of the sum of ARs over {@code n} days whose regressor columns sum to {@code xSum}:
   * {@code s^2 (n + sum_t sum_u q_tu) = s^2 (n + n^2/M + d'(Xc'Xc)^-1 d)}, {@code d = xSum - n xbar}.
   * This is the window's sum of the full covariance, not the sum of the daily variances.
   */
  public double carVariance(int n, double[] xSum) {
    if (!type.estimated()) {
      return sigma2 * n;
    }
    int p = slopes();
    double v = (double) n * n / observations;
    for (int i = 0; i < p; i++) {
      double di = xSum[i] - n * regressorMeans[i];
      for (int j = 0; j < p; j++) {
        v += di * centeredInverse[i * p + j] * (xSum[j] - n * regressorMeans[j]);
      }
    }
    return sigma2 * (n + v);
  }
}
