package org.stockreaction.job;

import java.util.Map;
import java.util.Optional;
import org.stockreaction.ingest.PriceLibrary;

/**
 * Where a job finds each ticker's prices: the input folder's price files, or series another engine
 * has already read (a Spark task holds one ticker's series and the benchmarks').
 */
public interface PriceSource {

  /** The series of a ticker or the error that stopped its file; empty when nothing holds it. */
  Optional<PriceLibrary.Entry> get(String ticker);

  /** The price folder as named in messages, such as {@code input/prices}. */
  String displayFolder();

  /** Every entry read so far, by file name (a panel's tickers as {@code file.csv#TICKER}). */
  Map<String, PriceLibrary.Entry> loaded();

  /** The price files of a folder, each read once. */
  static PriceSource of(PriceLibrary library) {
    return new PriceSource() {
      @Override
      public Optional<PriceLibrary.Entry> get(String ticker) {
        return library.get(ticker);
      }

      @Override
      public String displayFolder() {
        return library.displayFolder();
      }

      @Override
      public Map<String, PriceLibrary.Entry> loaded() {
        return library.loaded();
      }
    };
  }
}
