package org.stockreaction.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaPairRDD;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.ingest.EventSpec;
import org.stockreaction.ingest.EventsFileReader;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.InputFile;
import org.stockreaction.job.ModelComparison;
import org.stockreaction.job.SameFirm;
import org.stockreaction.job.StudyJob;
import org.stockreaction.job.StudyResult;
import org.stockreaction.report.ReportWriter;
import org.stockreaction.stats.GroupResult;

/**
 * report.md, report.html and the charts, built on the driver by the CLI's own report code from
 * the group statistics and the events the reports show: the first {@code report-events} events,
 * computed events, failed events and events with another event of the ticker in their estimation
 * window ({@link EventSummary}). Only those events are computed again here, by the CLI's
 * per-event code on the series of their tickers (collected for them alone), which gives the
 * numbers the executors computed; every other event stays in the executors.
 */
final class DriverReport {

  private DriverReport() {}

  /** A price file the run read, for the report's list of data files, and its warnings. */
  record FileInfo(String key, String ticker, String path, int rows, long first, long last,
      String priceColumn, ArrayList<String> warnings) implements Serializable {

    /** The file that gave {@code s}, as the CLI lists it, or null for a series that failed. */
    static FileInfo of(SeriesData s, String prices) {
      if (s.key == null) {
        return null;
      }
      List<InputFile> f = InputFile.of(Map.of(s.key, s.entry()), prices);
      InputFile i = f.isEmpty() ? null : f.get(0);
      return new FileInfo(s.key, s.ticker, i == null ? null : i.path(), i == null ? 0 : i.rows(),
          i == null ? 0 : i.first().toEpochDay(), i == null ? 0 : i.last().toEpochDay(),
          i == null ? null : i.priceColumn(), new ArrayList<>(s.warnings));
    }

    InputFile file() {
      return path == null ? null : new InputFile(ticker, path, rows,
          java.time.LocalDate.ofEpochDay(first), java.time.LocalDate.ofEpochDay(last),
          priceColumn);
    }
  }

  /**
   * The study as the reports see it: the shown events computed again, every group, and the counts
   * of all events.
   *
   * @param files the files that gave every ticker's series
   * @param series every ticker's series, of which those of the shown events' tickers are collected
   * @param benchmarks the benchmarks' series
   * @param panelError the first panel file's error, as the tasks had it
   */
  static StudyResult study(Staged staged, EventSummary summary, List<GroupTask.Result> groups,
      List<FileInfo> files, JavaPairRDD<String, SeriesData> series,
      Map<String, SeriesData> benchmarks, SeriesData panelError)
      throws InterruptedException, ExecutionException {
    StudyConfig cfg = staged.config;
    TreeSet<Integer> lines = summary.shown();
    Map<Integer, EventsFileReader.RowError> unreadable = new HashMap<>();
    for (EventsFileReader.RowError e : staged.events.errors()) {
      unreadable.put(e.line(), e);
    }
    Set<String> tickers = new TreeSet<>();
    Map<String, List<EventSpec>> sameFirm = new LinkedHashMap<>();
    for (int line : lines) {
      EventSpec spec = staged.spec(line);
      if (spec != null) {
        tickers.add(spec.ticker());
        sameFirm.put(spec.ticker().toUpperCase(Locale.ROOT), staged.sameTicker(spec.ticker()));
      }
    }
    Map<String, SeriesData> prices = new HashMap<>(benchmarks);
    if (!tickers.isEmpty()) {
      prices.putAll(series.filter(e -> tickers.contains(e._1())).collectAsMap());
    }
    StudyJob job = staged.job(new TaskPrices(staged.inputs.display + "/" + cfg.prices(), prices,
        panelError));
    List<EventSpec> known = new ArrayList<>();
    sameFirm.values().forEach(known::addAll);
    job.knowEvents(known);
    List<EventOutcome> outcomes = new ArrayList<>();
    for (int line : lines) {
      EventSpec spec = staged.spec(line);
      outcomes.add(spec != null ? job.compute(spec)
          : EventOutcome.unreadable(unreadable.get(line)));
    }
    ModelComparison comparison = job.compare(outcomes);

    // the data files and their warnings in the CLI's order (by file), then the benchmarks'
    // missing days, then the events without a day-0 return
    TreeMap<String, FileInfo> byKey = new TreeMap<>();
    for (FileInfo f : files) {
      byKey.merge(f.key(), f, (a, b) -> a.ticker().compareTo(b.ticker()) <= 0 ? a : b);
    }
    List<InputFile> inputs = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (FileInfo f : byKey.values()) {
      if (f.file() != null) {
        inputs.add(f.file());
      }
      warnings.addAll(f.warnings());
    }
    warnings.addAll(summary.benchmarkGaps.values());
    warnings.addAll(summary.dayZeroGaps.values());

    List<GroupTask.Result> bySameFirm = new ArrayList<>(groups);
    bySameFirm.sort(Comparator.comparingInt(GroupTask.Result::firstComputed));
    List<SameFirm.Overlap> overlaps = new ArrayList<>();
    long overlapCount = 0;
    for (GroupTask.Result g : bySameFirm) {
      overlapCount += g.overlaps();
      String name = g.firstOverlaps().isEmpty() ? null : g.decode().name();
      for (GroupTask.Pair p : g.firstOverlaps()) {
        if (overlaps.size() < cfg.reportEvents()) {
          overlaps.add(new SameFirm.Overlap(name, p.first(), p.second()));
        }
      }
    }
    List<GroupResult> results = groups.stream().map(GroupTask.Result::decode).toList();
    StudyResult.Totals totals = new StudyResult.Totals(summary.events, summary.failed,
        summary.contaminated, overlapCount, overlaps, summary.models);
    return new StudyResult(cfg, outcomes, inputs, warnings, staged.events.hasGroupColumn(),
        job.factorFiles(), comparison, results, null, totals);
  }

  /**
   * Writes the reports into {@code out} through a local folder; returns their names, relative to
   * the output folder.
   */
  static List<String> write(StudyResult study, Output out) throws IOException {
    Path local = Files.createTempDirectory("stock-reaction-report-");
    try {
      List<String> names = ReportWriter.writeReports(study, local);
      for (String name : names) {
        try (OutputStream o = out.create(name)) {
          Files.copy(local.resolve(name), o);
        }
      }
      return names;
    } finally {
      try (var walk = Files.walk(local)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
