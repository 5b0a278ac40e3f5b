package org.stockreaction.report;

import static org.stockreaction.report.MarkdownReport.md;
import static org.stockreaction.report.MarkdownReport.num;
import static org.stockreaction.report.MarkdownReport.pct2;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stockreaction.job.StudyResult;
import org.stockreaction.stats.Exclusion;
import org.stockreaction.stats.GroupResult;
import org.stockreaction.stats.GroupTest;
import org.stockreaction.stats.GroupWindowResult;
import org.stockreaction.stats.TestResult;

/** The Markdown section of each group of events, with the tests explained in plain words. */
final class GroupReport {

  private GroupReport() {}

  static String render(StudyResult study) {
    if (study.groups().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    boolean[] detailed = ReportScope.chartedGroups(study);
    int left = 0;
    for (int k = 0; k < study.groups().size(); k++) {
      GroupResult g = study.groups().get(k);
      if (!detailed[k]) {
        left++;
        continue;
      }
      sb.append("## Group \"").append(md(g.name())).append("\": the events together\n\n");
      sb.append(g.events()).append(" event(s) in the group. Each row tests whether the average"
          + " abnormal return of the group over the window is zero; p-values are two-sided.\n\n");
      Set<Exclusion> excluded = new LinkedHashSet<>();
      for (GroupWindowResult w : g.windows()) {
        sb.append("### Window ").append(w.window().label()).append("\n\n");
        sb.append("N = ").append(w.n()).append(" event(s) used; CAAR ").append(pct2(w.caar()))
            .append("; ").append(w.positive()).append(" of ").append(w.n())
            .append(" CARs positive; mean BHAR ").append(pct2(w.meanBhar()))
            .append("; mean residual correlation r = ").append(num(w.correlation(), 4))
            .append(".\n\n");
        sb.append("| Test | Value | p | Reference |\n|---|---:|---:|---|\n");
        for (TestResult r : w.tests()) {
          sb.append("| ").append(r.test().title()).append(" | ").append(num(r.value(), 3))
              .append(" | ").append(num(r.p(), 4)).append(" | ").append(r.referenceLabel())
              .append(" |\n");
        }
        sb.append('\n');
        excluded.addAll(w.excluded());
      }
      if (!excluded.isEmpty()) {
        sb.append("Events left out (of the windows named):\n\n");
        for (Exclusion e : excluded) {
          sb.append("- ").append(md(e.event())).append(": ").append(md(e.reason())).append('\n');
        }
        sb.append('\n');
      }
      sb.append(clusterNote(g));
    }
    if (left > 0) {
      sb.append("The tests of the other ").append(left).append(" group(s) are in"
          + " group_summary.csv, their days in aar.csv (report-charts sets how many groups are"
          + " shown here).\n\n");
    }
    sb.append(explanations());
    return sb.toString();
  }

  private static String clusterNote(GroupResult g) {
    if (g.windows().isEmpty()) {
      return "";
    }
    GroupWindowResult w = g.windows().get(0);
    double r = w.correlation();
    if (Double.isNaN(r)) {
      return "With fewer than two events no correlation can be estimated and the group tests are"
          + " not computed.\n\n";
    }
    if (Math.abs(r) < 0.01) {
      return "The events barely share dates (r = " + num(r, 4) + "), so the tests that assume"
          + " independent events are fair.\n\n";
    }
    return "The events share calendar dates (r = " + num(r, 4) + "): read the Kolari-Pynnönen"
        + " rows, the Corrado and GRANK rank tests and the CDA t. The unadjusted cross-sectional t, J1, Patell, BMP, sign"
        + " and Wilcoxon tests treat the events as independent and overstate significance when"
        + " they move together. With only " + w.n() + " event(s) on one day, even the adjusted"
        + " tests rest on one market day.\n\n";
  }

  /** How the group tests are computed, one plain-text sentence each, for the method section. */
  static List<String> methodChoices() {
    return List.of(
        "Group tests: SCAR_i = CAR_i / sqrt(Var(CAR_i)) with the CAR variance above. Patell Z ="
            + " Σ SCAR_i / sqrt(Σ df_i / (df_i − 2)), df_i the event's degrees of freedom"
            + " (M_i − 2 for the market model): each SCAR is Student t with df_i under no effect."
            + " BMP = mean SCAR / (sd(SCAR) / sqrt(N)), t(N − 1).",
        "Kolari-Pynnönen (2010): r̄ is the mean pairwise correlation of the events' estimation"
            + " residuals on the calendar dates they share; Patell Z is divided by"
            + " √(1 + (N − 1) r̄) (its divisor holds no cross-sectional variance) and BMP is"
            + " multiplied by √((1 − r̄) / (1 + (N − 1) r̄)).",
        "Corrado rank (1989, Cowan's 1992 window form): each event's ARs over its estimation days"
            + " and its widest event window are ranked, U = rank / (T_i + 1) − 1/2; the day means"
            + " are taken on the events' common grid of relative days, a missing day being a"
            + " missing cell; Z = Σ_window D_t / (√L S_U).",
        "GRANK (Kolari and Pynnönen 2011): estimation days standardized by the residual standard"
            + " deviation s_i alone, SAR = e / s_i; the window's SCAR_i re-standardized by the"
            + " cross-sectional sd of the SCARs and ranked as one observation against the"
            + " estimation days, U = rank / (T_i + 1) − 1/2 with T_i the event's non-missing days;"
            + " S_Ū² = (1/T) Σ_t (n_t / n) Ū_t² on the relative-day grid; Z = Ū_0 / S_Ū and"
            + " t = Z √((T − 2) / (T − 1 − Z²)), t(T − 2).",
        "CDA t (Brown and Warner 1980, 1985): AAR_t of the estimation days averages the events"
            + " with a return on relative day t; S is the sd (D − 1 divisor) of those D AARs;"
            + " t = CAAR / (√L S), t(D − 1).");
  }

  private static String explanations() {
    return "### What the group tests assume\n\n"
        + "- **" + GroupTest.CROSS_SECTIONAL_T.title() + "**: the mean CAR over its standard"
        + " error across the events. Needs events that are independent of each other; it ignores"
        + " each stock's own volatility and so copes with volatility that rises on the event.\n"
        + "- **" + GroupTest.J1.title() + "**: the mean CAR over the standard error implied by each"
        + " stock's estimation-window variance (Campbell, Lo and MacKinlay). Needs independent"
        + " events and no change in volatility at the event.\n"
        + "- **" + GroupTest.PATELL_Z.title() + "**: each CAR is first divided by its own standard"
        + " error, so quiet stocks count more than noisy ones; the sum is compared with the normal."
        + " Same assumptions as J1.\n"
        + "- **" + GroupTest.BMP_T.title() + "** (Boehmer, Musumeci and Poulsen): the standardised"
        + " CARs of Patell, but their spread is measured across the events, so it survives a rise in"
        + " volatility at the event. Needs independent events.\n"
        + "- **Kolari-Pynnönen adjusted** Patell and BMP: the same tests, corrected for the mean"
        + " correlation r of the stocks' abnormal returns on the dates they share (estimated from"
        + " the estimation-window residuals). These are the ones to trust when events cluster on"
        + " the same date, as stocks reacting to one piece of news do.\n"
        + "- **" + GroupTest.CORRADO_RANK_Z.title() + "**: ranks each day's abnormal return within"
        + " the stock's own history, so one extreme return cannot dominate; its variance comes from"
        + " the group's average rank over time, which also absorbs correlation between stocks on"
        + " shared dates. Needs no normality.\n"
        + "- **" + GroupTest.GENERALIZED_SIGN_Z.title() + "** (Cowan): whether more CARs are"
        + " positive than the stocks' usual share of positive days. Ignores sizes; needs"
        + " independent events; with few events the count moves in coarse steps.\n"
        + "- **" + GroupTest.WILCOXON_SIGNED_RANK.title() + "**: whether the CARs are centred on"
        + " zero, using the ranks of their sizes. Needs independent events that are symmetric about"
        + " their centre; the p-value is exact up to 30 events.\n"
        + "- **" + GroupTest.BHAR_SKEW_ADJUSTED_T.title() + "** (Lyon, Barber and Tsai): the t of"
        + " the mean buy-and-hold abnormal return, corrected for the skew that compounding gives"
        + " long-window returns. Needs independent events.\n"
        + "- **" + GroupTest.GRANK_T.title() + "** (Kolari and Pynnönen 2011): ranks each"
        + " stock's standardised CAR, taken as one observation and rescaled by the CARs' spread"
        + " across the events, against its standardised estimation-window returns. Needs no"
        + " normality, copes with volatility that rises on the event, and its variance over time"
        + " absorbs correlation on shared dates.\n"
        + "- **" + GroupTest.CDA_T.title() + "** (Brown and Warner): the mean CAR against the"
        + " day-to-day spread of the group's mean abnormal return over the estimation window,"
        + " which carries any correlation between the stocks. Needs no change in volatility at"
        + " the event.\n\n"
        + "Reference distributions: t(N - 1) for the tests whose spread is measured across the N"
        + " events, t(T - 2) for GRANK and t(D - 1) for CDA (T and D count estimation days), the"
        + " standard normal for the others, and the exact signed-rank distribution for"
        + " Wilcoxon with at most 30 events. An event enters a window only if it has a return on"
        + " every day of that window. The per-day statistics are in aar.csv.\n\n";
  }
}
