package org.stockreaction.report;

import static org.stockreaction.report.HtmlReport.escape;
import static org.stockreaction.report.MarkdownReport.md;
import static org.stockreaction.report.MarkdownReport.num;
import static org.stockreaction.report.MarkdownReport.pct2;

import java.util.List;
import org.stockreaction.job.StudyResult;
import org.stockreaction.stats.GroupResult;
import org.stockreaction.stats.GroupTest;
import org.stockreaction.stats.GroupWindowResult;
import org.stockreaction.stats.TestResult;

/**
 * The table that opens both reports: one row per group and event window with the events used, the
 * CAAR and the main tests (the cross-sectional t, BMP adjusted for the events' correlation, and
 * Corrado's rank test), for every group however many there are.
 */
final class GroupOverview {

  /** The tests shown, in this order. */
  static final List<GroupTest> MAIN_TESTS =
      List.of(GroupTest.CROSS_SECTIONAL_T, GroupTest.BMP_T_KP, GroupTest.CORRADO_RANK_Z);

  private static final String INTRO = " group(s) of events, every one, with each event window: N"
      + " events used, the CAAR (mean CAR) and the main tests with their two-sided p-values:"
      + " the cross-sectional t, BMP adjusted for the events' correlation (Kolari-Pynnönen) and"
      + " Corrado's rank test. Every test of every group is in group_summary.csv.";

  /** Groups per table of the HTML overview. */
  static final int CHUNK = 100;

  private GroupOverview() {}

  static String markdown(StudyResult study) {
    if (study.groups().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(128 * study.groups().size() * 5);
    sb.append("## Groups at a glance\n\n").append(study.groups().size()).append(INTRO)
        .append("\n\n| Group | Window | N | CAAR |");
    for (GroupTest t : MAIN_TESTS) {
      sb.append(' ').append(t.title()).append(" | p |");
    }
    sb.append("\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (GroupResult g : study.groups()) {
      for (GroupWindowResult w : g.windows()) {
        sb.append("| ").append(md(g.name())).append(" | ").append(w.window().label()).append(" | ")
            .append(w.n()).append(" | ").append(pct2(w.caar())).append(" |");
        for (GroupTest t : MAIN_TESTS) {
          TestResult r = w.test(t);
          sb.append(' ').append(num(r.value(), 2)).append(" | ").append(num(r.p(), 4))
              .append(" |");
        }
        sb.append('\n');
      }
    }
    return sb.append('\n').toString();
  }

  /**
   * The HTML section; a group shown in detail links to its section. Each test is one cell, the
   * statistic with its p-value, and the cells carry no attributes but a mark on a p below 5%, so
   * a table of thousands of rows stays light for the browser. The rows come in tables of {@link
   * #CHUNK} groups with fixed column widths, each of which the browser lays out only when it
   * scrolls into view (CSS {@code content-visibility: auto}).
   */
  static String html(StudyResult study, boolean[] detailed) {
    if (study.groups().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(160 * study.groups().size() * 5);
    sb.append("<section id=\"overview\">\n<h2>Groups at a glance</h2>\n<p>")
        .append(study.groups().size()).append(escape(INTRO)).append("</p>\n")
        .append("<div class=\"wide\">\n");
    StringBuilder head = new StringBuilder("<div class=\"chunk\"><table class=\"overview\">\n"
        + "<colgroup><col style=\"width:16%\"/><col style=\"width:9%\"/><col style=\"width:6%\"/>"
        + "<col style=\"width:9%\"/><col style=\"width:20%\"/><col style=\"width:20%\"/>"
        + "<col style=\"width:20%\"/></colgroup>\n<thead><tr><th>Group</th><th>Window</th>"
        + "<th>N</th><th>CAAR</th>");
    for (GroupTest t : MAIN_TESTS) {
      head.append("<th>").append(escape(t.title())).append(" (p)</th>");
    }
    head.append("</tr></thead>\n<tbody>\n");
    List<GroupResult> groups = study.groups();
    for (int k = 0; k < groups.size(); k++) {
      if (k % CHUNK == 0) {
        sb.append(k == 0 ? "" : "</tbody>\n</table></div>\n").append(head);
      }
      GroupResult g = groups.get(k);
      String name = detailed[k] ? "<a href=\"#" + GroupCharts.anchor(k) + "\">" + escape(g.name())
          + "</a>" : escape(g.name());
      for (GroupWindowResult w : g.windows()) {
        sb.append("<tr><td>").append(name).append("</td><td>").append(w.window().label())
            .append("</td><td>").append(w.n()).append("</td><td>").append(pct2(w.caar()));
        for (GroupTest t : MAIN_TESTS) {
          TestResult r = w.test(t);
          sb.append(r.rejects(0.05) ? "</td><td class=\"yes\">" : "</td><td>")
              .append(num(r.value(), 2)).append(" (").append(num(r.p(), 4)).append(')');
        }
        sb.append("</td></tr>\n");
      }
    }
    sb.append("</tbody>\n</table></div>\n</div>\n<p class=\"note\">Tests with p below 5% are in"
        + " red.</p>\n")
        .append("</section>\n");
    return sb.toString();
  }
}
