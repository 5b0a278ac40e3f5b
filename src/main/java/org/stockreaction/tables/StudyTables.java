package org.stockreaction.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.ingest.InputException;
import org.stockreaction.job.JobListener;
import org.stockreaction.job.StudyJob;
import org.stockreaction.job.StudyResult;
import org.stockreaction.report.ResultTable;
import tech.tablesaw.api.Table;

/**
 * Every result table of a study as a Tablesaw {@link Table}, with the same rows and columns as
 * its CSV file: text columns as {@code StringColumn} (the text itself, without the CSV's
 * spreadsheet guard; an empty cell is {@code ""}), numbers as {@code DoubleColumn} (the value the
 * CSV holds, to its decimals; an empty cell is missing), whole numbers such as {@code rel_day} as
 * {@code IntColumn}, and dates as {@code DateColumn} of {@code LocalDate}.
 *
 * <pre>{@code
 * Map<String, Table> t = StudyTables.of(StudyTables.run(Path.of("input")));
 * Table car = t.get("car");
 * car.where(car.intColumn("window_start").isEqualTo(-1)).sortDescendingOn("car_pct");
 * }</pre>
 */
public final class StudyTables {

  private StudyTables() {}

  /**
   * The tables of a computed study, by name ({@code summary}, {@code car},
   * {@code abnormal_returns}, {@code loadings}, {@code group_summary}, {@code aar}), in the order
   * the CSV files are listed.
   */
  public static Map<String, Table> of(StudyResult result) {
    Map<String, Table> tables = new LinkedHashMap<>();
    for (ResultTable t : ResultTable.ALL) {
      TablesawCells cells = new TablesawCells(t.name(), t.header());
      try {
        t.write(result, cells);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // the cells are kept in memory; nothing is written
      }
      tables.put(t.name(), cells.table());
    }
    return Collections.unmodifiableMap(tables);
  }

  /**
   * Runs the study in {@code input} as the command line would (its {@code study.properties} when
   * there is one, the defaults otherwise), without writing anything.
   *
   * @throws InputException when the study cannot be read, with the file, line and what to do
   */
  public static StudyResult run(Path input) throws InputException {
    Path settings = input.resolve("study.properties");
    boolean has = Files.isRegularFile(settings);
    StudyResult result = new StudyJob(ConfigLoader.load(has ? settings : null,
        has ? settings.toString() : "none", Map.of()), input, input.toString(),
        JobListener.SILENT).run();
    return result;
  }
}
