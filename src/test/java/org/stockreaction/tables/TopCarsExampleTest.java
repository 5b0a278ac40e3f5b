package org.stockreaction.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.TableSchema;
import org.stockreaction.TestData;
import org.stockreaction.cli.Main;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Runs examples/jshell/top-cars.jsh in JShell (the jdk.jshell API, executing in this JVM), then
 * takes the example's {@code tables} and checks every Tablesaw table against the CSV file the
 * command line writes for the same study, cell by cell: the CSV parsed here with OpenCSV, the
 * column types from the documented schema. It also checks what the example prints against the
 * largest |CAR[-1,+1]| of each group, found here from car.csv.
 */
class TopCarsExampleTest {

  static final Path EXAMPLE = Path.of("examples/jshell/top-cars.jsh");

  @TempDir static Path tmp;
  static Path csvRun;
  static Map<String, Table> tables;
  static String printed;

  /** The class path this JVM runs on, a manifest-only jar (as Surefire starts tests) expanded. */
  static List<String> classPath() throws IOException {
    List<String> out = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      out.add(entry);
      if (entry.endsWith(".jar")) {
        try (JarFile jar = new JarFile(entry)) {
          Manifest m = jar.getManifest();
          String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
          if (cp != null) {
            for (String u : cp.trim().split("\\s+")) {
              out.add(Path.of(java.net.URI.create(u).isAbsolute() ? java.net.URI.create(u)
                  : Path.of(entry).getParent().toUri().resolve(u)).toString());
            }
          }
        }
      }
    }
    return out;
  }

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void runTheExampleAndTheCommandLine() throws Exception {
    StringWriter err = new StringWriter();
    assertEquals(0, Main.run(new String[] {"--input", TestData.input().toString(), "--output",
        tmp.resolve("out").toString(), "-q"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err)), err.toString());
    csvRun = tmp.resolve("out/latest");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream console = System.out;
    try (PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        JShell js = JShell.builder().executionEngine("local").out(ps).err(ps).build()) {
      // the snippets run in this JVM and print to System.out
      System.setOut(ps);
      for (String entry : classPath()) {
        js.addToClasspath(entry);
      }
      String source = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
      // commands such as /exit are for the jshell tool, not snippets
      StringBuilder code = new StringBuilder();
      for (String line : source.split("\n", -1)) {
        if (!line.startsWith("/")) {
          code.append(line).append('\n');
        }
      }
      SourceCodeAnalysis sca = js.sourceCodeAnalysis();
      String rest = code.toString();
      int snippets = 0;
      while (!rest.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = sca.analyzeCompletion(rest);
        for (SnippetEvent e : js.eval(info.source())) {
          assertNull(e.exception(), info.source() + " threw " + e.exception());
          assertTrue(e.status() != Snippet.Status.REJECTED, "rejected: " + info.source()
              + js.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
        }
        snippets++;
        rest = info.remaining();
      }
      assertTrue(snippets >= 10, "snippets: " + snippets);
      // hand the example's tables to this test (the snippets run in this JVM)
      String key = TopCarsExampleTest.class.getName();
      for (SnippetEvent e : js.eval("System.getProperties().put(\"" + key + "\", tables);")) {
        assertNull(e.exception());
      }
      tables = (Map<String, Table>) System.getProperties().remove(key);
    } finally {
      System.setOut(console);
    }
    printed = out.toString(StandardCharsets.UTF_8);
    assertNotNull(tables, printed);
  }

  @Test
  void everyTablesawTableEqualsItsCsvCellByCell() throws IOException {
    assertEquals(TableSchema.TABLES, new ArrayList<>(tables.keySet()));
    int cells = 0;
    for (String name : TableSchema.TABLES) {
      List<String[]> csv = TableSchema.csv(csvRun.resolve(name + ".csv"));
      Table t = tables.get(name);
      String[] header = csv.get(0);
      assertEquals(List.of(header), t.columnNames(), name);
      assertEquals(csv.size() - 1, t.rowCount(), name + " rows");
      for (int c = 0; c < header.length; c++) {
        String col = header[c];
        Column<?> column = t.column(c);
        ColumnType type = TableSchema.TEXT.contains(col) ? ColumnType.STRING
            : TableSchema.DATES.contains(col) ? ColumnType.LOCAL_DATE
                : TableSchema.INTEGERS.contains(col) ? ColumnType.INTEGER : ColumnType.DOUBLE;
        assertEquals(type, column.type(), name + "." + col);
        for (int r = 1; r < csv.size(); r++) {
          String want = csv.get(r)[c];
          String where = name + " row " + r + " " + col;
          Object got = column.get(r - 1);
          cells++;
          if (type == ColumnType.STRING) {
            assertEquals(TableSchema.unguarded(want), got, where);
          } else if (want.isEmpty()) {
            assertTrue(column.isMissing(r - 1), where + " is missing");
          } else if (type == ColumnType.LOCAL_DATE) {
            assertEquals(LocalDate.parse(want), got, where);
          } else if (type == ColumnType.INTEGER) {
            assertEquals(Integer.parseInt(want), got, where);
          } else {
            assertEquals(Double.parseDouble(want), (Double) got, 0.0, where);
          }
        }
      }
    }
    assertTrue(cells > 2000, "cells checked: " + cells);
  }

  @Test
  void examplePrintsTheLargestAbsoluteCarsOfEachGroupInOrder() throws IOException {
    List<String[]> car = TableSchema.csv(csvRun.resolve("car.csv"));
    List<String> h = List.of(car.get(0));
    List<String[]> window = car.subList(1, car.size()).stream()
        .filter(r -> r[h.indexOf("window_start")].equals("-1")
            && r[h.indexOf("window_end")].equals("1")).toList();
    LinkedHashSet<String> groups = new LinkedHashSet<>();
    window.forEach(r -> groups.add(r[h.indexOf("group")]));
    assertEquals(List.of("us", "hk"), new ArrayList<>(groups));
    int at = 0;
    for (String g : groups) {
      at = printed.indexOf("Largest |CAR[-1,+1]| in group " + g, at);
      assertTrue(at >= 0, printed);
      List<String[]> top = window.stream().filter(r -> r[h.indexOf("group")].equals(g))
          .sorted(Comparator.comparingDouble(
              (String[] r) -> -Math.abs(Double.parseDouble(r[h.indexOf("car_pct")]))))
          .limit(5).toList();
      for (String[] r : top) {
        int next = printed.indexOf(" " + r[h.indexOf("ticker")] + " ", at);
        assertTrue(next > at, r[h.indexOf("ticker")] + " after the previous row: " + printed);
        // Tablesaw prints numbers with the JVM locale's decimal mark (the tests run in German)
        String value = r[h.indexOf("car_pct")].replace('.',
            java.text.DecimalFormatSymbols.getInstance().getDecimalSeparator());
        int end = printed.indexOf('\n', next);
        assertTrue(printed.substring(next, end).contains(value), value + " on its row: " + printed);
        at = next;
      }
    }
  }
}
