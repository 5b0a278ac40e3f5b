package org.stockreaction.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.calendar.Window;
import org.stockreaction.cli.Main;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.stats.WindowStatistics;

/**
 * cross_section.csv of the SYNTHETIC example in examples/cross-section, written by the real
 * command line, against statsmodels' OLS with cov_type 'nonrobust', 'HC1' and 'cluster' on the
 * same rows ({@code src/test/resources/cross_section/statsmodels_check.py}).
 *
 * <p>The rows are built here from the events file's {@code x_surprise}, each event's day 0 and its
 * CAR in full precision (the study computed in memory; car.csv rounds to 6 decimals), keeping the
 * events with every day of the window and a characteristic. They must equal the committed
 * {@code rows_<window>.csv}, on which {@code expected_<window>.txt} was computed once by
 * statsmodels 0.13.5 (Debian python3-statsmodels); when /usr/bin/python3 has statsmodels the
 * script also runs live. Coefficients and standard errors agree to 1e-9 relative; t and p to the
 * CSV's 6 and 10 decimals.
 */
class CrossSectionCliTest {

  static final Path EXAMPLE = Path.of("examples/cross-section");
  static final Path DIR = Path.of("src/test/resources/cross_section");
  static final List<Window> WINDOWS = List.of(new Window(0, 0), new Window(-1, 1));

  @TempDir static Path out;
  static List<Map<String, String>> table;

  @BeforeAll
  static void run() throws IOException {
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"--input", EXAMPLE.toString(), "--output", out.toString(),
        "--threads", "1"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, exit, err.toString());
    table = Csv.read(Outputs.published(out).resolve("cross_section.csv"));
  }

  static String file(Window w) {
    return w.fromInclusive() + "_" + w.toInclusive();
  }

  /** The regression's rows, from the study computed in memory, as %.17g text. */
  static String rows(StudyResult study, Window w) {
    StringBuilder sb = new StringBuilder("y,cluster,x_surprise\n");
    for (EventOutcome o : study.outcomes()) {
      if (!o.ok() || Double.isNaN(o.spec().characteristics()[0])) {
        continue;
      }
      for (WindowStatistics s : o.result().abnormal().windows()) {
        if (s.window().equals(w) && s.missingDays() == 0) {
          sb.append(String.format(Locale.ROOT, "%.17g,%d,%.17g%n", 100 * s.car(),
              o.result().day0().toEpochDay(), o.spec().characteristics()[0]));
        }
      }
    }
    return sb.toString();
  }

  static Map<String, Double> parse(List<String> lines) {
    Map<String, Double> m = new HashMap<>();
    for (String l : lines) {
      int eq = l.indexOf('=');
      if (eq > 0 && !l.startsWith("statsmodels_version")) {
        m.put(l.substring(0, eq), Double.parseDouble(l.substring(eq + 1).strip()));
      }
    }
    return m;
  }

  private static void check(Window w, Map<String, Double> sm) {
    int rowsSeen = 0;
    for (Map<String, String> r : table) {
      if (!r.get("window_start").equals(Integer.toString(w.fromInclusive()))) {
        continue;
      }
      rowsSeen++;
      String term = r.get("term");
      assertEquals(sm.get("n").intValue(), Integer.parseInt(r.get("n")));
      assertEquals(sm.get("r_squared"), Double.parseDouble(r.get("r_squared")), 5e-7);
      rel(sm.get(term + "_coef"), r.get("coefficient"), term + " coefficient");
      for (String s : new String[] {"", "_hc1", "_cluster"}) {
        rel(sm.get(term + "_se" + s), r.get("se" + s), term + " se" + s);
        assertEquals(sm.get(term + "_t" + s), Double.parseDouble(r.get("t" + s)), 5e-7,
            term + " t" + s);
        assertEquals(sm.get(term + "_p" + s), Double.parseDouble(r.get("p" + s)), 5e-11,
            term + " p" + s);
      }
    }
    assertEquals(2, rowsSeen, "const and x_surprise");
  }

  private static void rel(double expected, String actual, String what) {
    assertEquals(expected, Double.parseDouble(actual), Math.abs(expected) * 1e-9, what);
  }

  @Test
  void rowsAreTheCommittedOnes() throws Exception {
    StudyConfig cfg = ConfigLoader.load(EXAMPLE.resolve("study.properties"), "study.properties",
        Map.of());
    StudyResult study = new StudyJob(cfg, EXAMPLE, EXAMPLE.toString(), JobListener.SILENT, 1).run();
    for (Window w : WINDOWS) {
      String rows = rows(study, w);
      assertEquals(Files.readString(DIR.resolve("rows_" + file(w) + ".csv")), rows);
      assertEquals(28, rows.lines().count() - 1, "30 events, 2 without x_surprise");
    }
  }

  @Test
  void agreesWithStatsmodelsValuesComputedOnce() throws Exception {
    for (Window w : WINDOWS) {
      check(w, parse(Files.readAllLines(DIR.resolve("expected_" + file(w) + ".txt"))));
    }
  }

  @Test
  void agreesWithStatsmodelsRunNowWhenInstalled() throws Exception {
    for (Window w : WINDOWS) {
      Process p;
      try {
        p = new ProcessBuilder("/usr/bin/python3", "statsmodels_check.py",
            "rows_" + file(w) + ".csv").directory(DIR.toFile()).redirectErrorStream(true).start();
      } catch (IOException e) {
        System.out.println("cross-section: no /usr/bin/python3; live statsmodels check not run");
        return;
      }
      byte[] bytes = p.getInputStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        System.out.println("cross-section: statsmodels not usable; live check not run");
        return;
      }
      check(w, parse(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n"))));
    }
  }

  @Test
  void reportsHaveTheSection() throws Exception {
    String md = Files.readString(Outputs.published(out).resolve("report.md"));
    assertTrue(md.contains("## Abnormal returns against the event characteristics"), md);
    assertTrue(md.contains("2 left out for a blank characteristic"), md);
    String html = Files.readString(Outputs.published(out).resolve("report.html"));
    assertTrue(html.contains("<section id=\"cross-section\">"));
  }
}
