package org.stockreaction.spark;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.stockreaction.ingest.PriceLibrary;
import org.stockreaction.job.PriceSource;

/**
 * The prices a task computes with: the series of the ticker whose events it is computing, and
 * the broadcast benchmarks. A ticker no file holds is looked up as the CLI does when its panels
 * are searched: the first panel file that failed to read, if one did, else nothing.
 */
final class TaskPrices implements PriceSource {

  /** No prices at all (reading the events needs none). */
  static final TaskPrices NONE = new TaskPrices("", Map.of(), null);

  private final String displayFolder;
  private final Map<String, SeriesData> benchmarks;
  private final SeriesData panelError;
  private String ticker;
  private SeriesData current;

  TaskPrices(String displayFolder, Map<String, SeriesData> benchmarks, SeriesData panelError) {
    this.displayFolder = displayFolder;
    this.benchmarks = benchmarks;
    this.panelError = panelError;
  }

  /** The ticker now computed and its series, or null when no file holds it. */
  void current(String ticker, SeriesData series) {
    this.ticker = ticker;
    this.current = series;
  }

  @Override
  public Optional<PriceLibrary.Entry> get(String t) {
    SeriesData s = t.equals(ticker) && current != null ? current : benchmarks.get(t);
    if (s == null) {
      s = panelError;
    }
    return s == null ? Optional.empty() : Optional.of(s.entry());
  }

  @Override
  public String displayFolder() {
    return displayFolder;
  }

  @Override
  public Map<String, PriceLibrary.Entry> loaded() {
    return new HashMap<>();
  }
}
