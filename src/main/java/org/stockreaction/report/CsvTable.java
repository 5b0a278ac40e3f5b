package org.stockreaction.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV table held in memory, row by row, for people and spreadsheets; {@link TableWriter}
 * writes it (UTF-8 with a byte-order mark, {@code \n} line ends, one header row, fields quoted only
 * when they need it). The large tables stream through {@link TableWriter} directly.
 *
 * <p>Text cells go through {@link #text(String)}, which neutralises anything a spreadsheet would run
 * as a formula (OWASP CSV injection: a leading {@code = + - @}, tab or carriage return gets a
 * leading apostrophe; see {@link #text} for the rest). A cell that holds a {@code ;}, {@code |} or
 * tab is quoted as well as one holding a comma, so a spreadsheet that splits on another separator
 * (German Excel uses {@code ;}) cannot start a new cell in the middle of user text. Numeric cells
 * are formatted by {@link Decimals} and written as they are, so a negative return stays a number.
 */
public final class CsvTable {

  private final List<String> header;
  private final List<String[]> rows = new ArrayList<>();

  public CsvTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  public List<String> header() {
    return header;
  }

  /** Adds a row of already-formatted cells; text cells must have gone through {@link #text}. */
  public void add(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, header has " + header.size());
    }
    rows.add(cells.clone());
  }

  public List<String[]> rows() {
    return List.copyOf(rows);
  }

  /**
   * A text cell made safe to open in a spreadsheet: a leading apostrophe is added when the text
   * starts with {@code = + - @}, a tab, a carriage return (OWASP), a line feed or NUL (OWASP ASVS
   * 1.2.10), the full-width {@code ＝ ＋ － ＠}, or any of these after leading spaces (which a
   * spreadsheet may trim on import). A text that already starts with an apostrophe gets one too, so
   * the guard is always exactly one leading apostrophe and {@link #untext} undoes it.
   */
  public static String text(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    return needsGuard(s) ? "'" + s : s;
  }

  /** The text a {@link #text} cell was made from. */
  public static String untext(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  private static boolean needsGuard(String s) {
    char first = s.charAt(0);
    if (first == '\'' || first == '\t' || first == '\r' || first == '\n' || first == '\0') {
      return true;
    }
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\u00A0'
        || s.charAt(i) == '\u3000')) {
      i++;
    }
    return i < s.length() && "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20".indexOf(s.charAt(i)) >= 0;
  }

  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  /** Writes the table as CSV ({@link TableWriter} says how). */
  public void write(OutputStream out) throws IOException {
    try (TableWriter w = new TableWriter("", header, out, null)) {
      writeRows(w);
    }
  }

  /** Passes every row's cells, as formatted, to {@code cells}. */
  void writeRows(Cells cells) throws IOException {
    for (String[] r : rows) {
      for (String cell : r) {
        cells.formatted(cell);
      }
      cells.endRow();
    }
  }
}
