package org.stockreaction.report;

import static org.stockreaction.report.CsvTable.text;
import static org.stockreaction.report.Decimals.format;
import static org.stockreaction.report.MarkdownReport.md;
import static org.stockreaction.report.MarkdownReport.num;

import java.util.List;
import org.stockreaction.job.CrossSection;
import org.stockreaction.job.StudyResult;
import org.stockreaction.stats.CrossSectionRegression;

/**
 * {@code cross_section.csv} and the reports' section on the regression of the events' abnormal
 * returns on their characteristics; nothing when the events file has no {@code x_} column.
 */
final class CrossSectionReport {

  static final String FILE = "cross_section.csv";

  static final List<String> HEADER = List.of("group", "window_start", "window_end", "y", "term",
      "coefficient", "se", "t", "p", "se_hc1", "t_hc1", "p_hc1", "se_cluster", "t_cluster",
      "p_cluster", "n", "clusters", "r_squared", "missing");

  static final String TITLE = "Abnormal returns against the event characteristics";

  private CrossSectionReport() {}

  /** The dependent variable in words, with its unit. */
  static String yWords(CrossSection c) {
    return switch (c.y()) {
      case CAR -> "CAR in percent";
      case SCAR -> "standardised CAR (CAR / its standard deviation)";
      case BHAR -> "BHAR in percent";
    };
  }

  static CsvTable table(StudyResult study) {
    CrossSection c = study.crossSection();
    CsvTable t = new CsvTable(HEADER);
    for (CrossSection.Row r : c.rows()) {
      if (r.fit() == null) {
        continue;
      }
      for (CrossSectionRegression.Term x : r.fit().terms()) {
        t.add(text(r.group()), Integer.toString(r.window().fromInclusive()),
            Integer.toString(r.window().toInclusive()), c.y().key(), text(x.term()),
            format(x.coefficient(), 12), format(x.se(), 12), format(x.t(), 6), format(x.p(), 10),
            format(x.seHc1(), 12), format(x.tHc1(), 6), format(x.pHc1(), 10),
            format(x.seCluster(), 12), format(x.tCluster(), 6), format(x.pCluster(), 10),
            Integer.toString(r.fit().n()), Integer.toString(r.fit().clusters()),
            format(r.fit().rSquared(), 6), Integer.toString(r.missing()));
      }
    }
    return t;
  }

  static String intro(CrossSection c) {
    return "For each group and event window, OLS of the " + yWords(c) + " on an intercept and "
        + String.join(", ", c.characteristics()) + " (the events file's x_ columns); an event"
        + " with a blank characteristic is left out. Standard errors: classical (Student t), White"
        + " HC1 and clustered by day 0 (both with normal p-values, statsmodels' conventions). All"
        + " coefficients are in cross_section.csv (formats csv) and results.xlsx (formats xlsx).";
  }

  static String markdown(StudyResult study) {
    CrossSection c = study.crossSection();
    if (c.characteristics().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("## " + TITLE + "\n\n" + md(intro(c)) + "\n\n");
    for (CrossSection.Row r : c.rows()) {
      sb.append("### Group \"").append(md(r.group())).append("\", window ")
          .append(r.window().label()).append("\n\n");
      if (r.fit() == null) {
        sb.append("Not computed: too few events with every characteristic (")
            .append(r.missing()).append(" left out for a blank one).\n\n");
        continue;
      }
      sb.append("n = ").append(r.fit().n()).append(" event(s) on ").append(r.fit().clusters())
          .append(" date(s); R² = ").append(num(r.fit().rSquared(), 4)).append("; ")
          .append(r.missing()).append(" left out for a blank characteristic.\n\n")
          .append("| Term | Coefficient | SE | t | p | HC1 SE | HC1 p | Clustered SE |"
              + " Clustered p |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (CrossSectionRegression.Term x : r.fit().terms()) {
        sb.append("| ").append(md(x.term())).append(" | ").append(num(x.coefficient(), 4))
            .append(" | ").append(num(x.se(), 4)).append(" | ").append(num(x.t(), 2))
            .append(" | ").append(num(x.p(), 4)).append(" | ").append(num(x.seHc1(), 4))
            .append(" | ").append(num(x.pHc1(), 4)).append(" | ").append(num(x.seCluster(), 4))
            .append(" | ").append(num(x.pCluster(), 4)).append(" |\n");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** The HTML section, or null when the events file has no characteristics. */
  static HtmlReport.Section html(StudyResult study) {
    CrossSection c = study.crossSection();
    if (c.characteristics().isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder("<p>" + HtmlReport.escape(intro(c)) + "</p>\n");
    for (CrossSection.Row r : c.rows()) {
      sb.append("<h3>Group &quot;").append(HtmlReport.escape(r.group())).append("&quot;, window ")
          .append(r.window().label()).append("</h3>\n");
      if (r.fit() == null) {
        sb.append("<p>Not computed: too few events with every characteristic.</p>\n");
        continue;
      }
      sb.append("<p>n = ").append(r.fit().n()).append(", R² = ")
          .append(num(r.fit().rSquared(), 4)).append("</p>\n<table>\n<thead><tr><th>Term</th>"
              + "<th class=\"n\">Coefficient</th><th class=\"n\">SE</th><th class=\"n\">p</th>"
              + "<th class=\"n\">HC1 p</th><th class=\"n\">Clustered p</th></tr></thead>\n"
              + "<tbody>\n");
      for (CrossSectionRegression.Term x : r.fit().terms()) {
        sb.append("<tr><td>").append(HtmlReport.escape(x.term())).append("</td><td class=\"n\">")
            .append(num(x.coefficient(), 4)).append("</td><td class=\"n\">").append(num(x.se(), 4))
            .append("</td><td class=\"n\">").append(num(x.p(), 4)).append("</td><td class=\"n\">")
            .append(num(x.pHc1(), 4)).append("</td><td class=\"n\">").append(num(x.pCluster(), 4))
            .append("</td></tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
    }
    return new HtmlReport.Section("cross-section", TITLE, sb.toString());
  }
}
