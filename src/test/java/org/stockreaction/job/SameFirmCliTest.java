package org.stockreaction.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.TestData;
import org.stockreaction.calendar.CalendarPrices;
import org.stockreaction.calendar.MissingDayPolicy;
import org.stockreaction.calendar.TradingCalendar;
import org.stockreaction.cli.Main;
import org.stockreaction.ingest.PriceSeries;
import org.stockreaction.model.ReturnType;

/**
 * One ticker (BIDU, real prices) with three events a few weeks apart, through the real command
 * line: the estimation days inside another event's window are counted with clean-estimation off
 * and left out with it on; the overlapping windows of the last two are warned about, and
 * same-firm = first / drop leave them out of the group tests. Expected counts come from the SPY
 * calendar counted here, and the clean fit from Commons Math's SimpleRegression on the kept days.
 */
class SameFirmCliTest {

  static final LocalDate[] EVENTS = {
    LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 29), LocalDate.of(2025, 2, 11)};

  @TempDir Path dir;

  private record Run(int exit, String log, Path out) {}

  private Run run(String... options) throws IOException {
    Path in = dir.resolve("in");
    if (!Files.exists(in)) {
      Files.createDirectories(in.resolve("prices"));
      for (String t : List.of("SPY", "BIDU")) {
        Files.copy(TestData.input().resolve("prices/" + t + ".csv"),
            in.resolve("prices/" + t + ".csv"));
      }
      StringBuilder ev = new StringBuilder("ticker,event_date,label\n");
      for (LocalDate d : EVENTS) {
        ev.append("BIDU,").append(d).append(",e").append(d).append('\n');
      }
      Files.writeString(in.resolve("events.csv"), ev);
    }
    Path out = dir.resolve("out" + options.length + String.join("", options).hashCode());
    List<String> args = new ArrayList<>(List.of("--input", in.toString(), "--output",
        out.toString(), "--compare-model", "none", "--threads", "1"));
    args.addAll(List.of(options));
    StringWriter err = new StringWriter();
    int exit = Main.run(args.toArray(new String[0]), new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    return new Run(exit, err.toString(), Outputs.published(out));
  }

  /** Calendar index of each event's day 0 on SPY's calendar. */
  static int[] zeros(TradingCalendar cal) {
    int[] z = new int[EVENTS.length];
    for (int i = 0; i < EVENTS.length; i++) {
      z[i] = cal.indexOnOrAfter(EVENTS[i]);
    }
    return z;
  }

  /** Whether estimation index {@code i} of event {@code e} is inside another event's [-5, +5]. */
  static boolean taken(int[] z, int e, int i) {
    for (int o = 0; o < z.length; o++) {
      if (o != e && i >= z[o] - 5 && i <= z[o] + 5) {
        return true;
      }
    }
    return false;
  }

  @Test
  void countsOtherEventDaysAndLeavesThemOutWhenAsked() throws Exception {
    TradingCalendar cal = new TradingCalendar("SPY", TestData.prices("SPY").days());
    int[] z = zeros(cal);
    int[] expected = new int[z.length];
    for (int e = 0; e < z.length; e++) {
      for (int i = z[e] - 250; i <= z[e] - 11; i++) {
        expected[e] += taken(z, e, i) ? 1 : 0;
      }
    }
    assertEquals(0, expected[0]);
    assertTrue(expected[1] > 0 && expected[2] > expected[1], java.util.Arrays.toString(expected));

    Run off = run();
    Run on = run("--clean-estimation", "on");
    assertEquals(0, off.exit(), off.log());
    assertEquals(0, on.exit(), on.log());
    List<Map<String, String>> sOff = Csv.read(off.out().resolve("summary.csv"));
    List<Map<String, String>> sOn = Csv.read(on.out().resolve("summary.csv"));
    for (int e = 0; e < z.length; e++) {
      assertEquals(Integer.toString(expected[e]), sOff.get(e).get("other_event_days"));
      assertEquals("0", sOff.get(e).get("estimation_left_out_days"));
      assertEquals(Integer.toString(expected[e]), sOn.get(e).get("other_event_days"));
      assertEquals(Integer.toString(expected[e]), sOn.get(e).get("estimation_left_out_days"));
      assertEquals(Integer.parseInt(sOff.get(e).get("est_obs")) - expected[e],
          Integer.parseInt(sOn.get(e).get("est_obs")));
      assertEquals(sOff.get(e).get("estimation_missing_days"),
          sOn.get(e).get("estimation_missing_days"));
    }
    // the first event has nothing left out, so its numbers do not move
    assertEquals(sOff.get(0), sOn.get(0));
    assertTrue(off.log().contains("2 event(s) have another event of the same ticker inside their"
        + " estimation window"), off.log());
    assertTrue(off.log().contains("set it to on"), off.log());
    String md = Files.readString(off.out().resolve("report.md"));
    assertTrue(md.contains("## Events of the same firm"), md);
    assertTrue(md.contains("clean-estimation = off"), md);

    // the clean fit is OLS on the kept days, by Commons Math
    PriceSeries spy = TestData.prices("SPY");
    PriceSeries bidu = TestData.prices("BIDU");
    double[] rm = CalendarPrices.align(spy.days(), spy.close(), cal)
        .returns(ReturnType.SIMPLE::of, MissingDayPolicy.SKIP);
    double[] rs = CalendarPrices.align(bidu.days(), bidu.close(), cal)
        .returns(ReturnType.SIMPLE::of, MissingDayPolicy.SKIP);
    List<Map<String, String>> loadings = Csv.read(on.out().resolve("loadings.csv"));
    for (int e = 1; e < z.length; e++) {
      SimpleRegression reg = new SimpleRegression(true);
      for (int i = z[e] - 250; i <= z[e] - 11; i++) {
        if (!taken(z, e, i) && !Double.isNaN(rs[i])) {
          reg.addData(rm[i], rs[i]);
        }
      }
      assertEquals(reg.getN(), Long.parseLong(sOn.get(e).get("est_obs")));
      assertEquals(reg.getIntercept(),
          Double.parseDouble(loadings.get(2 * e).get("estimate")), 1e-10, "alpha " + e);
      assertEquals(reg.getSlope(),
          Double.parseDouble(loadings.get(2 * e + 1).get("estimate")), 1e-10, "beta " + e);
    }
  }

  @Test
  void tooFewDaysLeftFailsAsContaminated() throws Exception {
    TradingCalendar cal = new TradingCalendar("SPY", TestData.prices("SPY").days());
    int[] z = zeros(cal);
    int left = 0;
    for (int i = z[2] - 250; i <= z[2] - 11; i++) {
      left += taken(z, 2, i) ? 0 : 1;
    }
    Run on = run("--clean-estimation", "on", "--min-estimation-obs", Integer.toString(left + 1));
    assertEquals(4, on.exit(), on.log());
    Map<String, String> third = Csv.read(on.out().resolve("summary.csv")).get(2);
    assertEquals("failed", third.get("status"));
    assertTrue(third.get("reason").startsWith("estimation_window_contaminated: only " + left
        + " of 240"), third.get("reason"));
    Run off = run("--min-estimation-obs", Integer.toString(left + 1));
    assertEquals(0, off.exit(), off.log());
  }

  @Test
  void overlappingWindowsAreWarnedAndSameFirmLeavesThemOut() throws Exception {
    TradingCalendar cal = new TradingCalendar("SPY", TestData.prices("SPY").days());
    int[] z = zeros(cal);
    assertTrue(z[2] - z[1] <= 10, "the last two events' [-5,+5] windows overlap");
    assertTrue(z[1] - z[0] > 10, "the first two do not");
    Run keep = run();
    assertTrue(keep.log().contains("1 pair(s) of events of the same ticker have overlapping"
        + " event windows"), keep.log());
    assertTrue(Files.readString(keep.out().resolve("report.md"))
        .contains("assume independent events"));
    assertEquals("3", window(keep, "-5").get("n"));
    Run first = run("--same-firm", "first");
    assertEquals("2", window(first, "-5").get("n"));
    assertTrue(Files.readString(first.out().resolve("report.md"))
        .contains("BIDU 2025-02-11 (line 4): same-firm = first: its event window overlaps that of"
            + " BIDU 2025-01-29 (line 3)"));
    Run drop = run("--same-firm", "drop");
    assertEquals("1", window(drop, "-5").get("n"));
    // the per-event tables do not depend on the policy
    assertEquals(Files.readString(keep.out().resolve("car.csv")),
        Files.readString(drop.out().resolve("car.csv")));
  }

  /**
   * Why clean-estimation is off by default: a SYNTHETIC ticker (examples/cross-section's SYN01,
   * made-up prices) with an event every 15 trading days: an event with eleven earlier events in
   * its estimation window loses 121 of its 240 days to their [-5, +5] windows, so with it on more
   * than half of the events fail (every one computes with it off).
   */
  @Test
  void manyEventsPerTickerEmptyTheEstimationWindowsWhenClean() throws Exception {
    Path in = dir.resolve("many");
    Files.createDirectories(in.resolve("prices"));
    for (String t : List.of("MKT", "SYN01")) {
      Files.copy(Path.of("examples/cross-section/prices/" + t + ".csv"),
          in.resolve("prices/" + t + ".csv"));
    }
    PriceSeries mkt = org.stockreaction.ingest.PriceFileReader.read(
        in.resolve("prices/MKT.csv"), "MKT", "MKT.csv");
    StringBuilder ev = new StringBuilder("ticker,event_date\n");
    int events = 0;
    for (int i = 255; i < mkt.size() - 10; i += 15, events++) {
      ev.append("SYN01,").append(java.time.LocalDate.ofEpochDay(mkt.days()[i])).append('\n');
    }
    Files.writeString(in.resolve("events.csv"), ev);
    List<Map<String, String>> off = summary(in, "off");
    List<Map<String, String>> on = summary(in, "on");
    assertEquals(events, off.stream().filter(r -> r.get("status").equals("ok")).count());
    long contaminated = on.stream().filter(r -> r.get("reason")
        .startsWith("estimation_window_contaminated")).count();
    assertTrue(contaminated > events / 2, contaminated + " of " + events);
  }

  private List<Map<String, String>> summary(Path in, String clean) throws IOException {
    Path out = dir.resolve("many-out-" + clean);
    Main.run(new String[] {"--input", in.toString(), "--output", out.toString(), "--benchmark",
        "MKT", "--compare-model", "none", "--clean-estimation", clean, "--threads", "1"},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    return Csv.read(Outputs.published(out).resolve("summary.csv"));
  }

  private static Map<String, String> window(Run r, String start) throws IOException {
    for (Map<String, String> row : Csv.read(r.out().resolve("group_summary.csv"))) {
      if (row.get("window_start").equals(start) && row.get("statistic").equals("cross_sectional_t")) {
        return row;
      }
    }
    throw new AssertionError("no row for window " + start);
  }
}
