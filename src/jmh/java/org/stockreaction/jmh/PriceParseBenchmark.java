package org.stockreaction.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.stockreaction.ingest.InputException;
import org.stockreaction.ingest.PriceFile;
import org.stockreaction.ingest.PriceFileReader;
import org.stockreaction.ingest.PriceFormat;

/**
 * Parses one synthetic single-ticker price file of 2,520 rows ({@code Date,Close,High,Low,Open,
 * Volume}) with {@link PriceFileReader#readFile}, the file read from disk each time (it stays in
 * the page cache). The score is files per second; the {@code bytes} and {@code rows} counters are
 * the same rate in bytes and rows per second (bytes/s / 1e6 = MB/s).
 *
 * <p>{@code decimals}: {@code 4} writes prices with four decimals (as the bench universe does);
 * {@code 17} writes them as Java's shortest round-trip doubles, like the 15-17 digit prices of a
 * Yahoo download.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PriceParseBenchmark {

  static final int ROWS = 2_520;

  @Param({"4", "17"})
  public int decimals;

  private Path file;
  private long size;
  private int today;

  /** Per-thread counters JMH reports as rates beside the score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Volume {
    public long bytes;
    public long rows;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
      rows = 0;
    }
  }

  @Setup(Level.Trial)
  public void write() throws IOException {
    file = Files.createTempFile("jmh-prices-", ".csv");
    Files.writeString(file, csv(ROWS, decimals, new SplittableRandom(42)), StandardCharsets.UTF_8);
    size = Files.size(file);
    today = (int) LocalDate.of(2030, 1, 1).toEpochDay();
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public PriceFile parse(Volume volume) throws InputException {
    PriceFile f = PriceFileReader.readFile(file, "S00001.csv", PriceFormat.AUTO, today);
    volume.bytes += size;
    volume.rows += ROWS;
    return f;
  }

  /** A Yahoo-layout price file of {@code rows} weekdays from 2015-01-02, a seeded random walk. */
  static String csv(int rows, int decimals, SplittableRandom rnd) {
    StringBuilder sb = new StringBuilder(rows * 80);
    sb.append("Date,Close,High,Low,Open,Volume\n");
    LocalDate day = LocalDate.of(2015, 1, 2);
    double price = 100;
    for (int i = 0; i < rows; day = day.plusDays(1)) {
      if (day.getDayOfWeek().getValue() > 5) {
        continue;
      }
      price *= 1 + 0.0004 + 0.015 * rnd.nextGaussian();
      double high = price * (1 + 0.01 * rnd.nextDouble());
      double low = price * (1 - 0.01 * rnd.nextDouble());
      double open = low + (high - low) * rnd.nextDouble();
      sb.append(day).append(',').append(number(price, decimals)).append(',')
          .append(number(high, decimals)).append(',').append(number(low, decimals)).append(',')
          .append(number(open, decimals)).append(',').append(100_000 + rnd.nextInt(5_000_000))
          .append('\n');
      i++;
    }
    return sb.toString();
  }

  private static String number(double v, int decimals) {
    return decimals == 17 ? Double.toString(v) : String.format(Locale.ROOT, "%.4f", v);
  }
}
