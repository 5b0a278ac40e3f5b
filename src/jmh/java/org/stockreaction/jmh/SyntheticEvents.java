package org.stockreaction.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.stockreaction.calendar.Window;
import org.stockreaction.model.ModelEstimator;
import org.stockreaction.model.ModelFit;
import org.stockreaction.model.ModelType;
import org.stockreaction.model.ReturnType;
import org.stockreaction.stats.EstimationData;
import org.stockreaction.stats.EventAbnormalReturns;
import org.stockreaction.stats.EventStatistics;
import org.stockreaction.stats.EventWindowData;
import org.stockreaction.stats.GroupMember;

/**
 * Seeded synthetic events on one shared calendar of {@link #CALENDAR} trading days: estimation
 * window [-250,-11] (240 observations), event window [-5,+5] (11 days) and the four default event
 * windows. Stock returns follow a market model with firm-specific alpha, beta and residual sd.
 */
final class SyntheticEvents {

  static final int CALENDAR = 2_520;
  static final int FIRST_DAY = 16_437; // 2015-01-02 as an epoch day; days are consecutive numbers
  static final int EST_FROM = -250;
  static final int EST_TO = -11;
  static final int EVENT_FROM = -5;
  static final int EVENT_TO = 5;
  static final int OBSERVATIONS = EST_TO - EST_FROM + 1;
  static final List<Window> WINDOWS =
      List.of(new Window(0, 0), new Window(-1, 1), new Window(0, 1), new Window(-5, 5));

  private final SplittableRandom random;
  private final double[][] factors;

  SyntheticEvents(long seed) {
    random = new SplittableRandom(seed);
    factors = new double[3][CALENDAR];
    for (int t = 0; t < CALENDAR; t++) {
      factors[0][t] = 0.0004 + 0.01 * random.nextGaussian();
      factors[1][t] = 0.005 * random.nextGaussian();
      factors[2][t] = 0.005 * random.nextGaussian();
    }
  }

  /** One event's inputs: the estimation and event-window data for {@code k} regressors. */
  record Inputs(EstimationData estimation, EventWindowData window) {}

  /** A random day 0 with the whole estimation and event windows on the calendar. */
  int pickDay0() {
    return -EST_FROM + random.nextInt(CALENDAR - EVENT_TO - (-EST_FROM));
  }

  Inputs inputs(int k, int zero) {
    double alpha = -0.0005 + 0.001 * random.nextDouble();
    double[] beta = new double[k];
    for (int j = 0; j < k; j++) {
      beta[j] = j == 0 ? 0.5 + random.nextDouble() : -0.5 + random.nextDouble();
    }
    double sigma = 0.01 + 0.02 * random.nextDouble();
    int[] estDays = new int[OBSERVATIONS];
    int[] estRel = new int[OBSERVATIONS];
    double[] y = new double[OBSERVATIONS];
    double[][] x = new double[k][OBSERVATIONS];
    for (int i = 0; i < OBSERVATIONS; i++) {
      int t = zero + EST_FROM + i;
      estDays[i] = FIRST_DAY + t;
      estRel[i] = EST_FROM + i;
      y[i] = draw(t, alpha, beta, sigma, x, i);
    }
    int len = EVENT_TO - EVENT_FROM + 1;
    int[] days = new int[len];
    double[] wy = new double[len];
    double[][] wx = new double[k][len];
    for (int i = 0; i < len; i++) {
      int t = zero + EVENT_FROM + i;
      days[i] = FIRST_DAY + t;
      wy[i] = draw(t, alpha, beta, sigma, wx, i);
    }
    return new Inputs(new EstimationData(estDays, y, x, estRel),
        new EventWindowData(EVENT_FROM, days, wy, wx, new double[len]));
  }

  private double draw(int t, double alpha, double[] beta, double sigma, double[][] x, int i) {
    double r = alpha + sigma * random.nextGaussian();
    for (int j = 0; j < beta.length; j++) {
      x[j][i] = factors[j][t];
      r += beta[j] * factors[j][t];
    }
    return r;
  }

  static ModelType model(int k) {
    return k == 1 ? ModelType.MARKET : ModelType.FF3;
  }

  static EventAbnormalReturns compute(Inputs in, int k) {
    ModelFit fit = fit(in, k);
    return EventStatistics.compute(fit, in.estimation(), in.window(), WINDOWS, ReturnType.SIMPLE);
  }

  static ModelFit fit(Inputs in, int k) {
    try {
      return ModelEstimator.fit(model(k), in.estimation().y(), in.estimation().x());
    } catch (ModelEstimator.SingularException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A group of {@code n} market-model events on random dates. */
  List<GroupMember> group(int n) {
    List<GroupMember> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new GroupMember("event " + i, compute(inputs(1, pickDay0()), 1)));
    }
    return out;
  }
}
