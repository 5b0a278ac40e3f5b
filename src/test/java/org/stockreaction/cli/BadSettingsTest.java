package org.stockreaction.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stockreaction.TestData;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.Setting;
import org.stockreaction.config.SettingException;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.model.ModelType;

/**
 * Bad settings are usage errors, refused before any result is computed: exit 2, one error line
 * naming the setting, no stack trace; the same from the config file as from the command line.
 */
class BadSettingsTest {

  private static CommandLineTest.Run validate(String... options) {
    String[] args = new String[options.length + 3];
    args[0] = "validate";
    args[1] = "--input";
    args[2] = TestData.input().toString();
    System.arraycopy(options, 0, args, 3, options.length);
    return CommandLineTest.run(args);
  }

  /** Exit 2, exactly one error line holding {@code text}, no stack trace. */
  private static void assertUsageError(CommandLineTest.Run r, String... texts) {
    assertEquals(2, r.exit(), r.err());
    long errors = r.err().lines().filter(l -> l.startsWith("error:")).count();
    assertEquals(1, errors, r.err());
    for (String text : texts) {
      assertTrue(r.err().contains(text), r.err());
    }
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void hugeEventWindowIsRefusedAtOnce() {
    CommandLineTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> validate("--event-windows=0,2147483647"));
    assertUsageError(r, "event-windows: window \"0,2147483647\" reaches day 2147483647");
  }

  @Test
  void asOfBeforeTheFirstPriceIsAUsageError() {
    assertUsageError(validate("--as-of", "2000-01-01"),
        "as-of 2000-01-01: is before the first price of every benchmark, such as HSI");
  }

  @Test
  void emptyOutputFolderIsRefused() {
    assertUsageError(validate("--output", ""), "--output is empty");
    assertUsageError(validate("--output="), "--output is empty");
  }

  @Test
  void emptyInputFolderIsRefused() {
    assertUsageError(CommandLineTest.run("validate", "--input", " "), "--input is empty");
  }

  @Test
  void negativeThreadsAreRefused() {
    assertUsageError(validate("--threads", "-1"), "threads: -1 is outside 0 to 1024");
  }

  @Test
  void estimationWindowLongerThanTheDataIsRefused() {
    assertUsageError(validate("--estimation-window=-5000,-11"),
        "estimation-window -5000,-11: spans 4990 trading days, but the benchmark HSI has only");
  }

  @Test
  void minEstimationObsAboveTheWindowIsRefusedBeforeReading(@TempDir Path dir) {
    // the input folder does not exist: the setting is refused before any input is looked at
    CommandLineTest.Run r = CommandLineTest.run("validate", "--input", dir.resolve("none")
        .toString(), "--estimation-window=-100,-11", "--min-estimation-obs=200");
    assertUsageError(r, "min-estimation-obs 200 is more than the 90 days of the estimation window");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "threads|-1|-1 is outside 0 to 1024",
      "threads|1025|1025 is outside 0 to 1024",
      "threads|two|\"two\" is not a whole number",
      "keep-runs|0|0 is outside 1 to 10000",
      "keep-runs|10001|10001 is outside 1 to 10000",
      "min-estimation-obs|2|2 is outside 3 to 10000",
      "min-estimation-obs|99999999999|99999999999 is outside 3 to 10000",
      "estimation-window|-10001,-11|reaches day -10001, outside -10000 to +10000",
      "event-windows|0,0; -1001,+1|reaches day -1001, outside -1000 to +1000",
      "date-column|0|0 is outside 1 to 1000",
      "as-of|1899-12-31|1899-12-31 is before 1900-01-01",
  })
  void everyRangeHoldsOnTheCommandLineAndInTheFile(String key, String value, String problem,
      @TempDir Path dir) throws IOException {
    // the loader places a file value at the column just after "key =", key.length() + 3
    assertUsageError(validate("--" + key + "=" + value), "command line: " + key + ": ", problem);
    Path file = dir.resolve("study.properties");
    Files.writeString(file, "# a study\n" + key + " = " + value + "\n", StandardCharsets.UTF_8);
    // a config file outside the input folder is read only when the command line allows it
    CommandLineTest.Run r = validate("--config", file.toString(), "--allow-outside-input");
    assertUsageError(r, "study.properties:2:" + (key.length() + 3) + ": " + key + ": ", problem);
  }

  /** Runs validate with a config file of {@code lines}, outside the input folder (allowed). */
  private static CommandLineTest.Run withConfig(Path dir, String lines) throws IOException {
    Path file = dir.resolve("study.properties");
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return validate("--config", file.toString(), "--allow-outside-input");
  }

  @Test
  void aKeySetTwiceInTheFileNamesBothLines(@TempDir Path dir) throws IOException {
    assertUsageError(withConfig(dir, "model = market\n# later\nmodel = raw\n"),
        "study.properties:3:1: model is set twice (also on line 1)", "keep one of the two lines");
  }

  @Test
  void aCommandLineOptionInTheFileSaysWhereItBelongs(@TempDir Path dir) throws IOException {
    assertUsageError(withConfig(dir, "input = elsewhere\n"), "study.properties:1:1: \"input\""
        + " is a command-line option", "such as --input DIR");
    assertUsageError(withConfig(dir, "quiet = true\n"), "such as --quiet,");
  }

  @Test
  void aConfigFileThatIsNotUtf8NamesItsLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("study.properties");
    Files.write(file, new byte[] {'m', 'o', 'd', 'e', 'l', '=', 'm', '\n', 'x', '=', (byte) 0xE9,
        '\n'});
    CommandLineTest.Run r = validate("--config", file.toString(), "--allow-outside-input");
    assertUsageError(r, "study.properties:2: a byte is not UTF-8 text", "save the config file as"
        + " UTF-8");
  }

  @Test
  void theEndOfOptionsMarkIsRefusedWithItsMeaning() {
    assertUsageError(validate("--"), "\"--\" (the end of the options) is not used", "remove it");
  }

  @Test
  void aBenchmarkThatCannotNameAFileIsRefusedBeforeAnyEvent() {
    // the same rule as an event's ticker (PriceLibrary.tickerProblem), checked once
    assertUsageError(validate("--benchmark", "../SPY"), "benchmark: ticker \"../SPY\" is not a"
        + " valid ticker");
  }

  @Test
  void everySettingIsAnOptionShowingItsDefaultAndValidValues() {
    // the help wraps lines at spaces, so compare without any white space
    String help = CommandLineTest.run("--help").out().replaceAll("\\s+", "");
    for (Setting<?> s : Setting.all()) {
      // a true-or-false setting may be given without its value: --key[=BOOLEAN]
      String option = "--" + s.key() + (s.isSwitch() ? "[=" + s.paramLabel() + "]"
          : "=" + s.paramLabel());
      assertTrue(help.contains(option + s.description().replaceAll("\\s+", "") + "(default:"
          + (s.defaultValue().isEmpty() ? "empty" : s.defaultValue().replaceAll("\\s+", ""))
          + ";" + s.valid().replaceAll("\\s+", "") + ")"), option + " in " + help);
    }
  }

  @Test
  void anotherEntryPointParsesTheSameArgumentsIntoTheSameConfig() throws Exception {
    Path input = TestData.input();
    StudyArgs args = StudyArgs.parse("--input", input.toString(), "--model", "ff3",
        "--threads", "2", "--output", "elsewhere");
    StudyConfig cfg = args.load();
    assertEquals(ModelType.FF3, cfg.model());
    assertEquals(2, cfg.threads());
    assertEquals(Path.of("elsewhere"), args.output());
    assertEquals(ConfigLoader.load(input.resolve("study.properties"), "study.properties",
        Map.of("model", "ff3", "threads", "2")), cfg);
    assertThrows(SettingException.class, () -> StudyArgs.parse("--threads", "-1").load());
    assertThrows(SettingException.class, () -> StudyArgs.parse("--output", ""));
    assertThrows(SettingException.class, () -> StudyArgs.parse("--modle", "ff3"));
  }
}
