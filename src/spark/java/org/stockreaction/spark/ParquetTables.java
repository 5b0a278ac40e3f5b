package org.stockreaction.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.stockreaction.report.Columns;
import org.stockreaction.report.TableRows.Table;

/**
 * The typed Parquet copy of each table, {@code parquet/<table>/}: the CSV just written, read back
 * with the column types the CSV documents (dates as dates, numbers as doubles, integers as longs,
 * text without the spreadsheet guard; an empty cell is null).
 */
final class ParquetTables {

  static final String FOLDER = "parquet";

  private ParquetTables() {}

  static List<String> write(SparkSession spark, String folderUri) {
    List<String> written = new ArrayList<>();
    for (Table t : Table.values()) {
      List<StructField> fields = new ArrayList<>();
      for (String c : t.columns()) {
        fields.add(DataTypes.createStructField(c, sparkType(typeOf(c)), true));
      }
      Dataset<Row> csv = spark.read()
          .option("header", "true")
          .option("multiLine", "true")
          .option("escape", "\"")
          .option("dateFormat", "yyyy-MM-dd")
          .option("mode", "FAILFAST")
          .schema(new StructType(fields.toArray(new StructField[0])))
          .csv(folderUri + "/" + t.file());
      List<Column> cols = new ArrayList<>();
      for (String c : t.columns()) {
        cols.add(typeOf(c) == Columns.Type.TEXT
            ? regexp_replace(col(c), "^'", "").as(c) : col(c));
      }
      String name = t.file().substring(0, t.file().length() - ".csv".length());
      csv.select(cols.toArray(new Column[0])).coalesce(1).write().mode(SaveMode.ErrorIfExists)
          .parquet(folderUri + "/" + FOLDER + "/" + name);
      written.add(FOLDER + "/" + name + "/");
    }
    return written;
  }

  private static final Set<String> TEXT = Set.of("group", "statistic", "reference_distribution",
      "factor", "model", "vintage");
  private static final Set<String> INTEGER = Set.of("n", "positive_count", "excluded");

  /**
   * A column's type: as the CSV and JSON tables declare it, and for the columns of loadings,
   * group_summary and aar that are not declared there, text for the names above, integer for the
   * counts, a number otherwise.
   */
  static Columns.Type typeOf(String column) {
    if (Columns.declared(column)) {
      return Columns.of(column);
    }
    return TEXT.contains(column) ? Columns.Type.TEXT
        : INTEGER.contains(column) ? Columns.Type.INTEGER : Columns.Type.NUMBER;
  }

  private static DataType sparkType(Columns.Type type) {
    return switch (type) {
      case TEXT -> DataTypes.StringType;
      case NUMBER -> DataTypes.DoubleType;
      case INTEGER -> DataTypes.LongType;
      case DATE -> DataTypes.DateType;
    };
  }
}
