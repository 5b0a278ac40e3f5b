package org.stockreaction.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockreaction.calendar.Window;
import org.stockreaction.stats.Exclusion;
import org.stockreaction.stats.GroupMember;
import org.stockreaction.stats.GroupResult;
import org.stockreaction.stats.GroupStatistics;

/**
 * Sorts a study's events into their groups and computes each group's statistics. Without a group
 * column every event belongs to the one group {@value #ALL}.
 */
public final class GroupRunner {

  /** The name of the group of all events, when the events file has no group column. */
  public static final String ALL = "all";

  private GroupRunner() {}

  /** How an event is named in the group reports. */
  public static String eventName(EventOutcome o) {
    return o.ticker() + " " + o.eventDate() + " (line " + o.line() + ")";
  }

  /** One result per group, in the order the groups first appear in the events file. */
  public static List<GroupResult> compute(List<EventOutcome> outcomes, boolean hasGroups,
      List<Window> windows) {
    Map<String, List<GroupMember>> members = new LinkedHashMap<>();
    Map<String, List<Exclusion>> failed = new LinkedHashMap<>();
    for (EventOutcome o : outcomes) {
      String group = !hasGroups ? ALL : o.group().isBlank() ? "" : o.group().strip();
      if (hasGroups && group.isEmpty()) {
        if (o.spec() == null) {
          continue;
        }
        group = "(no group)";
      }
      members.computeIfAbsent(group, g -> new ArrayList<>());
      failed.computeIfAbsent(group, g -> new ArrayList<>());
      if (o.ok()) {
        members.get(group).add(new GroupMember(eventName(o), o.result().abnormal()));
      } else {
        failed.get(group).add(new Exclusion(eventName(o), o.reason().key() + ": " + o.message()));
      }
    }
    // groups are independent: computed in parallel (in the caller's pool), kept in file order
    return new ArrayList<>(members.keySet()).parallelStream()
        .map(g -> GroupStatistics.compute(g, members.get(g), failed.get(g), windows)).toList();
  }
}
