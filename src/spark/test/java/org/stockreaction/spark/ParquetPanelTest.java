package org.stockreaction.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Parquet panel gives the same results as the same prices in a CSV panel. */
class ParquetPanelTest {

  @TempDir
  Path tmp;

  @Test
  void parquetPanelGivesTheTablesOfTheSameCsvPanel() throws Exception {
    Path input = tmp.resolve("in");
    List<Object[]> panel = Studies.write(input, true);
    Studies.Run cli = Studies.cli(input, tmp.resolve("cli"));
    assertEquals(4, cli.code(), cli.log());

    // the same prices as a Parquet panel in place of the CSV one
    Files.delete(input.resolve("prices/panel.csv"));
    List<Row> rows = new ArrayList<>();
    for (Object[] r : panel) {
      rows.add(RowFactory.create(r[0], java.sql.Date.valueOf((LocalDate) r[1]), r[2]));
    }
    StructType schema = new StructType()
        .add("ticker", DataTypes.StringType)
        .add("date", DataTypes.DateType)
        .add("close", DataTypes.DoubleType);
    // several part files, so the panel is read by more than one task
    LocalSpark.get().createDataFrame(rows, schema).repartition(3).write()
        .parquet(input.resolve("prices/panel.parquet").toString());

    Studies.Run spark = Studies.spark(input.toString(), tmp.resolve("spark").toString());
    assertEquals(4, spark.code(), spark.log());
    Studies.assertSameTables(tmp.resolve("cli/latest"), tmp.resolve("spark"));
  }
}
