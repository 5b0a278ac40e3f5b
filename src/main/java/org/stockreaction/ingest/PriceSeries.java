package org.stockreaction.ingest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One ticker's daily prices, sorted by date, one row per date, no missing values.
 *
 * <p>Dates are epoch days ({@link LocalDate#toEpochDay()}) so the hot path stays on primitive
 * arrays. {@code high} and {@code low} are null when the source has no such columns (or when they
 * are not on the same basis as {@code close}, such as unadjusted highs next to an adjusted close).
 *
 * <p>When the source gives returns instead of prices (a CRSP-style {@code ret} column),
 * {@code close} holds a price index rebuilt from them: 1.0 on the first row, whose return has no
 * earlier day in the file and is not used, then each row's index is the previous one times
 * {@code 1 + return}. The simple return between two consecutive rows is thus the return as given
 * (to rounding, about 1e-16), and {@code priceColumn} says that returns were used.
 *
 * @param ticker the ticker the series belongs to
 * @param days trading dates as epoch days, strictly increasing
 * @param close the price used for returns (adjusted close where the source has one)
 * @param high intraday high, or null
 * @param low intraday low, or null
 * @param priceColumn the name of the source column {@code close} came from, for the report
 * @param source where the series was read from, for the report and the manifest
 * @param warnings problems found while reading that did not stop the file
 */
public record PriceSeries(
    String ticker,
    int[] days,
    double[] close,
    double[] high,
    double[] low,
    String priceColumn,
    String source,
    java.util.List<String> warnings) {

  public PriceSeries {
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(close, "close");
    Objects.requireNonNull(priceColumn, "priceColumn");
    Objects.requireNonNull(source, "source");
    warnings = java.util.List.copyOf(warnings);
    if (close.length != days.length
        || (high != null && high.length != days.length)
        || (low != null && low.length != days.length)) {
      throw new IllegalArgumentException("column lengths differ for " + ticker);
    }
    for (int i = 1; i < days.length; i++) {
      if (days[i] <= days[i - 1]) {
        throw new IllegalArgumentException("dates not strictly increasing for " + ticker);
      }
    }
    for (double c : close) {
      if (!(c > 0) || Double.isInfinite(c)) {
        throw new IllegalArgumentException("non-positive or missing price for " + ticker);
      }
    }
  }

  public int size() {
    return days.length;
  }

  public LocalDate firstDate() {
    return LocalDate.ofEpochDay(days[0]);
  }

  public LocalDate lastDate() {
    return LocalDate.ofEpochDay(days[days.length - 1]);
  }

  public boolean hasHighLow() {
    return high != null && low != null;
  }

  /** Index of the row dated {@code epochDay}, or a negative number when there is none. */
  public int indexOf(int epochDay) {
    return Arrays.binarySearch(days, epochDay);
  }

  /** The same series under another ticker, such as the one the user asked for. */
  public PriceSeries named(String otherTicker) {
    return new PriceSeries(otherTicker, days, close, high, low, priceColumn, source, warnings);
  }

  /** The rows dated on or before {@code lastDay}; the series itself when nothing is cut. */
  public PriceSeries upTo(int lastDay) {
    int n = days.length;
    while (n > 0 && days[n - 1] > lastDay) {
      n--;
    }
    if (n == days.length) {
      return this;
    }
    return new PriceSeries(
        ticker,
        Arrays.copyOf(days, n),
        Arrays.copyOf(close, n),
        high == null ? null : Arrays.copyOf(high, n),
        low == null ? null : Arrays.copyOf(low, n),
        priceColumn,
        source,
        warnings);
  }
}
