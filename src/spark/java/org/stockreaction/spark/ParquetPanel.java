package org.stockreaction.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.upper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.stockreaction.ingest.InputException;
import org.stockreaction.ingest.PriceSeries;

/**
 * A long-format Parquet panel: columns {@code ticker} (string), {@code date} (date, or an ISO
 * {@code yyyy-MM-dd} string) and {@code close} (a number), and optionally {@code high} and
 * {@code low}; any other column is ignored and names are matched ignoring case. A file or a folder
 * of part files. Read in the executors by row group, only the rows of the tickers the events ask
 * for, and grouped by ticker into one series each, sorted by date; never collected to the driver.
 *
 * <p>A row without a close is a missing day. A close that is not above zero, or two rows of a
 * ticker on one date with different values, fail that ticker (its events fail with
 * {@code price_file_error}); the panel's other tickers are unaffected.
 */
final class ParquetPanel {

  private ParquetPanel() {}

  /**
   * The series of the wanted tickers in one panel.
   *
   * @param wanted the tickers as the events name them, by their key ({@link #key})
   * @param partitions how many tasks group the rows by ticker ({@code spark.sql.shuffle.partitions})
   */
  static JavaRDD<SeriesData> read(SparkSession spark, String uri, String display, int rank,
      Map<String, List<String>> wanted, Broadcast<StudyInputs> inputs, int partitions) {
    Dataset<Row> raw = spark.read().parquet(uri);
    List<String> names = Arrays.asList(raw.columns());
    boolean highLow = names.stream().anyMatch(n -> n.equalsIgnoreCase("high"))
        && names.stream().anyMatch(n -> n.equalsIgnoreCase("low"));
    Column none = lit(null).cast("double");
    Dataset<Row> rows = raw.select(
        upper(regexp_replace(col("ticker").cast("string"), "^\\^", "")).as("key"),
        datediff(col("date").cast("date"), lit("1970-01-01").cast("date")).as("day"),
        col("close").cast("double").as("close"),
        highLow ? col("high").cast("double").as("high") : none.as("high"),
        highLow ? col("low").cast("double").as("low") : none.as("low"));
    Dataset<Row> keys = spark.createDataset(new ArrayList<>(wanted.keySet()), Encoders.STRING())
        .toDF("key");
    Dataset<Row> mine = rows.join(broadcast(keys), "key")
        .repartition(partitions, col("key"))
        .sortWithinPartitions("key", "day");
    return mine.javaRDD().mapPartitions(it -> series(it, display, rank, highLow, wanted,
        inputs.value()));
  }

  /** How a panel's ticker meets an event's: upper case, without a leading ^ (as the CLI). */
  static String key(String ticker) {
    String u = ticker.toUpperCase(Locale.ROOT);
    return u.startsWith("^") ? u.substring(1) : u;
  }

  private static Iterator<SeriesData> series(Iterator<Row> it, String display, int rank,
      boolean highLow, Map<String, List<String>> wanted, StudyInputs inputs) {
    LocalDate asOf = Staged.of(inputs).config.asOf();
    int last = asOf == null ? Integer.MAX_VALUE : (int) asOf.toEpochDay();
    List<SeriesData> out = new ArrayList<>();
    Builder b = null;
    while (it.hasNext()) {
      Row r = it.next();
      String key = r.getString(0);
      if (b == null || !b.key.equals(key)) {
        if (b != null) {
          b.emit(out, wanted);
        }
        b = new Builder(key, display, rank, highLow, last);
      }
      b.add(r);
    }
    if (b != null) {
      b.emit(out, wanted);
    }
    return out.iterator();
  }

  /** One ticker's rows, in date order. */
  private static final class Builder {
    final String key;
    final String display;
    final int rank;
    final int last;
    boolean highLow;
    int n;
    int[] days = new int[256];
    double[] close = new double[256];
    double[] high = new double[256];
    double[] low = new double[256];
    InputException error;

    Builder(String key, String display, int rank, boolean highLow, int last) {
      this.key = key;
      this.display = display;
      this.rank = rank;
      this.highLow = highLow;
      this.last = last;
    }

    void add(Row r) {
      if (error != null || r.isNullAt(1) || r.isNullAt(2)) {
        return;
      }
      int day = r.getInt(1);
      double c = r.getDouble(2);
      double h = r.isNullAt(3) ? Double.NaN : r.getDouble(3);
      double l = r.isNullAt(4) ? Double.NaN : r.getDouble(4);
      if (day > last) {
        return;
      }
      if (!(c > 0) || Double.isInfinite(c)) {
        error = new InputException(display, key + " " + LocalDate.ofEpochDay(day) + ": close "
            + c + " is not above zero", "fix or remove the row");
        return;
      }
      if (n > 0 && days[n - 1] == day) {
        if (close[n - 1] != c) {
          error = new InputException(display, key + " has two rows for " + LocalDate.ofEpochDay(day)
              + " with different closes (" + close[n - 1] + " and " + c + ")",
              "keep one row per ticker and date");
        }
        return;
      }
      if (n == days.length) {
        days = Arrays.copyOf(days, 2 * n);
        close = Arrays.copyOf(close, 2 * n);
        high = Arrays.copyOf(high, 2 * n);
        low = Arrays.copyOf(low, 2 * n);
      }
      highLow &= !Double.isNaN(h) && !Double.isNaN(l);
      days[n] = day;
      close[n] = c;
      high[n] = h;
      low[n] = l;
      n++;
    }

    void emit(List<SeriesData> out, Map<String, List<String>> wanted) {
      for (String ticker : wanted.getOrDefault(key, List.of())) {
        if (error != null) {
          out.add(SeriesData.failed(ticker, rank, error));
        } else if (n == 0) {
          out.add(SeriesData.failed(ticker, rank, new InputException(display, key
              + " has no row with a close", "add its prices or remove its events")));
        } else {
          out.add(SeriesData.of(ticker, rank, display.substring(display.lastIndexOf('/') + 1) + "#"
              + key, new PriceSeries(ticker, Arrays.copyOf(days, n),
              Arrays.copyOf(close, n), highLow ? Arrays.copyOf(high, n) : null,
              highLow ? Arrays.copyOf(low, n) : null, "close", display, List.of())));
        }
      }
    }
  }
}
