package org.stockreaction.stats;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockreaction.calendar.Window;

/** Runs simulated groups and counts how often each group test rejects at a level, per window. */
final class RejectionRates {

  final Window window;
  final Map<GroupTest, Integer> rejections = new EnumMap<>(GroupTest.class);
  final Map<GroupTest, Integer> computed = new EnumMap<>(GroupTest.class);
  int trials;

  private RejectionRates(Window window) {
    this.window = window;
  }

  /** One result per window; every window is computed on the same simulated groups. */
  static List<RejectionRates> run(long seed, SimulatedStudy.Design design, int n, int trials,
      double sigma, double day0Effect, List<Window> windows, double level) {
    SimulatedStudy sim = new SimulatedStudy(seed);
    List<RejectionRates> out = new ArrayList<>();
    for (Window w : windows) {
      out.add(new RejectionRates(w));
    }
    for (int k = 0; k < trials; k++) {
      List<GroupMember> members = sim.group(design, n, sigma, day0Effect);
      GroupResult g = GroupStatistics.compute("sim", members, List.of(), windows, false);
      for (int w = 0; w < windows.size(); w++) {
        RejectionRates rates = out.get(w);
        for (TestResult r : g.windows().get(w).tests()) {
          if (!Double.isNaN(r.p())) {
            rates.computed.merge(r.test(), 1, Integer::sum);
            rates.rejections.merge(r.test(), r.rejects(level) ? 1 : 0, Integer::sum);
          }
        }
        rates.trials++;
      }
    }
    return out;
  }

  double rate(GroupTest test) {
    return rejections.getOrDefault(test, 0) / (double) trials;
  }

  String table() {
    StringBuilder sb = new StringBuilder();
    for (GroupTest t : GroupTest.values()) {
      sb.append(String.format(Locale.ROOT, "%-26s %6.3f (%d computed)%n", t.key(), rate(t),
          computed.getOrDefault(t, 0)));
    }
    return sb.toString();
  }
}
