package org.stockreaction.job;

/** Why one event could not be computed. Each is reported next to the successes. */
public enum FailureReason {
  /** The events row could not be read (bad date, bad number, empty ticker). */
  BAD_EVENT_ROW,
  /** The ticker is not a safe file name (path separators, {@code ..}, odd characters). */
  INVALID_TICKER,
  /** No price file for the ticker. */
  UNKNOWN_TICKER,
  /** The stock's price file exists but could not be read. */
  PRICE_FILE_ERROR,
  /** The benchmark's price file is missing or could not be read. */
  BENCHMARK_UNAVAILABLE,
  /** The event names a model the tool does not know. */
  UNKNOWN_MODEL,
  /** Day 0 falls after the last date of the data. */
  DAY0_BEYOND_DATA,
  /** The stock has no prices up to day 0. */
  NO_STOCK_DATA_BEFORE_DAY0,
  /** Fewer estimation-window returns than the minimum. */
  TOO_FEW_ESTIMATION_DAYS,
  /** A factor model's factor file is missing, unreadable, or not a daily file. */
  FACTOR_FILE_UNAVAILABLE,
  /** A factor file has no value on a day the estimation or event window needs. */
  FACTOR_DATA_MISSING,
  /** The model could not be fitted (for example the benchmark never moved). */
  MODEL_FAILED,
  /** A statistic of the event is not a finite number (for example from prices that overflow). */
  NON_FINITE_STATISTIC,
  /** The GARCH(1,1) likelihood maximisation did not converge to a stationary fit. */
  GARCH_NOT_CONVERGED,
  /**
   * With {@code clean-estimation = on}, too few estimation days are left once the days of the
   * ticker's other events are left out.
   */
  ESTIMATION_WINDOW_CONTAMINATED,
  /** Something the tool itself got wrong; reported, and the other events go on. */
  INTERNAL_ERROR;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
