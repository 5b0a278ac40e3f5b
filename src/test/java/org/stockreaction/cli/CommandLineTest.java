package org.stockreaction.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.TestData;

class CommandLineTest {

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpTeachesWithExamplesAndExitCodes() {
    Run r = run("--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("Examples:"), r.out());
    assertTrue(r.out().contains("--estimation-window"));
    assertTrue(r.out().contains("Exit codes"));
  }

  @Test
  void versionPrintsTheToolName() {
    Run r = run("--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("stock-reaction "), r.out());
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutStackTrace() {
    Run r = run("--modle", "raw");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--modle"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void quietAndVerboseTogetherIsAUsageErrorBeforeAnythingIsRead(@TempDir Path dir) {
    for (String[] args : new String[][] {{"-qv"}, {"--quiet", "--verbose"}, {"-v", "-q"}}) {
      String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
          java.util.stream.Stream.of("--input", TestData.input().toString(), "--output",
              dir.resolve("out").toString())).toArray(String[]::new);
      Run r = run(all);
      assertEquals(2, r.exit(), String.join(" ", args));
      assertTrue(r.err().startsWith("error: --quiet and --verbose"), r.err());
      assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }
  }

  @Test
  void aPathLongerThanAnySystemAllowsIsRefusedWithAShortQuote() {
    String longPath = "in/" + "x".repeat(5000);
    Run r = run("--input", longPath);
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("is 5003 characters long"), r.err());
    assertTrue(r.err().length() < 400, r.err());
  }

  @Test
  void validateListsEverySettingEvenThoseThatDoNotChangeResults() {
    Run r = run("validate", "--input", TestData.input().toString(), "--threads", "1");
    assertEquals(0, r.exit(), r.err());
    for (org.stockreaction.config.Setting<?> s : org.stockreaction.config.Setting.all()) {
      assertTrue(r.out().contains("\n  " + s.key() + " = "), s.key() + " in\n" + r.out());
    }
    assertTrue(r.out().contains("\n  threads = 1\n"), r.out());
  }

  @Test
  void badSettingValueNamesTheSettingAndWhatIsExpected() {
    Run r = run("--input", TestData.input().toString(), "--model", "capm");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("model: unknown model \"capm\""), r.err());
  }

  @Test
  void unknownConfigKeyNamesFileLineAndTheClosestKey(@TempDir Path dir) throws IOException {
    Path cfg = dir.resolve("study.properties");
    Files.writeString(cfg, "# comment\nmodel = market\nestimation-windw = -250,-11\n");
    Run r = run("--input", TestData.input().toString(), "--config", cfg.toString(),
        "--allow-outside-input", "--output", dir.resolve("out").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("study.properties:3:1: unknown setting \"estimation-windw\""
        + " (did you mean estimation-window?)"), r.err());
  }

  @Test
  void commandLineWinsOverTheConfigFile(@TempDir Path dir) throws IOException {
    Path cfg = dir.resolve("study.properties");
    Files.writeString(cfg, "model = raw\nevent-windows = 0,0\n");
    Path out = dir.resolve("out");
    Run r = run("--input", TestData.input().toString(), "--config", cfg.toString(), "--model",
        "market-adjusted", "--allow-outside-input", "--output", out.toString());
    assertEquals(0, r.exit(), r.err());
    String summary = Files.readString(org.stockreaction.job.OutputsAccess.published(out)
        .resolve("summary.csv"));
    assertTrue(summary.contains(",market-adjusted,"), summary);
    assertFalse(summary.contains(",raw,"));
  }

  @Test
  void estimationWindowOverlappingTheEventWindowIsRefused() {
    Run r = run("--input", TestData.input().toString(), "--estimation-window", "-250,-3");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("overlaps the event windows"), r.err());
  }

  @Test
  void missingInputFolderIsAnInputError(@TempDir Path dir) {
    Run r = run("--input", dir.resolve("nope").toString(), "--output", dir.resolve("o").toString());
    assertEquals(3, r.exit());
    assertTrue(r.err().contains("input folder does not exist"), r.err());
  }
}
