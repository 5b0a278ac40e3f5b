package org.stockreaction.report;

import static org.stockreaction.report.CsvTable.text;
import static org.stockreaction.report.Decimals.format;
import static org.stockreaction.report.Decimals.pct;

import java.util.List;
import org.stockreaction.job.StudyResult;
import org.stockreaction.stats.GroupDayResult;
import org.stockreaction.stats.GroupResult;
import org.stockreaction.stats.GroupTest;
import org.stockreaction.stats.GroupWindowResult;
import org.stockreaction.stats.TestResult;

/** {@code group_summary.csv} and {@code aar.csv}: the statistics of each group of events. */
public final class GroupTables {

  /** Long format: one row per group, event window and test. */
  public static final List<String> GROUP_SUMMARY = List.of("group", "window_start", "window_end",
      "n", "statistic", "value", "p_value", "reference_distribution", "caar_pct", "positive_share",
      "positive_count", "excluded", "mean_bhar_pct", "kp_r");

  /** One row per group and relative day. */
  public static final List<String> AAR = List.of("group", "rel_day", "n", "aar_pct", "caar_pct",
      "cross_sectional_t", "cross_sectional_p", "bmp_t", "bmp_p", "patell_z", "patell_p",
      "bmp_t_kp", "bmp_kp_p", "kp_r");

  private GroupTables() {}

  public static CsvTable groupSummary(StudyResult study) {
    CsvTable t = new CsvTable(GROUP_SUMMARY);
    for (GroupResult g : study.groups()) {
      for (GroupWindowResult w : g.windows()) {
        for (TestResult r : w.tests()) {
          t.add(text(g.name()), Integer.toString(w.window().fromInclusive()),
              Integer.toString(w.window().toInclusive()), Integer.toString(w.n()), r.test().key(),
              ResultTables.t(r.value()), ResultTables.p(r.p()), text(r.referenceLabel()),
              pct(w.caar()), format(w.positiveShare(), 6), Integer.toString(w.positive()),
              Integer.toString(w.excluded().size()), pct(w.meanBhar()),
              format(w.correlation(), 6));
        }
      }
    }
    return t;
  }

  public static CsvTable aar(StudyResult study) {
    CsvTable t = new CsvTable(AAR);
    for (GroupResult g : study.groups()) {
      for (GroupDayResult d : g.days()) {
        TestResult cs = d.test(GroupTest.CROSS_SECTIONAL_T);
        TestResult bmp = d.test(GroupTest.BMP_T);
        TestResult patell = d.test(GroupTest.PATELL_Z);
        TestResult kp = d.test(GroupTest.BMP_T_KP);
        t.add(text(g.name()), Integer.toString(d.relDay()), Integer.toString(d.n()), pct(d.aar()),
            pct(d.caar()), ResultTables.t(cs.value()), ResultTables.p(cs.p()),
            ResultTables.t(bmp.value()), ResultTables.p(bmp.p()), ResultTables.t(patell.value()),
            ResultTables.p(patell.p()), ResultTables.t(kp.value()), ResultTables.p(kp.p()),
            format(d.correlation(), 6));
      }
    }
    return t;
  }
}
