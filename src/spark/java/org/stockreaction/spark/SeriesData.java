package org.stockreaction.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.stockreaction.ingest.InputException;
import org.stockreaction.ingest.PriceLibrary;
import org.stockreaction.ingest.PriceSeries;

/**
 * One ticker's price series as read by a task, or the error that stopped its file, with the rank
 * of the file it came from: 0 for the ticker's own file, then the panel files in the order the CLI
 * searches them (the CSV panels by name, then the Parquet panels by name). Serializable, so it can
 * be shuffled to the ticker's events.
 */
final class SeriesData implements Serializable {
  private static final long serialVersionUID = 1L;

  final String ticker;
  final int rank;
  /**
   * The series' entry in the CLI's price library: the file's name, a panel's tickers as
   * {@code file#TICKER} (the ticker as the panel writes it), or null for an error.
   */
  final String key;
  final int[] days;
  final double[] close;
  final double[] high;
  final double[] low;
  final String priceColumn;
  final String source;
  final ArrayList<String> warnings;
  /** The error, or null. */
  final InputException error;

  private SeriesData(String ticker, int rank, String key, PriceSeries s, InputException error) {
    this.ticker = ticker;
    this.rank = rank;
    this.key = key;
    this.error = error;
    this.days = s == null ? null : s.days();
    this.close = s == null ? null : s.close();
    this.high = s == null ? null : s.high();
    this.low = s == null ? null : s.low();
    this.priceColumn = s == null ? null : s.priceColumn();
    this.source = s == null ? null : s.source();
    this.warnings = s == null ? new ArrayList<>() : new ArrayList<>(s.warnings());
  }

  static SeriesData of(String ticker, int rank, String key, PriceSeries s) {
    return new SeriesData(ticker, rank, key, s, null);
  }

  static SeriesData failed(String ticker, int rank, InputException e) {
    return new SeriesData(ticker, rank, null, null, e);
  }

  /** As the CLI's price library holds it. */
  PriceLibrary.Entry entry() {
    if (error != null) {
      return new PriceLibrary.Entry(null, error);
    }
    return new PriceLibrary.Entry(new PriceSeries(ticker, days, close, high, low, priceColumn,
        source, List.copyOf(warnings)), null);
  }

  /** The one of two that the CLI would take: the lower rank. */
  static SeriesData first(SeriesData a, SeriesData b) {
    return a.rank <= b.rank ? a : b;
  }
}
