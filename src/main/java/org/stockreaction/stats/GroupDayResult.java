package org.stockreaction.stats;

import java.util.List;

/**
 * A group's statistics on one relative day.
 *
 * @param relDay the relative day
 * @param n events with an abnormal return that day
 * @param aar mean AR
 * @param caar sum of the AARs from the first relative day up to this one
 * @param correlation the mean residual correlation {@code r} of the events that day
 * @param tests cross-sectional t, Patell Z, BMP and KP-adjusted BMP of the day's ARs
 */
public record GroupDayResult(
    int relDay, int n, double aar, double caar, double correlation, List<TestResult> tests) {

  public GroupDayResult {
    tests = List.copyOf(tests);
  }

  public TestResult test(GroupTest test) {
    return GroupResult.find(tests, test);
  }
}
