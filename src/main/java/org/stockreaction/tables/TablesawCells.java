package org.stockreaction.tables;

import java.time.LocalDate;
import java.util.List;
import org.stockreaction.report.Columns;
import org.stockreaction.report.TypedCells;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Builds one Tablesaw table from a result table's typed cells, column by column. */
final class TablesawCells extends TypedCells {

  private final Table table;
  private final Column<?>[] columns;

  TablesawCells(String name, List<String> header) {
    super(header);
    columns = new Column<?>[header.size()];
    for (int i = 0; i < columns.length; i++) {
      String n = header.get(i);
      columns[i] = switch (type(i)) {
        case TEXT -> StringColumn.create(n);
        case NUMBER -> DoubleColumn.create(n);
        case INTEGER -> IntColumn.create(n);
        case DATE -> DateColumn.create(n);
      };
    }
    table = Table.create(name, columns);
  }

  Table table() {
    return table;
  }

  @Override
  protected void putText(int column, String text) {
    ((StringColumn) columns[column]).append(text);
  }

  @Override
  protected void putNumber(int column, double value, int decimals) {
    ((DoubleColumn) columns[column]).append(value);
  }

  @Override
  protected void putInteger(int column, long value) {
    ((IntColumn) columns[column]).append(Math.toIntExact(value));
  }

  @Override
  protected void putDate(int column, LocalDate date) {
    ((DateColumn) columns[column]).append(date);
  }

  @Override
  protected void putEmpty(int column, Columns.Type type) {
    if (type == Columns.Type.TEXT) {
      ((StringColumn) columns[column]).append("");
    } else {
      columns[column].appendMissing();
    }
  }

  @Override
  protected void putRowEnd() {
    // the columns grow together; nothing to do at a row's end
  }
}
