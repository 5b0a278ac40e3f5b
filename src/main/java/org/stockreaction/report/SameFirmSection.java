package org.stockreaction.report;

import static org.stockreaction.report.MarkdownReport.md;

import java.util.ArrayList;
import java.util.List;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.GroupRunner;
import org.stockreaction.job.SameFirm;
import org.stockreaction.job.StudyResult;

/**
 * The report's section on events of the same ticker: estimation windows that hold another event,
 * and events of one group whose event windows overlap. Empty when there are none.
 */
final class SameFirmSection {

  static final String TITLE = "Events of the same firm";

  private SameFirmSection() {}

  /** The section's paragraphs and list items as plain text, in order; empty when none. */
  static List<String> lines(StudyResult study) {
    List<String> out = new ArrayList<>();
    List<EventOutcome> hit = SameFirm.contaminated(study.outcomes());
    boolean clean = study.config().cleanEstimation();
    // by the counts, which cover every event also when only the events shown were kept
    if (study.contaminated() > 0) {
      out.add(study.contaminated() + " event(s) have another event of the same ticker inside their"
          + " estimation window; summary.csv gives the days for each (other_event_days). "
          + (clean ? "With clean-estimation = on those days are left out of the estimation"
              + " (estimation_left_out_days)."
              : "With clean-estimation = off (the classic procedure) they stay in the estimation,"
                  + " so the other event's move is part of the normal-return model and its"
                  + " variance; set clean-estimation = on to leave them out."));
      for (EventOutcome o : ReportScope.listed(study, hit)) {
        out.add("- " + GroupRunner.eventName(o) + ": " + o.result().otherEventDays()
            + " estimation day(s) inside another event's window"
            + (clean ? ", " + o.result().estimationLeftOut() + " return(s) left out" : ""));
      }
    }
    List<SameFirm.Overlap> overlaps = study.overlaps();
    if (study.overlapCount() > 0) {
      out.add(study.overlapCount() + " pair(s) of events of the same ticker in one group have"
          + " overlapping event windows, so one firm's news is counted more than once: "
          + SameFirm.INDEPENDENT_TESTS + " assume independent events and overstate significance"
          + " here. same-firm = " + study.config().sameFirm().key() + (switch (
              study.config().sameFirm()) {
                case KEEP -> ": every event is kept (first keeps the earliest of each run of"
                    + " overlapping events, drop leaves them all out).";
                case FIRST -> ": the earliest of each run of overlapping events is kept in the"
                    + " group tests, the others are listed as left out.";
                case DROP -> ": the overlapping events are left out of the group tests.";
              }));
      for (SameFirm.Overlap o : overlaps.subList(0, Math.min(overlaps.size(),
          study.config().reportEvents()))) {
        out.add("- group \"" + o.group() + "\": " + o.first() + " and " + o.second());
      }
    }
    return out;
  }

  static String markdown(StudyResult study) {
    List<String> lines = lines(study);
    if (lines.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("## " + TITLE + "\n\n");
    boolean inList = false;
    for (String l : lines) {
      boolean item = l.startsWith("- ");
      if (!item && inList) {
        sb.append('\n');
      }
      sb.append(md(l)).append(item ? "\n" : "\n\n");
      inList = item;
    }
    return sb.append(inList ? "\n" : "").toString();
  }

  /** The HTML section, or null when there is nothing to say. */
  static HtmlReport.Section html(StudyResult study) {
    List<String> lines = lines(study);
    if (lines.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    boolean inList = false;
    for (String l : lines) {
      boolean item = l.startsWith("- ");
      if (item && !inList) {
        sb.append("<ul>\n");
      } else if (!item && inList) {
        sb.append("</ul>\n");
      }
      sb.append(item ? "<li>" + HtmlReport.escape(l.substring(2)) + "</li>\n"
          : "<p>" + HtmlReport.escape(l) + "</p>\n");
      inList = item;
    }
    return new HtmlReport.Section("same-firm", TITLE, sb.append(inList ? "</ul>\n" : "")
        .toString());
  }
}
