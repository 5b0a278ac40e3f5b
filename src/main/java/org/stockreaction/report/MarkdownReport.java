package org.stockreaction.report;

import static org.stockreaction.report.Decimals.format;
import static org.stockreaction.report.ReportScope.listed;
import static org.stockreaction.report.ReportScope.more;

import java.util.List;
import java.util.Map;
import org.stockreaction.calendar.Window;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.EventResult;
import org.stockreaction.job.InputFile;
import org.stockreaction.job.StudyResult;
import org.stockreaction.model.ModelFit;
import org.stockreaction.stats.ReportedMoveCheck;
import org.stockreaction.stats.Verdict;
import org.stockreaction.stats.WindowStatistics;

/** {@code report.md}: the question, the answer per stock in plain words, the tables, the method. */
public final class MarkdownReport {

  private MarkdownReport() {}

  static String pct2(double fraction) {
    if (Double.isNaN(fraction)) {
      return "n/a";
    }
    String s = format(fraction * 100, 2);
    return (fraction > 0 && !s.startsWith("-") ? "+" : "") + s + "%";
  }

  static String num(double v, int d) {
    return Double.isNaN(v) ? "n/a" : format(v, d);
  }

  /**
   * Text from input made inert in Markdown: the characters that start links, images, emphasis,
   * code, strike-through or table cells are backslash-escaped, angle brackets (raw HTML and
   * autolinks) written as entities, line breaks as spaces, and other control characters escaped.
   * A group named {@code [x](http://evil)} shows as that text, not as a link.
   */
  static String md(String s) {
    String t = org.stockreaction.ingest.InputText.escapeControls(
        s.replace("\n", " ").replace("\r", " "));
    StringBuilder sb = new StringBuilder(t.length() + 8);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '\\', '|', '[', ']', '*', '`', '~', '!', '#' -> sb.append('\\').append(c);
        // within a word an underscore never emphasises (CommonMark), so aapl_results stays legible
        case '_' -> sb.append(i > 0 && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i - 1))
            && Character.isLetterOrDigit(t.charAt(i + 1)) ? "_" : "\\_");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** At most this many different day-0 explanations are spelled out in the reports. */
  static final int MAX_DAY_ZERO_SENTENCES = 10;

  /**
   * How day 0 was found, one sentence per distinct explanation of the listed events, with the
   * tickers it applies to: "9988.HK, 9888.HK: 2025-02-11T20:00+08:00 is 20:00 on 2025-02-11 in
   * Hong Kong (Asia/Hong_Kong), at or after the 16:00 close, so day 0 is the next trading day,
   * 2025-02-12."
   */
  static List<String> dayZeroSentences(StudyResult study) {
    Map<String, List<String>> tickers = new java.util.LinkedHashMap<>();
    for (EventOutcome o : listed(study, study.outcomes())) {
      if (o.ok()) {
        tickers.computeIfAbsent(o.result().dayZeroNote(), k -> new java.util.ArrayList<>())
            .add(o.ticker());
      }
    }
    List<String> out = new java.util.ArrayList<>();
    for (Map.Entry<String, List<String>> e : tickers.entrySet()) {
      if (out.size() == MAX_DAY_ZERO_SENTENCES) {
        out.add("(" + (tickers.size() - MAX_DAY_ZERO_SENTENCES) + " more; each event's section in"
            + " report.html says how its day 0 was found.)");
        break;
      }
      out.add(String.join(", ", e.getValue()) + ": " + e.getKey() + ".");
    }
    return out;
  }

  public static String render(StudyResult study) {
    StudyConfig cfg = study.config();
    StringBuilder sb = new StringBuilder();
    sb.append("# Event study: how the stocks reacted\n\n");
    sb.append("**The question.** Did each stock move on its event day as reported, and how much of"
        + " the move was abnormal once the benchmark's move is taken out?\n\n");
    sb.append(String.format(java.util.Locale.ROOT,
        "%d event(s): %d computed, %d failed. Model: %s. Returns: %s.\n\n",
        study.events(), study.succeeded(), study.failed(), cfg.model().description(),
        cfg.returnType().key()));
    String rule = ReportScope.rule(study);
    if (!rule.isEmpty()) {
      sb.append(rule).append("\n\n");
    }
    sb.append(GroupOverview.markdown(study));
    if (ReportScope.noEventShown(study)) {
      sb.append("## Events\n\n").append(ReportScope.noEventSentence(study)).append("\n\n");
    } else {
      events(study, sb);
    }
    sb.append(ModelComparisonSection.render(study));
    sb.append(GroupReport.render(study));
    sb.append(SameFirmSection.markdown(study));
    sb.append(CrossSectionReport.markdown(study));
    sb.append(method(study));
    return sb.toString();
  }

  /** The sections of the events shown one by one, and of those that failed. */
  private static void events(StudyResult study, StringBuilder sb) {
    sb.append("## The answer, stock by stock\n\n");
    for (EventOutcome o : listed(study, study.outcomes())) {
      sb.append("- ").append(answer(o)).append('\n');
    }
    sb.append('\n');

    sb.append("## Reported move against the prices\n\n");
    sb.append("| Ticker | Event | Day 0 | Reported | Close-to-close | Intraday extreme | Abnormal (AR) |"
        + " AR t | AR p | Verdict |\n");
    sb.append("|---|---|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (EventOutcome o : listed(study, study.outcomes())) {
      if (!o.ok()) {
        continue;
      }
      EventResult r = o.result();
      ReportedMoveCheck c = r.check();
      int i0 = r.abnormal().indexOf(0);
      sb.append("| ").append(md(o.ticker())).append(" | ").append(md(o.eventDate())).append(" | ")
          .append(r.day0()).append(" | ").append(pct2(c.reported())).append(" | ")
          .append(pct2(c.close())).append(" | ").append(pct2(c.intradayExtreme())).append(" | ")
          .append(pct2(c.abnormal())).append(" | ")
          .append(num(i0 < 0 ? Double.NaN : r.abnormal().t()[i0], 2)).append(" | ")
          .append(num(i0 < 0 ? Double.NaN : r.abnormal().p()[i0], 4)).append(" | ")
          .append(c.verdict().description()).append(" |\n");
    }
    sb.append(more(study, study.events(), "summary.csv"));
    List<String> dayZero = dayZeroSentences(study);
    if (!dayZero.isEmpty()) {
      sb.append("\n**Day 0.** ").append(md(String.join(" ", dayZero))).append('\n');
    }
    sb.append("\nVerdict rule: ").append(Verdict.rule()).append("\n\n");

    sb.append("## Cumulative abnormal returns\n\n");
    sb.append("| Ticker | Window | Days | CAR | t | p | BHAR |\n|---|---|---:|---:|---:|---:|---:|\n");
    for (EventOutcome o : listed(study, study.outcomes())) {
      if (!o.ok()) {
        continue;
      }
      for (WindowStatistics w : o.result().abnormal().windows()) {
        sb.append("| ").append(md(o.ticker())).append(" | ").append(w.window().label()).append(" | ")
            .append(w.days()).append(w.missingDays() > 0 ? " (" + w.missingDays() + " missing)" : "")
            .append(" | ").append(pct2(w.car())).append(" | ").append(num(w.t(), 2)).append(" | ")
            .append(num(w.p(), 4)).append(" | ").append(pct2(w.bhar())).append(" |\n");
      }
    }
    sb.append(more(study, study.events(), "car.csv"));
    sb.append('\n');

    sb.append("## Model estimates\n\n");
    sb.append("| Ticker | Benchmark | Model | Estimation window | Obs | Alpha (daily) | Beta | R² |"
        + " Residual sigma (daily) |\n|---|---|---|---|---:|---:|---:|---:|---:|\n");
    for (EventOutcome o : listed(study, study.outcomes())) {
      if (!o.ok()) {
        continue;
      }
      EventResult r = o.result();
      ModelFit f = r.abnormal().fit();
      sb.append("| ").append(md(o.ticker())).append(" | ").append(md(r.benchmark())).append(" | ")
          .append(r.model().key()).append(" | ").append(r.estimationFirst()).append(" to ")
          .append(r.estimationLast()).append(" | ").append(f.observations()).append(" | ")
          .append(pct2(f.alpha())).append(" | ").append(num(f.beta(), 4)).append(" | ")
          .append(num(f.rSquared(), 4)).append(" | ").append(pct2(f.sigma())).append(" |\n");
    }
    sb.append(more(study, study.events(), "summary.csv"));
    sb.append('\n');

    if (study.failed() > 0) {
      sb.append("## Events that failed\n\n| Line | Ticker | Event | Reason |\n|---:|---|---|---|\n");
      List<EventOutcome> failed = study.outcomes().stream().filter(o -> !o.ok()).toList();
      for (EventOutcome o : listed(study, failed)) {
        sb.append("| ").append(o.line()).append(" | ").append(md(o.ticker())).append(" | ")
            .append(md(o.eventDate())).append(" | ").append(md(o.reason().key() + ": " + o.message()))
            .append(" |\n");
      }
      sb.append(more(study, study.failed(), "summary.csv"));
      sb.append('\n');
    }
  }

  private static String answer(EventOutcome o) {
    if (!o.ok()) {
      return "**" + md(o.ticker()) + "** (" + md(o.eventDate()) + "): not computed. "
          + md(o.message());
    }
    EventResult r = o.result();
    ReportedMoveCheck c = r.check();
    int i0 = r.abnormal().indexOf(0);
    double t = i0 < 0 ? Double.NaN : r.abnormal().t()[i0];
    double p = i0 < 0 ? Double.NaN : r.abnormal().p()[i0];
    StringBuilder sb = new StringBuilder();
    sb.append("**").append(md(o.ticker())).append("** on ").append(r.day0()).append(": ");
    if (!Double.isNaN(c.reported()) && c.reported() != 0) {
      sb.append("reported ").append(c.reported() > 0 ? "to rise" : "to fall").append(" more than ")
          .append(pct2(Math.abs(c.reported())).replace("+", "")).append("; ");
    }
    sb.append("it closed ").append(pct2(c.close()));
    if (!Double.isNaN(c.intradayExtreme())) {
      sb.append(" (intraday ").append(c.intradayExtreme() >= 0 ? "high " : "low ")
          .append(pct2(c.intradayExtreme())).append(" against the prior close)");
    }
    sb.append(". Verdict: ").append(c.verdict().description()).append(". ");
    sb.append("Once the ").append(r.model().key()).append(" model's expected return is taken out, the"
        + " abnormal return is ").append(pct2(c.abnormal())).append(" (t = ").append(num(t, 2))
        .append(", p = ").append(num(p, 4)).append("): ")
        .append(Double.isNaN(p) ? "not testable" : p < 0.05 ? "significant at 5%" : "not significant at 5%")
        .append('.');
    if (!Double.isNaN(c.close()) && c.close() != 0 && !Double.isNaN(c.abnormal())) {
      if (Math.signum(c.abnormal()) == Math.signum(c.close())) {
        sb.append(" The abnormal part is ").append(format(100 * c.abnormal() / c.close(), 0))
            .append("% of the observed move.");
      } else {
        // a share of the move makes no sense when the two point different ways
        sb.append(" The abnormal return points the other way from the observed move: the model"
            + " expected ").append(pct2(i0 < 0 ? Double.NaN : r.abnormal().expected()[i0]))
            .append(" that day.");
      }
    }
    StringBuilder cars = new StringBuilder();
    for (WindowStatistics w : r.abnormal().windows()) {
      if (w.window().fromInclusive() == 0 && w.window().toInclusive() == 0) {
        continue;
      }
      cars.append(cars.length() == 0 ? "" : "; ").append(w.window().label()).append(' ')
          .append(pct2(w.car())).append(" (t = ").append(num(w.t(), 2)).append(')');
    }
    if (cars.length() > 0) {
      sb.append(" CAR: ").append(cars).append('.');
    }
    return sb.toString();
  }

  /** Every methodological choice of a run, one plain-text sentence each (also used by the HTML report). */
  static List<String> methodChoices(StudyResult study) {
    StudyConfig cfg = study.config();
    List<String> c = new java.util.ArrayList<>();
    c.add("Trading calendar: the dates present in each event's benchmark series.");
    c.add("Day 0: the first trading day on or after the event date. A timestamp is converted to"
        + " the exchange's zone (US: America/New_York, HK: Asia/Hong_Kong); news at or after the"
        + " 16:00 close moves day 0 to the next trading day.");
    c.add("Estimation window: " + cfg.estimationWindow().label()
        + " trading days relative to day 0; at least " + cfg.minEstimationObs()
        + " returns needed.");
    StringBuilder ws = new StringBuilder();
    for (Window w : cfg.eventWindows()) {
      ws.append(ws.length() > 0 ? ", " : "").append(w.label());
    }
    c.add("Event windows: " + ws + " (inclusive).");
    c.add("Model: " + cfg.model().description() + ".");
    c.add("Returns: " + cfg.returnType().key() + "; missing stock days: " + cfg.missingDays().key()
        + (cfg.missingDays() == org.stockreaction.calendar.MissingDayPolicy.TRADE_TO_TRADE
            ? " (the first return after a gap spans the gap, for the benchmark too; its AR keeps"
                + " the variance of a one-day AR, with no Maynes-Rumsey scaling for the longer span)"
            : " (no return on a day whose previous trading day has no price)")
        + ".");
    c.add("AR variance: the prediction-error variance s²(1 + 1/M + (Rm,t − mean Rm)²/Sxx);"
        + " CAR variance: s²(L + L²/M + (Σ(Rm,t − mean Rm))²/Sxx); p-values two-sided, Student t"
        + " with M − 2 degrees of freedom (M − 1 for the unestimated models).");
    c.addAll(ModelComparisonSection.methodChoices(study));
    c.addAll(MethodNotes.of(study));
    c.add(cfg.returnType() == org.stockreaction.model.ReturnType.LOG
        ? "BHAR: exp(Σ R_t) − exp(Σ E[R_t]) over the window (R_t are log returns)."
        : "BHAR: Π(1 + R_t) − Π(1 + E[R_t]) over the window.");
    if (!study.groups().isEmpty()) {
      c.addAll(GroupReport.methodChoices());
    }
    c.add("Reported-move check: close-to-close and intraday extremes are simple returns against"
        + " the prior close.");
    if (cfg.asOf() != null) {
      c.add("As of: data after " + cfg.asOf() + " ignored.");
    }
    return c;
  }

  private static String method(StudyResult study) {
    StudyConfig cfg = study.config();
    StringBuilder sb = new StringBuilder("## Method\n\n");
    sb.append("Every choice this run made:\n\n");
    for (String choice : methodChoices(study)) {
      sb.append("- ").append(choice).append('\n');
    }
    sb.append("\nSettings:\n\n| Setting | Value |\n|---|---|\n");
    for (Map.Entry<String, String> e : cfg.describe().entrySet()) {
      sb.append("| ").append(e.getKey()).append(" | ").append(md(e.getValue())).append(" |\n");
    }
    sb.append("\nData files:\n\n| Ticker | File | Rows | From | To | Price column |\n"
        + "|---|---|---:|---|---|---|\n");
    for (InputFile f : study.inputs()) {
      sb.append("| ").append(md(f.ticker())).append(" | ").append(md(f.path())).append(" | ")
          .append(f.rows()).append(" | ").append(f.first()).append(" | ").append(f.last())
          .append(" | ").append(md(f.priceColumn())).append(" |\n");
    }
    if (!study.warnings().isEmpty()) {
      sb.append("\nWarnings:\n\n");
      for (String w : study.warnings()) {
        sb.append("- ").append(md(w)).append('\n');
      }
    }
    return sb.toString();
  }
}
