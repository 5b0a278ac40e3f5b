package org.stockreaction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.TableSchema;
import org.stockreaction.cli.Main;

/**
 * {@code --formats csv,xlsx} on the shipped study with labels and groups a spreadsheet would run
 * as formulas. results.xlsx is read back with Apache POI (not the library that wrote it) and every
 * cell of every sheet is checked against the CSV of the same table, parsed here with OpenCSV:
 * the same rows and columns, text as string cells (never formulas) holding the text without the
 * CSV's apostrophe guard, numbers as numeric cells equal to the CSV's decimal with as many
 * decimals shown, integers shown without decimals, dates as date-formatted cells, an empty CSV
 * cell as a blank cell. The expected type of each column is the schema written here.
 */
class WorkbookAgainstCsvTest {

  static final Set<String> TEXT = TableSchema.TEXT;
  static final Set<String> DATES = TableSchema.DATES;
  static final List<String> TABLES = TableSchema.TABLES;
  static final List<String> HOSTILE = List.of("=1+1", "+SUM(1,2)", "-2+3", "@SUM(A1)",
      "=HYPERLINK(\"http://x\",\"y\")");

  @TempDir static Path tmp;
  static Path run;
  static XSSFWorkbook workbook;

  @BeforeAll
  static void runWithHostileLabels() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("prices"));
    try (Stream<Path> s = Files.list(Path.of("input/prices"))) {
      for (Path p : s.toList()) {
        Files.copy(p, in.resolve("prices").resolve(p.getFileName()));
      }
    }
    Files.writeString(in.resolve("events.csv"), String.join("\n",
        "ticker,event_date,reported_move_pct,benchmark,label,group",
        "BABA,2025-02-11T20:00+08:00,1,SPY,\"" + HOSTILE.get(0) + "\",=grp",
        "BIDU,2025-02-11T20:00+08:00,-4,SPY,\"" + HOSTILE.get(1) + "\",=grp",
        "AAPL,2025-02-11T20:00+08:00,3,SPY," + HOSTILE.get(2) + ",-grp",
        "9988.HK,2025-02-11T20:00+08:00,,HSI," + HOSTILE.get(3) + ",@hk",
        "9888.HK,2025-02-11T20:00+08:00,,HSI,\"" + HOSTILE.get(4).replace("\"", "\"\"")
            + "\",@hk",
        "NOPE,2025-02-11,,SPY,a ticker without prices,=grp") + "\n");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--input", in.toString(), "--output",
        tmp.resolve("out").toString(), "--formats", "csv,xlsx", "-q"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(4, code, err.toString());
    run = tmp.resolve("out/latest").toRealPath();
    try (InputStream s = Files.newInputStream(run.resolve("results.xlsx"))) {
      workbook = new XSSFWorkbook(s);
    }
  }

  static List<String[]> csv(String table) throws IOException {
    return TableSchema.csv(run.resolve(table + ".csv"));
  }

  @Test
  void everyCellEqualsItsCsvCellInValueAndType() throws IOException {
    List<String> sheets = new ArrayList<>();
    workbook.forEach(s -> sheets.add(s.getSheetName()));
    List<String> expected = new ArrayList<>(TABLES);
    expected.add("about");
    assertEquals(expected, sheets);
    int cells = 0;
    for (String table : TABLES) {
      List<String[]> rows = csv(table);
      XSSFSheet sheet = workbook.getSheet(table);
      assertEquals(rows.size() - 1, sheet.getLastRowNum(), table + " rows");
      String[] header = rows.get(0);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.getRow(r);
        for (int c = 0; c < header.length; c++) {
          String where = table + " row " + r + " column " + header[c];
          String want = rows.get(r)[c];
          Cell cell = row.getCell(c);
          cells++;
          if (want.isEmpty()) {
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where);
            continue;
          }
          if (r == 0 || TEXT.contains(header[c])) {
            assertEquals(CellType.STRING, cell.getCellType(), where);
            // the CSV's guard is one leading apostrophe; the workbook holds the text itself
            String text = r > 0 ? TableSchema.unguarded(want) : want;
            assertEquals(text, cell.getStringCellValue(), where);
          } else if (DATES.contains(header[c])) {
            assertEquals(CellType.NUMERIC, cell.getCellType(), where);
            assertTrue(DateUtil.isCellDateFormatted(cell), where);
            assertEquals("yyyy-mm-dd", cell.getCellStyle().getDataFormatString(), where);
            assertEquals(LocalDate.parse(want), cell.getLocalDateTimeCellValue().toLocalDate(),
                where);
          } else {
            assertEquals(CellType.NUMERIC, cell.getCellType(), where);
            assertEquals(Double.parseDouble(want), cell.getNumericCellValue(), 0.0, where);
            int dot = want.indexOf('.');
            String format = dot < 0 ? "0" : "0." + "0".repeat(want.length() - dot - 1);
            assertEquals(format, cell.getCellStyle().getDataFormatString(), where);
          }
        }
        assertTrue(row.getLastCellNum() <= header.length, table + " row " + r + " has extra cells");
      }
    }
    assertTrue(cells > 2000, "cells checked: " + cells);
  }

  @Test
  void noCellIsAFormulaAndTheHostileTextStaysText() {
    Map<String, Integer> found = new HashMap<>();
    workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
      assertNotEquals(CellType.FORMULA, cell.getCellType(),
          sheet.getSheetName() + "!" + cell.getAddress());
      if (cell.getCellType() == CellType.STRING) {
        found.merge(cell.getStringCellValue(), 1, Integer::sum);
      }
    })));
    for (String h : HOSTILE) {
      assertTrue(found.containsKey(h), h + " is a text cell");
    }
    for (String g : List.of("=grp", "-grp", "@hk")) {
      assertTrue(found.containsKey(g), g + " is a text cell");
    }
  }

  @Test
  void eachTableSheetHasABoldFrozenHeaderAnAutofilterAndFittedWidths() throws IOException {
    for (String table : TABLES) {
      XSSFSheet sheet = workbook.getSheet(table);
      assertTrue(sheet.getPaneInformation().isFreezePane(), table);
      assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), table);
      assertEquals(0, sheet.getPaneInformation().getVerticalSplitPosition(), table);
      String[] header = csv(table).get(0);
      CellRangeAddress filter = CellRangeAddress.valueOf(
          sheet.getCTWorksheet().getAutoFilter().getRef());
      assertEquals(new CellRangeAddress(0, sheet.getLastRowNum(), 0, header.length - 1), filter,
          table);
      for (int c = 0; c < header.length; c++) {
        Cell h = sheet.getRow(0).getCell(c);
        assertTrue(workbook.getFontAt(h.getCellStyle().getFontIndex()).getBold(),
            table + " header " + header[c]);
        // a width in characters (1/256 units) at least the header's, and at most 62
        int chars = sheet.getColumnWidth(c) / 256;
        assertTrue(chars >= header[c].length() && chars <= 62, table + " " + header[c] + " "
            + chars);
      }
    }
  }

  @Test
  void aboutSheetNamesTheRunTheSettingsAndEveryInputWithTheManifestsHash() throws IOException {
    Map<String, String> about = new HashMap<>();
    XSSFSheet sheet = workbook.getSheet("about");
    assertEquals("section", sheet.getRow(0).getCell(0).getStringCellValue());
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      Cell detail = row.getCell(2); // blank for an empty setting, such as as-of
      about.put(row.getCell(0).getStringCellValue() + "|" + row.getCell(1).getStringCellValue(),
          detail == null ? "" : detail.getStringCellValue());
    }
    assertEquals(run.getFileName().toString(), about.get("run|id"));
    assertEquals("csv,xlsx", about.get("setting|formats"));
    assertEquals("-250,-11", about.get("setting|estimation-window"));
    JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
    int hashes = 0;
    for (JsonNode input : manifest.get("inputs")) {
      assertEquals(input.get("sha256").asText(), about.get("sha256|" + input.get("path").asText()),
          input.get("path").asText());
      hashes++;
    }
    assertTrue(hashes >= 8, "inputs: " + hashes);
    // the manifest lists the workbook with the other files written
    List<String> files = new ArrayList<>();
    manifest.get("outputs").forEach(o -> files.add(o.get("file").asText()));
    assertTrue(files.contains("results.xlsx"), files.toString());
    assertFalse(files.contains("summary.json"), "no JSON unless formats asks for it");
  }
}
