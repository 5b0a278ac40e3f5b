package org.stockreaction.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.stockreaction.TestData;
import org.stockreaction.cli.Main;
import org.stockreaction.report.TableRows.Table;

/**
 * Runs a study through the CLI and through Spark, and the SYNTHETIC studies the Spark tests use:
 * random walks generated here from a fixed seed, never market data.
 */
final class Studies {

  static final String BENCHMARK = "SYNMKT";

  private Studies() {}

  /** A run's exit code and what it printed on stderr. */
  record Run(int code, String log) {}

  /** The CLI on {@code input}, published under {@code output/latest}. */
  static Run cli(Path input, Path output, String... settings) {
    List<String> args = new ArrayList<>(List.of("--input", input.toString(), "--output",
        output.toString(), "--threads", "2"));
    args.addAll(List.of(settings));
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(new String[0]), new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    return new Run(code, err.toString());
  }

  /** The Spark study on the tests' local[2] session. */
  static Run spark(String input, String output, String... settings) {
    List<String> args = new ArrayList<>(List.of("--input", input, "--output", output));
    args.addAll(List.of(settings));
    StringWriter err = new StringWriter();
    int code = SparkStudy.run(args.toArray(new String[0]), LocalSpark.get(),
        new PrintWriter(err, true));
    return new Run(code, err.toString());
  }

  /** Asserts the six tables of two run folders are the same bytes. */
  static void assertSameTables(Path expected, Path actual) throws IOException {
    for (Table t : Table.values()) {
      if (t == Table.LOADINGS && !Files.exists(expected.resolve(t.file()))) {
        continue;
      }
      byte[] e = Files.readAllBytes(expected.resolve(t.file()));
      byte[] a = Files.readAllBytes(actual.resolve(t.file()));
      assertTrue(e.length > 3, t.file() + " is empty");
      if (!java.util.Arrays.equals(e, a)) {
        assertArrayEquals(lines(e), lines(a), t.file() + " differs");
      }
      assertArrayEquals(e, a, t.file());
    }
  }

  /**
   * Asserts two run folders hold the same report.md, report.html and charts, byte for byte, and
   * that report.html opens with the groups' overview table.
   */
  static void assertSameReports(Path expected, Path actual) throws IOException {
    for (String f : List.of("report.md", "report.html")) {
      byte[] e = Files.readAllBytes(expected.resolve(f));
      byte[] a = Files.readAllBytes(actual.resolve(f));
      assertArrayEquals(lines(e), lines(a), f + " differs");
      assertArrayEquals(e, a, f);
    }
    String html = Files.readString(actual.resolve("report.html"));
    int overview = html.indexOf("<table class=\"overview\">");
    assertTrue(overview > 0 && overview == html.indexOf("<table"),
        "the overview table comes first");
    List<String> charts = charts(expected);
    assertTrue(!charts.isEmpty(), "the CLI drew no chart");
    org.junit.jupiter.api.Assertions.assertEquals(charts, charts(actual));
    for (String c : charts) {
      assertArrayEquals(Files.readAllBytes(expected.resolve("charts").resolve(c)),
          Files.readAllBytes(actual.resolve("charts").resolve(c)), c);
    }
  }

  private static List<String> charts(Path run) throws IOException {
    try (var s = Files.list(run.resolve("charts"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String[] lines(byte[] b) {
    return new String(b, StandardCharsets.UTF_8).split("\n", -1);
  }

  /** A synthetic ticker's closes on {@code cal}: a random walk; NaN marks a missing day. */
  static double[] walk(Random rnd, int n, double missingShare) {
    double[] c = new double[n];
    double p = 50 + 100 * rnd.nextDouble();
    for (int i = 0; i < n; i++) {
      p *= 1 + 0.0002 + 0.018 * rnd.nextGaussian();
      c[i] = i > 0 && rnd.nextDouble() < missingShare ? Double.NaN : p;
    }
    return c;
  }

  static String price(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /**
   * A SYNTHETIC study in three groups: a benchmark file, own files for SYN00..SYN03 (with missing
   * days), a CSV panel {@code panel.csv} for SYN10..SYN15, a file with a bad price (SYNBAD), and
   * events that fail for every reason the inputs can give (a bad row, an unknown or invalid
   * ticker, a bad price file, day 0 beyond the data, too few estimation days, an unknown model).
   *
   * @param panelAsCsv whether the panel tickers are written to {@code panel.csv}; otherwise they
   *     are returned for a test to write as Parquet
   * @return the panel's rows: ticker, epoch day, close
   */
  static List<Object[]> write(Path root, boolean panelAsCsv) throws IOException {
    Files.createDirectories(root.resolve("prices"));
    Random rnd = new Random(20261207L);
    int n = 700;
    List<LocalDate> cal = TestData.weekdays(n);
    writeFile(root.resolve("prices/" + BENCHMARK + ".csv"), cal, walk(rnd, n, 0));
    for (int i = 0; i < 4; i++) {
      writeFile(root.resolve("prices/SYN0" + i + ".csv"), cal, walk(rnd, n, 0.03));
    }
    List<Object[]> panel = new ArrayList<>();
    StringBuilder csv = new StringBuilder("ticker,date,close\n");
    for (int i = 10; i < 16; i++) {
      double[] c = walk(rnd, n - 40 * (i - 10), 0.02);
      for (int k = 0; k < c.length; k++) {
        if (!Double.isNaN(c[k])) {
          LocalDate d = cal.get(40 * (i - 10) + k);
          // the value the CSV holds, so a Parquet copy holds the same prices
          panel.add(new Object[] {"SYN" + i, d, Double.parseDouble(price(c[k]))});
          csv.append("SYN").append(i).append(',').append(d).append(',').append(price(c[k]))
              .append('\n');
        }
      }
    }
    if (panelAsCsv) {
      Files.writeString(root.resolve("prices/panel.csv"), csv, StandardCharsets.UTF_8);
    }
    Files.writeString(root.resolve("prices/SYNBAD.csv"), "Date,Close\n" + cal.get(0) + ",10.5\n"
        + cal.get(1) + ",1O.7\n", StandardCharsets.UTF_8);
    StringBuilder ev = new StringBuilder("ticker,event_date,reported_move_pct,group,label,model\n");
    String[] groups = {"small", "large", ""};
    int line = 0;
    for (String t : List.of("SYN00", "SYN01", "SYN02", "SYN03", "SYN10", "SYN11", "SYN12",
        "SYN13", "SYN14", "SYN15")) {
      for (int k = 0; k < 3; k++) {
        LocalDate d = cal.get(300 + rnd.nextInt(n - 320));
        ev.append(t).append(',').append(d).append(",1,").append(groups[line % 3])
            .append(",synthetic ").append(line).append(k == 2 && line % 4 == 0
                ? ",market-adjusted" : ",").append('\n');
        line++;
      }
    }
    ev.append("syn01,").append(cal.get(400)).append(",-2,small,lower-case ticker,\n");
    // events of one firm whose windows overlap in a group (same-firm), one written in lower case
    ev.append("SYN02,").append(cal.get(420)).append(",,small,same firm a,\n");
    ev.append("SYN02,").append(cal.get(422)).append(",,small,same firm b,\n");
    ev.append("syn02,").append(cal.get(425)).append(",,small,same firm c,\n");
    ev.append("SYN12,").append(cal.get(470)).append(",,large,same firm d,\n");
    ev.append("SYN12,").append(cal.get(471)).append(",,large,same firm e,\n");
    ev.append("SYN00,").append(cal.get(360)).append(",,large,=formula label,\n");
    ev.append("SYN00,2015-02-30,,small,bad date,\n");
    ev.append(",").append(cal.get(400)).append(",,large,no ticker,\n");
    ev.append("NOPE,").append(cal.get(400)).append(",,small,unknown ticker,\n");
    ev.append("../x,").append(cal.get(400)).append(",,small,invalid ticker,\n");
    ev.append("SYNBAD,").append(cal.get(400)).append(",,large,bad price file,\n");
    ev.append("SYN01,").append(cal.get(n - 1).plusDays(30)).append(",,,beyond the data,\n");
    ev.append("SYN02,").append(cal.get(50)).append(",,small,too early,\n");
    ev.append("SYN03,").append(cal.get(500)).append(",,large,unknown model,capm\n");
    Files.writeString(root.resolve("events.csv"), ev, StandardCharsets.UTF_8);
    Files.writeString(root.resolve("study.properties"), "# SYNTHETIC test study\nbenchmark = "
        + BENCHMARK + "\nevent-windows = 0,0; -1,+1; -3,+3\n", StandardCharsets.UTF_8);
    return panel;
  }

  static void writeFile(Path file, List<LocalDate> cal, double[] close) throws IOException {
    StringBuilder sb = new StringBuilder("Date,Close\n");
    for (int i = 0; i < close.length; i++) {
      if (!Double.isNaN(close[i])) {
        sb.append(cal.get(i)).append(',').append(price(close[i])).append('\n');
      }
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }
}
