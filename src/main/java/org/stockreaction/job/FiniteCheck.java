package org.stockreaction.job;

import java.util.Optional;
import org.stockreaction.calendar.Window;
import org.stockreaction.model.ModelFit;
import org.stockreaction.stats.EventAbnormalReturns;
import org.stockreaction.stats.WindowStatistics;

/**
 * Finds the first statistic of a computed event that is not a finite number although its data
 * were there: the model's coefficients and residual variance, the abnormal return of each day
 * with a return, and the CAR and BHAR of each window with at least one such day; and any
 * infinite variance, t or p. Such an event fails with {@link FailureReason#NON_FINITE_STATISTIC}
 * instead of coming out "ok" with blank or absurd values. A blank (NaN) for a day or window
 * without data is a missing value, not a failure. Computing the statistics is the stats stage's;
 * recording the failure is {@link StudyJob}'s.
 */
final class FiniteCheck {

  private FiniteCheck() {}

  /** What is not finite, in words, or empty when every statistic is. */
  static Optional<String> problem(EventResult r) {
    ModelFit fit = r.abnormal().fit();
    for (double c : fit.coefficients()) {
      if (!Double.isFinite(c)) {
        return said("a coefficient of the " + fit.type().key() + " model", c);
      }
    }
    if (!Double.isFinite(fit.sigma2())) {
      return said("the residual variance of the " + fit.type().key() + " model", fit.sigma2());
    }
    EventAbnormalReturns a = r.abnormal();
    for (int i = 0; i < a.length(); i++) {
      String day = "day " + Window.signed(a.firstRelDay() + i);
      if (!Double.isNaN(a.actual()[i]) && !Double.isFinite(a.ar()[i])) {
        return said("the abnormal return on " + day, a.ar()[i]);
      }
      for (double v : new double[] {a.actual()[i], a.arVariance()[i], a.t()[i], a.p()[i]}) {
        if (Double.isInfinite(v)) {
          return said("a statistic of " + day, v);
        }
      }
    }
    for (WindowStatistics w : a.windows()) {
      String in = " over " + w.window().label();
      if (w.days() > 0 && !Double.isFinite(w.car())) {
        return said("the CAR" + in, w.car());
      }
      if (w.days() > 0 && !Double.isFinite(w.bhar())) {
        return said("the BHAR" + in, w.bhar());
      }
      if (Double.isInfinite(w.carVariance()) || Double.isInfinite(w.t())) {
        return said("the CAR's variance or t" + in, Double.POSITIVE_INFINITY);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> said(String what, double v) {
    return Optional.of(what + " is not a finite number (" + (Double.isNaN(v) ? "NaN"
        : v > 0 ? "+infinity" : "-infinity") + "); check the prices for extreme values or"
        + " swings, which the price file warnings list");
  }
}
