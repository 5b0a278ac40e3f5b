package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html opened in a real browser, Debian's headless Chromium: the shipped study's and an
 * 800-group SYNTHETIC study's. The page loads without console errors within 2 s, its first table
 * is the group overview, and every chart is drawn (an SVG laid out with its shapes).
 *
 * <p>The load time is taken inside the browser: a page beside the report opens it in a frame and
 * writes, once the frame has loaded and been laid out, {@code performance.now()} and what it found
 * in the report into its own DOM, which {@code --dump-dom} prints. The browser's own start-up is
 * not counted.
 */
class ReportInBrowserIT {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private static final String PROBE = """
      <!DOCTYPE html><html><head><meta charset="utf-8"/></head><body>
      <iframe id="f" src="report.html" style="width:1280px;height:900px"></iframe>
      <pre id="out">not loaded</pre>
      <script>
      document.getElementById('f').addEventListener('load', function () {
        var d = this.contentDocument;
        var h = d.body.offsetHeight;
        var t = performance.now();
        var tables = d.querySelectorAll('table');
        var drawn = 0, svgs = d.querySelectorAll('svg');
        for (var i = 0; i < svgs.length; i++) {
          var r = svgs[i].getBoundingClientRect();
          if (r.width > 100 && r.height > 50
              && svgs[i].querySelectorAll('path,rect,polyline,polygon,line').length > 5) {
            drawn++;
          }
        }
        document.getElementById('out').textContent = 'loaded_ms=' + t.toFixed(0)
            + ' height=' + h + ' first_table=' + (tables.length ? tables[0].className : 'none')
            + ' svgs=' + svgs.length + ' drawn=' + drawn;
      });
      </script></body></html>
      """;

  /** What the probe page saw. */
  record Seen(double loadedMs, String firstTable, int svgs, int drawn, String consoleErrors) {}

  @Test
  void shippedStudyRendersWithItsOverviewFirstAndEveryChartDrawn(@TempDir Path dir)
      throws Exception {
    Path input = SyntheticStudy.copyShippedInput(dir.resolve("input"));
    Path run = runStudy(input, dir.resolve("output"));
    Seen seen = open(run, dir);
    assertEquals("overview", seen.firstTable(), "the group overview is the first table");
    // four charts for each of the five events and one for each of the two groups
    assertEquals(5 * 4 + 2, seen.svgs(), seen.toString());
    assertEquals(5 * 4 + 2, seen.drawn(), seen.toString());
    assertEquals("", seen.consoleErrors());
    assertTrue(seen.loadedMs() < 2000, "loaded in " + seen.loadedMs() + " ms");
  }

  @Test
  void probeSeesAConsoleError(@TempDir Path dir) throws Exception {
    Path run = Files.createDirectories(dir.resolve("run"));
    Files.writeString(run.resolve("report.html"), "<!DOCTYPE html><html><body><table class=\"x\">"
        + "</table><script>undefinedFunction();</script></body></html>");
    Seen seen = open(run, dir);
    assertEquals("x", seen.firstTable());
    assertTrue(seen.consoleErrors().contains("undefinedFunction"), seen.toString());
  }

  @Test
  void eightHundredGroupStudyStaysSmallAndQuick(@TempDir Path dir) throws Exception {
    // SYNTHETIC: 60 stocks, 4,000 events in 800 groups of five
    Path input = SyntheticStudy.write(dir.resolve("input"), 60, 700, 4000, 800, 20261207L);
    Path run = runStudy(input, dir.resolve("output"));
    long html = Files.size(run.resolve("report.html"));
    assertTrue(html <= 2_000_000, "report.html is " + html + " bytes");
    long pngs;
    try (Stream<Path> s = Files.list(run.resolve("charts"))) {
      pngs = s.count();
    }
    assertEquals(24, pngs, "12 events and 12 groups charted");
    String md = Files.readString(run.resolve("report.md"), StandardCharsets.UTF_8);
    assertTrue(md.indexOf("## Groups at a glance") < md.indexOf("## The answer"), "overview first");
    assertEquals(800 * 4, md.lines().filter(l -> l.matches("\\| G\\d{3} \\|.*")).count(),
        "one overview row per group and window");
    Seen seen = open(run, dir);
    assertEquals("overview", seen.firstTable());
    // 12 events of four charts each and 12 groups' charts
    assertEquals(60, seen.svgs(), seen.toString());
    assertEquals(60, seen.drawn(), seen.toString());
    assertEquals("", seen.consoleErrors());
    assertTrue(seen.loadedMs() < 2000, "loaded in " + seen.loadedMs() + " ms");
  }

  private static Path runStudy(Path input, Path output) throws IOException {
    StringWriter err = new StringWriter();
    int code = org.stockreaction.cli.Main.run(new String[] {"--input", input.toString(),
        "--output", output.toString(), "--quiet"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(0, code, err.toString());
    return output.resolve("latest").toRealPath();
  }

  /** Opens the run's report.html through the probe page in headless Chromium. */
  static Seen open(Path run, Path scratch) throws IOException, InterruptedException {
    assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: apt-get install chromium");
    Path probe = run.resolve("probe.html");
    Files.writeString(probe, PROBE, StandardCharsets.UTF_8);
    Path profile = Files.createTempDirectory(scratch, "chromium");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--allow-file-access-from-files", "--enable-logging=stderr", "--v=0",
        "--window-size=1320,1000", "--dump-dom", probe.toUri().toString()));
    Path out = scratch.resolve("dom.html");
    Path err = scratch.resolve("chromium.log");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish in 120 s");
    Files.delete(probe);
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("loaded_ms=(\\d+) height=\\d+ first_table=(\\S*) svgs=(\\d+)"
        + " drawn=(\\d+)").matcher(dom);
    assertTrue(m.find(), "the probe did not report; chromium exit " + p.exitValue() + ", log:\n"
        + Files.readString(err, StandardCharsets.UTF_8));
    StringBuilder console = new StringBuilder();
    for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
      // Chromium logs every console message, errors included, as INFO:CONSOLE; neither the report
      // nor the probe writes to the console, so any such line is a problem
      if (line.contains(":CONSOLE")) {
        console.append(line).append('\n');
      }
    }
    return new Seen(Double.parseDouble(m.group(1)), m.group(2), Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4)), console.toString());
  }
}
