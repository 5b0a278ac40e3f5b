package org.stockreaction.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockreaction.config.SameFirmPolicy;

/**
 * Events of one ticker that meet: another event inside an event's estimation window, and events
 * of one group whose widest event windows overlap (the group tests then count one firm's news
 * twice).
 */
public final class SameFirm {

  /** The group tests that treat the events of a group as independent. */
  public static final String INDEPENDENT_TESTS = "the cross-sectional t, J1, Patell Z, BMP,"
      + " generalized sign, Wilcoxon signed-rank and skewness-adjusted BHAR tests";

  /**
   * Two events of one ticker in one group whose widest event windows share days.
   *
   * @param group the group's name
   * @param first the earlier event (by the window's first day, then line)
   * @param second the later event
   */
  public record Overlap(String group, EventOutcome first, EventOutcome second) {}

  private SameFirm() {}

  /** The computed events with another event of the same ticker inside the estimation window. */
  public static List<EventOutcome> contaminated(List<EventOutcome> outcomes) {
    return outcomes.stream().filter(o -> o.ok() && o.result().otherEventDays() > 0).toList();
  }

  /** The log's warning about estimation windows holding other events, or empty when none do. */
  static String estimationNote(List<EventOutcome> outcomes, boolean clean) {
    List<EventOutcome> hit = contaminated(outcomes);
    if (hit.isEmpty()) {
      return "";
    }
    int days = hit.stream().mapToInt(o -> o.result().otherEventDays()).sum();
    int left = hit.stream().mapToInt(o -> o.result().estimationLeftOut()).sum();
    return hit.size() + " event(s) have another event of the same ticker inside their estimation"
        + " window (" + days + " estimation days in all, per event in summary.csv's"
        + " other_event_days); " + (clean ? "clean-estimation = on left out " + left
            + " of their returns"
            : "they stay in the estimation (clean-estimation = off; set it to on to leave them"
                + " out)");
  }

  /** Every overlapping pair of each group, groups in file order. */
  public static List<Overlap> overlaps(List<EventOutcome> outcomes, boolean hasGroups) {
    Map<String, List<EventOutcome>> groups = new LinkedHashMap<>();
    for (EventOutcome o : outcomes) {
      String g = GroupRunner.groupOf(o, hasGroups);
      if (g != null && o.ok()) {
        groups.computeIfAbsent(g, k -> new ArrayList<>()).add(o);
      }
    }
    List<Overlap> out = new ArrayList<>();
    groups.forEach((g, members) -> {
      for (List<EventOutcome> same : byTicker(members)) {
        for (int i = 0; i < same.size(); i++) {
          for (int j = i + 1; j < same.size() && start(same.get(j)) <= end(same.get(i)); j++) {
            out.add(new Overlap(g, same.get(i), same.get(j)));
          }
        }
      }
    });
    return out;
  }

  /**
   * The events of one group that {@code policy} leaves out of the group statistics, by line,
   * with the reason.
   */
  static Map<Integer, String> leftOut(List<EventOutcome> members, SameFirmPolicy policy) {
    Map<Integer, String> out = new HashMap<>();
    if (policy == SameFirmPolicy.KEEP) {
      return out;
    }
    for (List<EventOutcome> same : byTicker(members)) {
      EventOutcome kept = null;
      for (int i = 0; i < same.size(); i++) {
        EventOutcome o = same.get(i);
        if (policy == SameFirmPolicy.FIRST) {
          if (kept != null && start(o) <= end(kept)) {
            out.put(o.line(), "same-firm = first: its event window overlaps that of "
                + GroupRunner.eventName(kept));
          } else {
            kept = o;
          }
          continue;
        }
        for (EventOutcome other : same) {
          if (other != o && start(o) <= end(other) && start(other) <= end(o)) {
            out.put(o.line(), "same-firm = drop: its event window overlaps that of "
                + GroupRunner.eventName(other));
            break;
          }
        }
      }
    }
    return out;
  }

  /** The computed events by ticker, each list sorted by the window's first day, then line. */
  private static List<List<EventOutcome>> byTicker(List<EventOutcome> members) {
    Map<String, List<EventOutcome>> m = new LinkedHashMap<>();
    for (EventOutcome o : members) {
      if (o.ok()) {
        m.computeIfAbsent(o.ticker().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(o);
      }
    }
    List<List<EventOutcome>> out = new ArrayList<>();
    for (List<EventOutcome> l : m.values()) {
      if (l.size() > 1) {
        l.sort(Comparator.comparingInt(SameFirm::start).thenComparingInt(EventOutcome::line));
        out.add(l);
      }
    }
    return out;
  }

  private static int start(EventOutcome o) {
    int[] d = o.result().abnormal().days();
    return d.length == 0 ? Integer.MAX_VALUE : d[0];
  }

  private static int end(EventOutcome o) {
    int[] d = o.result().abnormal().days();
    return d.length == 0 ? Integer.MIN_VALUE : d[d.length - 1];
  }

  /**
   * The run's warnings about a ticker's other events: estimation windows holding another event,
   * and overlapping events in a group; none when there are none.
   */
  static List<String> warnings(List<EventOutcome> outcomes, boolean hasGroups,
      org.stockreaction.config.StudyConfig config) {
    List<String> out = new java.util.ArrayList<>();
    String note = estimationNote(outcomes, config.cleanEstimation());
    if (!note.isEmpty()) {
      out.add(note);
    }
    List<Overlap> overlaps = overlaps(outcomes, hasGroups);
    if (!overlaps.isEmpty()) {
      Overlap o = overlaps.get(0);
      out.add(overlaps.size() + " pair(s) of events of the same ticker have overlapping"
          + " event windows in one group (first: " + GroupRunner.eventName(o.first()) + " and "
          + GroupRunner.eventName(o.second()) + " in group \"" + o.group() + "\"); "
          + INDEPENDENT_TESTS + " assume independent events; same-firm = "
          + config.sameFirm().key() + " (first or drop leaves them out of the group tests)");
    }
    return out;
  }
}
