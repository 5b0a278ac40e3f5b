package org.stockreaction.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.ingest.InputException;
import org.stockreaction.ingest.PriceFile;
import org.stockreaction.ingest.PriceFileReader;
import org.stockreaction.ingest.PriceSeries;

/**
 * One CSV price file to read in a task, with the CLI's reader: a ticker's own file, or a panel
 * file searched for the tickers that have no file of their own. A file on another file system
 * than the local one is copied to a local temporary file first.
 *
 * @param uri the file
 * @param name its name in the price folder
 * @param panel whether it is searched as a panel (else it is the own file of {@code tickers})
 * @param rank the order the CLI searches it in ({@link SeriesData#rank})
 * @param tickers the tickers to take from it, as the events name them
 */
record ReadTask(String uri, String name, boolean panel, int rank, List<String> tickers)
    implements Serializable {

  ReadTask {
    tickers = new ArrayList<>(tickers);
  }

  /** The series the file gives, or its error (a panel's error under the ticker {@code ""}). */
  Iterator<SeriesData> read(StudyInputs inputs, Configuration conf) throws IOException {
    StudyConfig cfg = Staged.of(inputs).config;
    String display = inputs.display + "/" + cfg.prices() + "/" + name;
    int asOf = cfg.asOf() == null ? Integer.MAX_VALUE : (int) cfg.asOf().toEpochDay();
    Path path = new Path(uri);
    FileSystem fs = path.getFileSystem(conf);
    String local = InputFolder.localPath(uri);
    java.nio.file.Path file;
    boolean copied = local == null;
    if (copied) {
      file = Files.createTempFile("stock-reaction-prices-", ".csv");
      InputFolder.copyToLocal(fs, path, file);
    } else {
      file = java.nio.file.Path.of(local);
    }
    List<SeriesData> out = new ArrayList<>();
    try {
      if (!panel) {
        for (String t : tickers) {
          try {
            PriceSeries s = PriceFileReader.read(file, t, display, cfg.priceFormat(),
                inputs.todayEpochDay);
            out.add(SeriesData.of(t, rank, name, s.upTo(asOf)));
          } catch (InputException e) {
            out.add(SeriesData.failed(t, rank, e));
          }
        }
      } else if (PriceFileReader.holdsManyTickers(file, cfg.priceFormat())) {
        try {
          PriceFile f = PriceFileReader.readFile(file, display, cfg.priceFormat(),
              inputs.todayEpochDay, 1);
          for (String t : tickers) {
            Optional<PriceSeries> s = f.series(t);
            s.ifPresent(series -> out.add(SeriesData.of(t, rank, name + "#" + series.ticker(),
                series.named(t).upTo(asOf))));
          }
        } catch (InputException e) {
          out.add(SeriesData.failed("", rank, e));
        }
      }
    } finally {
      if (copied) {
        Files.deleteIfExists(file);
      }
    }
    return out.iterator();
  }
}
