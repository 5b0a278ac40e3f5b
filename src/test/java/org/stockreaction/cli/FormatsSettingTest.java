package org.stockreaction.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.TestData;

/**
 * The {@code formats} setting chooses the files the tables are written to; the reports and
 * manifest.json are always written, and the manifest lists every file in the run folder.
 */
class FormatsSettingTest {

  @TempDir Path tmp;

  private Path run(String out, int expectedExit, String... extra) throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("--input", TestData.input().toString(),
        "--output", tmp.resolve(out).toString(), "-q"));
    args.addAll(List.of(extra));
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(new String[0]), new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(expectedExit, code, err.toString());
    return expectedExit == 0 ? tmp.resolve(out).resolve("latest").toRealPath() : null;
  }

  /** The files in a run folder, charts included, relative to it. */
  private static Set<String> files(Path folder) throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> s = Files.walk(folder)) {
      s.filter(Files::isRegularFile).forEach(p -> names.add(folder.relativize(p).toString()));
    }
    return names;
  }

  /** The manifest's outputs, plus the manifest itself. */
  private static Set<String> manifested(Path folder) throws IOException {
    JsonNode m = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
    Set<String> names = new TreeSet<>();
    m.get("outputs").forEach(o -> names.add(o.get("file").asText()));
    names.add("manifest.json");
    return names;
  }

  @Test
  void theDefaultIsCsvWithoutJson() throws IOException {
    Path run = run("default", 0);
    Set<String> files = files(run);
    assertTrue(files.containsAll(List.of("summary.csv", "car.csv", "abnormal_returns.csv",
        "loadings.csv", "group_summary.csv", "aar.csv", "report.md", "report.html",
        "manifest.json")), files.toString());
    assertTrue(files.stream().noneMatch(f -> f.endsWith(".json") && !f.equals("manifest.json")),
        files.toString());
    assertFalse(files.contains("results.xlsx"));
    assertEquals(files, manifested(run));
    JsonNode m = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
    assertEquals("csv", m.get("config").get("formats").asText());
  }

  /**
   * JSON alone still writes every CSV: the reports point to them and the JSON copies cover three
   * of the six tables.
   */
  @Test
  void jsonAloneAddsTheJsonCopiesToTheCsvs() throws IOException {
    Path run = run("json", 0, "--formats", "json");
    Set<String> files = files(run);
    assertTrue(files.containsAll(List.of("summary.json", "car.json", "abnormal_returns.json",
        "summary.csv", "car.csv", "abnormal_returns.csv", "loadings.csv", "group_summary.csv",
        "aar.csv", "report.md", "report.html", "manifest.json")), files.toString());
    assertEquals(files, manifested(run));
    JsonNode m = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
    assertEquals("csv,json", m.get("config").get("formats").asText());
    for (String report : List.of("report.md", "report.html")) {
      String text = Files.readString(run.resolve(report));
      for (String table : List.of("summary", "car", "abnormal_returns", "loadings",
          "group_summary", "aar")) {
        assertTrue(!text.contains(" " + table + ".csv") || files.contains(table + ".csv"),
            report + " names " + table + ".csv");
      }
    }
  }

  @Test
  void everyFormatTogetherIsListedInTheManifest() throws IOException {
    Path run = run("all", 0, "--formats", " XLSX , json,csv");
    Set<String> files = files(run);
    assertTrue(files.containsAll(List.of("summary.csv", "summary.json", "results.xlsx")),
        files.toString());
    assertEquals(files, manifested(run));
    JsonNode m = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
    assertEquals("csv,xlsx,json", m.get("config").get("formats").asText());
  }

  @Test
  void anUnknownFormatIsAUsageErrorThatSaysWhatIsExpected() throws IOException {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--input", TestData.input().toString(), "--output",
        tmp.resolve("bad").toString(), "--formats", "csv,pdf"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(2, code, err.toString());
    assertTrue(err.toString().contains("formats"), err.toString());
    assertTrue(err.toString().contains("unknown format \"pdf\" (expected csv, xlsx or json"),
        err.toString());
    assertFalse(err.toString().contains("\tat "), "no stack trace");
    assertFalse(Files.exists(tmp.resolve("bad/latest")));
  }
}
