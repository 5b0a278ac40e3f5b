package org.stockreaction.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stockreaction.config.CommandLineArgs.Option;
import org.stockreaction.config.Setting;

/** {@code --help} of the tool and its commands, {@code --version}, and usage errors' form. */
class HelpTest {

  private static String help(String... args) {
    CommandLineTest.Run r = CommandLineTest.run(args);
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    return r.out();
  }

  /** Every option of the tool, a command's own ones and every setting, each with its text. */
  private static void assertEveryOption(String help, List<Option> own) {
    String flat = help.replaceAll("\\s+", "");
    List<Option> options = new ArrayList<>(StudyArgs.OPTIONS);
    options.addAll(own);
    for (Option o : options) {
      String names = (o.shortName() == 0 ? "" : "-" + o.shortName() + ",") + "--" + o.name()
          + (o.isFlag() ? "" : "=" + o.label());
      assertTrue(flat.contains(names + o.description().replaceAll("\\s+", "")), names);
    }
    for (Setting<?> s : Setting.all()) {
      assertTrue(flat.contains("--" + s.key()), s.key());
      assertTrue(flat.contains(s.valid().replaceAll("\\s+", "")), s.key());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "validate --help", "bench --help", "bench -h",
      "--help bench", "--model ff3 --help"})
  void everyLineFitsEightyColumns(String args) {
    String help = help(args.split(" "));
    for (String line : help.lines().toList()) {
      assertTrue(line.length() <= Help.WIDTH, line.length() + ": " + line);
      assertFalse(line.endsWith(" "), "trailing space: " + line);
    }
  }

  @Test
  void theToolsHelpShowsUsageOptionsCommandsExamplesAndExitCodes() {
    String help = help("--help");
    assertTrue(help.startsWith("Usage: stock-reaction [validate | bench] [OPTION...]"), help);
    assertEveryOption(help, List.of());
    assertTrue(help.contains("\nCommands:"), help);
    assertTrue(help.contains("  validate  check the config"), help);
    assertTrue(help.contains("  bench     measure speed"), help);
    assertTrue(help.contains("Examples:"), help);
    assertTrue(help.contains("Exit codes: 0 ok; 1 internal error"), help);
    assertFalse(help.contains("--size="), "bench's own options are in bench --help");
  }

  @Test
  void benchsHelpShowsItsOwnOptions() {
    String help = help("bench", "--help");
    assertTrue(help.startsWith("Usage: stock-reaction bench [OPTION...]"), help);
    assertEveryOption(help, BenchCommand.COMMAND.options());
    assertTrue(help.contains("      --size=SIZE           small, large, panel or large2x (default:"
        + " small)"), help);
    assertTrue(help.contains("bench --size large --runs 5"), help);
  }

  @Test
  void validatesHelpSaysItWritesNothing() {
    String help = help("validate", "-h");
    assertTrue(help.startsWith("Usage: stock-reaction validate [OPTION...]"), help);
    assertTrue(help.replaceAll("\\s+", " ").contains("Writes nothing and takes no lock."), help);
    assertEveryOption(help, List.of());
  }

  @Test
  void anOptionTooLongForItsColumnPutsItsDescriptionOnTheNextLine() {
    String help = help("--help");
    assertTrue(help.contains("      --allow-outside-input[=BOOLEAN]\n"
        .replace("\n", System.lineSeparator()) + " ".repeat(28) + "true reads input files"), help);
    assertTrue(help.contains("      --model=MODEL         expected-return model"), help);
    assertTrue(help.contains("  -q, --quiet               print errors only"), help);
  }

  @Test
  void versionIsTheToolsNameAndVersion() {
    assertEquals("stock-reaction dev" + System.lineSeparator(), help("--version"));
    assertEquals(help("--version"), help("-V"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--modle raw", "--model", "--model raw --model ff3", "extra",
      "validate bench", "-q -q", "bench --runs x", "bench --runs 0", "--size large bench",
      "--quiet=maybe"})
  void aUsageErrorIsOneLineWithExit2(String args) {
    CommandLineTest.Run r = CommandLineTest.run(args.split(" "));
    assertEquals(2, r.exit(), r.err());
    assertEquals("", r.out());
    List<String> lines = r.err().lines().toList();
    assertTrue(lines.get(0).startsWith("error: command line: "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    // then the line every run ends with, unless --quiet is among the arguments; bench's own
    // options are checked by bench, which is no study run
    boolean quiet = List.of(args.split(" ")).stream()
        .anyMatch(a -> a.equals("--quiet") || a.equals("-q"));
    if (quiet || args.startsWith("bench --runs")) {
      assertEquals(1, lines.size(), r.err());
    } else {
      assertEquals(2, lines.size(), r.err());
      assertTrue(lines.get(1).matches("info: done: exit 2 \\(usage or config error\\); no events"
          + " computed; nothing written; [0-9.]+ s"), lines.get(1));
    }
  }

  @Test
  void anUnknownOptionNamesTheNearestSetting() {
    CommandLineTest.Run r = CommandLineTest.run("--modle", "raw");
    assertEquals("error: command line: unknown option --modle; did you mean --model? (see --help"
        + " for the options)", r.err().lines().findFirst().orElseThrow());
  }

  /** {@code --quiet=true} is quiet too: a usage error then prints its one line only. */
  @Test
  void aUsageErrorUnderQuietEqualsTrueIsOneLine() {
    CommandLineTest.Run r = CommandLineTest.run("--bogus", "--quiet=true");
    assertEquals(2, r.exit());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  /** A name that is no misspelling of any option gets no suggestion, only the way to the list. */
  @Test
  void anUnknownOptionFarFromEveryNameGetsNoSuggestion() {
    for (String bad : List.of("--bogus", "--xyz")) {
      String first = CommandLineTest.run(bad).err().lines().findFirst().orElseThrow();
      assertEquals("error: command line: unknown option " + bad + " (see --help for the options)",
          first);
    }
  }
}
