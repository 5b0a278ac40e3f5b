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
   * @param first the earlier event (by the window's first day, then line), as the group reports
   *     name it ({@link GroupRunner#eventName})
   * @param second the later event, named so
   */
  public record Overlap(String group, String first, String second) {}

  /**
   * What the same-firm rules need of a computed event: whichever engine computed it, the rules
   * then decide alike.
   *
   * @param line the events-file line
   * @param ticker the ticker as written (compared ignoring case)
   * @param name the event as the group reports name it
   * @param start the first day of its widest event window with data (epoch day), or
   *     {@code Integer.MAX_VALUE} when it has none
   * @param end the last such day, or {@code Integer.MIN_VALUE}
   */
  public record Member(int line, String ticker, String name, int start, int end) {

    /** A computed event's part. */
    public static Member of(EventOutcome o) {
      int[] d = o.result().abnormal().days();
      return new Member(o.line(), o.ticker(), GroupRunner.eventName(o),
          d.length == 0 ? Integer.MAX_VALUE : d[0],
          d.length == 0 ? Integer.MIN_VALUE : d[d.length - 1]);
    }
  }

  private SameFirm() {}

  /** The computed events with another event of the same ticker inside the estimation window. */
  public static List<EventOutcome> contaminated(List<EventOutcome> outcomes) {
    return outcomes.stream().filter(o -> o.ok() && o.result().otherEventDays() > 0).toList();
  }

  /** The computed ones of {@code outcomes}, as the same-firm rules see them, in order. */
  static List<Member> members(List<EventOutcome> outcomes) {
    return outcomes.stream().filter(EventOutcome::ok).map(Member::of).toList();
  }

  /** The log's warning about estimation windows holding other events, or empty when none do. */
  static String estimationNote(List<EventOutcome> outcomes, boolean clean) {
    List<EventOutcome> hit = contaminated(outcomes);
    return estimationNote(hit.size(), hit.stream().mapToInt(o -> o.result().otherEventDays()).sum(),
        hit.stream().mapToInt(o -> o.result().estimationLeftOut()).sum(), clean);
  }

  /**
   * The log's warning about estimation windows holding other events, from its counts: the events
   * so hit, their estimation days inside another event's window and the returns left out; empty
   * when no event is hit.
   */
  public static String estimationNote(long events, long days, long left, boolean clean) {
    if (events == 0) {
      return "";
    }
    return events + " event(s) have another event of the same ticker inside their estimation"
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
    groups.forEach((g, members) -> out.addAll(overlaps(g, members(members))));
    return out;
  }

  /** Every overlapping pair of one group's computed events, given in file order. */
  public static List<Overlap> overlaps(String group, List<Member> members) {
    List<Overlap> out = new ArrayList<>();
    for (List<Member> same : byTicker(members)) {
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size() && same.get(j).start() <= same.get(i).end(); j++) {
          out.add(new Overlap(group, same.get(i).name(), same.get(j).name()));
        }
      }
    }
    return out;
  }

  /**
   * The events of one group that {@code policy} leaves out of the group statistics, by line,
   * with the reason; {@code members} are the group's computed events in file order.
   */
  public static Map<Integer, String> leftOut(List<Member> members, SameFirmPolicy policy) {
    Map<Integer, String> out = new HashMap<>();
    if (policy == SameFirmPolicy.KEEP) {
      return out;
    }
    for (List<Member> same : byTicker(members)) {
      Member kept = null;
      for (int i = 0; i < same.size(); i++) {
        Member o = same.get(i);
        if (policy == SameFirmPolicy.FIRST) {
          if (kept != null && o.start() <= kept.end()) {
            out.put(o.line(), "same-firm = first: its event window overlaps that of "
                + kept.name());
          } else {
            kept = o;
          }
          continue;
        }
        for (Member other : same) {
          if (other != o && o.start() <= other.end() && other.start() <= o.end()) {
            out.put(o.line(), "same-firm = drop: its event window overlaps that of "
                + other.name());
            break;
          }
        }
      }
    }
    return out;
  }

  /** The events by ticker, each list sorted by the window's first day, then line. */
  private static List<List<Member>> byTicker(List<Member> members) {
    Map<String, List<Member>> m = new LinkedHashMap<>();
    for (Member o : members) {
      m.computeIfAbsent(o.ticker().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(o);
    }
    List<List<Member>> out = new ArrayList<>();
    for (List<Member> l : m.values()) {
      if (l.size() > 1) {
        l.sort(Comparator.comparingInt(Member::start).thenComparingInt(Member::line));
        out.add(l);
      }
    }
    return out;
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
      out.add(overlapNote(overlaps.size(), overlaps.get(0), config.sameFirm()));
    }
    return out;
  }

  /** The log's warning about {@code count} overlapping pairs, {@code first} the first of them. */
  public static String overlapNote(long count, Overlap first, SameFirmPolicy policy) {
    return count + " pair(s) of events of the same ticker have overlapping"
        + " event windows in one group (first: " + first.first() + " and "
        + first.second() + " in group \"" + first.group() + "\"); "
        + INDEPENDENT_TESTS + " assume independent events; same-firm = "
        + policy.key() + " (first or drop leaves them out of the group tests)";
  }
}
