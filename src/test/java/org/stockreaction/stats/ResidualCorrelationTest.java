package org.stockreaction.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stockreaction.calendar.Window;

class ResidualCorrelationTest {

  /** Pair by pair, from the definition: rho_ij over shared dates times the share of shared days. */
  static double bruteForce(List<EventAbnormalReturns> e, int from, int to) {
    int n = e.size();
    double total = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        Map<Integer, Double> ui = unit(e.get(i));
        Map<Integer, Double> uj = unit(e.get(j));
        double rho = 0;
        for (Map.Entry<Integer, Double> x : ui.entrySet()) {
          Double y = uj.get(x.getKey());
          if (y != null) {
            rho += x.getValue() * y;
          }
        }
        int shared = 0;
        for (int a = from; a <= to; a++) {
          for (int b = from; b <= to; b++) {
            if (e.get(i).days()[e.get(i).indexOf(a)] == e.get(j).days()[e.get(j).indexOf(b)]) {
              shared++;
            }
          }
        }
        total += rho * shared / (to - from + 1);
      }
    }
    return total / (n * (n - 1.0));
  }

  static Map<Integer, Double> unit(EventAbnormalReturns e) {
    double[] r = e.estimationResiduals();
    double m = GroupStatistics.mean(r);
    double ss = 0;
    for (double v : r) {
      ss += (v - m) * (v - m);
    }
    Map<Integer, Double> out = new HashMap<>();
    for (int t = 0; t < r.length; t++) {
      out.put(e.estimationDays()[t], (r[t] - m) / Math.sqrt(ss));
    }
    return out;
  }

  @Test
  void matchesThePairByPairDefinitionWhenWindowsPartlyOverlap() {
    // 40 events on dates spread over 20 trading days, so windows overlap by some days, not all.
    SimulatedStudy sim = new SimulatedStudy(11L);
    List<GroupMember> clustered = sim.group(SimulatedStudy.Design.CLUSTERED, 40, Double.NaN, 0);
    List<GroupMember> spread = sim.group(SimulatedStudy.Design.MARKET_MODEL, 40, Double.NaN, 0);
    for (List<GroupMember> g : List.of(clustered, spread)) {
      List<EventAbnormalReturns> e = g.stream().map(GroupMember::abnormal).toList();
      int[] all = new int[e.size()];
      for (int i = 0; i < all.length; i++) {
        all[i] = i;
      }
      ResidualCorrelation rc = new ResidualCorrelation(e);
      for (Window w : List.of(new Window(0, 0), new Window(-1, 1), new Window(-5, 5))) {
        assertEquals(bruteForce(e, w.fromInclusive(), w.toInclusive()),
            rc.mean(all, w.fromInclusive(), w.toInclusive()), 1e-12);
      }
    }
    List<EventAbnormalReturns> c = clustered.stream().map(GroupMember::abnormal).toList();
    double r = new ResidualCorrelation(c).mean(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, -1, 1);
    assertTrue(Math.abs(r - SimulatedStudy.CLUSTER_CORRELATION) < 0.05, "r = " + r);
  }

  @Test
  void tenThousandClusteredEventsDoNotStall() {
    List<GroupMember> g =
        new SimulatedStudy(3L).group(SimulatedStudy.Design.CLUSTERED, 10_000, Double.NaN, 0);
    long start = System.nanoTime();
    GroupResult result = GroupStatistics.compute("big", g, List.of(), SimulatedStudy.WINDOWS);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertEquals(10_000, result.windows().get(0).n());
    assertEquals(SimulatedStudy.CLUSTER_CORRELATION, result.windows().get(0).correlation(), 0.02);
    // Pair by pair this would be 50 million pairs for each window and day; here it is one pass.
    assertTrue(seconds < 30, "took " + seconds + " s");
  }
}
