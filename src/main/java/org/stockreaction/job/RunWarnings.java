package org.stockreaction.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stockreaction.stats.EventAbnormalReturns;

/**
 * Warnings about data a run used without failing on it, for the report and the log: days a
 * benchmark has no price on which a stock has one, and computed events whose day 0 has no return.
 */
public final class RunWarnings {

  private RunWarnings() {}

  /**
   * The stock's dates inside the calendar's range on which the benchmark (the calendar) has no
   * price, or null when there are none. Both arrays are increasing epoch days.
   */
  static String benchmarkGap(String stock, String benchmark, int[] stockDays, int[] calendar) {
    if (calendar.length == 0) {
      return null;
    }
    List<LocalDate> missing = new ArrayList<>();
    int c = 0;
    for (int d : stockDays) {
      if (d < calendar[0] || d > calendar[calendar.length - 1]) {
        continue;
      }
      while (c < calendar.length && calendar[c] < d) {
        c++;
      }
      if (calendar[c] != d) {
        missing.add(LocalDate.ofEpochDay(d));
      }
    }
    if (missing.isEmpty()) {
      return null;
    }
    return "benchmark " + benchmark + " has no price on " + missing.size() + " day(s) on which "
        + stock + " has one (" + FactorLibrary.dates(missing) + "); the trading calendar is "
        + benchmark + "'s dates, so " + stock + "'s price on such a day is not used and its return"
        + " and " + benchmark + "'s across the day span two trading days (add the day to "
        + benchmark + "'s file, or choose another benchmark)";
  }

  /** One warning per computed event that has no abnormal return on day 0. */
  public static List<String> dayZeroGaps(List<EventOutcome> outcomes) {
    List<String> out = new ArrayList<>();
    for (EventOutcome o : outcomes) {
      if (o.result() == null) {
        continue;
      }
      EventAbnormalReturns a = o.result().abnormal();
      int i0 = a.indexOf(0);
      if (i0 < 0 || !Double.isNaN(a.ar()[i0])) {
        continue;
      }
      String why = Double.isNaN(a.actual()[i0])
          ? o.ticker() + " has no return that day (no price on day 0, or none on the trading day"
              + " before it with missing-days = skip)"
          : "the model has no regressor value that day";
      out.add("event " + o.ticker() + " " + o.eventDate() + " (line " + o.line()
          + "): no abnormal return on day 0 (" + o.result().day0() + "): " + why + "; its day-0"
          + " AR and every window holding day 0 are blank and left out of the group tests (check"
          + " the event date against the price file)");
    }
    return out;
  }
}
