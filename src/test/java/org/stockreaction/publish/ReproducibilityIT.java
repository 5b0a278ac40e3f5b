package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.cli.Main;

/** Same inputs and settings give the same bytes, in any locale or time zone; and --as-of. */
class ReproducibilityIT {

  @TempDir
  Path dir;

  private static JsonNode withoutTimes(JsonNode manifest) {
    ObjectNode m = manifest.deepCopy();
    m.remove(List.of("run", "started", "finished"));
    return m;
  }

  private static int inProcess(String... args) {
    return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  @Test
  void byteIdenticalAcrossLocalesAndTimeZones() throws Exception {
    SyntheticStudy.copyShippedInput(dir.resolve("input"));
    Files.writeString(dir.resolve("input/events.csv"),
        "NOPE,2025-02-11,2,SPY,=1+1 a failing row with a formula-like label\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    // failure messages in the reports name the input folder as the user did (relative to the
    // working folder when inside it), so every run here names it by the same absolute path
    String input = dir.resolve("input").toString();
    Path cwd = Files.createDirectories(dir.resolve("elsewhere"));
    JarRun.Result en = JarRun.start(cwd, List.of("-Duser.language=en", "-Duser.country=US",
        "-Duser.timezone=UTC"), "--input", input, "--output", dir.resolve("en").toString()).await();
    JarRun.Result de = JarRun.start(cwd, List.of("-Duser.language=de", "-Duser.country=DE",
        "-Duser.timezone=Asia/Shanghai"), "--input", input, "--output", dir.resolve("de").toString())
        .await();
    assertEquals(4, en.exitCode(), en.err());
    assertEquals(4, de.exitCode(), de.err());
    // and once in this JVM, which the build runs under de_DE and Asia/Shanghai
    assertEquals(4, inProcess("--input", input, "--output", dir.resolve("here").toString()));

    Published a = Published.read(dir.resolve("en"));
    Published b = Published.read(dir.resolve("de"));
    Published c = Published.read(dir.resolve("here"));
    assertTrue(a.sameReports(b), "en/UTC vs de/Shanghai differ in " + a.firstDifference(b));
    assertTrue(a.sameReports(c), "subprocess vs in-process differ in " + a.firstDifference(c));
    assertEquals(withoutTimes(a.manifest()), withoutTimes(b.manifest()));
    assertTrue(a.reports().keySet().containsAll(java.util.List.of("summary.csv", "car.csv",
        "abnormal_returns.csv", "report.md", "report.html")), "the reports: " + a.reports().keySet());
    for (Map.Entry<String, byte[]> e : a.reports().entrySet()) {
      if (e.getKey().endsWith(".png")) {
        continue; // binary; compared byte for byte above
      }
      String text = new String(e.getValue(), StandardCharsets.UTF_8);
      assertFalse(text.contains("\r"), e.getKey() + " has \\n line ends only");
      assertTrue(text.endsWith("\n"), e.getKey());
    }
    // the rerun into the same folder gives the same bytes again, in a new run folder
    assertEquals(4, inProcess("--input", input, "--output", dir.resolve("en").toString()));
    Published a2 = Published.read(dir.resolve("en"));
    assertFalse(a2.run().equals(a.run()));
    assertTrue(a2.sameReports(a));
  }

  @Test
  void asOfReproducesTheNightlyRunAfterMoreDataArrived() throws Exception {
    // SYNTHETIC data: 1000 weekdays of random walks; the nightly run saw the first 900
    Path later = SyntheticStudy.write(dir.resolve("later"), 3, 1000, 1, 5L);
    List<LocalDate> days = org.stockreaction.TestData.weekdays(1000);
    LocalDate nightly = days.get(899);
    String events = "ticker,event_date,reported_move_pct,benchmark,label\n"
        + "SYN000," + days.get(600) + ",1,SYNMKT,synthetic event well inside the data\n"
        + "SYN001," + days.get(897) + ",1,SYNMKT,synthetic event whose window ran past the night\n"
        + "SYN002," + days.get(950) + ",1,SYNMKT,synthetic event after the night\n";
    Files.writeString(later.resolve("events.csv"), events);
    Path then = Files.createDirectories(dir.resolve("then/prices"));
    Files.copy(later.resolve("events.csv"), dir.resolve("then/events.csv"));
    Files.copy(later.resolve("study.properties"), dir.resolve("then/study.properties"));
    try (var s = Files.list(later.resolve("prices"))) {
      for (Path p : (Iterable<Path>) s::iterator) {
        List<String> rows = Files.readAllLines(p);
        Files.write(then.resolve(p.getFileName()), rows.subList(0, 901));
      }
    }

    String asOf = nightly.toString();
    JarRun.Result n = JarRun.run(dir, "--input", "then", "--output", "nightly", "--as-of", asOf);
    assertEquals(4, n.exitCode(), "the event after the night fails then: " + n.err());
    JarRun.Result r = JarRun.run(dir, "--input", "later", "--output", "rerun", "--as-of", asOf);
    assertEquals(4, r.exitCode(), r.err());
    assertEquals(0, inProcess("--input", later.toString(), "--output",
        dir.resolve("all").toString(), "--as-of", days.get(999).toString()));

    Published pn = Published.read(dir.resolve("nightly"));
    Published pr = Published.read(dir.resolve("rerun"));
    Published pa = Published.read(dir.resolve("all"));
    assertTrue(pr.sameReports(pn), "rerun differs in " + pr.firstDifference(pn));
    assertFalse(java.util.Arrays.equals(pa.reports().get("summary.csv"),
        pn.reports().get("summary.csv")), "the later data do change the results without as-of");
    JsonNode in = pr.manifest().get("inputs");
    assertEquals(asOf, pr.manifest().get("config").get("as-of").asText());
    for (JsonNode f : in) {
      if (f.get("role").asText().equals("prices")) {
        assertEquals(asOf, f.get("last").asText(), "rows after as-of are not used");
        assertEquals(900, f.get("rows").asInt());
      }
    }
    assertFalse(in.get(2).get("sha256").asText().equals(
        pn.manifest().get("inputs").get(2).get("sha256").asText()),
        "the manifests show the files themselves changed");
  }
}
