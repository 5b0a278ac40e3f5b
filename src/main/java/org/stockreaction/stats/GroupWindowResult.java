package org.stockreaction.stats;

import java.util.List;
import org.stockreaction.calendar.Window;

/**
 * A group's statistics over one event window.
 *
 * @param window the event window
 * @param n events used
 * @param excluded events left out, with the reason for each
 * @param caar mean CAR
 * @param positive events with {@code CAR > 0}
 * @param meanBhar mean BHAR
 * @param correlation the mean residual correlation {@code r} the Kolari-Pynnönen rows used
 * @param tests the tests, in {@link GroupTest} order
 */
public record GroupWindowResult(
    Window window, int n, List<Exclusion> excluded, double caar, int positive, double meanBhar,
    double correlation, List<TestResult> tests) {

  public GroupWindowResult {
    excluded = List.copyOf(excluded);
    tests = List.copyOf(tests);
  }

  /** Share of events with {@code CAR > 0}; NaN when no event was used. */
  public double positiveShare() {
    return n == 0 ? Double.NaN : (double) positive / n;
  }

  /** The result of one test. */
  public TestResult test(GroupTest test) {
    return GroupResult.find(tests, test);
  }
}
