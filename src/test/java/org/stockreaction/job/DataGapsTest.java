package org.stockreaction.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.TestData;
import org.stockreaction.cli.Main;

/**
 * Gaps in real price files: BIDUGAP is BIDU without its 2024-07-15 row and SPYGAP is SPY without
 * it. The gaps are said in the report and the log, and what is shown is what was computed.
 */
class DataGapsTest {

  @TempDir Path dir;

  private Path input(String events) throws IOException {
    Path in = dir.resolve("in");
    Path prices = Files.createDirectories(in.resolve("prices"));
    for (String t : List.of("AAPL", "BIDU", "SPY")) {
      Path from = TestData.input().resolve("prices/" + t + ".csv");
      Files.copy(from, prices.resolve(t + ".csv"));
      if (!t.equals("AAPL")) {
        List<String> gap = Files.readAllLines(from).stream()
            .filter(l -> !l.startsWith("2024-07-15")).collect(Collectors.toList());
        Files.write(prices.resolve(t + "GAP.csv"), gap, StandardCharsets.UTF_8);
      }
    }
    Files.writeString(in.resolve("events.csv"), events);
    return in;
  }

  private String[] run(Path in, String... options) {
    StringWriter err = new StringWriter();
    String[] args = new String[options.length + 4];
    args[0] = "--input";
    args[1] = in.toString();
    args[2] = "--output";
    args[3] = dir.resolve("out").toString();
    System.arraycopy(options, 0, args, 4, options.length);
    int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    return new String[] {Integer.toString(code), err.toString()};
  }

  private Path published() {
    return Outputs.published(dir.resolve("out"));
  }

  @Test
  void dayZeroWithoutAPriceAndABenchmarkWithoutADayAreWarnedInReportAndLog() throws IOException {
    String[] r = run(input("ticker,event_date,benchmark\nBIDUGAP,2024-07-15,SPY\n"
        + "AAPL,2024-11-21,SPYGAP\n"), "--compare-model", "none");
    assertEquals("0", r[0], r[1]);
    for (Map<String, String> row : Csv.read(published().resolve("summary.csv"))) {
      assertEquals("ok", row.get("status"));
    }
    String report = Files.readString(published().resolve("report.md"));
    String day0 = "event BIDUGAP 2024-07-15 (line 2): no abnormal return on day 0 (2024-07-15)";
    String bench = "benchmark SPYGAP has no price on 1 day(s) on which AAPL has one (2024-07-15)";
    for (String text : new String[] {report, r[1]}) {
      assertTrue(text.contains(day0), text);
      assertTrue(text.contains(bench), text);
    }
  }

  /**
   * Trade-to-trade across BIDUGAP's missing 2024-07-15: the return of 2024-07-16 spans 07-12 to
   * 07-16, and so does the benchmark return shown, the one the market model's AR used:
   * expected = alpha + beta * benchmark return.
   */
  @Test
  void tradeToTradeShowsTheBenchmarkReturnTheAbnormalReturnUsed() throws IOException {
    String[] r = run(input("ticker,event_date\nBIDUGAP,2024-07-12\n"), "--missing-days",
        "trade-to-trade", "--compare-model", "none");
    assertEquals("0", r[0], r[1]);
    Map<String, Double> spy = new HashMap<>();
    for (String l : Files.readAllLines(TestData.input().resolve("prices/SPY.csv"))) {
      String[] f = l.split(",");
      if (f[0].startsWith("2024-07-1")) {
        spy.put(f[0], Double.parseDouble(f[1]));
      }
    }
    Map<String, String> summary = Csv.read(published().resolve("summary.csv")).get(0);
    double alpha = Double.parseDouble(summary.get("alpha_pct"));
    double beta = Double.parseDouble(summary.get("beta"));
    Map<String, String> day = null;
    for (Map<String, String> row : Csv.read(published().resolve("abnormal_returns.csv"))) {
      if (row.get("date").equals("2024-07-16")) {
        day = row;
      }
    }
    double bench = Double.parseDouble(day.get("benchmark_return_pct"));
    assertEquals(100 * (spy.get("2024-07-16") / spy.get("2024-07-12") - 1), bench, 1e-6);
    assertEquals(alpha + beta * bench, Double.parseDouble(day.get("expected_pct")), 1e-5);
    String report = Files.readString(published().resolve("report.md"));
    assertTrue(report.contains("no Maynes-Rumsey scaling"), report);
  }

  @Test
  void logReturnsPrintTheBuyAndHoldFormulaUsed() throws IOException {
    String[] r = run(input("ticker,event_date\nAAPL,2024-11-21\nBIDU,2024-11-21\n"),
        "--return-type", "log", "--compare-model", "none");
    assertEquals("0", r[0], r[1]);
    String report = Files.readString(published().resolve("report.md"));
    assertTrue(report.contains("BHAR: exp(Σ R_t) − exp(Σ E[R_t])"), report);
    assertFalse(report.contains("Π(1 + R_t)"), report);
    assertTrue(report.contains("Patell Z = Σ SCAR_i / sqrt(Σ df_i / (df_i − 2))"), report);
    assertTrue(report.contains("√(1 + (N − 1) r̄)"), report);
  }
}
