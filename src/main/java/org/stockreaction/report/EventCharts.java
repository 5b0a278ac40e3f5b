package org.stockreaction.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.stockreaction.calendar.Window;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.EventResult;
import org.stockreaction.job.PricePath;
import org.stockreaction.stats.EventAbnormalReturns;
import org.stockreaction.stats.ReportedMoveCheck;
import org.stockreaction.stats.WindowStatistics;

/**
 * The charts of one computed event, in the order the report shows them: daily AR with its 95% band,
 * the CAR line with its band, the reported move against the day-0 moves, and the stock and benchmark
 * indexed to 100. Values are in percent. A chart whose data the event lacks is left out.
 */
public final class EventCharts {

  static final String BLUE = "#0072b2";
  static final String ORANGE = "#e69f00";
  static final String RED = "#c0392b";
  static final String GREY = "#6f6f6f";
  static final String SKY = "#56b4e9";
  static final String INK = "#222222";

  private EventCharts() {}

  /** The two-sided 95% critical value of Student t with {@code df} degrees of freedom. */
  public static double tCritical(int df) {
    return df > 0 ? new TDistribution(null, df).inverseCumulativeProbability(0.975) : Double.NaN;
  }

  public static List<Chart> of(EventOutcome o, StudyConfig config) {
    EventResult r = o.result();
    List<Chart> charts = new ArrayList<>(4);
    double crit = tCritical(r.abnormal().fit().degreesOfFreedom());
    String day0 = "day 0 = " + r.day0();
    charts.add(abnormal(o.ticker(), r, crit, day0));
    if (!r.carPath().isEmpty()) {
      charts.add(cumulative(o.ticker(), r, crit, day0));
    }
    charts.add(reported(o.ticker(), r, crit));
    if (r.prices() != null && r.prices().length() > 1) {
      charts.add(prices(o.ticker(), r, config));
    }
    return charts;
  }

  private static double[] relDays(int first, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = first + i;
    }
    return x;
  }

  private static String pct(double fraction) {
    String s = MarkdownReport.pct2(fraction);
    return s.equals("n/a") ? null : s;
  }

  static Chart abnormal(String ticker, EventResult r, double crit, String day0) {
    EventAbnormalReturns a = r.abnormal();
    int n = a.length();
    double[] x = relDays(a.firstRelDay(), n);
    double[] ar = new double[n];
    double[] lo = new double[n];
    double[] hi = new double[n];
    String[] colors = new String[n];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      ar[i] = 100 * a.ar()[i];
      double half = 100 * crit * Math.sqrt(a.arVariance()[i]);
      lo[i] = -half;
      hi[i] = half;
      boolean outside = Math.abs(ar[i]) > half;
      colors[i] = outside ? RED : BLUE;
      labels[i] = outside || x[i] == 0 ? pct(a.ar()[i]) : null;
    }
    List<Chart.Layer> layers = new ArrayList<>();
    layers.add(new Chart.Band("95% band (t, df " + a.fit().degreesOfFreedom() + ")", SKY, x, lo, hi));
    layers.add(new Chart.Bars("AR inside the band", BLUE, x, ar, 0.6, colors, labels));
    layers.add(new Chart.Bars("AR outside: significant at 5%", RED, new double[0], new double[0],
        0.6, null, null));
    layers.add(new Chart.HRule(null, INK, 0, false, null));
    layers.add(new Chart.VRule(null, GREY, 0, true, "day 0"));
    String note = "Bars: the day's abnormal return. Shaded: ± t(0.975, " + a.fit().degreesOfFreedom()
        + ") × the AR's standard deviation around zero; a bar outside it (red) is significant at"
        + " 5%, two-sided.";
    return new Chart(ticker + ": daily abnormal return", note,
        "Trading day relative to day 0 (" + day0 + ")", "Abnormal return (%)", layers, List.of(),
        true);
  }

  static Chart cumulative(String ticker, EventResult r, double crit, String day0) {
    List<WindowStatistics> path = r.carPath();
    int n = path.size();
    int first = path.get(0).window().fromInclusive();
    double[] x = relDays(first, n);
    double[] car = new double[n];
    double[] lo = new double[n];
    double[] hi = new double[n];
    for (int i = 0; i < n; i++) {
      WindowStatistics w = path.get(i);
      car[i] = 100 * w.car();
      double half = 100 * crit * Math.sqrt(w.carVariance());
      lo[i] = car[i] - half;
      hi[i] = car[i] + half;
    }
    List<Chart.Layer> layers = new ArrayList<>();
    layers.add(new Chart.Band("95% confidence band", ORANGE, x, lo, hi));
    layers.add(new Chart.Line("CAR from day " + Window.signed(first), RED, x, car, false, true));
    layers.add(new Chart.HRule(null, INK, 0, false, null));
    layers.add(new Chart.VRule(null, GREY, 0, true, "day 0"));
    String note = "Line: the sum of the ARs from the window's first day. Shaded: the CAR ± t(0.975, "
        + r.abnormal().fit().degreesOfFreedom() + ") × its standard deviation; where the band"
        + " leaves zero the CAR is significant at 5%.";
    return new Chart(ticker + ": cumulative abnormal return", note,
        "Trading day relative to day 0 (" + day0 + ")", "CAR (%)", layers, List.of(), true);
  }

  static Chart reported(String ticker, EventResult r, double crit) {
    ReportedMoveCheck c = r.check();
    EventAbnormalReturns a = r.abnormal();
    int i0 = a.indexOf(0);
    boolean up = !Double.isNaN(c.reported()) && c.reported() != 0 ? c.reported() > 0
        : !(c.close() < 0);
    double[] x = {0, 1, 2};
    double[] y = {100 * c.close(), 100 * c.intradayExtreme(), 100 * c.abnormal()};
    String[] labels = {pct(c.close()), pct(c.intradayExtreme()), pct(c.abnormal())};
    String[] colors = {BLUE, SKY, RED};
    double half = i0 < 0 ? Double.NaN : 100 * crit * Math.sqrt(a.arVariance()[i0]);
    List<Chart.Layer> layers = new ArrayList<>();
    layers.add(new Chart.Bars(null, BLUE, x, y, 0.55, colors, labels));
    layers.add(new Chart.Whiskers("95% interval of the AR", INK, new double[] {2.19},
        new double[] {y[2] - half}, new double[] {y[2] + half}));
    layers.add(new Chart.HRule(null, INK, 0, false, null));
    if (!Double.isNaN(c.reported()) && c.reported() != 0) {
      layers.add(new Chart.HRule("reported: " + (up ? "rose" : "fell") + " more than "
          + MarkdownReport.pct2(Math.abs(c.reported())).replace("+", ""), ORANGE,
          100 * c.reported(), true, null));
    }
    List<Chart.Tick> ticks = List.of(new Chart.Tick(0, "Observed (close)"),
        new Chart.Tick(1, up ? "Intraday high" : "Intraday low"),
        new Chart.Tick(2, "Abnormal (AR)"));
    String note = "Bars: the day-0 close-to-close return, the intraday extreme (high for a reported"
        + " rise, low for a fall) and the abnormal return, all against the prior close. Dashed:"
        + " the reported move. Whisker: the AR's 95% interval.";
    return new Chart(ticker + ": reported move against day 0 (" + r.day0() + ")", note,
        "Day-0 return against the prior close; verdict: " + c.verdict().description(),
        "Return (%)", layers, ticks, true);
  }

  static Chart prices(String ticker, EventResult r, StudyConfig config) {
    PricePath p = r.prices();
    int n = p.length();
    int[] days = p.days();
    double[] x = relDays(0, n);
    double[] s = indexed(p.stock());
    double[] b = indexed(p.benchmark());
    Window est = config.estimationWindow();
    Window wide = config.widestEventWindow();
    int base = p.firstRelDay();
    List<Chart.Layer> layers = new ArrayList<>();
    layers.add(new Chart.XSpan("estimation window " + est.label(), SKY,
        Math.max(0, est.fromInclusive() - 1 - base), est.toInclusive() - base));
    layers.add(new Chart.XSpan("event window " + wide.label(), ORANGE,
        Math.max(0, wide.fromInclusive() - 1 - base), Math.min(n - 1, wide.toInclusive() - base)));
    layers.add(new Chart.HRule(null, GREY, 100, false, null));
    layers.add(new Chart.Line(r.benchmark() + " (benchmark)", GREY, x, b, false, false));
    layers.add(new Chart.Line(ticker, BLUE, x, s, false, false));
    if (-base >= 0 && -base < n) {
      layers.add(new Chart.VRule(null, RED, -base, true, "day 0"));
    }
    String note = "Both series divided by their price on the first day shown and multiplied by 100."
        + " Shaded: the estimation window (blue) and the widest event window (orange).";
    return new Chart(ticker + " and " + r.benchmark() + ", indexed to 100 on "
        + LocalDate.ofEpochDay(days[0]), note, "Date (trading days)", "Price index (base day = 100)",
        layers, monthTicks(days), false);
  }

  /** Each series divided by its first available price, times 100. */
  static double[] indexed(double[] price) {
    double base = Double.NaN;
    for (double v : price) {
      if (!Double.isNaN(v) && v > 0) {
        base = v;
        break;
      }
    }
    double[] out = new double[price.length];
    for (int i = 0; i < price.length; i++) {
      out[i] = 100 * price[i] / base;
    }
    return out;
  }

  /** Ticks on the first trading day of every k-th month, at most eight of them. */
  static List<Chart.Tick> monthTicks(int[] days) {
    List<Integer> starts = new ArrayList<>();
    YearMonth last = null;
    for (int i = 0; i < days.length; i++) {
      YearMonth m = YearMonth.from(LocalDate.ofEpochDay(days[i]));
      if (!m.equals(last)) {
        if (last != null) {
          starts.add(i);
        }
        last = m;
      }
    }
    int step = Math.max(1, (starts.size() + 7) / 8);
    List<Chart.Tick> ticks = new ArrayList<>();
    for (int k = 0; k < starts.size(); k += step) {
      int i = starts.get(k);
      ticks.add(new Chart.Tick(i, YearMonth.from(LocalDate.ofEpochDay(days[i])).toString()));
    }
    return ticks;
  }
}
