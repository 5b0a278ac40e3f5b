package org.stockreaction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.cli.Main;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The default job's reports on an events file full of hostile values, run through {@link Main#run}
 * on a temporary input folder holding a copy of the shipped prices.
 */
class ReportFilesEndToEndTest {

  static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"click\")";
  static final String CHINESE = "百度：苹果选择阿里巴巴为中国 iPhone 提供 AI 功能";
  static final String SEMICOLON = "AAPL rose; =1+1 after a semicolon";
  static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  @TempDir
  static Path root;
  static Path output;
  static int exit;
  static String stderr;

  @BeforeAll
  static void run() throws Exception {
    Path input = root.resolve("input");
    Files.createDirectories(input.resolve("prices"));
    for (String t : new String[] {"AAPL", "BABA", "BIDU", "SPY"}) {
      Files.copy(Path.of("input", "prices", t + ".csv"), input.resolve("prices").resolve(t + ".csv"));
    }
    StringWriter events = new StringWriter();
    try (CSVWriter w = new CSVWriter(events)) {
      String day = "2025-02-11T20:00+08:00";
      w.writeNext(new String[] {"ticker", "event_date", "reported_move_pct", "benchmark", "label"});
      w.writeNext(new String[] {"BABA", day, "1", "SPY", HYPERLINK});
      w.writeNext(new String[] {"BIDU", day, "-4", "SPY", CHINESE});
      w.writeNext(new String[] {"AAPL", day, "3", "SPY", SEMICOLON});
      w.writeNext(new String[] {"@SUM(1+1)", day, "1", "SPY", "hostile ticker"});
      w.writeNext(new String[] {"../../etc/passwd", day, "1", "SPY", "path ticker"});
      w.writeNext(new String[] {"C:\\x", day, "1", "SPY", "drive ticker"});
      w.writeNext(new String[] {"BABA", day, "1", "../../etc/passwd", "path benchmark"});
    }
    Files.writeString(input.resolve("events.csv"), events.toString(), StandardCharsets.UTF_8);
    output = root.resolve("output");
    StringWriter err = new StringWriter();
    exit = Main.run(new String[] {"--input", input.toString(), "--output", output.toString(),
        "--formats", "csv,json"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    stderr = err.toString();
  }

  static List<String[]> csv(String name) throws Exception {
    byte[] bytes = Files.readAllBytes(output.resolve("latest").resolve(name));
    assertEquals((byte) 0xEF, bytes[0], name + " starts with a UTF-8 BOM");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    return new CSVReaderBuilder(new StringReader(text))
        .withCSVParser(new RFC4180ParserBuilder().build()).build().readAll();
  }

  static Map<String, String> row(List<String[]> table, int r) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < table.get(0).length; i++) {
      m.put(table.get(0)[i], table.get(r)[i]);
    }
    return m;
  }

  @Test
  void computesTheGoodEventsAndReportsTheOthers() throws Exception {
    assertEquals(4, exit, stderr);
    List<String[]> s = csv("summary.csv");
    assertEquals(8, s.size());
    Map<String, String> status = new HashMap<>();
    for (int r = 1; r < s.size(); r++) {
      Map<String, String> m = row(s, r);
      status.put(m.get("events_line"), m.get("status") + " " + m.get("reason"));
    }
    assertTrue(status.get("2").startsWith("ok"));
    assertTrue(status.get("3").startsWith("ok"));
    assertTrue(status.get("4").startsWith("ok"));
    for (String line : new String[] {"5", "6", "7"}) {
      assertTrue(status.get(line).startsWith("failed invalid_ticker: ticker \""), status.get(line));
      assertTrue(status.get(line).contains("is not a valid ticker"), status.get(line));
    }
    // the reason quotes the ticker exactly as written, backslash included
    assertTrue(status.get("7").contains("ticker \"C:\\x\""), status.get("7"));
    assertTrue(status.get("8").startsWith("failed benchmark_unavailable: benchmark ticker"),
        status.get("8"));
  }

  @Test
  void neutralisesHostileLabelsAndTickersInEveryCsv() throws Exception {
    String raw = Files.readString(output.resolve("latest/summary.csv"), StandardCharsets.UTF_8);
    assertTrue(raw.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""), raw);
    assertTrue(raw.contains("'@SUM(1+1)"), raw);
    assertTrue(raw.contains("\"" + SEMICOLON + "\""), "a ';' cell is quoted: " + raw);
    for (String name : new String[] {"summary.csv", "car.csv", "abnormal_returns.csv"}) {
      List<String[]> t = csv(name);
      for (int r = 1; r < t.size(); r++) {
        for (int c = 0; c < t.get(0).length; c++) {
          String cell = t.get(r)[c];
          Columns.Type type = Columns.of(t.get(0)[c]);
          if (type == Columns.Type.TEXT && !cell.isEmpty()) {
            assertTrue("=+-@\t\r".indexOf(cell.charAt(0)) < 0, name + " " + t.get(0)[c] + ": " + cell);
          }
        }
      }
    }
  }

  @Test
  void numericCellsStayPlainNumbersIncludingNegativeOnes() throws Exception {
    int negatives = 0;
    for (String name : new String[] {"summary.csv", "car.csv", "abnormal_returns.csv"}) {
      List<String[]> t = csv(name);
      for (String column : t.get(0)) {
        assertTrue(Columns.declared(column), name + " column " + column + " has no declared type");
      }
      for (int r = 1; r < t.size(); r++) {
        for (int c = 0; c < t.get(0).length; c++) {
          Columns.Type type = Columns.of(t.get(0)[c]);
          String cell = t.get(r)[c];
          if ((type == Columns.Type.NUMBER || type == Columns.Type.INTEGER) && !cell.isEmpty()) {
            assertTrue(NUMBER.matcher(cell).matches(), name + " " + t.get(0)[c] + ": " + cell);
            negatives += cell.startsWith("-") ? 1 : 0;
          }
        }
      }
    }
    assertTrue(negatives > 10, "BIDU's fall and the negative ARs are written as numbers");
    Map<String, String> bidu = row(csv("summary.csv"), 2);
    assertEquals("BIDU", bidu.get("ticker"));
    assertTrue(bidu.get("day0_return_pct").startsWith("-4."), bidu.get("day0_return_pct"));
    assertEquals("-4.000000", bidu.get("reported_move_pct"));
  }

  @Test
  void jsonMatchesTheCsvValueForValue() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    for (String name : new String[] {"summary", "car", "abnormal_returns"}) {
      List<String[]> t = csv(name + ".csv");
      JsonNode json = mapper.readTree(output.resolve("latest").resolve(name + ".json").toFile());
      assertEquals(name, json.get("table").asText());
      assertEquals(1, json.get("version").asInt());
      JsonNode rows = json.get("rows");
      assertEquals(t.size() - 1, rows.size(), name);
      String[] header = t.get(0);
      assertEquals(header.length, json.get("columns").size());
      for (int r = 1; r < t.size(); r++) {
        JsonNode o = rows.get(r - 1);
        assertEquals(header.length, o.size());
        for (int c = 0; c < header.length; c++) {
          String cell = t.get(r)[c];
          JsonNode v = o.get(header[c]);
          assertNotNull(v, name + " row " + r + " lacks " + header[c]);
          String where = name + " row " + r + " " + header[c];
          switch (Columns.of(header[c])) {
            case NUMBER, INTEGER -> {
              if (cell.isEmpty()) {
                assertTrue(v.isNull(), where);
              } else {
                assertTrue(v.isNumber(), where + " is a JSON number");
                assertEquals(0, new BigDecimal(cell).compareTo(v.decimalValue()), where);
              }
            }
            case DATE -> assertEquals(cell.isEmpty() ? null : cell, v.isNull() ? null : v.asText(),
                where);
            case TEXT -> {
              assertTrue(v.isTextual(), where);
              String expected = cell.startsWith("'") ? cell.substring(1) : cell;
              assertEquals(expected, v.asText(), where);
            }
            default -> throw new AssertionError(where);
          }
        }
      }
    }
    JsonNode summary = mapper.readTree(output.resolve("latest/summary.json").toFile()).get("rows");
    assertEquals(HYPERLINK, summary.get(0).get("label").asText(), "JSON keeps the raw label");
    assertEquals(CHINESE, summary.get(1).get("label").asText());
    assertEquals("@SUM(1+1)", summary.get(3).get("ticker").asText());
  }

  @Test
  void keepsAChineseLabelIntactInUtf8() throws Exception {
    byte[] bytes = Files.readAllBytes(output.resolve("latest/summary.csv"));
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.contains(CHINESE));
    assertTrue(Files.readString(output.resolve("latest/report.html"), StandardCharsets.UTF_8)
        .contains(CHINESE));
  }

  @Test
  void writesOneValidPngOfTheStatedSizePerComputedEventAndGroup() throws Exception {
    List<Path> charts;
    try (Stream<Path> s = Files.list(output.resolve("latest/charts"))) {
      charts = s.sorted().toList();
    }
    assertEquals(List.of("AAPL_2025-02-11_line4.png", "BABA_2025-02-11_line2.png",
        "BIDU_2025-02-11_line3.png", "group_all_1.png"), charts.stream().map(p -> p.getFileName().toString()).toList());
    for (Path p : charts) {
      assertChartPng(p);
    }
  }

  /** A valid, non-empty PNG of the stated size with a drawing on it. */
  static void assertChartPng(Path p) throws Exception {
    assertTrue(Files.size(p) > 10_000, p + " is not empty");
    BufferedImage img = ImageIO.read(p.toFile());
    assertNotNull(img, p + " decodes as an image");
    assertEquals(ChartFiles.WIDTH, img.getWidth());
    assertEquals(ChartFiles.HEIGHT, img.getHeight());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        colours.add(img.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > 50, p + " has a drawing on it, not a blank canvas");
  }

  @Test
  void writesNothingOutsideTheInputAndOutputFolders() throws Exception {
    List<Path> stray = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(p -> !p.equals(root) && !p.startsWith(root.resolve("input"))
          && !p.startsWith(root.resolve("output"))).forEach(stray::add);
    }
    assertEquals(List.of(), stray);
    try (Stream<Path> s = Files.walk(output)) {
      assertFalse(s.anyMatch(p -> p.getFileName().toString().contains("passwd")));
    }
  }

  @Test
  void htmlFollowsTheHtml5ParsingRules() throws Exception {
    String html = Files.readString(output.resolve("latest/report.html"), StandardCharsets.UTF_8);
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    org.jsoup.nodes.Document doc = Jsoup.parse(html, "", parser);
    assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList());
    assertEquals("Event study: how the stocks reacted", doc.title());
    assertEquals(13, doc.select("svg").size(), "four charts for each of three events, one group");
    assertEquals(HYPERLINK, doc.select("#event-2 p.label").text());
    assertEquals(0, doc.select("a[href*=http]").size());
    // The group overview comes first, then the headline table with a row per event.
    assertEquals("overview", doc.select("section").first().id());
    assertEquals("headline", doc.select("section").get(1).id());
    assertEquals(7, doc.select("#headline tbody tr").size());
  }

  @Test
  void htmlIsWellFormedAndReferencesNoExternalUrl() throws Exception {
    String html = Files.readString(output.resolve("latest/report.html"), StandardCharsets.UTF_8);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(html)));
    assertEquals("html", doc.getDocumentElement().getTagName());
    Set<String> loaders = Set.of("script", "link", "img", "iframe", "object", "embed", "base",
        "video", "audio", "source", "image", "use", "frame", "form");
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      assertFalse(loaders.contains(e.getTagName().toLowerCase()), "element <" + e.getTagName() + ">");
      NamedNodeMap attrs = e.getAttributes();
      for (int a = 0; a < attrs.getLength(); a++) {
        String name = attrs.item(a).getNodeName().toLowerCase();
        String value = attrs.item(a).getNodeValue();
        if (name.equals("href")) {
          assertTrue(value.startsWith("#"), "href " + value);
        }
        assertFalse(name.equals("src") || name.endsWith(":href") || name.equals("srcset")
            || name.startsWith("on"), "attribute " + name);
        assertFalse(value.contains("://") || value.contains("url("), name + "=" + value);
      }
    }
    NodeList styles = doc.getElementsByTagName("style");
    for (int i = 0; i < styles.getLength(); i++) {
      String css = styles.item(i).getTextContent();
      assertFalse(css.contains("url(") || css.contains("@import"), css);
    }
    // The only URL text in the page is the hostile label, shown as text.
    String escapedLabel = HtmlReport.escape(HYPERLINK);
    assertEquals(html.split("http", -1).length - 1, html.split(Pattern.quote(escapedLabel), -1)
        .length - 1, "every 'http' in the page is inside the hostile label");
  }
}
