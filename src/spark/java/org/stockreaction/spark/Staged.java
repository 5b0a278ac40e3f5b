package org.stockreaction.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stockreaction.config.Setting;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.ingest.EventSpec;
import org.stockreaction.ingest.EventsFileReader;
import org.stockreaction.ingest.InputException;
import org.stockreaction.job.JobListener;
import org.stockreaction.job.PriceSource;
import org.stockreaction.job.StudyJob;

/**
 * The broadcast inputs laid out as a local input folder, once per JVM and run, with the settings
 * and events read from it by the CLI's own readers. The driver and every executor build the same.
 */
final class Staged {

  private static final Map<String, Staged> BY_RUN = new ConcurrentHashMap<>();

  final StudyInputs inputs;
  final Path folder;
  final StudyConfig config;
  /** Whether comparison-csv was asked for; {@link #config} has it off. */
  final boolean comparisonCsvAsked;
  final EventsFileReader.Result events;
  private final Map<Integer, EventSpec> byLine = new HashMap<>();
  /** The last events-file line the reports list, whose events the compare model is run for. */
  final int lastListedLine;

  private Staged(StudyInputs inputs) throws IOException, InputException {
    this.inputs = inputs;
    this.folder = Files.createTempDirectory("stock-reaction-spark-");
    folder.toFile().deleteOnExit();
    for (Map.Entry<String, byte[]> f : inputs.files.entrySet()) {
      Path to = folder.resolve(f.getKey()).normalize();
      if (!to.startsWith(folder)) {
        throw new IOException(f.getKey() + ": outside the input folder");
      }
      Files.createDirectories(to.getParent());
      Files.write(to, f.getValue());
      to.toFile().deleteOnExit();
    }
    Path configFile = inputs.hasConfig ? folder.resolve(StudyInputs.CONFIG) : null;
    StudyConfig asked = new StudyArgs("", "", null, null, inputs.settings).load(configFile,
        inputs.configDisplay);
    // no comparison.csv here (SparkStudy warns), so the compare model runs only for the events shown
    this.comparisonCsvAsked = asked.comparisonCsv();
    Map<String, String> settings = new HashMap<>(inputs.settings);
    settings.put(Setting.COMPARISON_CSV.key(), "false");
    this.config = comparisonCsvAsked ? new StudyArgs("", "", null, null, settings).load(configFile,
        inputs.configDisplay) : asked;
    this.events = job(null).readEvents();
    for (EventSpec s : events.events()) {
      byLine.put(s.line(), s);
    }
    // as the CLI: the reports list the first report-events rows, read or not, in file order
    int[] lines = java.util.stream.IntStream.concat(
        events.events().stream().mapToInt(EventSpec::line),
        events.errors().stream().mapToInt(EventsFileReader.RowError::line)).sorted().toArray();
    int listed = Math.min(lines.length, config.reportEvents());
    this.lastListedLine = listed == 0 ? Integer.MIN_VALUE : lines[listed - 1];
  }

  /** On the driver: lays out and reads a run's inputs, saying what stops the run. */
  static Staged load(StudyInputs inputs) throws IOException, InputException {
    Staged s = new Staged(inputs);
    BY_RUN.put(inputs.runId, s);
    return s;
  }

  /** The inputs of a run, laid out and read on first use in this JVM. */
  static Staged of(StudyInputs inputs) {
    return BY_RUN.computeIfAbsent(inputs.runId, id -> {
      try {
        return new Staged(inputs);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InputException e) {
        // the driver read the same bytes without this error before starting any task
        throw new IllegalStateException(e.getMessage(), e);
      }
    });
  }

  /** Drops a run's inputs from this JVM. */
  static void forget(String runId) {
    BY_RUN.remove(runId);
  }

  /** The CLI's job over the staged folder, its prices from {@code prices}. */
  StudyJob job(PriceSource prices) {
    return new StudyJob(config, folder, inputs.display, JobListener.SILENT, 1,
        prices == null ? TaskPrices.NONE : prices);
  }

  EventSpec spec(int line) {
    return byLine.get(line);
  }

  /** Each ticker's events, the ticker in upper case (as the CLI matches a ticker's events). */
  private volatile Map<String, List<EventSpec>> byTicker;

  /** The events of {@code ticker} in any case: the ones the CLI counts as the same firm's. */
  List<EventSpec> sameTicker(String ticker) {
    Map<String, List<EventSpec>> m = byTicker;
    if (m == null) {
      m = new HashMap<>();
      for (EventSpec s : events.events()) {
        m.computeIfAbsent(s.ticker().toUpperCase(java.util.Locale.ROOT),
            k -> new java.util.ArrayList<>()).add(s);
      }
      byTicker = m;
    }
    return m.getOrDefault(ticker.toUpperCase(java.util.Locale.ROOT), List.of());
  }

  List<EventSpec> specs() {
    return events.events();
  }
}
