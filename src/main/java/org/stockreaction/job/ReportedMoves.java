package org.stockreaction.job;

import org.stockreaction.calendar.CalendarPrices;
import org.stockreaction.calendar.MissingDayPolicy;
import org.stockreaction.ingest.EventSpec;
import org.stockreaction.ingest.PriceSeries;
import org.stockreaction.stats.EventAbnormalReturns;
import org.stockreaction.stats.ReportedMoveCheck;

/**
 * The day-0 numbers the press's reported move is checked against: the close-to-close return, the
 * intraday high and low against the prior close, and the abnormal return. The verdict itself is
 * {@link ReportedMoveCheck}'s.
 */
final class ReportedMoves {

  private ReportedMoves() {}

  /**
   * @param prices the stock's prices on the benchmark's calendar
   * @param s the stock's series as read, for its highs and lows
   * @param days the calendar's days (epoch days)
   * @param zero day 0's calendar index
   */
  static ReportedMoveCheck check(EventSpec spec, CalendarPrices prices, PriceSeries s,
      int[] days, int zero, EventAbnormalReturns ar, MissingDayPolicy policy) {
    double[] close = prices.close();
    int prev = prices.previousPriceIndex(zero, policy);
    double prior = prev < 0 ? Double.NaN : close[prev];
    double c = Double.isNaN(close[zero]) || Double.isNaN(prior) ? Double.NaN
        : close[zero] / prior - 1;
    double high = Double.NaN;
    double low = Double.NaN;
    if (s.hasHighLow()) {
      int row = s.indexOf(days[zero]);
      if (row >= 0) {
        high = s.high()[row];
        low = s.low()[row];
      }
    }
    int i0 = ar.indexOf(0);
    double abnormal = i0 < 0 ? Double.NaN : ar.ar()[i0];
    double reported = Double.isNaN(spec.reportedMovePct()) ? Double.NaN
        : spec.reportedMovePct() / 100;
    return ReportedMoveCheck.of(reported, c, high, low, prior, abnormal);
  }
}
