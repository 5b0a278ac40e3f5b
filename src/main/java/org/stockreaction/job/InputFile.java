package org.stockreaction.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stockreaction.ingest.PriceLibrary;
import org.stockreaction.ingest.PriceSeries;

/**
 * A price file the run read, for the report's method section and the manifest.
 *
 * @param ticker the ticker
 * @param path the file, relative to the input folder
 * @param rows price rows read
 * @param first first date
 * @param last last date used (after {@code as-of})
 * @param priceColumn the column returns came from
 */
public record InputFile(
    String ticker, String path, int rows, LocalDate first, LocalDate last, String priceColumn) {

  /**
   * The price files read, one per ticker with prices, sorted by ticker ({@code file.csv#TICKER}
   * for a panel's tickers), with their paths under the price folder {@code pricesDir}.
   */
  public static List<InputFile> of(Map<String, PriceLibrary.Entry> loaded, String pricesDir) {
    Map<String, InputFile> byTicker = new TreeMap<>();
    for (Map.Entry<String, PriceLibrary.Entry> e : loaded.entrySet()) {
      PriceSeries s = e.getValue().series();
      if (s != null && s.size() > 0) {
        // a panel file's entries are keyed file.csv#TICKER; the file is the part before '#'
        int hash = e.getKey().indexOf('#');
        String file = hash < 0 ? e.getKey() : e.getKey().substring(0, hash);
        byTicker.put(e.getKey(), new InputFile(s.ticker(), pricesDir + "/" + file,
            s.size(), s.firstDate(), s.lastDate(), s.priceColumn()));
      }
    }
    return new ArrayList<>(byTicker.values());
  }

  /** The events file and every price file read, each once, as paths under {@code inputDir}. */
  public static List<java.nio.file.Path> paths(java.nio.file.Path inputDir, String events,
      List<InputFile> prices) {
    java.util.Set<java.nio.file.Path> files = new java.util.LinkedHashSet<>();
    files.add(inputDir.resolve(events));
    for (InputFile f : prices) {
      files.add(inputDir.resolve(f.path()));
    }
    return List.copyOf(files);
  }
}
