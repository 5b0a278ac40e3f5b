package org.stockreaction.report;

import java.io.IOException;
import java.util.List;
import org.stockreaction.job.StudyResult;

/**
 * One result table of a run: its name (the file name without extension, the sheet's name), its
 * columns (each with the type {@link Columns} declares), and how its rows are written to any
 * {@link Cells}. Every format (CSV, JSON, the workbook, the Tablesaw tables) is written from
 * these, so they hold the same rows and columns.
 *
 * @param name the table's name: {@code summary}, {@code car}, ...
 * @param header the column names, in order
 * @param streamed whether the table is written row by row as it is computed (the large ones,
 *     which also have JSON copies) rather than built in memory first
 * @param rows writes the table's rows
 */
public record ResultTable(String name, List<String> header, boolean streamed, Rows rows) {

  /** Writes a study's rows of one table. */
  @FunctionalInterface
  public interface Rows {
    void write(StudyResult study, Cells cells) throws IOException;
  }

  /** Every table, in the order the files are listed. */
  public static final List<ResultTable> ALL = List.of(
      new ResultTable("summary", ResultTables.SUMMARY, true, ResultTables::summary),
      new ResultTable("car", ResultTables.CAR, true, ResultTables::car),
      new ResultTable("abnormal_returns", ResultTables.ABNORMAL, true,
          ResultTables::abnormalReturns),
      new ResultTable("loadings", LoadingsTable.HEADER, false,
          (s, c) -> LoadingsTable.of(s).writeRows(c)),
      new ResultTable("group_summary", GroupTables.GROUP_SUMMARY, false,
          (s, c) -> GroupTables.groupSummary(s).writeRows(c)),
      new ResultTable("aar", GroupTables.AAR, false, (s, c) -> GroupTables.aar(s).writeRows(c)));

  /** Writes the study's rows of this table to {@code cells}. */
  public void write(StudyResult study, Cells cells) throws IOException {
    rows.write(study, cells);
  }
}
