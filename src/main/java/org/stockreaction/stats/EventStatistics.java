package org.stockreaction.stats;

import java.util.ArrayList;
import java.util.List;
import org.stockreaction.calendar.Window;
import org.stockreaction.model.ModelFit;
import org.stockreaction.model.ModelType;
import org.stockreaction.model.ReturnType;

/**
 * Computes one event's ARs, their t-tests, and each window's CAR, CAR t-test and BHAR
 * (methodology.md, "One event").
 */
public final class EventStatistics {

  private EventStatistics() {}

  public static EventAbnormalReturns compute(ModelFit fit, EstimationData estimation,
      EventWindowData data, List<Window> windows, ReturnType returnType) {
    return compute(fit, estimation, data, windows, returnType, null);
  }

  /**
   * As {@link #compute(ModelFit, EstimationData, EventWindowData, List, ReturnType)}, with each
   * day's AR variance given instead of the prediction-error variance: the GARCH model's forecast
   * {@code h_t}. A CAR's variance is then the sum of its days' {@code h_t} (the ARs are
   * conditionally uncorrelated; the mean parameters' estimation error is left out).
   *
   * @param conditionalVariance per day of {@code data}, or null for the prediction-error variance
   */
  public static EventAbnormalReturns compute(ModelFit fit, EstimationData estimation,
      EventWindowData data, List<Window> windows, ReturnType returnType,
      double[] conditionalVariance) {
    double[] residuals = new double[estimation.observations()];
    double[] xRow = new double[estimation.x().length];
    for (int t = 0; t < residuals.length; t++) {
      for (int j = 0; j < xRow.length; j++) {
        xRow[j] = estimation.x()[j][t];
      }
      residuals[t] = estimation.y()[t] - fit.fitted(xRow);
    }
    int n = data.length();
    double[] actual = new double[n];
    double[] expected = new double[n];
    double[] ar = new double[n];
    double[] var = new double[n];
    double[] t = new double[n];
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      if (!data.present(i)) {
        actual[i] = Double.isNaN(data.y()[i]) ? Double.NaN : data.y()[i] + data.offset()[i];
        expected[i] = Double.NaN;
        ar[i] = var[i] = t[i] = p[i] = Double.NaN;
        continue;
      }
      double[] row = data.row(i);
      double fitted = fit.fitted(row);
      actual[i] = data.y()[i] + data.offset()[i];
      expected[i] = fitted + data.offset()[i];
      ar[i] = data.y()[i] - fitted;
      var[i] = conditionalVariance == null ? fit.arVariance(row) : conditionalVariance[i];
      t[i] = ar[i] / Math.sqrt(var[i]);
      p[i] = Probabilities.twoSidedT(t[i], fit.degreesOfFreedom());
    }
    List<WindowStatistics> out = new ArrayList<>(windows.size());
    int k = data.x().length;
    for (Window w : windows) {
      int days = 0;
      double car = 0;
      double varianceSum = 0;
      double growthActual = 1;
      double growthExpected = 1;
      double[] xSum = new double[k];
      for (int rel = w.fromInclusive(); rel <= w.toInclusive(); rel++) {
        int i = rel - data.firstRelDay();
        if (i < 0 || i >= n || !data.present(i)) {
          continue;
        }
        days++;
        car += ar[i];
        varianceSum += var[i];
        growthActual *= returnType.growth(actual[i]);
        growthExpected *= returnType.growth(expected[i]);
        for (int j = 0; j < k; j++) {
          xSum[j] += data.x()[j][i];
        }
      }
      if (days == 0) {
        out.add(new WindowStatistics(w, 0, w.length(), Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN));
        continue;
      }
      double cv = conditionalVariance == null ? fit.carVariance(days, xSum) : varianceSum;
      double ct = car / Math.sqrt(cv);
      out.add(new WindowStatistics(w, days, w.length() - days, car, cv, ct,
          Probabilities.twoSidedT(ct, fit.degreesOfFreedom()), growthActual - growthExpected));
    }
    return new EventAbnormalReturns(fit, estimation.days(), residuals, data.firstRelDay(),
        data.days(), actual, expected, ar, var, t, p, out, estimation.relDays());
  }
  /**
   * The CAR line of a computed event: the statistics of {@link #compute} over {@code [first, d]}
   * for each day d of its widest window, {@code first} being the window's first day, as running
   * sums in the same order as {@link #compute}'s. The p-value is left NaN: the path is drawn with
   * its band from {@code carVariance}, not tested.
   *
   * @param ar the event as {@link #compute} returned it for {@code data}
   */
  public static List<WindowStatistics> carPath(EventAbnormalReturns ar, EventWindowData data,
      ReturnType returnType) {
    int n = data.length();
    int k = data.x().length;
    int first = data.firstRelDay();
    List<WindowStatistics> out = new ArrayList<>(n);
    int days = 0;
    double car = 0;
    double varianceSum = 0;
    boolean conditional = ar.fit().type() == ModelType.GARCH;
    double growthActual = 1;
    double growthExpected = 1;
    double[] xSum = new double[k];
    for (int i = 0; i < n; i++) {
      Window w = new Window(first, first + i);
      if (data.present(i)) {
        days++;
        car += ar.ar()[i];
        varianceSum += ar.arVariance()[i];
        growthActual *= returnType.growth(ar.actual()[i]);
        growthExpected *= returnType.growth(ar.expected()[i]);
        for (int j = 0; j < k; j++) {
          xSum[j] += data.x()[j][i];
        }
      }
      if (days == 0) {
        out.add(new WindowStatistics(w, 0, w.length(), Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN));
        continue;
      }
      double cv = conditional ? varianceSum : ar.fit().carVariance(days, xSum);
      out.add(new WindowStatistics(w, days, w.length() - days, car, cv, car / Math.sqrt(cv),
          Double.NaN, growthActual - growthExpected));
    }
    return out;
  }

}
