package org.stockreaction.report;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * A {@link Cells} that keeps values rather than text: a workbook's sheet, a Tablesaw table. Each
 * cell arrives as its column's type with the value the CSV holds: a number is the CSV's decimal
 * read back (so it equals the CSV cell exactly), text is the raw text without the CSV's formula
 * guard, and an empty CSV cell is an empty cell.
 */
public abstract class TypedCells implements Cells {

  private final Columns.Type[] types;
  private final char[] scratch = new char[Decimals.MAX_CHARS];
  private int column;

  protected TypedCells(List<String> header) {
    types = new Columns.Type[header.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = Columns.of(header.get(i));
    }
  }

  /** The type of column {@code i}. */
  protected final Columns.Type type(int i) {
    return types[i];
  }

  /** A non-empty text cell of column {@code column}. */
  protected abstract void putText(int column, String text) throws IOException;

  /** A number as the CSV holds it, with the CSV's count of decimals. */
  protected abstract void putNumber(int column, double value, int decimals) throws IOException;

  protected abstract void putInteger(int column, long value) throws IOException;

  protected abstract void putDate(int column, LocalDate date) throws IOException;

  /** An empty cell (an empty CSV cell) of a column of type {@code type}. */
  protected abstract void putEmpty(int column, Columns.Type type) throws IOException;

  /** The row is complete. */
  protected abstract void putRowEnd() throws IOException;

  @Override
  public Cells text(String raw) throws IOException {
    int c = next(Columns.Type.TEXT);
    if (raw == null || raw.isEmpty()) {
      putEmpty(c, Columns.Type.TEXT);
    } else {
      putText(c, raw);
    }
    return this;
  }

  @Override
  public Cells number(double v, int decimals) throws IOException {
    int c = next(Columns.Type.NUMBER);
    int length = Decimals.write(v, decimals, scratch, 0);
    if (length == 0) {
      putEmpty(c, Columns.Type.NUMBER);
    } else {
      putNumber(c, Double.parseDouble(new String(scratch, 0, length)), decimals);
    }
    return this;
  }

  @Override
  public Cells integer(long v) throws IOException {
    putInteger(next(Columns.Type.INTEGER), v);
    return this;
  }

  @Override
  public Cells date(LocalDate d) throws IOException {
    int c = next(Columns.Type.DATE);
    if (d == null) {
      putEmpty(c, Columns.Type.DATE);
    } else {
      putDate(c, d);
    }
    return this;
  }

  @Override
  public Cells empty() throws IOException {
    int c = next(null);
    putEmpty(c, types[c]);
    return this;
  }

  @Override
  public Cells formatted(String cell) throws IOException {
    int c = next(null);
    if (cell.isEmpty()) {
      putEmpty(c, types[c]);
      return this;
    }
    switch (types[c]) {
      case TEXT -> putText(c, CsvTable.untext(cell));
      case NUMBER -> {
        int dot = cell.indexOf('.');
        putNumber(c, Double.parseDouble(cell), dot < 0 ? 0 : cell.length() - dot - 1);
      }
      case INTEGER -> putInteger(c, Long.parseLong(cell));
      default -> putDate(c, LocalDate.parse(cell));
    }
    return this;
  }

  @Override
  public void endRow() throws IOException {
    if (column != types.length) {
      throw new IllegalStateException("row has " + column + " cells, header has " + types.length);
    }
    column = 0;
    putRowEnd();
  }

  private int next(Columns.Type expected) {
    if (column >= types.length) {
      throw new IllegalStateException("row has more cells than the header's " + types.length);
    }
    if (expected != null && types[column] != expected) {
      throw new IllegalStateException("column " + column + " is declared " + types[column].key()
          + ", not " + expected.key());
    }
    return column++;
  }
}
