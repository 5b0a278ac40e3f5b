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

  /**
   * The group an outcome belongs to: {@value #ALL} without a group column, else its group, or
   * {@code (no group)} for a blank one; null for an unreadable row with a blank group, which no
   * group lists.
   */
  public static String groupOf(EventOutcome o, boolean hasGroups) {
    if (!hasGroups) {
      return ALL;
    }
    String group = o.group().strip();
    if (group.isEmpty()) {
      return o.spec() == null ? null : "(no group)";
    }
    return group;
  }

  /** One result per group, in the order the groups first appear in the events file. */
  public static List<GroupResult> compute(List<EventOutcome> outcomes, boolean hasGroups,
      List<Window> windows) {
    try (Workers pool = new Workers(1)) {
      return compute(outcomes, hasGroups, windows, pool);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** As {@link #compute(List, boolean, List)}, the groups computed on {@code pool}'s threads. */
  static List<GroupResult> compute(List<EventOutcome> outcomes, boolean hasGroups,
      List<Window> windows, Workers pool)
      throws InterruptedException, java.util.concurrent.ExecutionException {
    Map<String, List<GroupMember>> members = new LinkedHashMap<>();
    Map<String, List<Exclusion>> failed = new LinkedHashMap<>();
    for (EventOutcome o : outcomes) {
      String group = groupOf(o, hasGroups);
      if (group == null) {
        continue;
      }
      members.computeIfAbsent(group, g -> new ArrayList<>());
      failed.computeIfAbsent(group, g -> new ArrayList<>());
      if (o.ok()) {
        members.get(group).add(new GroupMember(eventName(o), o.result().abnormal()));
      } else {
        failed.get(group).add(new Exclusion(eventName(o), o.reason().key() + ": " + o.message()));
      }
    }
    // groups are independent: computed in parallel, kept in file order
    List<String> names = new ArrayList<>(members.keySet());
    GroupResult[] out = new GroupResult[names.size()];
    pool.forEach(names.size(), i -> out[i] = GroupStatistics.compute(names.get(i),
        members.get(names.get(i)), failed.get(names.get(i)), windows));
    return List.of(out);
  }
}
