package org.stockreaction.report;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Where a table's cells go, typed, row by row: the CSV and JSON files ({@link TableWriter}) or a
 * workbook's sheet. The tables are written once through this and every format gets the same
 * cells.
 */
public interface Cells {

  /** A text cell; null is empty. */
  Cells text(String raw) throws IOException;

  /** A number with a fixed count of decimals; NaN and infinities are empty. */
  Cells number(double v, int decimals) throws IOException;

  /** A fraction written as percent with 6 decimals, as {@link Decimals#pct}. */
  default Cells pct(double fraction) throws IOException {
    return number(fraction * 100.0, 6);
  }

  Cells integer(long v) throws IOException;

  /** A date; null is empty. */
  Cells date(LocalDate d) throws IOException;

  /** An empty cell of any column. */
  Cells empty() throws IOException;

  /**
   * A cell already formatted for the CSV ({@link CsvTable} rows): text already guarded, numbers
   * already written by {@link Decimals}; its column's declared type says what it holds.
   */
  Cells formatted(String cell) throws IOException;

  /** Ends the row; every column must have had its cell. */
  void endRow() throws IOException;
}
