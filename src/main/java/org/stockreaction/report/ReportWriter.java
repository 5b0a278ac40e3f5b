package org.stockreaction.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.stockreaction.config.OutputFormat;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.job.StudyResult;
import org.stockreaction.job.Workers;

/**
 * Writes every report of a study into one folder and says which files it wrote.
 *
 * <p>Each group of events gets a section of {@code report.html} from {@link GroupCharts} (its AAR
 * and CAAR chart and its tests) and a PNG in {@code charts/} from {@link ChartFiles}.
 */
public final class ReportWriter {

  private ReportWriter() {}

  /** Prepares what writing the reports needs (the chart drawing) while the study computes. */
  public static void warmUp() {
    ChartFiles.warmUp();
  }

  /** As {@link #write(StudyResult, Path, int)} with one thread per core. */
  public static List<String> write(StudyResult study, Path folder) throws IOException {
    return write(study, folder, 0);
  }

  /** As {@link #write(StudyResult, Path, int, RunInfo)} without the run's details. */
  public static List<String> write(StudyResult study, Path folder, int threads)
      throws IOException {
    return write(study, folder, threads, null);
  }

  /**
   * Writes every file on {@code threads} threads (0: one per core) and returns their names,
   * relative to {@code folder}, in a fixed order whatever the threads: the tables in the formats
   * the study's {@code formats} setting asks for, the reports, then the charts. Each file is
   * built and written by one task; the workbook, the largest table and the two reports are queued
   * first, the charts and the small files last, so the threads finish together. {@code run} fills
   * the workbook's about sheet; it may be null.
   */
  public static List<String> write(StudyResult study, Path folder, int threads, RunInfo run)
      throws IOException {
    return write(study, folder, threads, run, files -> {});
  }

  /**
   * As {@link #write(StudyResult, Path, int, RunInfo)}, telling {@code done} the paths of each
   * task's files as soon as they are written (from the writing threads), so that work on them,
   * such as their digests, can start while the other files are still being written.
   */
  public static List<String> write(StudyResult study, Path folder, int threads, RunInfo run,
      java.util.function.Consumer<List<Path>> done) throws IOException {
    Files.createDirectories(folder);
    StudyConfig cfg = study.config();
    boolean json = cfg.writes(OutputFormat.JSON);
    // in the order the files are listed
    List<IoTask> text = new ArrayList<>(List.of(
        () -> table("summary", ResultTables.SUMMARY, t -> ResultTables.summary(study, t), folder,
            json),
        () -> table("car", ResultTables.CAR, t -> ResultTables.car(study, t), folder, json),
        () -> table("abnormal_returns", ResultTables.ABNORMAL,
            t -> ResultTables.abnormalReturns(study, t), folder, json),
        () -> csv("loadings.csv", LoadingsTable.of(study), folder),
        () -> csv("group_summary.csv", GroupTables.groupSummary(study), folder),
        () -> csv("aar.csv", GroupTables.aar(study), folder),
        () -> text("report.md", MarkdownReport.render(study), folder),
        () -> text("report.html", HtmlReport.render(study, sections(study)), folder)));
    // in the order they are started: the long tasks first (the largest table, report.html and
    // report.md each take 0.1 to 0.2 s on rows-heavy, cold), then the other tables (group_summary
    // too: 0.15 s for events-heavy's 800 groups), the charts (many short tasks, to even out the
    // threads' ends) and aar.csv; a long task started after the charts ran alone at the end
    int[] start = {2, 7, 0, 6, 1, 3, 4, -1, 5};
    if (!study.crossSection().characteristics().isEmpty()) {
      text.add(() -> csv(CrossSectionReport.FILE, CrossSectionReport.table(study), folder));
      start = java.util.Arrays.copyOf(start, start.length + 1);
      start[start.length - 1] = text.size() - 1;
    }
    if (cfg.comparisonCsv() && study.comparison() != null && study.comparison().computed()) {
      text.add(() -> table("comparison", ResultTables.COMPARISON,
          t -> ResultTables.comparison(study, t), folder, json));
      start = java.util.Arrays.copyOf(start, start.length + 1);
      start[start.length - 1] = text.size() - 1;
    }
    if (cfg.writes(OutputFormat.XLSX)) {
      // listed after the tables, started first: it writes every table again, on one thread
      text.add(6, () -> Xlsx.write(study, folder, run));
      int[] withXlsx = new int[start.length + 1];
      for (int i = 0; i < start.length; i++) {
        withXlsx[i + 1] = start[i] >= 6 ? start[i] + 1 : start[i];
      }
      withXlsx[0] = 6;
      start = withXlsx;
    }
    List<IoTask> charts = ChartFiles.tasks(study, folder);
    List<IoTask> jobs = new ArrayList<>();
    int[] textAt = new int[text.size()];
    int chartsAt = 0;
    for (int i : start) {
      if (i < 0) {
        chartsAt = jobs.size();
        jobs.addAll(charts);
      } else {
        textAt[i] = jobs.size();
        jobs.add(text.get(i));
      }
    }
    List<List<String>> files = new ArrayList<>(Collections.nCopies(jobs.size(), List.of()));
    try (Workers pool = new Workers(threads > 0 ? threads
        : Runtime.getRuntime().availableProcessors())) {
      pool.forEachIo(jobs.size(), i -> {
        List<String> names = jobs.get(i).run();
        files.set(i, names);
        done.accept(names.stream().map(folder::resolve).toList());
      });
    }
    List<String> written = new ArrayList<>();
    for (int at : textAt) {
      written.addAll(files.get(at));
    }
    for (int k = 0; k < charts.size(); k++) {
      written.addAll(files.get(chartsAt + k));
    }
    return written;
  }

  /**
   * Writes the reports for people alone, {@code report.md}, {@code report.html} and the PNG files
   * in {@code charts/}, the same bytes as {@link #write} writes them, and returns their names. For
   * an engine that writes the tables itself and hands over only the events the reports show
   * ({@link StudyResult.Totals}).
   */
  public static List<String> writeReports(StudyResult study, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<String> written = new ArrayList<>(text("report.md", MarkdownReport.render(study), folder));
    written.addAll(text("report.html", HtmlReport.render(study, sections(study)), folder));
    for (IoTask chart : ChartFiles.tasks(study, folder)) {
      written.addAll(chart.run());
    }
    return written;
  }

  /**
   * The HTML report's sections after the events: the groups, the same-firm notes, the
   * cross-sectional regressions.
   */
  private static List<HtmlReport.Section> sections(StudyResult study) {
    List<HtmlReport.Section> out = new ArrayList<>(GroupCharts.sections(study));
    for (HtmlReport.Section s : new HtmlReport.Section[] {SameFirmSection.html(study),
        CrossSectionReport.html(study)}) {
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** Builds and writes one or more files; returns their names. */
  interface IoTask {
    List<String> run() throws IOException;
  }

  /** Streams a table's rows into a {@link TableWriter}. */
  private interface Rows {
    void write(TableWriter t) throws IOException;
  }

  /**
   * A table as {@code name.csv} and, when asked, {@code name.json}, written in one pass (CSV is
   * always written: {@link OutputFormat#parseList}).
   */
  private static List<String> table(String name, List<String> header, Rows rows, Path folder,
      boolean json) throws IOException {
    try (OutputStream c = Files.newOutputStream(folder.resolve(name + ".csv"));
        OutputStream j = json ? Files.newOutputStream(folder.resolve(name + ".json")) : null;
        TableWriter t = new TableWriter(name, header, c, j)) {
      rows.write(t);
    }
    return json ? List.of(name + ".csv", name + ".json") : List.of(name + ".csv");
  }

  private static List<String> csv(String name, CsvTable t, Path folder) throws IOException {
    t.write(folder.resolve(name));
    return List.of(name);
  }

  /**
   * Keeps the workbook writer (and fastexcel) off the class path a run without {@code xlsx}
   * loads: this class is loaded only when its method is first called.
   */
  private static final class Xlsx {
    static List<String> write(StudyResult study, Path folder, RunInfo run) throws IOException {
      return XlsxWorkbook.write(study, folder, run);
    }
  }

  private static List<String> text(String name, String content, Path folder) throws IOException {
    Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    return List.of(name);
  }
}
