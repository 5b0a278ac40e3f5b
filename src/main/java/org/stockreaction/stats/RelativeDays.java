package org.stockreaction.stats;

import java.util.List;

/** The events' common grid of relative days, on which the rank tests and the CDA t average. */
final class RelativeDays {

  private RelativeDays() {}

  /**
   * The first and last estimation relative day of the events at {@code members}; the first is
   * after the last when none has an estimation day.
   */
  static int[] estimationSpan(List<EventAbnormalReturns> events, int[] members) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (int i : members) {
      int[] rel = events.get(i).estimationRelDays();
      if (rel.length > 0) {
        first = Math.min(first, rel[0]);
        last = Math.max(last, rel[rel.length - 1]);
      }
    }
    return new int[] {first, last};
  }
}
