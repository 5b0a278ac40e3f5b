package org.stockreaction.stats;

import java.util.List;
import java.util.Objects;

/**
 * Everything computed for one group of events.
 *
 * @param name the group's name
 * @param events events in the group, computed or not
 * @param windows one result per event window, in the order requested
 * @param days one result per relative day of the widest window
 */
public record GroupResult(
    String name, int events, List<GroupWindowResult> windows, List<GroupDayResult> days) {

  public GroupResult {
    Objects.requireNonNull(name, "name");
    windows = List.copyOf(windows);
    days = List.copyOf(days);
  }

  static TestResult find(List<TestResult> tests, GroupTest test) {
    for (TestResult r : tests) {
      if (r.test() == test) {
        return r;
      }
    }
    throw new IllegalArgumentException("no result for " + test);
  }
}
