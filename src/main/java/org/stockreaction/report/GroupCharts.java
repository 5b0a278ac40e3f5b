package org.stockreaction.report;

import static org.stockreaction.report.HtmlReport.escape;
import static org.stockreaction.report.MarkdownReport.num;
import static org.stockreaction.report.MarkdownReport.pct2;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stockreaction.calendar.Window;
import org.stockreaction.job.StudyResult;
import org.stockreaction.stats.Exclusion;
import org.stockreaction.stats.GroupDayResult;
import org.stockreaction.stats.GroupResult;
import org.stockreaction.stats.GroupTest;
import org.stockreaction.stats.GroupWindowResult;
import org.stockreaction.stats.TestResult;

/**
 * The chart and the test tables of each group of events, for {@code report.html} and one PNG per
 * group in {@code charts/}.
 *
 * <p>The chart shows, per relative day of the widest event window, the AAR as bars and the CAAR
 * (the running sum of the AARs, as in {@code aar.csv}) as a line, in percent. The shaded band is the
 * AAR's 95% band from the cross-sectional t: {@code ± t(0.975, N - 1) × sd_i(AR_i) / sqrt(N)}
 * around zero, so a bar outside it is significant at 5% by that test. The day's standard error is
 * {@code AAR / t}, exact because the cross-sectional t is {@code AAR / (sd / sqrt(N))}. The CAAR line
 * has no band: its cross-sectional standard error needs each event's cumulative path, and the group
 * results carry only the per-day and per-window statistics; the per-window tests in the table are
 * the inference for the CAAR.
 */
public final class GroupCharts {

  private GroupCharts() {}

  /** The chart of one group, or null when no event of the group was computed. */
  public static Chart chart(GroupResult g) {
    List<GroupDayResult> days = g.days();
    int n = days.size();
    if (n == 0) {
      return null;
    }
    double[] x = new double[n];
    double[] aar = new double[n];
    double[] caar = new double[n];
    double[] lo = new double[n];
    double[] hi = new double[n];
    String[] colors = new String[n];
    String[] labels = new String[n];
    for (int i = 0; i < n; i++) {
      GroupDayResult d = days.get(i);
      x[i] = d.relDay();
      aar[i] = 100 * d.aar();
      caar[i] = 100 * d.caar();
      double half = 100 * EventCharts.tCritical(d.n() - 1) * standardError(d);
      lo[i] = -half;
      hi[i] = half;
      boolean outside = Math.abs(aar[i]) > half;
      colors[i] = outside ? EventCharts.RED : EventCharts.BLUE;
      labels[i] = outside || d.relDay() == 0 ? pctLabel(d.aar()) : null;
    }
    List<Chart.Layer> layers = new ArrayList<>();
    layers.add(new Chart.Band("AAR 95% band (cross-sectional t)", EventCharts.SKY, x, lo, hi));
    layers.add(new Chart.Bars("AAR", EventCharts.BLUE, x, aar, 0.6, colors, labels));
    layers.add(new Chart.Bars("AAR outside the band", EventCharts.RED, new double[0],
        new double[0], 0.6, null, null));
    layers.add(new Chart.Line("CAAR", EventCharts.ORANGE, x, caar, false, true));
    layers.add(new Chart.HRule(null, EventCharts.INK, 0, false, null));
    layers.add(new Chart.VRule(null, EventCharts.GREY, 0, true, "day 0"));
    String note = "Bars: the average abnormal return (AAR) of the group's events on each day; red"
        + " where it lies outside the shaded band, which is ± t(0.975, N - 1) × the AAR's"
        + " cross-sectional standard error around zero (significant at 5%, two-sided, by the"
        + " cross-sectional t). Line: the CAAR, the sum of the AARs from day "
        + Window.signed(days.get(0).relDay()) + "; it has no band here, its tests are in the table.";
    return new Chart("Group " + g.name() + ": AAR and CAAR (" + g.events() + " event(s))", note,
        "Trading day relative to day 0", "AAR and CAAR (%)", layers, List.of(), true);
  }

  /** The cross-sectional standard error of the day's AAR, {@code AAR / t}; NaN when undefined. */
  static double standardError(GroupDayResult d) {
    double t = d.test(GroupTest.CROSS_SECTIONAL_T).value();
    double se = d.aar() / t;
    return Double.isFinite(se) && se > 0 ? se : Double.NaN;
  }

  private static String pctLabel(double fraction) {
    String s = pct2(fraction);
    return s.equals("n/a") ? null : s;
  }

  /** The anchor id of the {@code k}-th group (0-based) in the HTML report. */
  static String anchor(int k) {
    return "group-" + (k + 1);
  }

  /**
   * One HTML section per group shown in detail ({@link ReportScope#chartedGroups}): the chart,
   * then the tests of each event window.
   */
  public static List<HtmlReport.Section> sections(StudyResult study) {
    List<HtmlReport.Section> out = new ArrayList<>();
    boolean[] detailed = ReportScope.chartedGroups(study);
    for (int k = 0; k < study.groups().size(); k++) {
      if (!detailed[k]) {
        continue;
      }
      GroupResult g = study.groups().get(k);
      out.add(new HtmlReport.Section(anchor(k), "Group \"" + g.name() + "\": the events together",
          body(g)));
    }
    return out;
  }

  private static String body(GroupResult g) {
    StringBuilder sb = new StringBuilder();
    sb.append("<p>").append(g.events()).append(" event(s) in the group. Each table tests whether"
        + " the group&#39;s average abnormal return over the window is zero; p-values are"
        + " two-sided. The per-day numbers are in aar.csv, the tests in group_summary.csv.</p>\n");
    sb.append("<div class=\"charts\">\n");
    Chart c = chart(g);
    if (c == null) {
      sb.append("<p class=\"failed\">No event of this group was computed, so there is no"
          + " chart.</p>\n");
    } else {
      sb.append("<figure class=\"sticky\">").append(HtmlReport.svg(c)).append("<figcaption>")
          .append(escape(c.note())).append("</figcaption></figure>\n");
    }
    sb.append("<div>\n");
    Set<Exclusion> excluded = new LinkedHashSet<>();
    for (GroupWindowResult w : g.windows()) {
      sb.append("<h3>Window ").append(w.window().label()).append(": CAAR ")
          .append(pct2(w.caar())).append("</h3>\n<p class=\"note\">N = ").append(w.n())
          .append(" event(s) used; ").append(w.positive()).append(" of ").append(w.n())
          .append(" CARs positive; mean BHAR ").append(pct2(w.meanBhar()))
          .append("; mean residual correlation r = ").append(num(w.correlation(), 4))
          .append(".</p>\n<table>\n<thead><tr><th>Test</th><th class=\"n\">Statistic</th>")
          .append("<th class=\"n\">p</th><th>Reference</th><th>Significant at 5%?</th></tr>")
          .append("</thead>\n<tbody>\n");
      for (TestResult r : w.tests()) {
        String sig = Double.isNaN(r.p()) ? "n/a" : r.rejects(0.05) ? "yes" : "no";
        sb.append("<tr><td>").append(escape(r.test().title())).append("</td><td class=\"n\">")
            .append(num(r.value(), 3)).append("</td><td class=\"n\">").append(num(r.p(), 4))
            .append("</td><td>").append(escape(r.referenceLabel())).append("</td><td class=\"")
            .append(sig.equals("yes") ? "yes" : "no").append("\">").append(sig)
            .append("</td></tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
      excluded.addAll(w.excluded());
    }
    sb.append("</div>\n</div>\n");
    if (!excluded.isEmpty()) {
      sb.append("<p>Events left out (of the windows named):</p>\n<ul>\n");
      for (Exclusion e : excluded) {
        sb.append("<li>").append(escape(e.event())).append(": ").append(escape(e.reason()))
            .append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    return sb.toString();
  }
}
