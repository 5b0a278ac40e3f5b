package org.stockreaction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.cli.Main;
import org.stockreaction.job.OutputsAccess;

/**
 * The group section of report.html and the group PNGs: on the shipped study (one group, "all"), on
 * the two-group example, and on group names that try to leave the charts folder or inject markup.
 * The drawn values are read back from the SVG's coordinates and compared with aar.csv and with the
 * AAR's cross-sectional band recomputed by Commons Math from abnormal_returns.csv.
 */
class GroupChartsTest {

  @TempDir Path tmp;

  private Path run(String input, Path out) {
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"--input", input, "--output", out.toString(), "-q"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, exit, err.toString());
    return OutputsAccess.published(out);
  }

  static List<Map<String, String>> csv(Path file) throws Exception {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(s.startsWith("\uFEFF"), file + " has a byte-order mark");
    List<String[]> all = new CSVReaderBuilder(new StringReader(s.substring(1)))
        .withCSVParser(new RFC4180ParserBuilder().build()).build().readAll();
    List<Map<String, String>> rows = new ArrayList<>();
    for (String[] r : all.subList(1, all.size())) {
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < all.get(0).length; i++) {
        m.put(all.get(0)[i], r[i]);
      }
      rows.add(m);
    }
    return rows;
  }

  static Document parse(Path html) throws Exception {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document doc = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8), "", parser);
    assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList());
    for (Element e : doc.getAllElements()) {
      for (org.jsoup.nodes.Attribute a : e.attributes()) {
        assertFalse(a.getKey().equals("src") || a.getKey().startsWith("on")
            || a.getValue().contains("://") || a.getValue().contains("url("), a.toString());
        if (a.getKey().equals("href")) {
          assertTrue(a.getValue().startsWith("#"), a.toString());
        }
      }
    }
    assertTrue(doc.select("script, link, img, iframe, object, embed, base, use").isEmpty());
    return doc;
  }

  /** A linear map from SVG coordinates to data values, fitted on two labelled ticks. */
  record Axis(double pixel0, double value0, double pixel1, double value1) {
    double value(double pixel) {
      return value0 + (pixel - pixel0) * (value1 - value0) / (pixel1 - pixel0);
    }

    /** How far a value may be off because coordinates are written with one decimal. */
    double resolution() {
      return Math.abs((value1 - value0) / (pixel1 - pixel0)) * 0.051;
    }

    static Axis of(List<double[]> ticks) {
      double[] a = ticks.get(0);
      double[] b = ticks.get(ticks.size() - 1);
      return new Axis(a[0], a[1], b[0], b[1]);
    }
  }

  /** The y axis: tick labels are right-aligned text left of the plot, drawn 4 units below the tick. */
  static Axis yAxis(Element svg) {
    List<double[]> ticks = new ArrayList<>();
    for (Element t : svg.select("text[text-anchor=end]")) {
      if (t.hasAttr("transform") || t.hasAttr("font-weight")) {
        continue;
      }
      double x = Double.parseDouble(t.attr("x"));
      if (x < 100) {
        ticks.add(new double[] {Double.parseDouble(t.attr("y")) - 4, Double.parseDouble(t.text())});
      }
    }
    assertTrue(ticks.size() >= 3, "y ticks in " + svg.attr("aria-label"));
    return Axis.of(ticks);
  }

  /** The x axis: tick labels are centred text on one row under the plot. */
  static Axis xAxis(Element svg) {
    Map<String, List<double[]>> rows = new TreeMap<>();
    for (Element t : svg.select("text[text-anchor=middle]")) {
      if (t.text().matches("-?\\d+")) {
        rows.computeIfAbsent(t.attr("y"), k -> new ArrayList<>()).add(
            new double[] {Double.parseDouble(t.attr("x")), Double.parseDouble(t.text())});
      }
    }
    List<double[]> ticks = rows.values().stream().max((a, b) -> a.size() - b.size()).orElseThrow();
    assertTrue(ticks.size() >= 3);
    return Axis.of(ticks);
  }

  static double[][] points(Element e) {
    String[] pairs = e.attr("points").trim().split(" ");
    double[][] out = new double[pairs.length][];
    for (int i = 0; i < pairs.length; i++) {
      String[] xy = pairs[i].split(",");
      out[i] = new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])};
    }
    return out;
  }

  /** The CAAR line of a group's chart, read back from the SVG: relative day to percent. */
  static Map<Integer, Double> drawnCaar(Element section) {
    Element svg = section.selectFirst("svg");
    assertNotNull(svg, section.id() + " has a chart");
    Axis x = xAxis(svg);
    Axis y = yAxis(svg);
    Element line = svg.selectFirst("polyline[stroke=" + EventCharts.ORANGE + "]");
    assertNotNull(line, "the CAAR line");
    Map<Integer, Double> out = new LinkedHashMap<>();
    for (double[] p : points(line)) {
      out.put((int) Math.round(x.value(p[0])), y.value(p[1]));
    }
    return out;
  }

  static void assertCaarMatchesCsv(Document doc, Path out) throws Exception {
    List<Map<String, String>> aar = csv(out.resolve("aar.csv"));
    List<String> groups = aar.stream().map(r -> r.get("group")).distinct().toList();
    for (int k = 0; k < groups.size(); k++) {
      Element section = doc.getElementById("group-" + (k + 1));
      assertNotNull(section, "section of group " + groups.get(k));
      Element svg = section.selectFirst("svg");
      Axis y = yAxis(svg);
      Map<Integer, Double> drawn = drawnCaar(section);
      String g = groups.get(k);
      List<Map<String, String>> rows = aar.stream().filter(r -> r.get("group").equals(g)).toList();
      assertEquals(rows.size(), drawn.size(), "one CAAR point per day of " + g);
      for (Map<String, String> r : rows) {
        int day = Integer.parseInt(r.get("rel_day"));
        double expected = Double.parseDouble(r.get("caar_pct"));
        assertEquals(expected, drawn.get(day), y.resolution(), g + " day " + day);
      }
    }
  }

  @Test
  void shippedStudyGetsTwoGroupSectionsAndPngsWhoseCaarAndBandMatchTheCsvs() throws Exception {
    Path out = run("input", tmp.resolve("out"));
    ReportFilesEndToEndTest.assertChartPng(out.resolve("charts").resolve("group_us_1.png"));
    ReportFilesEndToEndTest.assertChartPng(out.resolve("charts").resolve("group_hk_2.png"));
    Document doc = parse(out.resolve("report.html"));

    // Placed after the last event (events-file line 6) and before the method.
    List<String> ids = doc.select("main > section").stream().map(Element::id).toList();
    assertEquals(ids.indexOf("event-6") + 1, ids.indexOf("group-1"), ids.toString());
    assertEquals(ids.indexOf("group-2") + 1, ids.indexOf("method"), ids.toString());
    assertCaarMatchesCsv(doc, out);

    // group, its section, its tickers in abnormal_returns.csv
    String[][] groups = {{"us", "group-1", "BABA,BIDU,AAPL"}, {"hk", "group-2", "9988.HK,9888.HK"}};
    for (String[] grp : groups) {
      List<String> tickers = List.of(grp[2].split(","));
      int n = tickers.size();
      Element section = doc.getElementById(grp[1]);
      assertEquals("Group \"" + grp[0] + "\": the events together",
          section.selectFirst("h2").text());
      // Four windows, twelve tests each, with statistic, p and reference distribution.
      assertEquals(4, section.select("table").size());
      assertEquals(48, section.select("tbody tr").size());
      Element cs = section.select("tbody tr").get(0);
      assertEquals("Cross-sectional t", cs.child(0).text());
      assertEquals("t(" + (n - 1) + ")", cs.child(3).text());
      Map<String, String> csRow = csv(out.resolve("group_summary.csv")).stream()
          .filter(r -> r.get("group").equals(grp[0])
              && r.get("statistic").equals("cross_sectional_t")).findFirst().orElseThrow();
      assertEquals(Double.parseDouble(csRow.get("value")),
          Double.parseDouble(cs.child(1).text()), 0.0005);
      assertEquals(Double.parseDouble(csRow.get("p_value")),
          Double.parseDouble(cs.child(2).text()), 0.00005);

      // Independently: mean AR per day across the group's events from abnormal_returns.csv,
      // their running sum (the CAAR) and the cross-sectional band t(0.975, N - 1) sd / sqrt(N).
      Map<Integer, List<Double>> ars = new TreeMap<>();
      for (Map<String, String> r : csv(out.resolve("abnormal_returns.csv"))) {
        if (tickers.contains(r.get("ticker"))) {
          ars.computeIfAbsent(Integer.parseInt(r.get("rel_day")), d -> new ArrayList<>())
              .add(Double.parseDouble(r.get("ar_pct")));
        }
      }
      Element svg = section.selectFirst("svg");
      Axis x = xAxis(svg);
      Axis y = yAxis(svg);
      Map<Integer, Double> drawn = drawnCaar(section);
      Element band = svg.selectFirst("polygon[fill=" + EventCharts.SKY + "]");
      assertNotNull(band, "the AAR band");
      double[][] poly = points(band);
      Map<Integer, Double> upper = new HashMap<>();
      for (int i = 0; i < poly.length / 2; i++) {
        upper.put((int) Math.round(x.value(poly[i][0])), y.value(poly[i][1]));
      }
      double caar = 0;
      for (Map.Entry<Integer, List<Double>> e : ars.entrySet()) {
        double[] v = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
        assertEquals(n, v.length);
        double mean = java.util.Arrays.stream(v).sum() / n;
        caar += mean;
        assertEquals(caar, drawn.get(e.getKey()), y.resolution() + 1e-5,
            grp[0] + " CAAR day " + e.getKey());
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975)
            * new StandardDeviation().evaluate(v) / Math.sqrt(n);
        assertEquals(half, upper.get(e.getKey()), y.resolution() + 1e-4,
            grp[0] + " band day " + e.getKey());
      }
      assertEquals(11, upper.size());
    }
  }

  @Test
  void twoGroupSampleGetsTwoSectionsAndTwoPngs() throws Exception {
    Path out = run("examples/many-events", tmp.resolve("many"));
    List<String> groupPngs;
    try (Stream<Path> s = Files.list(out.resolve("charts"))) {
      groupPngs = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("group_"))
          .sorted().toList();
    }
    assertEquals(List.of("group_aapl_results_1.png", "group_china_internet_results_2.png"),
        groupPngs);
    for (String n : groupPngs) {
      ReportFilesEndToEndTest.assertChartPng(out.resolve("charts").resolve(n));
    }
    Document doc = parse(out.resolve("report.html"));
    assertEquals("Group \"aapl_results\": the events together",
        doc.getElementById("group-1").selectFirst("h2").text());
    assertEquals("Group \"china_internet_results\": the events together",
        doc.getElementById("group-2").selectFirst("h2").text());
    assertCaarMatchesCsv(doc, out);
  }

  @Test
  void hostileGroupNamesStayInsideChartsAndAreTextInTheHtml() throws Exception {
    Path input = tmp.resolve("input");
    Files.createDirectories(input.resolve("prices"));
    for (String t : new String[] {"AAPL", "BABA", "BIDU", "SPY"}) {
      Files.copy(Path.of("input", "prices", t + ".csv"), input.resolve("prices").resolve(t + ".csv"));
    }
    String[] names = {"../../x", "=cmd", "<b>bold</b> & \"q\""};
    StringWriter events = new StringWriter();
    try (CSVWriter w = new CSVWriter(events)) {
      String day = "2025-02-11T20:00+08:00";
      w.writeNext(new String[] {"ticker", "event_date", "benchmark", "group"});
      w.writeNext(new String[] {"BABA", day, "SPY", names[0]});
      w.writeNext(new String[] {"BIDU", day, "SPY", names[1]});
      w.writeNext(new String[] {"AAPL", day, "SPY", names[2]});
      w.writeNext(new String[] {"BABA", "2025-02-20T20:00+08:00", "SPY", names[0]});
    }
    Files.writeString(input.resolve("events.csv"), events.toString(), StandardCharsets.UTF_8);
    Path out = run(input.toString(), tmp.resolve("output"));

    List<String> groupPngs;
    try (Stream<Path> s = Files.list(out.resolve("charts"))) {
      groupPngs = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("group_"))
          .sorted().toList();
    }
    assertEquals(List.of("group_b_bold_b_q_3.png", "group_cmd_2.png", "group_x_1.png"), groupPngs);
    for (String n : groupPngs) {
      ReportFilesEndToEndTest.assertChartPng(out.resolve("charts").resolve(n));
    }
    // Every file written lies under input/ or output/, and every PNG under output/charts/.
    try (Stream<Path> s = Files.walk(tmp)) {
      for (Path p : s.toList()) {
        assertTrue(p.equals(tmp) || p.startsWith(input) || p.startsWith(tmp.resolve("output")), p
            + " is outside the input and output folders");
        if (p.toString().endsWith(".png")) {
          // Files.walk reaches the run through output/runs/<run>/, which output/latest links to
          assertEquals(out.resolve("charts").toRealPath(), p.getParent().toRealPath());
        }
      }
    }

    Document doc = parse(out.resolve("report.html"));
    for (int k = 0; k < names.length; k++) {
      Element section = doc.getElementById("group-" + (k + 1));
      assertEquals("Group \"" + names[k] + "\": the events together",
          section.selectFirst("h2").text());
      assertTrue(section.select("svg").attr("aria-label").startsWith("Group " + names[k] + ":"));
    }
    assertTrue(doc.select("main b").isEmpty(), "the group name is text, not markup");
    // Group names are guarded in the CSV like any other text.
    assertTrue(csv(out.resolve("group_summary.csv")).stream()
        .anyMatch(r -> r.get("group").equals("'=cmd")));
  }

  @Test
  void groupFileNamesKeepToSafeCharactersAndStayInTheFolder() {
    Path dir = Path.of("out", "charts");
    String[] hostile = {"../../x", "=cmd", "..", ".", "", "/", "\\", "C:\\x\\..\\y", "a/../../b",
        "科技", "\u0000nul", "-rf", "x".repeat(300), "con", "a b\tc\nd", "%2e%2e%2f"};
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < hostile.length; k++) {
      String name = ChartFiles.groupFileName(hostile[k], k);
      assertTrue(name.matches("group_([A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z0-9]_|[A-Za-z0-9]_)?"
          + (k + 1) + "\\.png"), name);
      assertTrue(name.length() <= 60, name);
      assertFalse(name.matches(".*_line\\d+\\.png"), "cannot be an event's file name: " + name);
      assertEquals(dir.toAbsolutePath().normalize(), ChartFiles.inside(dir, name).getParent());
      assertTrue(seen.add(name), "unique: " + name);
    }
    assertEquals("group_x_1.png", ChartFiles.groupFileName("../../x", 0));
    assertEquals("group_cmd_2.png", ChartFiles.groupFileName("=cmd", 1));
    assertEquals("group_1.png", ChartFiles.groupFileName("..", 0));
    assertEquals("group_2e_2e_2f_5.png", ChartFiles.groupFileName("%2e%2e%2f", 4));
  }
}
