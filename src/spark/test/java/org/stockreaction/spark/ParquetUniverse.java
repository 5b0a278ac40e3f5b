package org.stockreaction.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a SYNTHETIC study for the Spark benchmark: a long-format Parquet panel
 * {@code prices/universe.parquet} of random-walk closes (tickers {@code U00000..} and the benchmark
 * {@code MKT}, on weekdays from 2015-01-02), an events file spread over the tickers in 100 groups,
 * and a note saying the data are made up. Usage: {@code ParquetUniverse OUT TICKERS DAYS EVENTS}.
 */
public final class ParquetUniverse {

  private ParquetUniverse() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int tickers = Integer.parseInt(args[1]);
    int days = Integer.parseInt(args[2]);
    int events = Integer.parseInt(args[3]);
    List<LocalDate> cal = org.stockreaction.TestData.weekdays(days);
    int first = (int) cal.get(0).toEpochDay();
    int[] epoch = cal.stream().mapToInt(d -> (int) d.toEpochDay()).toArray();
    SparkSession spark = SparkSession.builder().master("local[2]").appName("universe")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    StructType schema = new StructType().add("ticker", DataTypes.StringType)
        .add("date", DataTypes.DateType).add("close", DataTypes.DoubleType);
    FlatMapFunction<Long, Row> rows = id -> walk(id, epoch);
    spark.range(-1, tickers).as(Encoders.LONG()).repartition(8)
        .flatMap(rows, ExpressionEncoder.apply(schema))
        .write().parquet(out.resolve("prices/universe.parquet").toString());
    spark.stop();
    Random rnd = new Random(20261207L);
    StringBuilder ev = new StringBuilder("ticker,event_date,group\n");
    for (int k = 0; k < events; k++) {
      ev.append(ticker(rnd.nextInt(tickers))).append(',')
          .append(cal.get(300 + rnd.nextInt(days - 320))).append(",g").append(k % 100)
          .append('\n');
    }
    Files.writeString(out.resolve("events.csv"), ev, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("study.properties"), "# SYNTHETIC benchmark study\n"
        + "benchmark = MKT\ncompare-model = none\n", StandardCharsets.UTF_8);
    Files.writeString(out.resolve("SYNTHETIC-DATA.txt"), "Synthetic data: random walks, not"
        + " market data (" + tickers + " tickers x " + days + " days from " + first + ").\n",
        StandardCharsets.UTF_8);
  }

  static String ticker(long id) {
    return id < 0 ? "MKT" : String.format(Locale.ROOT, "U%05d", id);
  }

  private static Iterator<Row> walk(long id, int[] epoch) {
    Random rnd = new Random(1_000_003L * (id + 2));
    List<Row> out = new ArrayList<>(epoch.length);
    double p = 20 + 80 * rnd.nextDouble();
    String t = ticker(id);
    for (int d : epoch) {
      p *= 1 + 0.0002 + 0.02 * rnd.nextGaussian();
      out.add(RowFactory.create(t, java.sql.Date.valueOf(LocalDate.ofEpochDay(d)),
          Math.round(p * 10000) / 10000.0));
    }
    return out.iterator();
  }
}
