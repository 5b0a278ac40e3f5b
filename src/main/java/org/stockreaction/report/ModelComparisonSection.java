package org.stockreaction.report;

import static org.stockreaction.report.Decimals.format;
import static org.stockreaction.report.MarkdownReport.md;
import static org.stockreaction.report.MarkdownReport.num;
import static org.stockreaction.report.MarkdownReport.pct2;

import java.util.List;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.EventResult;
import org.stockreaction.job.FactorFile;
import org.stockreaction.job.ModelComparison;
import org.stockreaction.job.StudyResult;
import org.stockreaction.model.ModelFit;
import org.stockreaction.model.ModelType;

/**
 * The parts of {@code report.md} about factor models: the run's model set against the comparison
 * model day 0 by day 0, with a plain-words answer per event, and the factor files in the method.
 */
final class ModelComparisonSection {

  private static final double LEVEL = 0.05;

  private ModelComparisonSection() {}

  static String title(ModelType m) {
    return switch (m) {
      case MARKET -> "Market model";
      case MARKET_ADJUSTED -> "Market-adjusted returns";
      case MEAN_ADJUSTED -> "Mean-adjusted returns";
      case RAW -> "Raw returns";
      case FF3 -> "Fama-French 3";
      case CARHART4 -> "Carhart 4";
      case FF5 -> "Fama-French 5";
      case GARCH -> "GARCH(1,1) market model";
    };
  }

  /** What the comparison model takes out beyond the market, in words. */
  private static String beyondMarket(ModelType m) {
    return switch (m) {
      case FF3 -> "size and value";
      case CARHART4 -> "size, value and momentum";
      case FF5 -> "size, value, profitability and investment";
      case GARCH -> "the stock's changes in volatility";
      default -> "what the " + m.key() + " model takes out";
    };
  }

  static String render(StudyResult study) {
    ModelComparison c = study.comparison();
    if (c == null || ReportScope.noEventShown(study)) {
      return "";
    }
    ModelType main = study.config().model();
    ModelType other = c.model();
    StringBuilder sb = new StringBuilder();
    sb.append("## ").append(title(main)).append(" against ").append(title(other)).append("\n\n");
    if (!c.computed()) {
      sb.append("Not computed: ").append(md(c.skipped())).append(".\n\n");
      return sb.toString();
    }
    sb.append("Day-0 abnormal return of each event under the run's model (").append(main.key())
        .append(") and under ").append(other.key());
    String vintage = FactorFile.vintageOf(study.factorFiles(), other);
    if (!vintage.isEmpty()) {
      sb.append(" (factor vintage: ").append(md(vintage)).append(')');
    }
    sb.append(". ").append(other.description()).append(other.usesFactors()
        ? "; its expected return is RF + a + b'f." : ".")
        .append(" Significance is two-sided at 5%.");
    if (study.events() > study.config().reportEvents() && !study.config().comparisonCsv()) {
      sb.append(" Only the first ").append(study.config().reportEvents()).append(" events"
          + " (report-events) are computed under ").append(other.key()).append(", and so are"
          + " the ").append(other.key()).append(" rows of loadings.csv.");
    } else if (study.events() > study.config().reportEvents()) {
      sb.append(" The first ").append(study.config().reportEvents()).append(" events"
          + " (report-events) are shown; comparison.csv holds every event.");
    }
    sb.append("\n\n");
    sb.append("| Ticker | Day 0 | ").append(main.key()).append(" AR | t | p | ").append(other.key())
        .append(" AR | t | p | ").append(other.key()).append(" loadings |\n");
    sb.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
    java.util.Map<Integer, EventOutcome> theirs = new java.util.HashMap<>();
    for (EventOutcome o : c.outcomes()) {
      theirs.put(o.line(), o);
    }
    StringBuilder words = new StringBuilder();
    List<EventOutcome> shown = study.outcomes().subList(0,
        Math.min(study.outcomes().size(), study.config().reportEvents()));
    for (EventOutcome a : shown) {
      EventOutcome b = theirs.get(a.line());
      if (b == null) {
        continue;
      }
      if (!a.ok() || !b.ok()) {
        words.append("- **").append(md(a.ticker())).append("**: not compared; ")
            .append(md((a.ok() ? b : a).message())).append('\n');
        continue;
      }
      Day0 x = Day0.of(a.result());
      Day0 y = Day0.of(b.result());
      sb.append("| ").append(md(a.ticker())).append(" | ").append(a.result().day0()).append(" | ")
          .append(pct2(x.ar)).append(" | ").append(num(x.t, 2)).append(" | ").append(num(x.p, 4))
          .append(" | ").append(pct2(y.ar)).append(" | ").append(num(y.t, 2)).append(" | ")
          .append(num(y.p, 4)).append(" | ").append(md(loadings(b.result()))).append(" |\n");
      words.append("- **").append(md(a.ticker())).append("**: ")
          .append(answer(main, other, x, y)).append('\n');
    }
    sb.append("\nDoes the day-0 abnormal return survive once ").append(beyondMarket(other))
        .append(" are taken out?\n\n").append(words).append('\n');
    return sb.toString();
  }

  private record Day0(double ar, double t, double p) {
    static Day0 of(EventResult r) {
      int i = r.abnormal().indexOf(0);
      return i < 0 ? new Day0(Double.NaN, Double.NaN, Double.NaN)
          : new Day0(r.abnormal().ar()[i], r.abnormal().t()[i], r.abnormal().p()[i]);
    }
  }

  private static String loadings(EventResult r) {
    List<String> names = LoadingsTable.coefficientNames(r);
    ModelFit f = r.abnormal().fit();
    StringBuilder sb = new StringBuilder();
    for (int j = 1; j < names.size(); j++) {
      sb.append(j > 1 ? ", " : "").append(names.get(j)).append(' ')
          .append(num(f.coefficients()[j], 2));
    }
    return sb.toString();
  }

  static String answer(ModelType main, ModelType other, Day0 x, Day0 y) {
    if (Double.isNaN(x.p) || Double.isNaN(y.p)) {
      return "day 0 has no abnormal return under one of the models.";
    }
    boolean sigX = x.p < LEVEL;
    boolean sigY = y.p < LEVEL;
    String both = pct2(x.ar) + " (t = " + num(x.t, 2) + ") under " + main.key() + ", "
        + pct2(y.ar) + " (t = " + num(y.t, 2) + ") under " + other.key() + ". ";
    String verdict;
    if (sigX && sigY) {
      verdict = "Yes: it is significant at 5% under both models.";
    } else if (sigX) {
      verdict = "No: it is significant at 5% under " + main.key() + " but not under "
          + other.key() + " (p = " + num(y.p, 4) + ").";
    } else if (sigY) {
      verdict = "It was not significant at 5% under " + main.key() + " (p = " + num(x.p, 4)
          + ") and is under " + other.key() + " (p = " + num(y.p, 4) + ").";
    } else {
      verdict = "Not at 5%: it is not significant under either model (p = " + num(x.p, 4) + " and "
          + num(y.p, 4) + ")" + (x.p < 0.10 && y.p < 0.10 ? ", though both are below 10%." : ".");
    }
    String size = "";
    if (x.ar != 0 && Math.signum(x.ar) == Math.signum(y.ar)) {
      size = " The " + other.key() + " estimate is " + format(100 * y.ar / x.ar, 0) + "% of the "
          + main.key() + " one.";
    } else if (x.ar != 0) {
      size = " It changes sign.";
    }
    return both + verdict + size;
  }

  /** The factor files in the method section, with their vintages. */
  /** The method lines about factor models and their files, without list markers. */
  static List<String> methodChoices(StudyResult study) {
    List<String> c = new java.util.ArrayList<>();
    if (study.factorFiles().isEmpty()) {
      return c;
    }
    c.add("Factor models: AR = R − (RF + a + b'f), fitted by OLS of R − RF on the factors;"
        + " Var(AR_t) = s²(1 + x_t'(X'X)⁻¹x_t) with s² = SSR/(M − k) and k the number of"
        + " parameters; Var(CAR) is the window's sum of the full covariance,"
        + " s²(L + Σ_t Σ_u x_t'(X'X)⁻¹x_u); Student t with M − k degrees of freedom. A factor"
        + " missing on a day the estimation or event window needs fails the event.");
    for (FactorFile f : study.factorFiles()) {
      StringBuilder sb = new StringBuilder();
      sb.append("Factor file (").append(f.setting()).append("): ").append(md(f.path()))
          .append(", vintage ")
          .append(f.vintage().isEmpty() ? "not stated in the file" : md(f.vintage()))
          .append(", ").append(f.rows()).append(" daily rows from ").append(f.first())
          .append(" to ").append(f.last()).append("; used by ");
      for (int i = 0; i < f.models().size(); i++) {
        sb.append(i > 0 ? ", " : "").append(f.models().get(i).key());
      }
      c.add(sb.append('.').toString());
    }
    return c;
  }
}
