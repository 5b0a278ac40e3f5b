package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every exit code of the real jar, on the shipped sample input (real prices, five events). */
@SuppressWarnings("try") // the lock is held for the length of the try block
class ExitCodesIT {

  @TempDir
  Path dir;

  @BeforeEach
  void input() throws Exception {
    SyntheticStudy.copyShippedInput(dir.resolve("input"));
  }

  private void addEvent(String row) throws Exception {
    Files.writeString(dir.resolve("input/events.csv"), row + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /** The same through Main.run in this JVM (faster), with the folders given as absolute paths. */
  private JarRun.Result inProcess(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    java.util.List<String> all = new java.util.ArrayList<>();
    if (!java.util.List.of(args).contains("--input")) {
      all.addAll(java.util.List.of("--input", dir.resolve("input").toString()));
    }
    all.addAll(java.util.List.of("--output", dir.resolve("output").toString()));
    all.addAll(java.util.List.of(args));
    int code = org.stockreaction.cli.Main.run(all.toArray(new String[0]),
        new java.io.PrintWriter(out),
        new java.io.PrintWriter(err));
    return new JarRun.Result(code, out.toString(), err.toString());
  }

  private static void assertOneLineError(JarRun.Result r, String contains) {
    assertTrue(r.err().contains("error: ") && r.err().contains(contains), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
  }

  @Test
  void exit0OnSuccessWithManifest() throws Exception {
    JarRun.Result r = JarRun.run(dir);
    assertEquals(0, r.exitCode(), r.err());
    Published p = Published.read(dir.resolve("output"));
    assertEquals(0, p.manifest().get("exit_code").asInt());
    assertEquals("0.1.0", p.manifest().get("version").asText());
    assertEquals(5, p.manifest().get("events_summary").get("ok").asInt());
    assertTrue(r.err().strip().endsWith(" s"), r.err());
    assertTrue(r.err().contains("info: done: exit 0 (ok); events 5 ok, 0 failed; wrote"
        + " summary.csv, car.csv, abnormal_returns.csv, loadings.csv,"), r.err());
    // the charts by count, not by name: a universe writes 80 of them
    assertTrue(r.err().contains(" report.md, report.html, 7 charts in charts/, manifest.json to"
        + " output/runs/"), r.err());
  }

  @Test
  void quietPrintsNothingOnSuccessAndVerboseAddsDetail() throws Exception {
    JarRun.Result quiet = inProcess("--quiet");
    assertEquals(0, quiet.exitCode());
    assertEquals("", quiet.err());
    JarRun.Result verbose = inProcess("--verbose", "--keep-runs", "1");
    assertEquals(0, verbose.exitCode());
    assertTrue(verbose.err().contains("debug: settings: {estimation-window=-250,-11"), verbose.err());
    assertTrue(verbose.err().contains("debug: removed old run "), verbose.err());
    assertTrue(verbose.err().contains("info: progress: events 5/5 (100%)"), verbose.err());
    assertTrue(verbose.err().strip().lines().reduce((x, y) -> y).orElse("")
        .startsWith("info: done: exit 0 (ok)"), "the summary is the last line");
  }

  @Test
  void exit2BeforeAnyInputIsReadWhenRunsIsAFile() throws Exception {
    Files.createDirectories(dir.resolve("output"));
    Files.writeString(dir.resolve("output/runs"), "a file where the run folders go");
    JarRun.Result r = JarRun.run(dir);
    assertEquals(2, r.exitCode(), r.err());
    assertOneLineError(r, "output/runs: the folder of runs is a file, not a folder");
    assertFalse(r.err().contains("progress"), "nothing computed: " + r.err());
    assertFalse(Files.exists(dir.resolve("output/latest")));
  }

  @Test
  void exit2AndLatestUntouchedWhenLatestIsARealFolder() throws Exception {
    Path latest = dir.resolve("output/latest");
    Files.createDirectories(latest);
    Files.writeString(latest.resolve("summary.csv"), "kept");
    JarRun.Result r = inProcess();
    assertEquals(2, r.exitCode(), r.err());
    assertOneLineError(r, "is a folder, not the link this tool keeps");
    assertEquals("kept", Files.readString(latest.resolve("summary.csv")));
  }

  @Test
  void exit2OnUsageAndConfigErrorsWritingNothing() throws Exception {
    JarRun.Result model = JarRun.run(dir, "--model", "nosuch");
    assertEquals(2, model.exitCode());
    assertOneLineError(model, "model");
    assertEquals(2, inProcess("--no-such-option").exitCode());
    assertEquals(2, inProcess("--keep-runs", "0").exitCode());
    assertEquals(2, inProcess("--as-of", "2025-13-01").exitCode());
    Files.writeString(dir.resolve("input/study.properties"), "keep-runs = many\n");
    JarRun.Result file = inProcess();
    assertOneLineError(file, "study.properties:1:12: keep-runs");
    assertFalse(Files.exists(dir.resolve("output")), "nothing written");
    Files.delete(dir.resolve("input/study.properties"));
    Files.writeString(dir.resolve("afile"), "x");
    file = JarRun.run(dir, "--output", "afile");
    assertEquals(2, file.exitCode());
    assertOneLineError(file, "names a file");
  }

  @Test
  void exit3OnInputErrorsAndNothingPublished() throws Exception {
    assertEquals(0, inProcess().exitCode());
    Published before = Published.read(dir.resolve("output"));

    JarRun.Result noInput = inProcess("--input", dir.resolve("nowhere").toString());
    assertEquals(3, noInput.exitCode());
    assertOneLineError(noInput, "input folder does not exist");
    JarRun.Result noEvents = inProcess("--events", "missing.csv");
    assertEquals(3, noEvents.exitCode());
    assertOneLineError(noEvents, "missing.csv");

    Files.writeString(dir.resolve("input/none.csv"),
        "ticker,event_date\nNOPE,2025-02-11\nALSONOPE,2025-02-11\n");
    JarRun.Result none = JarRun.run(dir, "--events", "none.csv");
    assertEquals(3, none.exitCode(), none.err());
    assertOneLineError(none, "no event could be computed");
    Published after = Published.read(dir.resolve("output"));
    assertEquals(before.run(), after.run(), "latest still names the previous run");
    assertTrue(after.sameReports(before));
  }

  @Test
  void exit4WhenSomeEventsFail() throws Exception {
    addEvent("NOPE,2025-02-11,1,SPY,a ticker without prices,us");
    JarRun.Result r = JarRun.run(dir);
    assertEquals(4, r.exitCode(), r.err());
    assertTrue(r.err().contains("warn: event NOPE 2025-02-11 (line 7) failed: unknown_ticker"),
        r.err());
    assertTrue(r.err().contains("done: exit 4 (partial success); events 5 ok, 1 failed"), r.err());
    Published p = Published.read(dir.resolve("output"));
    assertEquals(4, p.manifest().get("exit_code").asInt());
    var failed = p.manifest().get("events").get(5);
    assertEquals("failed", failed.get("status").asText());
    assertEquals("unknown_ticker", failed.get("reason").asText());
    assertEquals("ok", p.manifest().get("events").get(0).get("status").asText());
  }

  @Test
  void exit5WhenAnotherRunHoldsTheLock() throws Exception {
    Path out = Files.createDirectories(dir.resolve("output"));
    try (OutputLock held = OutputLock.acquire(out)) {
      JarRun.Result r = JarRun.run(dir);
      assertEquals(5, r.exitCode(), r.err());
      assertOneLineError(r, "pid " + ProcessHandle.current().pid());
      assertTrue(r.err().contains("done: exit 5 (locked)"), r.err());
    }
    try (var s = Files.list(out)) {
      assertEquals(java.util.List.of(RunLayout.LOCK),
          s.map(p -> p.getFileName().toString()).toList(), "the locked-out run wrote nothing");
    }
  }

  @Test
  void validatePrintsThePlanAndWritesNothing() throws Exception {
    JarRun.Result ok = JarRun.run(dir, "validate", "--as-of", "2025-06-30");
    assertEquals(0, ok.exitCode(), ok.err());
    assertTrue(ok.out().contains("as-of = 2025-06-30"), ok.out());
    assertTrue(ok.out().contains("input/prices/SPY.csv: "), ok.out());
    assertTrue(ok.out().contains("to 2025-06-30"), ok.out());
    assertTrue(ok.out().contains("line 3: BIDU 2025-02-11T20:00+08:00: day 0 2025-02-11,"
        + " benchmark SPY, model market"), ok.out());
    assertTrue(ok.err().contains("nothing written (validate)"), ok.err());

    addEvent("NOPE,2025-02-11");
    JarRun.Result partial = inProcess("--model", "market-adjusted", "validate");
    assertEquals(4, partial.exitCode());
    assertTrue(partial.out().contains("line 7: NOPE 2025-02-11: fails: unknown_ticker"),
        partial.out());
    assertTrue(partial.out().contains("model = market-adjusted"), "options before the command");
    assertEquals(2, inProcess("validate", "--model", "nosuch").exitCode());
    assertFalse(Files.exists(dir.resolve("output")), "validate wrote nothing, not even a lock");
  }
}
