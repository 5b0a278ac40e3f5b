package org.stockreaction.model;

import java.util.Objects;

/**
 * A GARCH(1,1) regression fitted by Gaussian maximum likelihood: the mean {@code y_t = a + b'x_t +
 * e_t}, {@code e_t ~ N(0, h_t)}, {@code h_t = omega + alpha e_(t-1)^2 + beta h_(t-1)}.
 *
 * @param mean the mean equation's coefficients: intercept, then one slope per regressor
 * @param omega the variance equation's constant, above 0
 * @param alpha the ARCH coefficient, at least 0
 * @param beta the GARCH coefficient, at least 0; {@code alpha + beta < 1}
 * @param logLikelihood the maximised log-likelihood, with its {@code -0.5 log(2 pi)} terms
 * @param lastResidual the mean equation's residual on the last estimation day
 * @param lastVariance the conditional variance {@code h_T} of the last estimation day
 * @param observations estimation observations M
 * @param evaluations likelihood evaluations the optimiser used
 * @param fit the fit in the form the event statistics read (type {@link ModelType#GARCH},
 *     coefficients {@code a, b, omega, alpha, beta}); null when the mean has no single regressor
 */
public record GarchFit(
    double[] mean,
    double omega,
    double alpha,
    double beta,
    double logLikelihood,
    double lastResidual,
    double lastVariance,
    int observations,
    int evaluations,
    ModelFit fit) {

  public GarchFit {
    Objects.requireNonNull(mean, "mean");
  }

  /** The unconditional variance {@code omega / (1 - alpha - beta)}. */
  public double unconditionalVariance() {
    return omega / (1.0 - alpha - beta);
  }

  /**
   * The conditional variance forecast {@code steps} trading days after the last estimation day,
   * from the estimation window alone: {@code h_(T+1) = omega + alpha e_T^2 + beta h_T}, then
   * {@code h_(T+k) = omega + (alpha + beta) h_(T+k-1)}.
   *
   * @param steps at least 1
   */
  public double forecast(int steps) {
    if (steps < 1) {
      throw new IllegalArgumentException("a forecast needs at least one step, not " + steps);
    }
    double h = omega + alpha * lastResidual * lastResidual + beta * lastVariance;
    double persistence = alpha + beta;
    for (int k = 2; k <= steps; k++) {
      h = omega + persistence * h;
    }
    return h;
  }
}
