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
    List<String> written = new ArrayList<>();
    table("summary", ResultTables.summary(study), folder, written);
    table("car", ResultTables.car(study), folder, written);
    table("abnormal_returns", ResultTables.abnormalReturns(study), folder, written);
    LoadingsTable.of(study).write(folder.resolve("loadings.csv"));
    written.add("loadings.csv");
    GroupTables.groupSummary(study).write(folder.resolve("group_summary.csv"));
    written.add("group_summary.csv");
    GroupTables.aar(study).write(folder.resolve("aar.csv"));
    written.add("aar.csv");
    Files.writeString(folder.resolve("report.md"), MarkdownReport.render(study),
        StandardCharsets.UTF_8);
    written.add("report.md");
    Files.writeString(folder.resolve("report.html"),
        HtmlReport.render(study, GroupCharts.sections(study)), StandardCharsets.UTF_8);
    written.add("report.html");
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

  /** A table as {@code name.csv} and {@code name.json}. */
  private static void table(String name, CsvTable t, Path folder, List<String> written)
      throws IOException {
    t.write(folder.resolve(name + ".csv"));
    written.add(name + ".csv");
    JsonTables.write(name, t, folder.resolve(name + ".json"));
    written.add(name + ".json");
  }
}
