package org.stockreaction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.cli.Main;

/** The job writes the group tables for the shipped study and for the many-event example. */
class GroupOutputTest {

  @TempDir Path out;

  static List<String[]> read(Path file) throws Exception {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(s.startsWith("\uFEFF"), file + " has no byte-order mark");
    try (Reader r = new java.io.StringReader(s.substring(1)); CSVReader csv = new CSVReader(r)) {
      return new ArrayList<>(csv.readAll());
    }
  }

  private int run(String input) {
    StringWriter err = new StringWriter();
    return Main.run(new String[] {"--input", input, "--output", out.toString(), "-q"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
  }

  @Test
  void manyEventSampleGetsGroupSummaryAndAarPerGroup() throws Exception {
    assertEquals(0, run("examples/many-events"));
    List<String[]> g = read(out.resolve("latest/group_summary.csv"));
    assertEquals(List.of("group", "window_start", "window_end", "n", "statistic", "value",
        "p_value", "reference_distribution", "caar_pct", "positive_share"),
        List.of(g.get(0)).subList(0, 10));
    // 2 groups x 4 windows x 12 tests.
    assertEquals(1 + 2 * 4 * 12, g.size());
    List<String[]> aar = read(out.resolve("latest/aar.csv"));
    assertEquals(List.of("group", "rel_day", "n", "aar_pct", "caar_pct"),
        List.of(aar.get(0)).subList(0, 5));
    assertEquals(1 + 2 * 11, aar.size());

    // The cross-sectional t of aapl_results over [-1,+1], recomputed by Commons Math from car.csv.
    List<String[]> car = read(out.resolve("latest/car.csv"));
    List<String> carHeader = List.of(car.get(0));
    List<Double> cars = new ArrayList<>();
    for (String[] row : car.subList(1, car.size())) {
      if (row[carHeader.indexOf("group")].equals("aapl_results")
          && row[carHeader.indexOf("window_start")].equals("-1")
          && row[carHeader.indexOf("window_end")].equals("1")) {
        cars.add(Double.parseDouble(row[carHeader.indexOf("car_pct")]));
      }
    }
    assertEquals(10, cars.size());
    double t = new TTest().t(0, cars.stream().mapToDouble(Double::doubleValue).toArray());
    String[] row = g.stream().filter(r -> r[0].equals("aapl_results") && r[1].equals("-1")
        && r[2].equals("1") && r[4].equals("cross_sectional_t")).findFirst().orElseThrow();
    assertEquals("10", row[3]);
    assertEquals(t, Double.parseDouble(row[5]), 1e-4);
    assertEquals("t(9)", row[7]);
    double mean = cars.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    assertEquals(mean, Double.parseDouble(row[8]), 1e-5);

    String md = Files.readString(out.resolve("latest/report.md"), StandardCharsets.UTF_8);
    assertTrue(md.contains("## Group \"aapl_results\""));
    assertTrue(md.contains("## Group \"china_internet_results\""));
    assertTrue(md.contains("What the group tests assume"));
  }

  @Test
  void shippedStudyFormsTheGroupsUsAndHk() throws Exception {
    assertEquals(0, run("input"));
    List<String[]> g = read(out.resolve("latest/group_summary.csv"));
    // 2 groups x 4 windows x 12 tests, in events-file order: the three US events, then the two
    // Hong Kong ones
    assertEquals(1 + 2 * 4 * 12, g.size());
    for (String[] r : g.subList(1, 49)) {
      assertEquals("us", r[0]);
      assertEquals("3", r[3]);
    }
    for (String[] r : g.subList(49, 97)) {
      assertEquals("hk", r[0]);
      assertEquals("2", r[3]);
    }
    String md = Files.readString(out.resolve("latest/report.md"), StandardCharsets.UTF_8);
    assertTrue(md.contains("The events share calendar dates"), md);
    assertEquals(1 + 2 * 11, read(out.resolve("latest/aar.csv")).size());
  }
}
