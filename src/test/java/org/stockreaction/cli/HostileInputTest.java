package org.stockreaction.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.TestData;

/**
 * A hostile or careless input folder and output folder, through the command line's entry point:
 * links leading out of either folder, FIFOs, folders where files belong, bytes that are not
 * UTF-8, huge values, control characters and Markdown in the events file. Each is a clear error
 * naming the path or row; nothing outside the two folders is read or written.
 */
class HostileInputTest {

  /** A line no output or message may ever show: it lives outside the input folder. */
  static final String SECRET = "root:$6$secret-hash-that-must-not-leak:19000:0:99999:7:::";

  @TempDir
  Path dir;
  Path input;
  Path output;
  Path outside;

  record Run(int exit, String out, String err) {}

  @BeforeEach
  void copyShippedInput() throws IOException {
    input = dir.resolve("input");
    output = dir.resolve("output");
    outside = dir.resolve("elsewhere");
    Files.createDirectories(outside);
    Files.writeString(outside.resolve("shadow"), SECRET + "\n");
    TestData.copyFolder(TestData.input(), input);
  }

  Run run(String... args) {
    List<String> all = new ArrayList<>(List.of("--input", input.toString(), "--output",
        output.toString(), "--compare-model", "none"));
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all.toArray(new String[0]), new PrintWriter(out, true),
        new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  void events(String text) throws IOException {
    Files.writeString(input.resolve("events.csv"), text, StandardCharsets.UTF_8);
  }

  static void assertClean(Run r) {
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    assertFalse(r.err().contains("Exception"), "no Java exception name: " + r.err());
    assertFalse(r.err().contains(SECRET.substring(0, 20)), "the secret leaked: " + r.err());
  }

  /** Every file under the output folder, as text, must not hold the secret. */
  void assertNoSecretInOutput() throws IOException {
    if (!Files.exists(output)) {
      return;
    }
    try (Stream<Path> s = Files.walk(output)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (Files.isRegularFile(p)) {
          String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
          assertFalse(text.contains("secret-hash"), p + " holds the secret");
        }
      }
    }
  }

  static void mkfifo(Path p) throws Exception {
    Process pr = new ProcessBuilder("mkfifo", p.toString()).start();
    assertEquals(0, pr.waitFor(), "mkfifo");
  }

  // ---- the output folder -------------------------------------------------------------------

  @Test
  void refusesALockThatIsALinkAndLeavesItsTargetAlone() throws Exception {
    Files.createDirectories(output);
    Path target = outside.resolve("precious.txt");
    Files.writeString(target, "keep me");
    Files.createSymbolicLink(output.resolve(".lock"), target);
    Run r = run();
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains(".lock") && r.err().contains("link"), r.err());
    assertEquals("keep me", Files.readString(target));
    assertClean(r);
    assertFalse(Files.exists(output.resolve("runs")), "nothing written");
  }

  @Test
  void refusesRunsAndLatestAndLeftoversThatLeadOutOfTheOutputFolder() throws Exception {
    Files.createDirectories(output);
    Files.createSymbolicLink(output.resolve("runs"), outside);
    Run r = run();
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains(output.resolve("runs") + ": the folder of runs is a link leading"
        + " out of the output folder"), r.err());
    try (Stream<Path> s = Files.list(outside)) {
      assertEquals(1, s.count(), "nothing written outside");
    }
    Files.delete(output.resolve("runs"));

    Files.createSymbolicLink(output.resolve("latest"), outside);
    r = run();
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains(output.resolve("latest") + " is a link leading out"), r.err());
    Files.delete(output.resolve("latest"));

    Files.createDirectories(output.resolve("runs"));
    Files.createSymbolicLink(output.resolve("runs/.tmp-20250101T000000000Z-000000"), outside);
    r = run();
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains(".tmp-20250101T000000000Z-000000: a run folder left by a stopped"
        + " run is a link leading out"), r.err());
    assertTrue(Files.exists(outside.resolve("shadow")), "the link's target is not deleted");
    assertClean(r);
  }

  @Test
  void checksTheOutputFolderBeforeReadingAnyInput() throws Exception {
    // the events file is bad too, but the output folder's shape is what the run reports
    events("not,a,header\n");
    Files.createDirectories(output);
    Files.writeString(output.resolve("runs"), "a file where the runs go");
    Run r = run();
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains(output.resolve("runs") + ": the folder of runs is a file, not a"
        + " folder"), r.err());
    assertFalse(r.err().contains("events.csv"), r.err());
    assertClean(r);
    Files.delete(output.resolve("runs"));

    Files.createDirectories(output.resolve("latest"));
    r = run();
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains(output.resolve("latest") + " is a folder, not the link this tool"
        + " keeps"), r.err());
    assertFalse(r.err().contains("events.csv"), r.err());
  }

  // ---- confinement of the inputs -----------------------------------------------------------

  @Test
  void refusesAPriceFileThatIsALinkOutOfTheInputFolder() throws Exception {
    Path bidu = input.resolve("prices/BIDU.csv");
    Files.delete(bidu);
    Files.createSymbolicLink(bidu, outside.resolve("shadow"));
    Run r = run();
    assertEquals(4, r.exit(), r.err());
    assertTrue(r.err().contains("BIDU.csv: the price file lies outside the input folder"), r.err());
    assertClean(r);
    assertNoSecretInOutput();
  }

  @Test
  void refusesAnEventsFileOutsideTheInputFolderUnlessAllowed() throws Exception {
    Run r = run("--events", outside.resolve("shadow").toString());
    assertEquals(3, r.exit(), r.err());
    assertTrue(r.err().contains("the events file lies outside the input folder"), r.err());
    assertClean(r);
    r = run("--events", "../elsewhere/shadow");
    assertEquals(3, r.exit(), r.err());
    assertTrue(r.err().contains("the events file lies outside the input folder"), r.err());

    Path events = outside.resolve("events.csv");
    Files.copy(input.resolve("events.csv"), events);
    assertEquals(3, run("--events", events.toString()).exit());
    r = run("--events", events.toString(), "--allow-outside-input");
    assertEquals(0, r.exit(), r.err());
  }

  @Test
  void refusesAConfigFileThatIsALinkOutOfTheInputFolder() throws Exception {
    Files.delete(input.resolve("study.properties"));
    Files.createSymbolicLink(input.resolve("study.properties"), outside.resolve("shadow"));
    Run r = run();
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("the config file lies outside the input folder"), r.err());
    assertClean(r);
  }

  @Test
  void refusesAFactorFileThatIsALinkOutOfTheInputFolder() throws Exception {
    Path ff3 = input.resolve("factors/F-F_Research_Data_Factors_daily.csv");
    Files.delete(ff3);
    Files.createSymbolicLink(ff3, outside.resolve("shadow"));
    Run r = run("--model", "ff3");
    assertEquals(3, r.exit(), r.err());
    assertTrue(r.err().contains("the factor file lies outside the input folder"), r.err());
    assertClean(r);
  }

  @Test
  void readsOnlyRegularFilesNeverFifosOrDevices() throws Exception {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      Run r = run("--events", "/dev/zero", "--allow-outside-input");
      assertEquals(3, r.exit(), r.err());
      assertTrue(r.err().contains("/dev/zero: the events file is not a regular file"), r.err());
      assertClean(r);

      Path fifo = input.resolve("events-fifo.csv");
      mkfifo(fifo);
      r = run("--events", "events-fifo.csv");
      assertEquals(3, r.exit(), r.err());
      assertTrue(r.err().contains("the events file is not a regular file (a FIFO"), r.err());

      Path bidu = input.resolve("prices/BIDU.csv");
      Files.delete(bidu);
      mkfifo(bidu);
      r = run();
      assertEquals(4, r.exit(), r.err());
      assertTrue(r.err().contains("BIDU.csv: the price file is not a regular file (a FIFO"),
          r.err());
      assertClean(r);
    });
  }

  @Test
  void anEventsPathThatIsAFolderSaysSo() throws Exception {
    Run r = run("--events", "prices");
    assertEquals(3, r.exit(), r.err());
    assertTrue(r.err().contains("input/prices: the events file is a folder, not a file"), r.err());
  }

  // ---- the events file ---------------------------------------------------------------------

  @Test
  void aHeaderOnlyEventsFileIsAnInputErrorAndPublishesNothing() throws Exception {
    events("ticker,event_date,reported_move_pct,benchmark,label\n");
    Run r = run();
    assertEquals(3, r.exit(), r.err());
    assertTrue(r.err().contains("events.csv:1: the events file has a header but no event rows"),
        r.err());
    assertFalse(Files.exists(output.resolve("latest"), LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void aByteThatIsNotUtf8FailsItsRowAloneWithLineAndByteOffset() throws Exception {
    byte[] head = ("ticker,event_date,reported_move_pct,benchmark,label\n"
        + "BABA,2025-02-11T20:00+08:00,1,SPY,ok\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "BIDU,2025-02-11T20:00+08:00,-4,SPY,caf".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\nAAPL,2025-02-11T20:00+08:00,3,SPY,ok\n".getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.write(head);
    b.write(bad);
    b.write(0xE9); // Latin-1 e-acute
    b.write(tail);
    Files.write(input.resolve("events.csv"), b.toByteArray());
    Run r = run();
    assertEquals(4, r.exit(), r.err());
    int offset = head.length + bad.length;
    assertTrue(r.err().contains("events.csv:3:5: the byte 0xe9 at byte offset " + offset
        + " of the file is not UTF-8"), r.err());
    assertTrue(r.err().contains("events 2 ok, 1 failed"), r.err());
  }

  @Test
  void labelsAndGroupsOfMoreThan200CharactersFailTheirRow() throws Exception {
    String ok = "x".repeat(200);
    String tooLong = "y".repeat(201);
    events("ticker,event_date,reported_move_pct,benchmark,label,group\n"
        + "BABA,2025-02-11T20:00+08:00,1,SPY," + ok + ",g\n"
        + "BIDU,2025-02-11T20:00+08:00,-4,SPY,label," + tooLong + "\n"
        + "AAPL,2025-02-11T20:00+08:00,3,SPY," + tooLong + ",g\n");
    Run r = run();
    assertEquals(4, r.exit(), r.err());
    assertTrue(r.err().contains("events.csv:3:6: the group is 201 characters long, longer than"
        + " the 200 a value may be"), r.err());
    assertTrue(r.err().contains("events.csv:4:5: the label is 201 characters long"), r.err());
    assertTrue(r.err().contains("events 1 ok, 2 failed"), r.err());
    for (String line : r.err().split("\n")) {
      assertFalse(line.contains("y".repeat(81)), "quotes at most 80 characters: " + line);
    }
  }

  @Test
  void aLineLongerThanOneMegabyteFailsItsRowWithoutEchoingIt() throws Exception {
    String huge = "z".repeat(3 << 20);
    events("ticker,event_date,reported_move_pct,benchmark,label\n"
        + "BABA,2025-02-11T20:00+08:00,1,SPY," + huge + "\n"
        + "AAPL,2025-02-11T20:00+08:00,3,SPY,ok\n");
    Run r = run();
    assertEquals(4, r.exit(), r.err());
    assertTrue(r.err().contains("events.csv:2:5: the value is 3145728 bytes long, longer than a"
        + " line may be (1048576 bytes)"), r.err());
    assertTrue(r.err().length() < 5000, "stderr stays short: " + r.err().length());
  }

  @Test
  void errorsQuoteAtMost80CharactersOfTheOffendingText() throws Exception {
    String longDate = "2025-02-11" + "9".repeat(150);
    events("ticker,event_date\nBABA," + longDate + "\nAAPL,2025-02-11T20:00+08:00\n");
    Run r = run();
    assertEquals(4, r.exit(), r.err());
    String line = r.err().lines().filter(l -> l.contains("is not a date")).findFirst()
        .orElseThrow();
    String quoted = line.substring(line.indexOf('"') + 1, line.indexOf("...\""));
    assertEquals(80, quoted.length(), line);
    assertTrue(line.contains("(160 characters)"), line);
  }

  @Test
  void controlCharactersFromInputReachTheTerminalEscaped() throws Exception {
    events("ticker,event_date\n\u001b[31mEVIL\u001b[0m,2025-02-11\nAAPL,2025-02-11T20:00+08:00\n");
    Run r = run();
    assertEquals(4, r.exit(), r.err());
    assertFalse(r.err().contains("\u001b"), "a raw ESC reached stderr");
    assertTrue(r.err().contains("\\u001b[31mEVIL\\u001b[0m"), r.err());
    r = run("validate");
    assertFalse(r.out().contains("\u001b") || r.err().contains("\u001b"), r.out());
  }

  @Test
  void markdownFromInputIsInertInReportMd() throws Exception {
    events("ticker,event_date,reported_move_pct,benchmark,label,group\n"
        + "BABA,2025-02-11T20:00+08:00,1,SPY,l,[x](http://evil)\n"
        + "BIDU,2025-02-11T20:00+08:00,-4,SPY,l,[x](http://evil)\n"
        + "AAPL,2025-02-11T20:00+08:00,3,SPY,l,**bold** <b>x</b> `code`\n");
    Run r = run();
    assertEquals(0, r.exit(), r.err());
    String md = Files.readString(output.resolve("latest/report.md"));
    assertFalse(md.contains("[x](http://evil)"), "a live link in report.md");
    assertTrue(md.contains("## Group \"\\[x\\](http://evil)\""), md);
    assertTrue(md.contains("\\*\\*bold\\*\\* &lt;b&gt;x&lt;/b&gt; \\`code\\`"), md);
  }
}
