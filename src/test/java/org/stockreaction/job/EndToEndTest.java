package org.stockreaction.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.TestData;
import org.stockreaction.cli.Main;

/**
 * The default job on the real shipped data. The expected day-0 moves are the close-to-close returns
 * stated in shared/data/PROVENANCE.md (BABA +1.31%, BIDU -4.70%, AAPL +2.18% on 2025-02-11; in
 * Hong Kong on 2025-02-12, 9988.HK +8.48% and 9888.HK +0.17%), computed there from the as-traded
 * closes, not by this code.
 */
class EndToEndTest {

  @TempDir static Path out;
  static Map<String, Map<String, String>> summary;
  static int exit;
  static String stderr;

  @BeforeAll
  static void runDefaultJob() throws IOException {
    StringWriter err = new StringWriter();
    exit = Main.run(new String[] {"--input", TestData.input().toString(), "--output", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    stderr = err.toString();
    summary = new HashMap<>();
    for (Map<String, String> row : Csv.read(Outputs.published(out).resolve("summary.csv"))) {
      summary.put(row.get("ticker"), row);
    }
  }

  @Test
  void exitsZeroAndWritesTheFourFiles() {
    assertEquals(0, exit, stderr);
    for (String f : List.of("summary.csv", "car.csv", "abnormal_returns.csv", "report.md")) {
      assertTrue(Files.exists(Outputs.published(out).resolve(f)), f);
    }
  }

  @Test
  void dayZeroCloseToCloseReturnsMatchThePublishedMoves() {
    assertEquals(1.31, Double.parseDouble(summary.get("BABA").get("day0_return_pct")), 0.01);
    assertEquals(-4.70, Double.parseDouble(summary.get("BIDU").get("day0_return_pct")), 0.01);
    assertEquals(2.18, Double.parseDouble(summary.get("AAPL").get("day0_return_pct")), 0.01);
    assertEquals(8.48, Double.parseDouble(summary.get("9988.HK").get("day0_return_pct")), 0.01);
    assertEquals(0.17, Double.parseDouble(summary.get("9888.HK").get("day0_return_pct")), 0.01);
  }

  @Test
  void hongKongEventsTakeTheTwelfthAsDayZeroAndHaveNoClaimToCheck() {
    for (String t : List.of("9988.HK", "9888.HK")) {
      assertEquals("2025-02-12", summary.get(t).get("day0"));
      assertEquals("HSI", summary.get(t).get("benchmark"));
      assertEquals("hk", summary.get(t).get("group"));
      assertEquals("no_claim", summary.get(t).get("verdict"));
      assertEquals("240", summary.get(t).get("est_obs"));
    }
    for (String t : List.of("BABA", "BIDU", "AAPL")) {
      assertEquals("us", summary.get(t).get("group"));
    }
  }

  @Test
  void anAbnormalReturnAgainstTheMoveIsSaidSoWithTheExpectedReturn() throws IOException {
    // 9888.HK closed up while its AR is negative: the expected return is the return minus the AR
    Map<String, String> hk = summary.get("9888.HK");
    double expected = Double.parseDouble(hk.get("day0_return_pct"))
        - Double.parseDouble(hk.get("day0_ar_pct"));
    String md = Files.readString(Outputs.published(out).resolve("report.md"), StandardCharsets.UTF_8);
    assertTrue(md.contains("The abnormal return points the other way from the observed move: the"
        + " model expected +" + String.format(java.util.Locale.ROOT, "%.2f", expected)
        + "% that day."), md);
    assertTrue(!md.contains("-1663%"), "no negative share of the move");
  }

  @Test
  void reportsSayWhyDayZeroInHongKongIsTheTwelfth() throws IOException {
    String sentence = "9988.HK, 9888.HK: 2025-02-11T20:00+08:00 is 20:00 on 2025-02-11 in Hong"
        + " Kong (Asia/Hong_Kong), at or after the 16:00 close, so day 0 is the next trading day,"
        + " 2025-02-12.";
    String us = "BABA, BIDU, AAPL: 2025-02-11T20:00+08:00 is 07:00 on 2025-02-11 in New York"
        + " (America/New_York), before the 16:00 close, so day 0 is that day, 2025-02-11.";
    for (String f : List.of("report.md", "report.html")) {
      String text = Files.readString(Outputs.published(out).resolve(f), StandardCharsets.UTF_8);
      assertTrue(text.contains(sentence), f);
      assertTrue(text.contains(us), f);
    }
  }

  @Test
  void intradayExtremesMatchThePublishedMoves() {
    assertEquals(3.79, Double.parseDouble(summary.get("BABA").get("day0_intraday_extreme_pct")), 0.01);
    assertEquals(-6.12, Double.parseDouble(summary.get("BIDU").get("day0_intraday_extreme_pct")), 0.01);
    assertEquals(3.33, Double.parseDouble(summary.get("AAPL").get("day0_intraday_extreme_pct")), 0.01);
  }

  @Test
  void closeConfirmsBabaAndBiduAndOnlyTheIntradayHighConfirmsAapl() {
    assertEquals("confirmed", summary.get("BABA").get("verdict"));
    assertEquals("confirmed", summary.get("BIDU").get("verdict"));
    assertEquals("confirmed_intraday_only", summary.get("AAPL").get("verdict"));
  }

  @Test
  void everyEventUsesTheFullEstimationWindowAndDayZeroIsFebruary11() {
    for (String t : List.of("BABA", "BIDU", "AAPL")) {
      assertEquals("2025-02-11", summary.get(t).get("day0"));
      assertEquals("240", summary.get(t).get("est_obs"));
      assertEquals("ok", summary.get(t).get("status"));
    }
  }

  @Test
  void dayZeroArEqualsReturnMinusAlphaMinusBetaTimesBenchmark() throws IOException {
    Map<String, String> baba = summary.get("BABA");
    Map<String, String> ar0 = null;
    for (Map<String, String> r : Csv.read(Outputs.published(out).resolve("abnormal_returns.csv"))) {
      if (r.get("ticker").equals("BABA") && r.get("rel_day").equals("0")) {
        ar0 = r;
      }
    }
    double expected = Double.parseDouble(baba.get("alpha_pct"))
        + Double.parseDouble(baba.get("beta")) * Double.parseDouble(ar0.get("benchmark_return_pct"));
    assertEquals(expected, Double.parseDouble(ar0.get("expected_pct")), 1e-5);
    assertEquals(Double.parseDouble(ar0.get("return_pct")) - expected,
        Double.parseDouble(baba.get("day0_ar_pct")), 1e-5);
    // SPY on 2025-02-11: +0.08% (PROVENANCE.md)
    assertEquals(0.08, Double.parseDouble(ar0.get("benchmark_return_pct")), 0.01);
  }

  @Test
  void reportPosesTheQuestionAndStatesTheMethod() throws IOException {
    String md = Files.readString(Outputs.published(out).resolve("report.md"), StandardCharsets.UTF_8);
    assertTrue(md.contains("The question"));
    assertTrue(md.contains("confirmed intraday only"));
    assertTrue(md.contains("[-250,-11]"));
    assertTrue(md.contains("input/prices/SPY.csv") || md.contains("prices/SPY.csv"));
  }
}
