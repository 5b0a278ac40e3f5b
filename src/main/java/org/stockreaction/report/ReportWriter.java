package org.stockreaction.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.stockreaction.job.StudyResult;

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

  public static List<String> write(StudyResult study, Path folder) throws IOException {
    Files.createDirectories(folder);
    // The PNG charts are drawn on a second thread while the text files are written.
    FutureTask<List<String>> charts = new FutureTask<>(() -> ChartFiles.write(study, folder));
    Thread chartThread = new Thread(charts, "chart-files");
    chartThread.setDaemon(true);
    chartThread.start();
    // The text files are independent: each is built and written on its own, two at a time; the
    // list of files written keeps this fixed order whatever the threads.
    List<IoTask> tasks = List.of(
        () -> table("summary", ResultTables.summary(study), folder),
        () -> table("car", ResultTables.car(study), folder),
        () -> table("abnormal_returns", ResultTables.abnormalReturns(study), folder),
        () -> csv("loadings.csv", LoadingsTable.of(study), folder),
        () -> csv("group_summary.csv", GroupTables.groupSummary(study), folder),
        () -> csv("aar.csv", GroupTables.aar(study), folder),
        () -> text("report.md", MarkdownReport.render(study), folder),
        () -> text("report.html", HtmlReport.render(study, GroupCharts.sections(study)), folder));
    List<String> written = new ArrayList<>();
    try {
      for (List<String> files : tasks.parallelStream().map(t -> {
        try {
          return t.run();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList()) {
        written.addAll(files);
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    written.addAll(await(charts));
    return written;
  }

  private static List<String> await(FutureTask<List<String>> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the charts", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(c);
    }
  }

  /** Builds and writes one or two files; returns their names. */
  private interface IoTask {
    List<String> run() throws IOException;
  }

  /** A table as {@code name.csv} and {@code name.json}. */
  private static List<String> table(String name, CsvTable t, Path folder) throws IOException {
    t.write(folder.resolve(name + ".csv"));
    JsonTables.write(name, t, folder.resolve(name + ".json"));
    return List.of(name + ".csv", name + ".json");
  }

  private static List<String> csv(String name, CsvTable t, Path folder) throws IOException {
    t.write(folder.resolve(name));
    return List.of(name);
  }

  private static List<String> text(String name, String content, Path folder) throws IOException {
    Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    return List.of(name);
  }
}
