package org.stockreaction.stats;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.util.ContinuedFraction;
import org.apache.commons.math3.util.FastMath;

/** Two-sided p-values from the Student t and standard normal distributions. */
public final class Probabilities {

  /** {@code log B(df/2, 1/2)} for the degrees of freedom last asked for. */
  private record LogBeta(double df, double value) {}

  /**
   * Most p-values of a study share one df (the events' estimation windows have one length), and
   * {@code log B} was about half the cost of each; it is kept for the last df (a volatile
   * immutable pair, so callers on any thread see a consistent one).
   */
  private static volatile LogBeta lastLogBeta = new LogBeta(Double.NaN, Double.NaN);

  private Probabilities() {}

  /**
   * Two-sided p-value {@code P(|T| >= |t|)} for Student t with {@code df} degrees of freedom,
   * computed as the regularised incomplete beta {@code I_(df/(df+t^2))(df/2, 1/2)} (the identity
   * Commons Math's {@code TDistribution} uses), without building a distribution object per call.
   * The value is bit for bit Commons Math 3.6.1's {@code Beta.regularizedBeta} (tested).
   */
  public static double twoSidedT(double t, double df) {
    if (Double.isNaN(t) || !(df > 0)) {
      return Double.NaN;
    }
    if (Double.isInfinite(t)) {
      return 0.0;
    }
    double a = 0.5 * df;
    LogBeta logBeta = lastLogBeta;
    if (logBeta.df() != df) {
      logBeta = new LogBeta(df, Beta.logBeta(a, 0.5));
      lastLogBeta = logBeta;
    }
    return regularizedBeta(df / (df + t * t), a, 0.5, logBeta.value());
  }

  /**
   * Commons Math 3.6.1's {@code Beta.regularizedBeta(x, a, b)}, operation for operation (its
   * continued fraction is the library's own {@code ContinuedFraction}), with {@code log B(a, b)}
   * given instead of computed; {@code log B} is symmetric, so the reflected call takes the same.
   */
  private static double regularizedBeta(double x, double a, double b, double logBeta) {
    if (Double.isNaN(x) || x < 0 || x > 1) {
      return Double.NaN;
    }
    if (x > (a + 1) / (2 + b + a) && 1 - x <= (b + 1) / (2 + b + a)) {
      return 1 - regularizedBeta(1 - x, b, a, logBeta);
    }
    ContinuedFraction fraction = new ContinuedFraction() {
      @Override
      protected double getB(int n, double x) {
        double m;
        if (n % 2 == 0) {
          m = n / 2.0;
          return (m * (b - m) * x) / ((a + (2 * m) - 1) * (a + (2 * m)));
        }
        m = (n - 1.0) / 2.0;
        return -((a + m) * (a + b + m) * x) / ((a + (2 * m)) * (a + (2 * m) + 1.0));
      }

      @Override
      protected double getA(int n, double x) {
        return 1.0;
      }
    };
    return FastMath.exp((a * FastMath.log(x)) + (b * FastMath.log1p(-x)) - FastMath.log(a)
        - logBeta) * 1.0 / fraction.evaluate(x, 1e-14, Integer.MAX_VALUE);
  }

  /** Two-sided p-value {@code P(|Z| >= |z|)} for the standard normal. */
  public static double twoSidedNormal(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    return Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
  }
}
