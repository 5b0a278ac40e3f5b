package org.stockreaction.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.stockreaction.calendar.Window;
import org.stockreaction.job.StudyResult;
import org.stockreaction.report.TableRows;
import org.stockreaction.report.TableRows.Table;
import org.stockreaction.stats.Exclusion;
import org.stockreaction.stats.GroupMember;
import org.stockreaction.stats.GroupResult;
import org.stockreaction.stats.GroupStatistics;

/**
 * One group's statistics, computed where its events were shuffled to, by the CLI's
 * {@link GroupStatistics}, and its rows of group_summary.csv and aar.csv.
 */
final class GroupTask {

  private GroupTask() {}

  /** What one event brings to its group. */
  record Item(int line, String name, byte[] abnormal, String failure) implements Serializable {
    static Item of(EventRows r) {
      return new Item(r.line, r.name, r.abnormal, r.ok() ? null : r.failure());
    }
  }

  /** A group's rows; groups are written in the order of their first events-file line. */
  record Rows(int firstLine, String group, byte[] summary, byte[] aar) implements Serializable {}

  static Rows compute(String group, Iterable<Item> items, Staged staged) {
    List<Item> sorted = new ArrayList<>();
    items.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(Item::line));
    List<GroupMember> members = new ArrayList<>();
    List<Exclusion> failed = new ArrayList<>();
    for (Item i : sorted) {
      if (i.failure() == null) {
        members.add(new GroupMember(i.name(), AbnormalCodec.decode(i.abnormal())));
      } else {
        failed.add(new Exclusion(i.name(), i.failure()));
      }
    }
    List<Window> windows = staged.config.eventWindows();
    GroupResult g = GroupStatistics.compute(group, members, failed, windows);
    StudyResult one = new StudyResult(staged.config, List.of(), List.of(), List.of(),
        staged.events.hasGroupColumn(), List.of(), null, List.of(g), null);
    return new Rows(sorted.get(0).line(), group, TableRows.rows(Table.GROUP_SUMMARY, one),
        TableRows.rows(Table.AAR, one));
  }
}
