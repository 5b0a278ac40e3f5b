package org.stockreaction.stats;

import org.stockreaction.calendar.Window;

/**
 * CAR and BHAR of one event over one event window.
 *
 * @param window the relative days
 * @param days days with a usable return (the window length minus the missing days)
 * @param missingDays days of the window without a usable return
 * @param car cumulative abnormal return, the sum of the available ARs
 * @param carVariance {@code s^2 (L + sum_t sum_u q_tu)} over the available days
 * @param t {@code CAR / sqrt(Var(CAR))}
 * @param p two-sided p-value from Student t with the model's degrees of freedom
 * @param bhar buy-and-hold abnormal return, {@code prod(1 + R_t) - prod(1 + E[R_t])}
 */
public record WindowStatistics(
    Window window, int days, int missingDays, double car, double carVariance, double t, double p,
    double bhar) {

  /** The standardised CAR, {@code CAR / sqrt(Var(CAR))}; the same as {@link #t()}. */
  public double scar() {
    return t;
  }
}
