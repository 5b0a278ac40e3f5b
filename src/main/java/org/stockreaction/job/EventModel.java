package org.stockreaction.job;

import org.stockreaction.model.GarchEstimator;
import org.stockreaction.model.GarchFit;
import org.stockreaction.model.ModelEstimator;
import org.stockreaction.model.ModelFit;
import org.stockreaction.model.ModelType;
import org.stockreaction.stats.EstimationData;

/**
 * Fits an event's model on its estimation observations and, for the GARCH model, gives the AR
 * variance of each event-window day: the conditional variance forecast from the last estimation
 * day, so the event's own returns do not enter their standard error.
 *
 * @param fit the fit the event statistics read
 * @param garch the GARCH fit, or null for the other models
 */
record EventModel(ModelFit fit, GarchFit garch) {

  static EventModel fit(ModelType model, EstimationData estimation) throws EventFailure {
    try {
      if (model == ModelType.GARCH) {
        GarchFit g = GarchEstimator.fit(estimation.y(), estimation.x());
        return new EventModel(g.fit(), g);
      }
      return new EventModel(ModelEstimator.fit(model, estimation.y(), estimation.x()), null);
    } catch (ModelEstimator.SingularException e) {
      throw new EventFailure(FailureReason.MODEL_FAILED, "the " + model.key()
          + " model cannot be fitted: " + e.getMessage());
    } catch (GarchEstimator.NotConvergedException e) {
      throw new EventFailure(FailureReason.GARCH_NOT_CONVERGED, "the GARCH(1,1) fit did not"
          + " converge: " + e.getMessage() + " (use another model for this event, e.g. market)");
    }
  }

  /**
   * The AR variance of each day of the event window, or null for the prediction-error variance.
   *
   * @param firstIndex calendar index of the window's first day
   * @param length days in the window
   * @param lastEstimationIndex calendar index of the last estimation observation
   */
  double[] conditionalVariance(int firstIndex, int length, int lastEstimationIndex) {
    if (garch == null) {
      return null;
    }
    double[] h = new double[length];
    for (int k = 0; k < length; k++) {
      h[k] = garch.forecast(firstIndex + k - lastEstimationIndex);
    }
    return h;
  }
}
