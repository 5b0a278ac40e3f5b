package org.stockreaction.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.ModelComparison;
import org.stockreaction.job.StudyResult;
import org.stockreaction.stats.GroupResult;

/**
 * What the reports for people show, so they stay readable at any study size while the CSV files
 * hold everything: every group in the overview, each event one by one up to {@code report-events}
 * events (in events-file order), and charts for the first {@code report-charts} of those events
 * and for the {@code report-charts} groups with the most events (ties: the earlier group first).
 */
public final class ReportScope {

  private ReportScope() {}

  /** The first {@code report-events} of {@code all}. */
  public static <T> List<T> listed(StudyResult study, List<T> all) {
    int max = study.config().reportEvents();
    return all.size() <= max ? all : all.subList(0, max);
  }

  /** A note when {@link #listed} left some of {@code all} events to {@code file}, else empty. */
  static String more(StudyResult study, long all, String file) {
    int max = study.config().reportEvents();
    return all <= max ? "" : "\n(The first " + max + " of " + all
        + " events; every event is in " + file + ".)\n";
  }

  /** The computed events, in events-file order. */
  static List<EventOutcome> computed(StudyResult study) {
    return study.outcomes().stream().filter(EventOutcome::ok).toList();
  }

  /** The computed events drawn as charts: the first {@code report-charts} of those listed. */
  static List<EventOutcome> chartedEvents(StudyResult study) {
    List<EventOutcome> shown = listed(study, computed(study));
    int max = study.config().reportCharts();
    return shown.size() <= max ? shown : shown.subList(0, max);
  }

  /**
   * The positions in {@code study.groups()} of the groups shown in detail and charted, in their
   * order there: the {@code report-charts} groups with the most events, ties to the earlier one.
   */
  static boolean[] chartedGroups(StudyResult study) {
    List<GroupResult> groups = study.groups();
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < groups.size(); k++) {
      order.add(k);
    }
    order.sort(Comparator.comparingInt((Integer k) -> -groups.get(k).events())
        .thenComparingInt(k -> k));
    boolean[] charted = new boolean[groups.size()];
    for (int i = 0; i < Math.min(order.size(), study.config().reportCharts()); i++) {
      charted[order.get(i)] = true;
    }
    return charted;
  }

  /** Whether {@code report-events = 0} leaves out every event's own sections. */
  static boolean noEventShown(StudyResult study) {
    return study.config().reportEvents() == 0 && study.events() > 0;
  }

  /** What the reports say in place of the events' sections when none is shown. */
  static String noEventSentence(StudyResult study) {
    String s = "No event is shown one by one (report-events = 0). Every event is in summary.csv,"
        + " car.csv and abnormal_returns.csv" + (study.failed() > 0 ? "; the " + study.failed()
            + " that failed, with their reasons, in summary.csv" : "") + ".";
    ModelComparison c = study.comparison();
    if (c != null && c.computed() && study.config().comparisonCsv()) {
      s += " Every event under " + c.model().key() + " (compare-model) is in comparison.csv.";
    } else if (c != null && c.computed()) {
      s += " The compare model (" + c.model().key() + ") runs only for the events shown, so for"
          + " none here (comparison-csv = true computes it for every event, in comparison.csv).";
    }
    return s;
  }

  /** The rule above in a sentence, for the reports; empty when everything is shown. */
  static String rule(StudyResult study) {
    long events = study.events();
    int groups = study.groups().size();
    int maxEvents = study.config().reportEvents();
    int maxCharts = study.config().reportCharts();
    if (events <= Math.min(maxEvents, maxCharts) && groups <= maxCharts) {
      return "";
    }
    String shown = maxEvents == 0 ? "no event one by one (report-events = 0)"
        : "the first " + maxEvents + " events one by one (report-events), charts for the first "
            + maxCharts + " of those events";
    return "This report shows every group in the overview, " + shown
        + ", and the tests and charts of the " + maxCharts
        + " groups with the most events, the earlier group first on a tie (report-charts). Every"
        + " event is in summary.csv, car.csv and abnormal_returns.csv, every group in"
        + " group_summary.csv and aar.csv.";
  }
}
