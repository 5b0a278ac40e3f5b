package org.stockreaction.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.TestData;
import org.stockreaction.cli.Main;

/**
 * Every failure reason, each on its own events row in one run: each fails alone with its reason,
 * the good row is still computed, and the exit code says some events failed.
 */
class FailureReasonTest {

  @TempDir static Path dir;
  static Map<String, Map<String, String>> byLabel = new HashMap<>();
  static int exit;
  static String stderr;

  @BeforeAll
  static void run() throws IOException {
    Path in = dir.resolve("in");
    Path prices = Files.createDirectories(in.resolve("prices"));
    for (String t : List.of("SPY", "BABA", "GSPC")) {
      Files.copy(TestData.input().resolve("prices/" + t + ".csv"), prices.resolve(t + ".csv"));
    }
    // The real as-traded BABA file: 2024-12-11..2025-06-10, too short for a 240-day window.
    Files.copy(Path.of("src/test/resources/ingest/real/as-traded-BABA.csv"), prices.resolve("SHORT.csv"),
        StandardCopyOption.REPLACE_EXISTING);
    // A real file with one price corrupted on purpose (test fixture, not data).
    List<String> aapl = Files.readAllLines(TestData.input().resolve("prices/AAPL.csv"));
    aapl.set(213, aapl.get(213).replaceFirst(",[0-9.]+,", ",1O5.3,"));
    Files.write(prices.resolve("BROKEN.csv"), aapl);
    // Synthetic: a benchmark whose price never changes, so the market model cannot be fitted.
    StringBuilder flat = new StringBuilder("Date,Close\n");
    for (LocalDate d = LocalDate.of(2024, 1, 2); d.isBefore(LocalDate.of(2025, 6, 1)); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        flat.append(d).append(",100\n");
      }
    }
    Files.writeString(prices.resolve("FLAT.csv"), flat);
    Files.writeString(in.resolve("events.csv"), String.join("\n",
        "ticker,event_date,reported_move_pct,benchmark,label,model",
        "BABA,2025-02-11,1,SPY,good,",
        "XYZ,2025-02-11,1,SPY,unknown,",
        "../../etc/passwd,2025-02-11,1,SPY,invalid,",
        "BROKEN,2025-02-11,1,SPY,broken,",
        "BABA,2025-02-11,1,NOPE,nobench,",
        "BABA,2025-02-11,1,SPY,badmodel,capm2",
        "BABA,2027-01-04,1,SPY,beyond,",
        "BABA,2020-06-01,1,GSPC,before,",
        "SHORT,2025-02-11,1,SPY,short,",
        "BABA,2025-02-11,1,FLAT,flat,",
        "BABA,2025-13-45,1,SPY,badrow,",
        "BABA,2020-06-01,1,SPY,early,") + "\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    StringWriter err = new StringWriter();
    exit = Main.run(new String[] {"--input", in.toString(), "--output", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    stderr = err.toString();
    for (Map<String, String> row : Csv.read(Outputs.published(out).resolve("summary.csv"))) {
      byLabel.put(row.get("label"), row);
    }
  }

  private static void assertFails(String label, FailureReason reason, String... phrases) {
    Map<String, String> row = byLabel.get(label);
    assertEquals("failed", row.get("status"), label);
    String r = row.get("reason");
    assertTrue(r.startsWith(reason.key() + ": "), label + " -> " + r);
    for (String p : phrases) {
      assertTrue(r.contains(p), label + ": \"" + r + "\" lacks \"" + p + "\"");
    }
  }

  @Test
  void theGoodEventIsComputedAndTheExitCodeSaysSomeFailed() {
    assertEquals("ok", byLabel.get("good").get("status"));
    assertEquals(4, exit, stderr);
    assertTrue(stderr.contains("failed"), stderr);
  }

  @Test
  void unknownTicker() {
    assertFails("unknown", FailureReason.UNKNOWN_TICKER, "no price file for XYZ");
  }

  @Test
  void tickerThatIsAPathIsRefused() {
    assertFails("invalid", FailureReason.INVALID_TICKER, "not a valid ticker");
  }

  @Test
  void unreadablePriceFileNamesFileLineColumnAndText() {
    assertFails("broken", FailureReason.PRICE_FILE_ERROR, "BROKEN.csv:214:2", "\"1O5.3\"");
  }

  @Test
  void missingBenchmark() {
    assertFails("nobench", FailureReason.BENCHMARK_UNAVAILABLE, "NOPE");
  }

  @Test
  void unknownModel() {
    assertFails("badmodel", FailureReason.UNKNOWN_MODEL, "capm2");
  }

  @Test
  void dayZeroBeyondTheData() {
    assertFails("beyond", FailureReason.DAY0_BEYOND_DATA, "after the last trading day");
  }

  @Test
  void stockDataStartingAfterDayZero() {
    assertFails("before", FailureReason.NO_STOCK_DATA_BEFORE_DAY0, "2021-01-04");
  }

  /** SPY, the calendar, starts 2021-01-04 with BABA: day 0 would be its first day. */
  @Test
  void eventBeforeTheFirstPrice() {
    assertFails("early", FailureReason.NO_STOCK_DATA_BEFORE_DAY0,
        "no price on a trading day before day 0 (2021-01-04)",
        "the event (2020-06-01) is before the first price of SPY, the trading calendar (2021-01-04)");
  }

  @Test
  void tooFewEstimationDays() {
    assertFails("short", FailureReason.TOO_FEW_ESTIMATION_DAYS, "at least 120");
  }

  @Test
  void modelThatCannotBeFitted() {
    assertFails("flat", FailureReason.MODEL_FAILED, "do not vary");
  }

  @Test
  void unreadableEventRow() {
    assertFails("badrow", FailureReason.BAD_EVENT_ROW, "events.csv:12:2", "2025-13-45");
  }
}
