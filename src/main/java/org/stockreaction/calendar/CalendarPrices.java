package org.stockreaction.calendar;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/**
 * Prices placed on a trading calendar: one slot per calendar day, NaN where the series has no
 * price. When the series trades on exactly the calendar's days its array is used as it is, not
 * copied, so the prices are held once. Dates of the series that are not trading days of the calendar are counted and left out.
 *
 * @param close price per calendar day, NaN when missing
 * @param offCalendar number of series rows on dates the calendar does not trade
 */
public record CalendarPrices(double[] close, int offCalendar) {

  /**
   * Places {@code values} (one per {@code days} entry, dates increasing) on the calendar in one
   * linear merge.
   */
  public static CalendarPrices align(int[] days, double[] values, TradingCalendar calendar) {
    int[] cal = calendar.days();
    if (Arrays.equals(days, cal)) {
      return new CalendarPrices(values, 0);
    }
    double[] out = new double[cal.length];
    Arrays.fill(out, Double.NaN);
    int off = 0;
    int c = 0;
    for (int i = 0; i < days.length; i++) {
      while (c < cal.length && cal[c] < days[i]) {
        c++;
      }
      if (c < cal.length && cal[c] == days[i]) {
        out[c] = values[i];
      } else {
        off++;
      }
    }
    return new CalendarPrices(out, off);
  }

  /**
   * Returns per calendar day. Index 0 never has one. Under {@link MissingDayPolicy#SKIP} a day has a
   * return only when it and the previous calendar day both have prices; under {@link
   * MissingDayPolicy#TRADE_TO_TRADE} the first price after a gap gives the return from the last
   * earlier price.
   *
   * @param returnOf the return from the earlier price to the later, such as {@code
   *     ReturnType.SIMPLE::of}: the model stage owns the choice of return, the calendar only
   *     places it
   */
  public double[] returns(DoubleBinaryOperator returnOf, MissingDayPolicy policy) {
    double[] r = new double[close.length];
    Arrays.fill(r, Double.NaN);
    int last = -1;
    for (int i = 0; i < close.length; i++) {
      if (Double.isNaN(close[i])) {
        continue;
      }
      if (last >= 0 && (last == i - 1 || policy == MissingDayPolicy.TRADE_TO_TRADE)) {
        r[i] = returnOf.applyAsDouble(close[last], close[i]);
      }
      last = i;
    }
    return r;
  }

  /**
   * The calendar index of the last price before {@code index} under the policy (the previous day
   * for SKIP), or -1 when there is none.
   */
  public int previousPriceIndex(int index, MissingDayPolicy policy) {
    for (int i = index - 1; i >= 0; i--) {
      if (!Double.isNaN(close[i])) {
        return i;
      }
      if (policy == MissingDayPolicy.SKIP) {
        return -1;
      }
    }
    return -1;
  }
}
