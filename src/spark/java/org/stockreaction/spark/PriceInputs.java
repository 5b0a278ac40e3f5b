package org.stockreaction.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.stockreaction.ingest.PriceLibrary;

/**
 * Which price files to read for which tickers, decided on the driver from the folder's listing
 * alone, as the CLI's price library decides: a ticker's own file ({@code <TICKER>.csv}, matched as
 * the CLI matches it), else the panel files in order: the CSV and TXT files by name (those that
 * turn out to hold many tickers), then the Parquet panels ({@code *.parquet}, a file or a folder)
 * by name.
 *
 * @param tasks the CSV files to read, one task each
 * @param parquet the Parquet panels to search, in order
 * @param parquetWanted the tickers the Parquet panels are searched for, by {@link ParquetPanel#key}
 */
record PriceInputs(List<ReadTask> tasks, List<Parquet> parquet,
    HashMap<String, List<String>> parquetWanted) {

  /** A Parquet panel and its place in the search. */
  record Parquet(String uri, String name, int rank) {}

  static PriceInputs plan(InputFolder in, String prices, Set<String> tickers) throws IOException {
    Map<String, FileStatus> files = new TreeMap<>();
    Map<String, FileStatus> parquet = new TreeMap<>();
    for (FileStatus f : in.list(prices)) {
      String name = f.getPath().getName();
      if (name.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
        parquet.put(name, f);
      } else if (f.isFile()) {
        files.put(name, f);
      }
    }
    Map<String, List<String>> own = new TreeMap<>();
    List<String> rest = new ArrayList<>();
    for (String t : tickers) {
      if (PriceLibrary.tickerProblem(t).isPresent()) {
        continue;
      }
      Optional<String> file = PriceLibrary.fileNameOf(t, files.keySet());
      if (file.isPresent()) {
        own.computeIfAbsent(file.get(), k -> new ArrayList<>()).add(t);
      } else {
        rest.add(t);
      }
    }
    List<ReadTask> tasks = new ArrayList<>();
    own.forEach((name, ts) -> tasks.add(new ReadTask(files.get(name).getPath().toString(), name,
        false, 0, ts)));
    List<Parquet> panels = new ArrayList<>();
    HashMap<String, List<String>> wanted = new HashMap<>();
    if (!rest.isEmpty()) {
      int rank = 1;
      for (Map.Entry<String, FileStatus> f : files.entrySet()) {
        String lower = f.getKey().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
          tasks.add(new ReadTask(f.getValue().getPath().toString(), f.getKey(), true, rank++,
              rest));
        }
      }
      for (Map.Entry<String, FileStatus> p : parquet.entrySet()) {
        panels.add(new Parquet(p.getValue().getPath().toString(), p.getKey(), rank++));
      }
      for (String t : rest) {
        wanted.computeIfAbsent(ParquetPanel.key(t), k -> new ArrayList<>()).add(t);
      }
    }
    return new PriceInputs(tasks, panels, wanted);
  }
}
