package org.stockreaction.job;

import org.stockreaction.model.ModelEstimator;
import org.stockreaction.model.ModelType;
import org.stockreaction.stats.Probabilities;

/**
 * Loads the estimation and probability code on a background thread while a run starts, so its
 * class loading overlaps the reading of settings, events and prices instead of stalling the first
 * events. Commons Math is compiled for Java 5, whose classes no class-data archive can hold: each
 * run loads and verifies them from the jar (about 80 classes, 30 to 45 ms of a cold run of
 * rows-heavy, timed from the class-loading log, with both workers waiting on them).
 */
public final class ModelWarmUp {

  private ModelWarmUp() {}

  /** Starts the warm-up on a daemon thread and returns at once. */
  public static void start() {
    Thread t = new Thread(ModelWarmUp::run, "model-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** One market-model fit and the p-values the statistics take, on a tiny made-up series. */
  static void run() {
    try {
      double[] x = new double[12];
      double[] y = new double[x.length];
      for (int t = 0; t < x.length; t++) {
        x[t] = Math.sin(t);
        y[t] = 0.5 * x[t] + Math.cos(3 * t) / 10;
      }
      ModelEstimator.fit(ModelType.MARKET, y, new double[][] {x});
      Probabilities.twoSidedT(1.5, 10);
      Probabilities.twoSidedNormal(1.5);
    } catch (Throwable e) {
      // only a warm-up, on a daemon thread: whatever fails here, the real fits report
    }
  }
}
