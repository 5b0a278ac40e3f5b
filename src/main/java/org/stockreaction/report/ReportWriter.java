package org.stockreaction.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stockreaction.job.StudyResult;

/** Writes every report of a study into one folder and says which files it wrote. */
public final class ReportWriter {

  private ReportWriter() {}

  public static List<String> write(StudyResult study, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<String> written = new ArrayList<>();
    ResultTables.summary(study).write(folder.resolve("summary.csv"));
    written.add("summary.csv");
    ResultTables.car(study).write(folder.resolve("car.csv"));
    written.add("car.csv");
    ResultTables.abnormalReturns(study).write(folder.resolve("abnormal_returns.csv"));
    written.add("abnormal_returns.csv");
    LoadingsTable.of(study).write(folder.resolve("loadings.csv"));
    written.add("loadings.csv");
    GroupTables.groupSummary(study).write(folder.resolve("group_summary.csv"));
    written.add("group_summary.csv");
    GroupTables.aar(study).write(folder.resolve("aar.csv"));
    written.add("aar.csv");
    Files.writeString(folder.resolve("report.md"), MarkdownReport.render(study),
        StandardCharsets.UTF_8);
    written.add("report.md");
    return written;
  }
}
