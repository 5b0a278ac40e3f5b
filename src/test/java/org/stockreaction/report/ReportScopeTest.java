package org.stockreaction.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.job.StudyResult;
import org.stockreaction.stats.GroupResult;

/** Which groups the reports chart: the report-charts groups with the most events, ties first-come. */
class ReportScopeTest {

  private static StudyResult study(int charts, int... sizes) throws Exception {
    List<GroupResult> groups = new java.util.ArrayList<>();
    for (int k = 0; k < sizes.length; k++) {
      groups.add(new GroupResult("g" + k, sizes[k], List.of(), List.of()));
    }
    return new StudyResult(ConfigLoader.load(null, "none",
        Map.of("report-charts", Integer.toString(charts))), List.of(), List.of(), List.of(), true,
        List.of(), null, groups, null);
  }

  @Test
  void chartsTheLargestGroupsAndOnATieTheEarlierOne() throws Exception {
    // sizes 5, 9, 5, 7, 9: the two 9s, then 7; of the two 5s neither makes the cut of three
    assertArrayEquals(new boolean[] {false, true, false, true, true},
        ReportScope.chartedGroups(study(3, 5, 9, 5, 7, 9)));
    // a cut inside a tie takes the earlier group
    assertArrayEquals(new boolean[] {true, false, false},
        ReportScope.chartedGroups(study(1, 4, 4, 4)));
    assertArrayEquals(new boolean[] {false, false}, ReportScope.chartedGroups(study(0, 4, 4)));
  }

  @Test
  void statesTheRuleOnlyWhenSomethingIsLeftOut() throws Exception {
    assertEquals("", ReportScope.rule(study(12, 3, 3)));
    String rule = ReportScope.rule(study(2, 3, 3, 3));
    assertTrue(rule.contains("the tests and charts of the 2 groups with the most events"), rule);
    assertTrue(rule.contains("group_summary.csv"), rule);
  }
}
