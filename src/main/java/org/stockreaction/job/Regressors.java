package org.stockreaction.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stockreaction.calendar.CalendarPrices;
import org.stockreaction.calendar.MissingDayPolicy;
import org.stockreaction.calendar.TradingCalendar;
import org.stockreaction.model.ReturnType;

/**
 * One event's regressors on the trading calendar: the benchmark's return for the market models,
 * or a factor model's factors. For a factor model the dependent variable is the excess return
 * {@code R - RF} and the offset added back to the fitted value is {@code RF}.
 */
abstract class Regressors {

  /** Number of regressor columns. */
  abstract int columns();

  /** Whether the stock's return on calendar day {@code i} can be set against these regressors. */
  abstract boolean covers(int i);

  /** What is taken off the stock's return on day {@code i} and added back to the fitted value. */
  abstract double offset(int i);

  /** Writes day {@code i}'s regressors into {@code x[j][slot]}. */
  abstract void fill(int i, double[][] x, int slot);

  /**
   * Fails the event when a day filled since the last call had no factor value.
   *
   * @param where the window, for the message
   */
  void requireComplete(String where) throws EventFailure {}

  /** The benchmark's return over the same span as the stock's return, in column 0. */
  static Regressors benchmark(double[] benchmarkClose, CalendarPrices stock, MissingDayPolicy policy,
      ReturnType rt, int columns) {
    return new Regressors() {
      @Override
      int columns() {
        return columns;
      }

      @Override
      boolean covers(int i) {
        return true;
      }

      @Override
      double offset(int i) {
        return 0.0;
      }

      @Override
      void fill(int i, double[][] x, int slot) {
        int prev = stock.previousPriceIndex(i, policy);
        x[0][slot] = prev < 0 ? Double.NaN : rt.of(benchmarkClose[prev], benchmarkClose[i]);
      }
    };
  }

  /**
   * A factor model's factors on the day of the return. French's factors are one-day returns, so a
   * stock return that spans a gap (trade-to-trade after a missing day) is left out.
   */
  static Regressors factors(FactorLibrary.Columns columns, TradingCalendar calendar,
      CalendarPrices stock, MissingDayPolicy policy) {
    return new Regressors() {
      private final List<LocalDate> missing = new ArrayList<>();

      @Override
      int columns() {
        return columns.x().length;
      }

      @Override
      boolean covers(int i) {
        return stock.previousPriceIndex(i, policy) == i - 1;
      }

      @Override
      double offset(int i) {
        return columns.rf()[i];
      }

      @Override
      void fill(int i, double[][] x, int slot) {
        for (int j = 0; j < x.length; j++) {
          x[j][slot] = columns.x()[j][i];
        }
        if (!columns.complete(i)) {
          missing.add(calendar.date(i));
        }
      }

      @Override
      void requireComplete(String where) throws EventFailure {
        if (!missing.isEmpty()) {
          String msg = "the " + columns.model().key() + " factors have no value on "
              + missing.size() + " day(s) of the " + where + ": " + FactorLibrary.dates(missing)
              + "; read from " + columns.files() + " (use a factor file that covers these days, or another"
              + " model)";
          missing.clear();
          throw new EventFailure(FailureReason.FACTOR_DATA_MISSING, msg);
        }
      }
    };
  }
}
