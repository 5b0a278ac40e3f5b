package org.stockreaction.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.stockreaction.calendar.Window;
import org.stockreaction.model.ModelEstimator;
import org.stockreaction.model.ModelFit;
import org.stockreaction.model.ModelType;
import org.stockreaction.model.ReturnType;

/**
 * Simulated groups of firm-events, built directly as {@link EventAbnormalReturns} through the
 * market-model fit and {@link EventStatistics}: estimation window [-250,-11], event window [-5,+5],
 * a shared calendar of trading days numbered from {@link #FIRST_DAY}.
 */
final class SimulatedStudy {

  /** How the stock returns are generated. */
  enum Design {
    /** iid normal returns, independent of the market (mean 0.05%, sd 2%); random event dates. */
    NORMAL,
    /** {@code R = a + b R_m + s e} with a, b, s differing across firms; random event dates. */
    MARKET_MODEL,
    /**
     * Market-model returns plus a common factor the model does not remove (residual correlation
     * {@link #CLUSTER_CORRELATION}); every event on the same date.
     */
    CLUSTERED
  }

  static final int FIRST_DAY = 20_000;
  static final int CALENDAR = 1_500;
  static final int EST_FROM = -250;
  static final int EST_TO = -11;
  static final int EVENT_FROM = -5;
  static final int EVENT_TO = 5;
  static final double CLUSTER_CORRELATION = 0.10;
  static final List<Window> WINDOWS =
      List.of(new Window(0, 0), new Window(-1, 1), new Window(0, 1), new Window(-5, 5));

  private final Random random;
  private final double[] market = new double[CALENDAR];
  private final double[] factor = new double[CALENDAR];

  SimulatedStudy(long seed) {
    this.random = new Random(seed);
  }

  /**
   * One simulated group. {@code sigma} fixes every firm's residual sd (NaN: drawn from 1%..3%);
   * {@code day0Effect} is added to every firm's day-0 return.
   */
  List<GroupMember> group(Design design, int n, double sigma, double day0Effect) {
    for (int t = 0; t < CALENDAR; t++) {
      market[t] = 0.0004 + 0.01 * random.nextGaussian();
      factor[t] = random.nextGaussian();
    }
    int commonZero = pickDay0();
    List<GroupMember> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int zero = design == Design.CLUSTERED ? commonZero : pickDay0();
      out.add(new GroupMember("firm " + i, firm(design, zero, sigma, day0Effect)));
    }
    return out;
  }

  private int pickDay0() {
    int lo = -EST_FROM + 1;
    int hi = CALENDAR - 1 - EVENT_TO;
    return lo + random.nextInt(hi - lo + 1);
  }

  private EventAbnormalReturns firm(Design design, int zero, double sigma, double day0Effect) {
    double a = design == Design.NORMAL ? 0.0005 : -0.0005 + 0.001 * random.nextDouble();
    double b = design == Design.NORMAL ? 0.0 : 0.5 + random.nextDouble();
    double s = Double.isNaN(sigma) ? (design == Design.NORMAL ? 0.02 : 0.01 + 0.02 * random.nextDouble())
        : sigma;
    double loading = design == Design.CLUSTERED
        ? s * Math.sqrt(CLUSTER_CORRELATION / (1 - CLUSTER_CORRELATION)) : 0.0;
    int m = EST_TO - EST_FROM + 1;
    int[] estDays = new int[m];
    int[] estRel = new int[m];
    double[] y = new double[m];
    double[] x = new double[m];
    for (int k = 0; k < m; k++) {
      int t = zero + EST_FROM + k;
      estDays[k] = FIRST_DAY + t;
      estRel[k] = EST_FROM + k;
      x[k] = market[t];
      y[k] = a + b * market[t] + loading * factor[t] + s * random.nextGaussian();
    }
    int len = EVENT_TO - EVENT_FROM + 1;
    int[] days = new int[len];
    double[] wy = new double[len];
    double[] wx = new double[len];
    for (int k = 0; k < len; k++) {
      int rel = EVENT_FROM + k;
      int t = zero + rel;
      days[k] = FIRST_DAY + t;
      wx[k] = market[t];
      wy[k] = a + b * market[t] + loading * factor[t] + s * random.nextGaussian()
          + (rel == 0 ? day0Effect : 0.0);
    }
    double[][] xs = {x};
    ModelFit fit;
    try {
      fit = ModelEstimator.fit(ModelType.MARKET, y, xs);
    } catch (ModelEstimator.SingularException e) {
      throw new IllegalStateException(e);
    }
    return EventStatistics.compute(fit, new EstimationData(estDays, y, xs, estRel),
        new EventWindowData(EVENT_FROM, days, wy, new double[][] {wx}, new double[len]), WINDOWS,
        ReturnType.SIMPLE);
  }
}
