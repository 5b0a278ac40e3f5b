package org.stockreaction.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Spark runner's command line goes through the CLI's parser, with {@code --master}. */
class StudyArgsTest {

  private static String usage(String... args) {
    return assertThrows(StudyArgs.UsageException.class, () -> StudyArgs.parse(args))
        .getMessage();
  }

  @Test
  void takesTheFoldersTheMasterTheConfigAndTheSettings() throws Exception {
    StudyArgs a = StudyArgs.parse(new String[] {"--master", "local[2]", "--input",
        "hdfs://nn:8020/study", "--output=s3a://bucket/out", "--config", "file:/etc/s.properties",
        "--event-windows", "-1,+1", "--estimation-window=-250,-11", "--allow-outside-input"});
    assertEquals("hdfs://nn:8020/study", a.input());
    assertEquals("s3a://bucket/out", a.output());
    assertEquals("local[2]", a.master());
    assertEquals("file:/etc/s.properties", a.config());
    assertEquals(Map.of("event-windows", "-1,+1", "estimation-window", "-250,-11",
        "allow-outside-input", "true"), a.settings());
    StudyArgs bare = StudyArgs.parse(new String[] {"--input", "in", "--output", "out"});
    assertNull(bare.master());
    assertNull(bare.config());
  }

  @Test
  void theSettingsLoadAsTheClisDo() throws Exception {
    StudyArgs spark = StudyArgs.parse(new String[] {"--input", "input", "--output", "o",
        "--model", "ff3", "--threads=2"});
    assertEquals(org.stockreaction.cli.StudyArgs.parse("--input", "input", "--model", "ff3",
        "--threads=2").load(), spark.load(Path.of("input/study.properties"), "study.properties"));
  }

  @Test
  void theRunnersOwnOptionInTheConfigFileSaysWhereItBelongs(@org.junit.jupiter.api.io.TempDir
      Path dir) throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("study.properties"),
        "master = local[2]\n");
    StudyArgs a = StudyArgs.parse(new String[] {"--input", "in", "--output", "out"});
    org.stockreaction.config.SettingException e = assertThrows(
        org.stockreaction.config.SettingException.class, () -> a.load(file, "study.properties"));
    assertEquals("study.properties:1:1: \"master\" is a command-line option, not a setting of the"
        + " config file (give it on the command line, such as --master URL, and remove the line)",
        e.getMessage());
  }

  @Test
  void aCommandLineThatCannotRunSaysWhy() {
    assertEquals("--input and --output are required", usage("--input", "in"));
    assertEquals("command line: unknown option --modle; did you mean --model? (see the usage"
        + " below)", usage("--input", "in", "--output", "out", "--modle", "raw"));
    assertEquals("command line: --master needs a value URL (see the usage below)",
        usage("--input", "in", "--output", "out", "--master"));
    assertEquals("command line: --model is given twice (give each option once; see the usage"
        + " below)", usage("--model", "raw", "--model", "ff3"));
    assertEquals("command line: unexpected argument \"run\" (options start with --; see the usage"
        + " below)", usage("run", "--input", "in", "--output", "out"));
  }
}
