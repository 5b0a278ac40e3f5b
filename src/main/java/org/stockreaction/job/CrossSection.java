package org.stockreaction.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockreaction.calendar.Window;
import org.stockreaction.config.CrossSectionY;
import org.stockreaction.config.SameFirmPolicy;
import org.stockreaction.stats.CrossSectionRegression;
import org.stockreaction.stats.WindowStatistics;

/**
 * The cross-sectional regressions of a study: for each group and event window, the events' CAR
 * (or SCAR, or BHAR) on an intercept and the events file's {@code x_} columns. An event enters
 * when it is in the group's statistics for that window (a return on every day of it, not left out
 * by same-firm) and has every characteristic; the observations are clustered by day 0.
 *
 * @param characteristics the {@code x_} columns, in file order; empty when there are none
 * @param y the dependent variable
 * @param rows one per group and window, in group then window order
 */
public record CrossSection(List<String> characteristics, CrossSectionY y, List<Row> rows) {

  /**
   * One regression.
   *
   * @param group the group's name
   * @param window the event window
   * @param missing events of the window left out for a missing characteristic
   * @param fit the regression, or null when too few events have every characteristic
   */
  public record Row(String group, Window window, int missing, CrossSectionRegression.Fit fit) {}

  public CrossSection {
    characteristics = List.copyOf(characteristics);
    rows = List.copyOf(rows);
  }

  /** No characteristics, no regressions. */
  public static final CrossSection NONE = new CrossSection(List.of(), CrossSectionY.CAR, List.of());

  /** The dependent variable's value for one event and window: CAR and BHAR in percent. */
  static double value(CrossSectionY y, WindowStatistics s) {
    return switch (y) {
      case CAR -> 100 * s.car();
      case SCAR -> s.scar();
      case BHAR -> 100 * s.bhar();
    };
  }

  static CrossSection compute(List<EventOutcome> outcomes, boolean hasGroups, List<Window> windows,
      List<String> characteristics, CrossSectionY y, SameFirmPolicy sameFirm) {
    if (characteristics.isEmpty()) {
      return NONE;
    }
    Map<String, List<EventOutcome>> groups = new LinkedHashMap<>();
    for (EventOutcome o : outcomes) {
      String g = GroupRunner.groupOf(o, hasGroups);
      if (g != null) {
        groups.computeIfAbsent(g, k -> new ArrayList<>()).add(o);
      }
    }
    int k = characteristics.size();
    List<Row> rows = new ArrayList<>();
    groups.forEach((g, members) -> {
      Map<Integer, String> leftOut = SameFirm.leftOut(SameFirm.members(members), sameFirm);
      for (Window w : windows) {
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Integer> clusters = new ArrayList<>();
        int missing = 0;
        for (EventOutcome o : members) {
          WindowStatistics s = o.ok() && !leftOut.containsKey(o.line()) ? find(o, w) : null;
          if (s == null || s.missingDays() > 0 || !Double.isFinite(value(y, s))) {
            continue;
          }
          double[] x = o.spec().characteristics();
          boolean complete = x.length == k;
          for (int j = 0; j < x.length && complete; j++) {
            complete = !Double.isNaN(x[j]);
          }
          if (!complete) {
            missing++;
            continue;
          }
          xs.add(x.clone());
          ys.add(value(y, s));
          clusters.add((int) o.result().day0().toEpochDay());
        }
        rows.add(new Row(g, w, missing, CrossSectionRegression.fit(characteristics,
            ys.stream().mapToDouble(Double::doubleValue).toArray(), xs.toArray(new double[0][]),
            clusters.stream().mapToInt(Integer::intValue).toArray())));
      }
    });
    return new CrossSection(characteristics, y, rows);
  }

  private static WindowStatistics find(EventOutcome o, Window w) {
    for (WindowStatistics s : o.result().abnormal().windows()) {
      if (s.window().equals(w)) {
        return s;
      }
    }
    return null;
  }
}
