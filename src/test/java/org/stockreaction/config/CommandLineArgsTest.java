package org.stockreaction.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stockreaction.config.CommandLineArgs.Command;
import org.stockreaction.config.CommandLineArgs.Option;
import org.stockreaction.config.CommandLineArgs.Syntax;

/**
 * The command-line parser, on a front end shaped like the tool's (folders, flags, two commands,
 * one with options of its own) and one shaped like the Spark runner's ({@code --master}).
 */
class CommandLineArgsTest {

  private static final Syntax TOOL = new Syntax(List.of(
      Option.value("input", "DIR", "input folder"),
      Option.value("output", "DIR", "output folder"),
      Option.flag("quiet", 'q', "print errors only"),
      Option.flag("verbose", 'v', "print more detail"),
      Option.flag("help", 'h', "show the help")),
      List.of(new Command("validate", List.of()),
          new Command("bench", List.of(Option.value("size", "SIZE", "size"),
              Option.value("runs", "N", "runs")))),
      "see --help for the options");

  private static final Syntax SPARK = new Syntax(List.of(
      Option.value("input", "URI", "input"), Option.value("output", "URI", "output"),
      Option.value("master", "URL", "master"), Option.value("config", "URI", "config")),
      List.of(), "see the usage below");

  private static CommandLineArgs tool(String... args) throws SettingException {
    return TOOL.parse(args);
  }

  /** The one-line message of the error {@code args} give. */
  private static String error(String... args) {
    String m = assertThrows(SettingException.class, () -> tool(args)).getMessage();
    assertFalse(m.contains("\n"), m);
    assertTrue(m.startsWith("command line: "), m);
    assertTrue(m.endsWith("see --help for the options)"), m);
    return m;
  }

  @Test
  void nothingGivenIsNoCommandNoOptionNoSetting() throws SettingException {
    CommandLineArgs a = tool();
    assertNull(a.command());
    assertEquals(Map.of(), a.options());
    assertEquals(Map.of(), a.settings());
    assertEquals("input", a.option("input", "input"));
    assertFalse(a.flag("quiet"));
  }

  @Test
  void valuesFollowTheOptionOrItsEqualsSign() throws SettingException {
    CommandLineArgs a = tool("--input", "in", "--output=out", "--model", "ff3",
        "--event-windows=0,0; -1,+1", "--as-of=", "--benchmark", "");
    assertEquals(Map.of("input", "in", "output", "out"), a.options());
    assertEquals(Map.of("model", "ff3", "event-windows", "0,0; -1,+1", "as-of", "",
        "benchmark", ""), a.settings());
  }

  @Test
  void aValueMayStartWithADashOrHoldAnEqualsSign() throws SettingException {
    CommandLineArgs a = tool("--event-windows", "-1,+1", "--estimation-window=-250,-11",
        "--threads", "-1", "--date-format", "--x", "--prices", "a=b");
    assertEquals(Map.of("event-windows", "-1,+1", "estimation-window", "-250,-11",
        "threads", "-1", "date-format", "--x", "prices", "a=b"), a.settings());
  }

  @Test
  void aKnownOptionIsNotTakenAsTheValueBeforeIt() {
    assertEquals("command line: --model needs a value MODEL (" + Setting.MODEL.valid()
        + "; see --help for the options)", error("--model", "--threads", "2"));
    assertTrue(error("--input", "--model=ff3").contains("--input needs a value DIR"));
    assertTrue(error("--input", "-q").contains("--input needs a value DIR"));
    assertTrue(error("--output").contains("--output needs a value DIR"));
  }

  @Test
  void aSwitchStandsAloneOrTakesTrueOrFalse() throws SettingException {
    assertEquals(Map.of("allow-outside-input", "true", "model", "raw"),
        tool("--allow-outside-input", "--model", "raw").settings());
    assertEquals("true", tool("--allow-outside-input").settings().get("allow-outside-input"));
    assertEquals("false", tool("--allow-outside-input=false").settings()
        .get("allow-outside-input"));
    assertEquals("FALSE", tool("--allow-outside-input", "FALSE").settings()
        .get("allow-outside-input"));
    // a following word that is not true or false is not its value: here the command
    CommandLineArgs a = tool("--allow-outside-input", "validate");
    assertEquals("true", a.settings().get("allow-outside-input"));
    assertEquals("validate", a.command());
    // a value after '=' is the setting's to check, with the config file's message
    assertEquals("maybe", tool("--allow-outside-input=maybe").settings()
        .get("allow-outside-input"));
  }

  @Test
  void flagsTakeNoValueButTrueOrFalseAndGroupWhenShort() throws SettingException {
    assertTrue(tool("-q").flag("quiet"));
    assertTrue(tool("--quiet").flag("quiet"));
    assertFalse(tool("--quiet=false").flag("quiet"));
    CommandLineArgs a = tool("-qv");
    assertTrue(a.flag("quiet") && a.flag("verbose"));
    assertEquals("command line: --quiet takes no value, or true or false, not \"yes\" (see --help"
        + " for the options)", error("--quiet=yes"));
    // a flag does not take the next argument as its value
    assertEquals("validate", tool("-v", "validate").command());
  }

  @Test
  void anUnknownOptionNamesTheNearestKnownOne() {
    assertEquals("command line: unknown option --modle; did you mean --model? (see --help for the"
        + " options)", error("--modle", "raw"));
    assertTrue(error("--estimation-windw=-250,-11").contains(
        "unknown option --estimation-windw; did you mean --estimation-window?"));
    assertTrue(error("--inptu", "x").contains("did you mean --input?"));
    assertTrue(error("-model", "raw").contains("unknown option -model; did you mean --model?"));
    assertEquals("command line: unknown option -x (see --help for the options)", error("-x"));
    assertTrue(error("-qx").contains("unknown option -qx"));
  }

  @Test
  void anOptionGivenTwiceIsRefusedInAnyOfItsForms() {
    assertEquals("command line: --model is given twice (give each option once; see --help for the"
        + " options)", error("--model", "raw", "--model=ff3"));
    assertTrue(error("-q", "--quiet").contains("--quiet (-q) is given twice"));
    assertTrue(error("-qv", "-v").contains("--verbose (-v) is given twice"));
    assertTrue(error("--input", "a", "validate", "--input", "b").contains("--input is given"));
    assertTrue(error("--allow-outside-input", "--allow-outside-input=false")
        .contains("--allow-outside-input is given twice"));
  }

  @Test
  void optionsComeBeforeOrAfterTheCommand() throws SettingException {
    CommandLineArgs before = tool("--input", "in", "--model", "raw", "-q", "validate");
    CommandLineArgs after = tool("validate", "--input", "in", "--model", "raw", "-q");
    CommandLineArgs around = tool("--input", "in", "validate", "--model", "raw", "-q");
    assertEquals(before, after);
    assertEquals(before, around);
    assertEquals("validate", before.command());
    assertEquals(Map.of("input", "in", "quiet", "true"), before.options());
    assertEquals(Map.of("model", "raw"), before.settings());
  }

  @Test
  void aCommandsOwnOptionsComeAfterIt() throws SettingException {
    CommandLineArgs a = tool("-q", "bench", "--size", "large", "--runs=5", "--threads", "2");
    assertEquals("bench", a.command());
    assertEquals(Map.of("quiet", "true", "size", "large", "runs", "5"), a.options());
    assertEquals(Map.of("threads", "2"), a.settings());
    assertEquals("command line: --size is an option of bench (give it after bench; see --help for"
        + " the options)", error("--size", "large", "bench"));
    assertTrue(error("validate", "--size", "large").contains("--size is an option of bench"));
  }

  @Test
  void anArgumentThatIsNeitherOptionNorCommandIsRefused() {
    assertEquals("command line: unexpected argument \"extra\" (options start with --; the commands"
        + " are validate, bench; see --help for the options)", error("extra"));
    assertEquals("command line: unexpected argument \"bench\" (options start with --; see --help"
        + " for the options)", error("validate", "bench"));
    assertTrue(error("--input", "in", "in2").contains("unexpected argument \"in2\""));
    assertTrue(error("-").contains("unexpected argument \"-\""));
    assertTrue(error("--").contains("\"--\" (the end of the options) is not used"));
  }

  @Test
  void theSparkRunnerTakesMasterAndTheSameSettings() throws SettingException {
    CommandLineArgs a = SPARK.parse("--master", "local[2]", "--input", "hdfs://nn/in",
        "--output=file:/tmp/out", "--event-windows", "-1,+1", "--allow-outside-input");
    assertNull(a.command());
    assertEquals(Map.of("master", "local[2]", "input", "hdfs://nn/in", "output", "file:/tmp/out"),
        a.options());
    assertEquals(Map.of("event-windows", "-1,+1", "allow-outside-input", "true"), a.settings());
    String m = assertThrows(SettingException.class, () -> SPARK.parse("--mastr", "yarn"))
        .getMessage();
    assertEquals("command line: unknown option --mastr; did you mean --master? (see the usage"
        + " below)", m);
    m = assertThrows(SettingException.class, () -> SPARK.parse("--input", "a", "validate"))
        .getMessage();
    assertEquals("command line: unexpected argument \"validate\" (options start with --; see the"
        + " usage below)", m);
    m = assertThrows(SettingException.class, () -> SPARK.parse("--master")).getMessage();
    assertEquals("command line: --master needs a value URL (see the usage below)", m);
  }

  @Test
  void everySettingIsAnOptionInBothForms() throws SettingException {
    for (Setting<?> s : Setting.all()) {
      String value = s.isSwitch() ? "true" : "x";
      assertEquals(Map.of(s.key(), value), tool("--" + s.key(), value).settings(), s.key());
      assertEquals(Map.of(s.key(), value), tool("--" + s.key() + "=" + value).settings(), s.key());
    }
  }
}
