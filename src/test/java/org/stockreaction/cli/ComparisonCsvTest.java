package org.stockreaction.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReaderHeaderAware;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.TestData;

/**
 * {@code comparison-csv}: the compare model is computed for every event only when comparison.csv
 * asks for it, and each of its cells is the one a run under that model alone writes to car.csv.
 */
class ComparisonCsvTest {

  @TempDir Path tmp;

  private Path run(String out, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("--input", TestData.input().toString(),
        "--output", tmp.resolve(out).toString(), "-q"));
    args.addAll(List.of(extra));
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(new String[0]), new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    // 4: some events failed, such as those after the factor file's last day under ff3
    assertTrue(code == 0 || code == 4, code + " " + err);
    return tmp.resolve(out).resolve("latest").toRealPath();
  }

  /** Rows of a CSV (its BOM dropped), each as column -> cell. */
  private static List<Map<String, String>> rows(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<Map<String, String>> out = new ArrayList<>();
    try (CSVReaderHeaderAware r = new CSVReaderHeaderAware(new java.io.StringReader(text))) {
      for (Map<String, String> row = r.readMap(); row != null; row = r.readMap()) {
        out.add(row);
      }
    } catch (CsvValidationException e) {
      throw new IOException(e);
    }
    return out;
  }

  private static Map<String, Map<String, String>> byEventWindow(List<Map<String, String>> rows) {
    Map<String, Map<String, String>> m = new HashMap<>();
    for (Map<String, String> r : rows) {
      m.put(r.get("ticker") + "|" + r.get("event_date") + "|" + r.get("window_start") + "|"
          + r.get("window_end"), r);
    }
    return m;
  }

  @Test
  void everyEventSideBySideWithARunUnderTheCompareModelAlone() throws IOException {
    Path both = run("both", "--comparison-csv", "--report-events", "2");
    Path market = run("market");
    Path ff3 = run("ff3", "--model", "ff3");
    List<Map<String, String>> cmp = rows(both.resolve("comparison.csv"));
    Map<String, Map<String, String>> ours = byEventWindow(rows(market.resolve("car.csv")));
    Map<String, Map<String, String>> theirs = byEventWindow(rows(ff3.resolve("car.csv")));
    assertEquals(ours.size(), cmp.size(), "one row per computed event and window");
    for (Map<String, String> r : cmp) {
      String key = r.get("ticker") + "|" + r.get("event_date") + "|" + r.get("window_start") + "|"
          + r.get("window_end");
      assertEquals("market", r.get("model"));
      assertEquals("ff3", r.get("compare_model"));
      Map<String, String> alone = theirs.get(key);
      assertEquals(alone == null ? "failed" : "ok",
          r.get("compare_status").equals("ok") ? "ok" : "failed", key);
      for (String c : List.of("car_pct", "car_t", "car_p")) {
        assertEquals(ours.get(key).get(c), r.get(c), key + " " + c);
        assertEquals(alone == null ? "" : alone.get(c), r.get("compare_" + c),
            key + " compare_" + c);
      }
    }
    // the report still shows report-events events, and says where the rest are
    String md = Files.readString(both.resolve("report.md"));
    assertTrue(md.contains("comparison.csv holds every event"), md);
    // every event's ff3 loadings are written when they are all computed
    long ff3Loadings = rows(both.resolve("loadings.csv")).stream()
        .filter(r -> "ff3".equals(r.get("model"))).map(r -> r.get("ticker")).distinct().count();
    assertEquals(rows(ff3.resolve("summary.csv")).stream()
        .filter(r -> "ok".equals(r.get("status"))).count(), ff3Loadings);
  }

  @Test
  void withoutItTheCompareModelRunsOnlyForTheEventsShown() throws IOException {
    Path shown = run("shown", "--report-events", "2");
    assertFalse(Files.exists(shown.resolve("comparison.csv")));
    long ff3Loadings = rows(shown.resolve("loadings.csv")).stream()
        .filter(r -> "ff3".equals(r.get("model"))).map(r -> r.get("ticker")).distinct().count();
    assertEquals(2, ff3Loadings);
  }

  /** CSV is always written, so a workbook-only setting still gets its comparison.csv. */
  @Test
  void withXlsxAloneComparisonCsvIsStillWritten() throws IOException {
    Path run = run("xlsx", "--comparison-csv", "--report-events", "2", "--formats", "xlsx");
    assertTrue(Files.exists(run.resolve("comparison.csv")));
    assertTrue(Files.exists(run.resolve("results.xlsx")));
  }
}
