package org.stockreaction.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --model ff3}, {@code carhart4} and {@code ff5} from the command line, on the shipped study
 * and on a sample of many events: real trading dates of the shipped tickers, real prices and
 * factors.
 */
class FactorModelCliTest {

  @TempDir Path tmp;

  private static int run(String... args) {
    return runExpecting(0, args);
  }

  private static int runExpecting(int expected, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertTrue(code == expected, "exit " + code + ": " + err);
    return code;
  }

  /** The rows of a CSV the tool wrote (BOM stripped, no quoted commas in these columns). */
  private static List<String[]> rows(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String[]> out = new ArrayList<>();
    for (String l : lines) {
      out.add(l.replace("\uFEFF", "").split(",", -1));
    }
    return out;
  }

  private static int col(List<String[]> rows, String name) {
    return List.of(rows.get(0)).indexOf(name);
  }

  @ParameterizedTest
  @CsvSource({"ff3,4,0", "carhart4,5,4", "ff5,6,4"})
  void runsTheShippedStudy(String model, int coefficients, int comparisonCoefficients)
      throws IOException {
    Path out = tmp.resolve(model);
    // French's factors are US ones: the Hong Kong events (rows 4 and 5) need them on Hong Kong
    // trading days the file does not have, so they fail alone and the run exits 4
    runExpecting(4, "--model", model, "--output", out.toString(), "-q");
    List<String[]> summary = rows(out.resolve("latest/summary.csv"));
    assertEquals(6, summary.size());
    for (String[] r : summary.subList(1, 4)) {
      assertEquals(model, r[col(summary, "model")]);
      assertEquals("ok", r[col(summary, "status")]);
      assertEquals(Integer.toString(240 - coefficients), r[col(summary, "df")]);
    }
    for (String[] r : summary.subList(4, 6)) {
      assertTrue(r[col(summary, "ticker")].endsWith(".HK"));
      assertEquals("failed", r[col(summary, "status")]);
      // the reason holds commas, so it is quoted and this simple split cuts it
      assertTrue(r[col(summary, "reason")].startsWith("\"factor_data_missing: "),
          r[col(summary, "reason")]);
    }
    List<String[]> loadings = rows(out.resolve("latest/loadings.csv"));
    assertEquals(List.of("ticker", "event_date", "model", "factor", "estimate", "std_error", "t",
        "p", "df", "vintage"), List.of(loadings.get(0)));
    assertEquals(1 + 3 * coefficients + 3 * comparisonCoefficients, loadings.size());
    String report = Files.readString(out.resolve("latest/report.md"));
    assertTrue(report.contains(model.equals("ff5") ? "vintage 202601 CRSP database"
        : "vintage 202604 CRSP database"), report);
  }

  @Test
  void theDefaultRunComparesTheMarketModelWithFf3() throws IOException {
    Path out = tmp.resolve("default");
    run("--output", out.toString(), "-q");
    List<String[]> summary = rows(out.resolve("latest/summary.csv"));
    assertEquals("market", summary.get(1)[col(summary, "model")]);
    String report = Files.readString(out.resolve("latest/report.md"));
    assertTrue(report.contains("## Market model against Fama-French 3"), report);
    assertTrue(report.contains("Does the day-0 abnormal return survive once size and value are"
        + " taken out?"), report);
    long ff3Rows = rows(out.resolve("latest/loadings.csv")).stream()
        .filter(r -> r.length > 2 && r[2].equals("ff3")).count();
    assertEquals(12, ff3Rows);
  }

  @Test
  void runsEachFactorModelOnManyEvents() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("prices"));
    Files.createDirectories(in.resolve("factors"));
    for (String dir : List.of("prices", "factors")) {
      try (Stream<Path> s = Files.list(Path.of("input", dir))) {
        for (Path p : s.toList()) {
          Files.copy(p, in.resolve(dir).resolve(p.getFileName().toString()));
        }
      }
    }
    // trading days present in every shipped price file, 2023-05 to 2025-11
    List<String> dates = List.of("2023-05-18", "2023-11-16", "2024-05-14", "2024-11-15",
        "2025-05-15", "2025-11-25");
    StringBuilder events = new StringBuilder("ticker,event_date,label,model\n");
    for (String t : List.of("BABA", "BIDU", "AAPL")) {
      for (String d : dates) {
        events.append(t).append(',').append(d).append(",sample date,\n");
      }
    }
    events.append("BIDU,2025-02-11,own model column,ff5\n");
    Files.writeString(in.resolve("events.csv"), events.toString());
    for (String model : List.of("ff3", "carhart4", "ff5")) {
      Path out = tmp.resolve("out-" + model);
      run("--input", in.toString(), "--output", out.toString(), "--model", model, "-q");
      List<String[]> summary = rows(out.resolve("latest/summary.csv"));
      assertEquals(1 + 19, summary.size());
      for (int i = 1; i < summary.size(); i++) {
        String[] r = summary.get(i);
        assertEquals("ok", r[col(summary, "status")], String.join(",", r));
        assertEquals(i == 19 ? "ff5" : model, r[col(summary, "model")]);
        assertTrue(!r[col(summary, "day0_ar_t")].isEmpty());
      }
    }
  }
}
