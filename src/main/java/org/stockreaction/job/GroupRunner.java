package org.stockreaction.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockreaction.calendar.Window;
import org.stockreaction.config.SameFirmPolicy;
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
   * The group an event belongs to, or null when it belongs to none (an unreadable row in a file
   * with a group column and no group on that row).
   */
  public static String groupOf(EventOutcome o, boolean hasGroups) {
    String group = !hasGroups ? ALL : o.group().isBlank() ? "" : o.group().strip();
    if (hasGroups && group.isEmpty()) {
      return o.spec() == null ? null : "(no group)";
    }
    return group;
  }

  /** One result per group, in the order the groups first appear in the events file. */
  public static List<GroupResult> compute(List<EventOutcome> outcomes, boolean hasGroups,
      List<Window> windows) {
    try (Workers pool = new Workers(1)) {
      return compute(outcomes, hasGroups, windows, SameFirmPolicy.KEEP, pool);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * As {@link #compute(List, boolean, List)}, the groups computed on {@code pool}'s threads, the
   * overlapping events of one ticker in a group kept or left out as {@code sameFirm} says.
   */
  static List<GroupResult> compute(List<EventOutcome> outcomes, boolean hasGroups,
      List<Window> windows, SameFirmPolicy sameFirm, Workers pool)
      throws InterruptedException, java.util.concurrent.ExecutionException {
    Map<String, List<EventOutcome>> byGroup = new LinkedHashMap<>();
    for (EventOutcome o : outcomes) {
      String group = groupOf(o, hasGroups);
      if (group != null) {
        byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(o);
      }
    }
    Map<String, List<GroupMember>> members = new LinkedHashMap<>();
    Map<String, List<Exclusion>> failed = new LinkedHashMap<>();
    for (Map.Entry<String, List<EventOutcome>> e : byGroup.entrySet()) {
      String group = e.getKey();
      members.put(group, new ArrayList<>());
      failed.put(group, new ArrayList<>());
      Map<Integer, String> leftOut = SameFirm.leftOut(SameFirm.members(e.getValue()), sameFirm);
      for (EventOutcome o : e.getValue()) {
        add(o, leftOut.get(o.line()), members.get(group), failed.get(group));
      }
    }
    // groups are independent: computed in parallel, kept in file order
    List<String> names = new ArrayList<>(members.keySet());
    GroupResult[] out = new GroupResult[names.size()];
    pool.forEach(names.size(), i -> out[i] = GroupStatistics.compute(names.get(i),
        members.get(names.get(i)), failed.get(names.get(i)), windows));
    return List.of(out);
  }

  private static void add(EventOutcome o, String leftOut, List<GroupMember> members,
      List<Exclusion> failed) {
    if (leftOut != null) {
      failed.add(new Exclusion(eventName(o), leftOut));
    } else if (o.ok()) {
      members.add(new GroupMember(eventName(o), o.result().abnormal()));
    } else {
      failed.add(new Exclusion(eventName(o), o.reason().key() + ": " + o.message()));
    }
  }
}
