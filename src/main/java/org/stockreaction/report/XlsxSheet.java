package org.stockreaction.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One table as a sheet of {@code results.xlsx}, streamed: rows go to the file every
 * {@link #FLUSH_ROWS} rows, so a table of any length is written in bounded memory (the workbook
 * keeps only its distinct texts, which grow with the events, not the rows).
 *
 * <p>Cells are typed: text is a string cell (never a formula, so a label such as {@code =1+1}
 * stays the text {@code =1+1}), numbers are numbers with as many decimals shown as the CSV has,
 * integers are numbers shown without decimals, dates are dates shown {@code yyyy-mm-dd}. The
 * header row is bold and frozen, the sheet has an autofilter over all its rows, and each column's
 * width fits the header and the first {@link #FLUSH_ROWS} rows (a streamed sheet's widths are
 * written before its rows). A table longer than a sheet holds continues on a sheet named
 * {@code <name>_2}, and so on, each with its header.
 */
final class XlsxSheet extends TypedCells {

  /** Rows kept before they are written out; also the rows the column widths are fitted to. */
  static final int FLUSH_ROWS = 1000;

  private static final String INTEGER = "0";
  private static final String DATE = "yyyy-mm-dd";
  private static final double MAX_WIDTH = 60;

  private final Workbook workbook;
  private final String name;
  private final List<String> header;
  private final int rowsPerSheet;
  private final String[] decimalFormats = new String[19];
  private Worksheet sheet;
  private int part;
  private int row;
  private boolean flushed;
  private int[] widths;

  /** A sheet of at most {@code rowsPerSheet} rows, header included, before it continues. */
  XlsxSheet(Workbook workbook, String name, List<String> header, int rowsPerSheet) {
    super(header);
    this.workbook = workbook;
    this.name = name;
    this.header = List.copyOf(header);
    this.rowsPerSheet = rowsPerSheet;
    start();
  }

  XlsxSheet(Workbook workbook, String name, List<String> header) {
    this(workbook, name, header, Worksheet.MAX_ROWS);
  }

  private void start() {
    part++;
    sheet = workbook.newWorksheet(part == 1 ? name : name + "_" + part);
    widths = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      sheet.value(0, c, header.get(c));
      sheet.style(0, c).bold().set();
      widths[c] = header.get(c).length();
    }
    sheet.freezePane(0, 1);
    row = 1;
    flushed = false;
  }

  private void fit(int column, int chars) {
    if (!flushed && chars > widths[column]) {
      widths[column] = chars;
    }
  }

  @Override
  protected void putText(int column, String text) {
    sheet.value(row, column, text);
    fit(column, text.length());
  }

  @Override
  protected void putNumber(int column, double value, int decimals) {
    sheet.value(row, column, value);
    sheet.style(row, column).format(decimalFormat(decimals)).set();
    fit(column, Math.max(1, (int) Math.log10(Math.abs(value) + 1) + 1) + decimals + 2);
  }

  private String decimalFormat(int decimals) {
    if (decimals == 0) {
      return INTEGER;
    }
    String f = decimalFormats[decimals];
    if (f == null) {
      f = "0." + "0".repeat(decimals);
      decimalFormats[decimals] = f;
    }
    return f;
  }

  @Override
  protected void putInteger(int column, long value) {
    sheet.value(row, column, value);
    sheet.style(row, column).format(INTEGER).set();
    fit(column, Long.toString(value).length());
  }

  @Override
  protected void putDate(int column, LocalDate date) {
    sheet.value(row, column, date);
    sheet.style(row, column).format(DATE).set();
    fit(column, 10);
  }

  @Override
  protected void putEmpty(int column, Columns.Type type) {
    // an empty CSV cell is a blank cell
  }

  @Override
  protected void putRowEnd() throws IOException {
    row++;
    if (row % FLUSH_ROWS == 0) {
      flush();
    }
    if (row == rowsPerSheet) {
      finishSheet();
      start();
    }
  }

  private void flush() throws IOException {
    if (!flushed) {
      for (int c = 0; c < widths.length; c++) {
        sheet.width(c, Math.min(MAX_WIDTH, widths[c] + 2));
      }
      flushed = true;
    }
    sheet.flush();
  }

  private void finishSheet() throws IOException {
    if (!flushed) {
      flush();
    }
    sheet.setAutoFilter(0, 0, Math.max(0, row - 1), header.size() - 1);
    sheet.finish();
  }

  /** Ends the last sheet of the table. */
  void finish() throws IOException {
    finishSheet();
  }
}
