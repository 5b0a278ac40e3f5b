package org.stockreaction.stats;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;

/** Two-sided p-values from the Student t and standard normal distributions. */
public final class Probabilities {

  private Probabilities() {}

  /**
   * Two-sided p-value {@code P(|T| >= |t|)} for Student t with {@code df} degrees of freedom,
   * computed as the regularised incomplete beta {@code I_(df/(df+t^2))(df/2, 1/2)} (the identity
   * Commons Math's {@code TDistribution} uses), without building a distribution object per call.
   */
  public static double twoSidedT(double t, double df) {
    if (Double.isNaN(t) || !(df > 0)) {
      return Double.NaN;
    }
    if (Double.isInfinite(t)) {
      return 0.0;
    }
    return Beta.regularizedBeta(df / (df + t * t), 0.5 * df, 0.5);
  }

  /** Two-sided p-value {@code P(|Z| >= |z|)} for the standard normal. */
  public static double twoSidedNormal(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    return Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
  }
}
