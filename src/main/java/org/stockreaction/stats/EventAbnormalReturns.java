package org.stockreaction.stats;

import java.util.List;
import java.util.Objects;
import org.stockreaction.model.ModelFit;

/**
 * Abnormal returns of one firm-event over its widest event window, with their tests.
 * Arrays are indexed by day of the window (index 0 is {@code firstRelDay}); NaN marks a missing day.
 *
 * @param fit the expected-return model fitted on the estimation window
 * @param estimationDays calendar dates of the estimation observations, as epoch days
 * @param estimationResiduals the model's residuals on those days (the estimation-window ARs)
 * @param firstRelDay relative day of index 0
 * @param days calendar date of each event-window index, as epoch days
 * @param actual the stock's return per day
 * @param expected the model's expected return per day
 * @param ar abnormal return per day
 * @param arVariance prediction-error variance per day
 * @param t {@code AR / sqrt(Var(AR))}
 * @param p two-sided p-value of {@code t}, Student t with the model's degrees of freedom
 * @param windows CAR and BHAR per requested event window, in the order requested
 * @param estimationRelDays relative day of each estimation observation, increasing (a missing
 *     day leaves a gap)
 */
public record EventAbnormalReturns(
    ModelFit fit,
    int[] estimationDays,
    double[] estimationResiduals,
    int firstRelDay,
    int[] days,
    double[] actual,
    double[] expected,
    double[] ar,
    double[] arVariance,
    double[] t,
    double[] p,
    List<WindowStatistics> windows,
    int[] estimationRelDays) {

  public EventAbnormalReturns {
    Objects.requireNonNull(fit, "fit");
    windows = List.copyOf(windows);
    Objects.requireNonNull(estimationRelDays, "estimationRelDays");
  }

  public int length() {
    return ar.length;
  }

  /** Index of a relative day in the arrays, or -1 when it is outside the window. */
  public int indexOf(int relDay) {
    int i = relDay - firstRelDay;
    return i >= 0 && i < ar.length ? i : -1;
  }
}
