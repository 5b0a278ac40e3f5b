package org.stockreaction.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures parsing speed against a plain scan of the same file (read the bytes, count the lines).
 *
 * <pre>
 * mvn -B -o -q test-compile
 * java -cp target/classes:target/test-classes org.stockreaction.ingest.PriceParseBenchmark [FILE]
 * </pre>
 *
 * Without a file it writes a synthetic panel of about 100 MB (yfinance columns with a ticker
 * column, full-precision values) to the temporary folder. Prints the best of five runs of each.
 */
public final class PriceParseBenchmark {

  private PriceParseBenchmark() {}

  public static void main(String[] args) throws IOException, InputException {
    Path file = args.length > 0 ? Path.of(args[0]) : synthetic(100_000_000L);
    double mb = Files.size(file) / 1e6;
    int cores = Runtime.getRuntime().availableProcessors();
    double scan = 0;
    double parse = 0;
    double parseAll = 0;
    long lines = 0;
    int rows = 0;
    for (int run = 0; run < 5; run++) {
      long t0 = System.nanoTime();
      lines = countLines(file);
      long t1 = System.nanoTime();
      PriceFile f = PriceFileReader.readFile(file, file.getFileName().toString(), PriceFormat.AUTO,
          Integer.MAX_VALUE, 1);
      long t2 = System.nanoTime();
      PriceFileReader.readFile(file, file.getFileName().toString(), PriceFormat.AUTO,
          Integer.MAX_VALUE, cores);
      long t3 = System.nanoTime();
      rows = f.series().values().stream().mapToInt(PriceSeries::size).sum();
      scan = Math.max(scan, mb / ((t1 - t0) / 1e9));
      parse = Math.max(parse, mb / ((t2 - t1) / 1e9));
      parseAll = Math.max(parseAll, mb / ((t3 - t2) / 1e9));
    }
    System.out.printf(Locale.ROOT, "%s: %.1f MB, %d lines, %d price rows%n", file, mb, lines, rows);
    System.out.printf(Locale.ROOT, "plain scan (read bytes, count lines): %.0f MB/s%n", scan);
    System.out.printf(Locale.ROOT, "parse (PriceFileReader.readFile), 1 thread:  %.0f MB/s (%.0f%%"
        + " of the scan)%n", parse, 100 * parse / scan);
    System.out.printf(Locale.ROOT, "parse (PriceFileReader.readFile), %d threads: %.0f MB/s (%.0f%%"
        + " of the scan)%n", cores, parseAll, 100 * parseAll / scan);
  }

  static long countLines(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    long n = 0;
    for (byte c : b) {
      if (c == '\n') {
        n++;
      }
    }
    return n;
  }

  static Path synthetic(long bytes) throws IOException {
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "price-panel-" + bytes + ".csv");
    if (Files.exists(file) && Files.size(file) >= bytes) {
      return file;
    }
    SplittableRandom r = new SplittableRandom(1);
    int days = 2600;
    long written = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("Ticker,Date,Close,High,Low,Open,Volume\n");
      for (int t = 0; written < bytes; t++) {
        String ticker = "T" + t;
        double p = 20 + 200 * r.nextDouble();
        LocalDate d = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < days && written < bytes; i++) {
          p *= Math.exp(0.02 * r.nextGaussian());
          String line = ticker + "," + d + "," + p + "," + p * 1.01 + "," + p * 0.99 + ","
              + p * (1 + 0.005 * r.nextGaussian()) + "," + r.nextInt(1_000_000, 90_000_000) + "\n";
          w.write(line);
          written += line.length();
          d = d.plusDays(1);
        }
      }
    }
    return file;
  }
}
