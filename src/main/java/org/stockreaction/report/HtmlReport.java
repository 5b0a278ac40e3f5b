package org.stockreaction.report;

import static org.stockreaction.report.MarkdownReport.num;
import static org.stockreaction.report.MarkdownReport.pct2;

import java.util.List;
import java.util.Map;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.EventResult;
import org.stockreaction.job.InputFile;
import org.stockreaction.job.StudyResult;
import org.stockreaction.model.ModelFit;
import org.stockreaction.stats.ReportedMoveCheck;
import org.stockreaction.stats.Verdict;
import org.stockreaction.stats.WindowStatistics;

/**
 * {@code report.html}: one self-contained page that loads nothing. A headline table first (per
 * stock: reported, observed and abnormal move, significance, verdict), then each event's charts
 * and tables, then the method. The page is well-formed XHTML5 syntax (it parses as XML as well as
 * HTML) with inline CSS and inline SVG charts drawn by {@link ChartPainter}.
 *
 * <p>The charts are hand-written SVG rather than a charting library: four chart kinds need a few
 * hundred lines, the same painter draws the PNG files through Java2D so both pictures match, the
 * SVG stays crisp at any zoom, and the HTML needs no AWT start-up or extra dependency.
 */
public final class HtmlReport {

  /**
   * A section placed after the events and before the method, such as a group's CAAR chart and
   * tests. Build its chart as a {@link Chart} and draw it with {@link #svg(Chart)}.
   *
   * @param id the anchor id, letters, digits and {@code -} only
   * @param title the section heading
   * @param html the section body, already escaped
   */
  public record Section(String id, String title, String html) {
    public Section {
      if (!id.matches("[A-Za-z][A-Za-z0-9-]*")) {
        throw new IllegalArgumentException("section id \"" + id + "\" is not a plain anchor name");
      }
    }
  }

  private static final String STYLE = """
      body{font-family:"DejaVu Sans",system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;
        font-size:16px;line-height:1.45;color:#222;background:#fff;margin:0}
      main{max-width:1320px;margin:0 auto;padding:16px 24px 48px}
      h1{font-size:1.7em;margin:.4em 0 .2em}
      h2{font-size:1.3em;margin:1.6em 0 .4em;border-bottom:1px solid #ddd;padding-bottom:.2em}
      h3{font-size:1.05em;margin:1.1em 0 .3em}
      table{border-collapse:collapse;margin:.4em 0 1em;font-variant-numeric:tabular-nums}
      th,td{padding:.3em .5em;border-bottom:1px solid #e4e4e4;text-align:left;vertical-align:top}
      th{background:#f4f6f8;font-weight:600}
      td.n{text-align:right;white-space:nowrap}th.n{text-align:right}
      td.d{white-space:nowrap}
      .headline td,.headline th{font-size:1.02em}
      .yes{color:#b03020;font-weight:600}.no{color:#555}
      .v-confirmed{color:#1a7f37;font-weight:600}.v-confirmed_intraday_only{color:#9a6700;font-weight:600}
      .v-smaller_than_reported,.v-opposite_direction{color:#b03020;font-weight:600}
      .failed{color:#b03020}
      .label{color:#555;margin:.1em 0 .6em}
      .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:12px 20px}
      figure{margin:0}
      figure.sticky{position:sticky;top:8px;align-self:start}
      .wide{overflow-x:auto}
      .chunk{content-visibility:auto;contain-intrinsic-size:auto 9600px}
      table.overview{table-layout:fixed;width:100%;min-width:900px;margin:0}
      table.overview td{padding:.15em .5em;text-align:right;white-space:nowrap;overflow:hidden}
      table.overview td:nth-child(-n+2),table.overview th:nth-child(-n+2){text-align:left}
      table.overview th{text-align:right}
      svg.chart{width:100%;height:auto;display:block;border:1px solid #eee}
      figcaption{font-size:.88em;color:#444;margin:.3em .2em 0}
      .note{font-size:.92em;color:#444}
      ul.choices li{margin:.2em 0}
      """;

  private HtmlReport() {}

  /** Text safe inside an element or a quoted attribute; characters XML forbids become U+FFFD. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xFFFE);
          if (Character.isSurrogate(c)) {
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
              sb.append(c).append(s.charAt(++i));
            } else {
              sb.append('\uFFFD');
            }
          } else {
            sb.append(ok ? c : '\uFFFD');
          }
        }
      }
    }
    return sb.toString();
  }

  /** A chart as an inline SVG element. */
  public static String svg(Chart chart) {
    return SvgCanvas.of(chart);
  }

  public static String render(StudyResult study) {
    return render(study, List.of());
  }

  /** The page, with {@code extra} sections (such as groups) after the events. */
  public static String render(StudyResult study, List<Section> extra) {
    StudyConfig cfg = study.config();
    StringBuilder sb = new StringBuilder(200_000);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>Event study: how the stocks reacted</title>\n<style>\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n");
    sb.append("<h1>Event study: how the stocks reacted</h1>\n");
    sb.append("<p><strong>The question.</strong> Did each stock move on its event day as reported,"
        + " and how much of the move was abnormal once the benchmark&#39;s move is taken out?</p>\n");
    sb.append("<p>").append(study.events()).append(" event(s): ").append(study.succeeded())
        .append(" computed, ").append(study.failed()).append(" failed. Model: ")
        .append(escape(cfg.model().description())).append(". Returns: ")
        .append(cfg.returnType().key()).append(".</p>\n");
    String rule = ReportScope.rule(study);
    if (!rule.isEmpty()) {
      sb.append("<p class=\"note\">").append(escape(rule)).append("</p>\n");
    }
    sb.append(GroupOverview.html(study, ReportScope.chartedGroups(study)));
    boolean noEvent = ReportScope.noEventShown(study);
    if (noEvent) {
      sb.append("<section id=\"events\">\n<h2>Events</h2>\n<p>")
          .append(escape(ReportScope.noEventSentence(study))).append("</p>\n</section>\n");
    } else {
      eventSections(study, sb);
    }
    for (Section s : extra) {
      sb.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(escape(s.title()))
          .append("</h2>\n").append(s.html()).append("\n</section>\n");
    }
    if (!noEvent) {
      failures(study, sb);
    }
    method(study, sb);
    sb.append("</main>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** The headline table and the sections of the events shown one by one. */
  private static void eventSections(StudyResult study, StringBuilder sb) {
    StudyConfig cfg = study.config();
    headline(study, sb);
    // the charted events are the first of those listed (compared by position: a record's
    // equals would compare every field, through method handles linked at run time)
    List<EventOutcome> listed = ReportScope.listed(study, ReportScope.computed(study));
    int charted = ReportScope.chartedEvents(study).size();
    for (int i = 0; i < listed.size(); i++) {
      event(listed.get(i), cfg, i < charted, sb);
    }
    String more = ReportScope.more(study, study.succeeded(),
        "summary.csv, car.csv and abnormal_returns.csv");
    if (!more.isEmpty()) {
      sb.append("<p>").append(escape(more.strip())).append("</p>\n");
    }
  }

  private static String anchor(EventOutcome o) {
    return "event-" + o.line();
  }

  private static void headline(StudyResult study, StringBuilder sb) {
    sb.append("<section id=\"headline\">\n<h2>The answer, stock by stock</h2>\n")
        .append("<div class=\"wide\"><table class=\"headline\">\n<thead><tr><th>Stock</th><th>Day 0</th>")
        .append("<th class=\"n\">Reported</th><th class=\"n\">Observed (close)</th>")
        .append("<th class=\"n\">Intraday extreme</th><th class=\"n\">Abnormal (AR)</th>")
        .append("<th class=\"n\">t</th><th class=\"n\">p</th><th>Significant at 5%?</th>")
        .append("<th>Verdict</th></tr></thead>\n<tbody>\n");
    for (EventOutcome o : ReportScope.listed(study, study.outcomes())) {
      if (!o.ok()) {
        sb.append("<tr><td>").append(escape(o.ticker())).append("</td><td>")
            .append(escape(o.eventDate())).append("</td><td colspan=\"8\" class=\"failed\">")
            .append("not computed (").append(o.reason().key())
            .append("; see <a href=\"#failed\">Events that failed</a>)</td></tr>\n");
        continue;
      }
      EventResult r = o.result();
      ReportedMoveCheck c = r.check();
      int i0 = r.abnormal().indexOf(0);
      double t = i0 < 0 ? Double.NaN : r.abnormal().t()[i0];
      double p = i0 < 0 ? Double.NaN : r.abnormal().p()[i0];
      String sig = Double.isNaN(p) ? "n/a" : p < 0.05 ? "yes" : "no";
      sb.append("<tr><td><a href=\"#").append(anchor(o)).append("\">").append(escape(o.ticker()))
          .append("</a></td><td class=\"d\">").append(r.day0()).append("</td><td class=\"n\">")
          .append(pct2(c.reported())).append("</td><td class=\"n\">").append(pct2(c.close()))
          .append("</td><td class=\"n\">").append(pct2(c.intradayExtreme()))
          .append("</td><td class=\"n\"><strong>").append(pct2(c.abnormal()))
          .append("</strong></td><td class=\"n\">").append(num(t, 2)).append("</td><td class=\"n\">")
          .append(num(p, 4)).append("</td><td class=\"").append(sig.equals("yes") ? "yes" : "no")
          .append("\">").append(sig).append("</td><td class=\"v-").append(c.verdict().key())
          .append("\">").append(escape(c.verdict().description())).append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table></div>\n<p class=\"note\">Observed and intraday moves are simple returns"
        + " against the prior close; the abnormal part is the day-0 return minus the model&#39;s"
        + " expected return; significance is the two-sided t-test of the day-0 AR. Verdict rule: ")
        .append(escape(Verdict.rule())).append("</p>\n");
    List<String> dayZero = MarkdownReport.dayZeroSentences(study);
    if (!dayZero.isEmpty()) {
      sb.append("<p class=\"note\"><strong>Day 0.</strong> ")
          .append(escape(String.join(" ", dayZero))).append("</p>\n");
    }
    sb.append("</section>\n");
  }

  private static void event(EventOutcome o, StudyConfig cfg, boolean charted, StringBuilder sb) {
    EventResult r = o.result();
    ModelFit f = r.abnormal().fit();
    sb.append("<section id=\"").append(anchor(o)).append("\" class=\"event\">\n<h2>")
        .append(escape(o.ticker())).append(", day 0 ").append(r.day0()).append("</h2>\n");
    if (!o.spec().label().isEmpty()) {
      sb.append("<p class=\"label\">").append(escape(o.spec().label())).append("</p>\n");
    }
    sb.append("<p>Day 0: ").append(escape(r.dayZeroNote())).append(". Benchmark ")
        .append(escape(r.benchmark()))
        .append(", ").append(r.model().key()).append(" model estimated on ")
        .append(f.observations()).append(" returns from ").append(r.estimationFirst())
        .append(" to ").append(r.estimationLast()).append(" (beta ").append(num(f.beta(), 3))
        .append(", R² ").append(num(f.rSquared(), 3)).append(", daily residual sigma ")
        .append(pct2(f.sigma())).append(").</p>\n");
    if (charted) {
      sb.append("<div class=\"charts\">\n");
      for (Chart c : EventCharts.of(o, cfg)) {
        sb.append("<figure>").append(svg(c)).append("<figcaption>").append(escape(c.note()))
            .append("</figcaption></figure>\n");
      }
      sb.append("</div>\n");
    }
    sb.append("<h3>Cumulative abnormal returns</h3>\n<table>\n<thead><tr><th>Window</th>")
        .append("<th class=\"n\">Days</th><th class=\"n\">CAR</th><th class=\"n\">t</th>")
        .append("<th class=\"n\">p</th><th>Significant at 5%?</th><th class=\"n\">BHAR</th></tr>")
        .append("</thead>\n<tbody>\n");
    for (WindowStatistics w : r.abnormal().windows()) {
      String sig = Double.isNaN(w.p()) ? "n/a" : w.p() < 0.05 ? "yes" : "no";
      sb.append("<tr><td>").append(w.window().label()).append("</td><td class=\"n\">")
          .append(w.days()).append(w.missingDays() > 0 ? " (" + w.missingDays() + " missing)" : "")
          .append("</td><td class=\"n\">").append(pct2(w.car())).append("</td><td class=\"n\">")
          .append(num(w.t(), 2)).append("</td><td class=\"n\">").append(num(w.p(), 4))
          .append("</td><td class=\"").append(sig.equals("yes") ? "yes" : "no").append("\">")
          .append(sig).append("</td><td class=\"n\">").append(pct2(w.bhar()))
          .append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n</section>\n");
  }

  private static void failures(StudyResult study, StringBuilder sb) {
    if (study.failed() == 0) {
      return;
    }
    sb.append("<section id=\"failed\">\n<h2>Events that failed</h2>\n<table>\n<thead><tr>")
        .append("<th class=\"n\">Line</th><th>Ticker</th><th>Event</th><th>Reason</th></tr>")
        .append("</thead>\n<tbody>\n");
    for (EventOutcome o : ReportScope.listed(study,
        study.outcomes().stream().filter(x -> !x.ok()).toList())) {
      sb.append("<tr><td class=\"n\">").append(o.line()).append("</td><td>")
          .append(escape(o.ticker())).append("</td><td>").append(escape(o.eventDate()))
          .append("</td><td>").append(escape(o.reason().key() + ": " + o.message()))
          .append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n</section>\n");
  }

  private static void method(StudyResult study, StringBuilder sb) {
    StudyConfig cfg = study.config();
    sb.append("<section id=\"method\">\n<h2>Method</h2>\n<p>Every choice this run made:</p>\n")
        .append("<ul class=\"choices\">\n");
    for (String choice : MarkdownReport.methodChoices(study)) {
      sb.append("<li>").append(escape(choice)).append("</li>\n");
    }
    sb.append("<li>Charts: 95% bands use the Student t quantile with the model&#39;s degrees of"
        + " freedom (a group&#39;s AAR band: N - 1, from the cross-sectional t); prices are indexed"
        + " to 100 on the last close before the estimation window.</li>\n");
    sb.append("</ul>\n<h3>Settings</h3>\n<table>\n<thead><tr><th>Setting</th><th>Value</th></tr>")
        .append("</thead>\n<tbody>\n");
    for (Map.Entry<String, String> e : cfg.describe().entrySet()) {
      sb.append("<tr><td>").append(escape(e.getKey())).append("</td><td>")
          .append(escape(e.getValue())).append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n<h3>Data files</h3>\n<table>\n<thead><tr><th>Ticker</th>")
        .append("<th>File</th><th class=\"n\">Rows</th><th>From</th><th>To</th>")
        .append("<th>Price column</th></tr></thead>\n<tbody>\n");
    for (InputFile f : study.inputs()) {
      sb.append("<tr><td>").append(escape(f.ticker())).append("</td><td>").append(escape(f.path()))
          .append("</td><td class=\"n\">").append(f.rows()).append("</td><td>").append(f.first())
          .append("</td><td>").append(f.last()).append("</td><td>")
          .append(escape(f.priceColumn())).append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
    if (!study.warnings().isEmpty()) {
      sb.append("<h3>Warnings</h3>\n<ul>\n");
      for (String w : study.warnings()) {
        sb.append("<li>").append(escape(w)).append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    sb.append("<p class=\"note\">The same numbers are in summary.csv, car.csv and"
        + " abnormal_returns.csv (and their .json twins); the charts are also in charts/ as PNG.</p>\n")
        .append("</section>\n");
  }
}
