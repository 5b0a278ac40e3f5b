package org.stockreaction.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.stockreaction.calendar.Window;
import org.stockreaction.job.SameFirm;
import org.stockreaction.stats.Exclusion;
import org.stockreaction.stats.GroupMember;
import org.stockreaction.stats.GroupResult;
import org.stockreaction.stats.GroupStatistics;

/**
 * One group's statistics, computed where its events were shuffled to, by the CLI's
 * {@link GroupStatistics}, with the overlapping events of one ticker kept or left out as the
 * {@code same-firm} setting says ({@link SameFirm}, as the CLI decides).
 */
final class GroupTask {

  private GroupTask() {}

  /**
   * What one event brings to its group: for a computed event its abnormal returns and the span
   * of its widest event window (epoch days, as {@link SameFirm.Member}), else why it failed.
   */
  record Item(int line, String ticker, String name, byte[] abnormal, String failure, int start,
      int end) implements Serializable {
    static Item of(EventRows r) {
      return new Item(r.line, r.ticker, r.name, r.abnormal, r.ok() ? null : r.failure(),
          r.windowStart, r.windowEnd);
    }
  }

  /** Two overlapping events of one ticker, as the group reports name them. */
  record Pair(String first, String second) implements Serializable {}

  /**
   * A group's statistics ({@link GroupCodec}) and its overlapping events.
   *
   * @param firstLine the group's first events-file line: groups are written in this order
   * @param firstComputed the line of its first computed event, the order the same-firm notes
   *     list groups in ({@code Integer.MAX_VALUE} when none)
   * @param overlaps how many pairs of its events overlap
   * @param firstOverlaps the first {@code report-events} of those pairs, at least one when there
   *     is one
   */
  record Result(int firstLine, int firstComputed, byte[] group, int overlaps,
      ArrayList<Pair> firstOverlaps) implements Serializable {

    GroupResult decode() {
      return GroupCodec.decode(group);
    }
  }

  static Result compute(String group, Iterable<Item> items, Staged staged) {
    List<Item> sorted = new ArrayList<>();
    items.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(Item::line));
    List<SameFirm.Member> computed = new ArrayList<>();
    for (Item i : sorted) {
      if (i.failure() == null) {
        computed.add(new SameFirm.Member(i.line(), i.ticker(), i.name(), i.start(), i.end()));
      }
    }
    Map<Integer, String> leftOut = SameFirm.leftOut(computed, staged.config.sameFirm());
    List<GroupMember> members = new ArrayList<>();
    List<Exclusion> failed = new ArrayList<>();
    for (Item i : sorted) {
      String out = leftOut.get(i.line());
      if (out != null) {
        failed.add(new Exclusion(i.name(), out));
      } else if (i.failure() == null) {
        members.add(new GroupMember(i.name(), AbnormalCodec.decode(i.abnormal())));
      } else {
        failed.add(new Exclusion(i.name(), i.failure()));
      }
    }
    List<Window> windows = staged.config.eventWindows();
    GroupResult g = GroupStatistics.compute(group, members, failed, windows);
    List<SameFirm.Overlap> overlaps = SameFirm.overlaps(group, computed);
    ArrayList<Pair> first = new ArrayList<>();
    // at least one, for the log's example, also when report-events is 0
    for (SameFirm.Overlap o : overlaps.subList(0, Math.min(overlaps.size(),
        Math.max(1, staged.config.reportEvents())))) {
      first.add(new Pair(o.first(), o.second()));
    }
    return new Result(sorted.get(0).line(), computed.isEmpty() ? Integer.MAX_VALUE
        : computed.get(0).line(), GroupCodec.encode(g), overlaps.size(), first);
  }
}
