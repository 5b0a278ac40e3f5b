package org.stockreaction.model;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Fits a GARCH(1,1) regression by Gaussian maximum likelihood with Commons Math's BOBYQA.
 *
 * <p>The log-likelihood is {@code -0.5 sum_t (log 2 pi + log h_t + e_t^2 / h_t)} over the M
 * estimation days, with {@code e_t = y_t - a - b'x_t} and {@code h_t = omega + alpha e_(t-1)^2 +
 * beta h_(t-1)}. The recursion starts from the sample: {@code e_0^2 = h_0 = (1/M) sum_t e_t^2} of
 * the current mean parameters, so {@code h_1 = omega + (alpha + beta) (1/M) sum e_t^2}. This is
 * fGarch's {@code garchFit} default ({@code init.rec = "mci"}).
 *
 * <p>Start values: the mean from OLS; {@code alpha = 0.1}, {@code beta = 0.8}, {@code omega =
 * 0.1 s^2} with {@code s^2} the OLS residuals' mean square, so the start's unconditional variance
 * is the sample's (fGarch's start values). The optimiser works on data divided by their standard
 * deviations, so every parameter is of order one, and on {@code (a, b, omega, alpha, u)} with
 * {@code beta = u (1 - alpha)}: box bounds {@code omega > 0, 0 <= alpha < 1, 0 <= u < 1} then give
 * exactly {@code alpha >= 0, beta >= 0, alpha + beta < 1}.
 */
public final class GarchEstimator {

  /** Most likelihood evaluations before the fit is called not converged. */
  static final int MAX_EVALUATIONS = 20_000;

  /** Where the persistence {@code alpha + beta} counts as having reached 1. */
  static final double PERSISTENCE_LIMIT = 1.0 - 1e-6;

  private static final double LOG_2PI = Math.log(2 * Math.PI);

  private GarchEstimator() {}

  /** Raised when the likelihood has no interior maximum the optimiser can find. */
  public static final class NotConvergedException extends Exception {
    public NotConvergedException(String message) {
      super(message);
    }
  }

  /**
   * @param y the dependent variable, length M
   * @param x the mean equation's regressors, {@code x[j][t]}: none (a constant mean) or one
   */
  public static GarchFit fit(double[] y, double[][] x)
      throws ModelEstimator.SingularException, NotConvergedException {
    int k = x.length;
    if (k > 1) {
      throw new IllegalArgumentException("the GARCH mean takes at most one regressor, not " + k);
    }
    int m = y.length;
    if (m < 10) {
      throw new ModelEstimator.SingularException("too few observations (" + m + ") for GARCH(1,1)");
    }
    ModelFit ols = ModelEstimator.fit(k == 0 ? ModelType.MEAN_ADJUSTED : ModelType.GARCH, y, x);
    double sy = Math.sqrt(meanSquare(y, ModelEstimator.mean(y)));
    double[] sx = new double[k];
    double[][] xs = new double[k][];
    for (int j = 0; j < k; j++) {
      sx[j] = Math.sqrt(meanSquare(x[j], ModelEstimator.mean(x[j])));
      xs[j] = scale(x[j], sx[j]);
    }
    if (!(sy > 0)) {
      throw new ModelEstimator.SingularException("the returns do not vary over the estimation window");
    }
    double[] ys = scale(y, sy);
    int n = k + 4;
    double[] start = new double[n];
    double[] lower = new double[n];
    double[] upper = new double[n];
    start[0] = ols.coefficients()[0] / sy;
    for (int j = 0; j < k; j++) {
      start[1 + j] = ols.coefficients()[1 + j] * sx[j] / sy;
    }
    for (int j = 0; j <= k; j++) {
      lower[j] = start[j] - 10;
      upper[j] = start[j] + 10;
    }
    double s2 = ols.sigma2() * ols.degreesOfFreedom() / m / (sy * sy);
    start[k + 1] = 0.1 * s2;
    start[k + 2] = 0.1;
    start[k + 3] = 0.8 / 0.9;
    lower[k + 1] = 1e-10;
    upper[k + 1] = 10;
    lower[k + 2] = 0;
    upper[k + 2] = 1 - 1e-9;
    lower[k + 3] = 0;
    upper[k + 3] = 1 - 1e-9;
    PointValuePair best;
    int evaluations;
    try {
      BOBYQAOptimizer opt = new BOBYQAOptimizer(2 * n + 1, 0.05, 1e-10);
      best = opt.optimize(new MaxEval(MAX_EVALUATIONS), GoalType.MAXIMIZE,
          new ObjectiveFunction(p -> logLikelihood(ys, xs, p)), new InitialGuess(start),
          new SimpleBounds(lower, upper));
      evaluations = opt.getEvaluations();
    } catch (MathIllegalStateException e) {
      throw new NotConvergedException("the likelihood maximisation did not converge within "
          + MAX_EVALUATIONS + " evaluations (" + e.getMessage() + ")");
    }
    double[] p = best.getPoint();
    if (!Double.isFinite(best.getValue())) {
      throw new NotConvergedException("the likelihood is not finite at the optimiser's end point");
    }
    double[] mean = new double[k + 1];
    mean[0] = p[0] * sy;
    for (int j = 0; j < k; j++) {
      mean[1 + j] = p[1 + j] * sy / sx[j];
    }
    double omega = p[k + 1] * sy * sy;
    double alpha = p[k + 2];
    double beta = p[k + 3] * (1 - alpha);
    if (alpha + beta >= PERSISTENCE_LIMIT) {
      throw new NotConvergedException(String.format(java.util.Locale.ROOT, "the persistence"
          + " alpha + beta reached its bound 1 (alpha %.4f, beta %.4f): the variance is not"
          + " stationary", alpha, beta));
    }
    double[] last = new double[2];
    double ll = logLikelihood(y, x, mean, omega, alpha, beta, last);
    ModelFit fit = k == 1 ? modelFit(ols, mean, omega, alpha, beta, y, x, m) : null;
    return new GarchFit(mean, omega, alpha, beta, ll, last[0], last[1], m, evaluations, fit);
  }

  /** The fit as the event statistics read it; standard errors are not computed (NaN). */
  private static ModelFit modelFit(ModelFit ols, double[] mean, double omega, double alpha,
      double beta, double[] y, double[][] x, int m) {
    double ybar = ModelEstimator.mean(y);
    double ssr = 0;
    double syy = 0;
    for (int t = 0; t < m; t++) {
      double e = y[t] - mean[0] - mean[1] * x[0][t];
      ssr += e * e;
      syy += (y[t] - ybar) * (y[t] - ybar);
    }
    double[] coef = {mean[0], mean[1], omega, alpha, beta};
    double[] se = new double[coef.length];
    java.util.Arrays.fill(se, Double.NaN);
    return new ModelFit(ModelType.GARCH, coef, se, omega / (1 - alpha - beta), m, m - 2,
        syy > 0 ? 1 - ssr / syy : Double.NaN, ols.regressorMeans(), ols.centeredInverse());
  }

  /** The log-likelihood on scaled data at optimiser parameters {@code (a, b.., omega, alpha, u)}. */
  private static double logLikelihood(double[] y, double[][] x, double[] p) {
    int k = x.length;
    double[] mean = java.util.Arrays.copyOf(p, k + 1);
    double alpha = p[k + 2];
    return logLikelihood(y, x, mean, p[k + 1], alpha, p[k + 3] * (1 - alpha), null);
  }

  /**
   * The Gaussian log-likelihood of a GARCH(1,1) regression, started as the class comment says.
   *
   * @param last when not null, receives the last residual and the last conditional variance
   */
  public static double logLikelihood(double[] y, double[][] x, double[] mean, double omega,
      double alpha, double beta, double[] last) {
    int m = y.length;
    double[] e = new double[m];
    double ss = 0;
    for (int t = 0; t < m; t++) {
      double v = y[t] - mean[0];
      for (int j = 0; j < x.length; j++) {
        v -= mean[1 + j] * x[j][t];
      }
      e[t] = v;
      ss += v * v;
    }
    double prevE2 = ss / m;
    double h = ss / m;
    double ll = 0;
    for (int t = 0; t < m; t++) {
      h = omega + alpha * prevE2 + beta * h;
      if (!(h > 0)) {
        return Double.NEGATIVE_INFINITY;
      }
      ll -= 0.5 * (LOG_2PI + Math.log(h) + e[t] * e[t] / h);
      prevE2 = e[t] * e[t];
    }
    if (last != null) {
      last[0] = e[m - 1];
      last[1] = h;
    }
    return ll;
  }

  private static double meanSquare(double[] v, double mean) {
    double s = 0;
    for (double d : v) {
      s += (d - mean) * (d - mean);
    }
    return s / v.length;
  }

  private static double[] scale(double[] v, double by) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] / by;
    }
    return out;
  }
}
