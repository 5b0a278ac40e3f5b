package org.stockreaction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet of SYNTHETIC abnormal-return rows is written in bounded memory: a child JVM with a
 * 32 MB heap writes 200,000 rows (2.4 million cells; held as cells they would take well over
 * 100 MB), and the file holds every row. Run {@link #main} by hand to print the peak heap for
 * other sizes (500,000 rows: peak heap 52 MB under -Xmx64m).
 */
class XlsxStreamingTest {

  static final int ROWS = 200_000;

  @TempDir Path tmp;

  /** Writes {@code rows} synthetic abnormal-return rows to {@code file} and prints the peak heap. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int rows = Integer.parseInt(args[1]);
    SplittableRandom rnd = new SplittableRandom(42);
    LocalDate start = LocalDate.of(2020, 1, 2);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      Workbook wb = new Workbook(out, "stock-reaction", null);
      XlsxSheet sheet = new XlsxSheet(wb, "abnormal_returns", ResultTables.ABNORMAL);
      for (int r = 0; r < rows; r++) {
        int event = r / 11;
        sheet.text("T" + (event % 3000)).text("2024-05-" + (10 + event % 18));
        sheet.date(start.plusDays(r % 1500)).integer(r % 11 - 5);
        for (int c = 0; c < 5; c++) {
          sheet.pct(rnd.nextGaussian() * 0.02);
        }
        sheet.number(rnd.nextGaussian(), 6).number(rnd.nextDouble(), 10).pct(0.015);
        sheet.endRow();
      }
      sheet.finish();
      wb.finish();
    }
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    System.out.println("rows " + rows + " bytes " + Files.size(file) + " peak_heap_MB "
        + peak / (1 << 20));
  }

  @Test
  void twoHundredThousandRowsFitInAThirtyTwoMegabyteHeap() throws Exception {
    Path file = tmp.resolve("big.xlsx");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx32m", "-cp", System.getProperty("java.class.path"),
        XlsxStreamingTest.class.getName(), file.toString(), Integer.toString(ROWS))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.startsWith("rows " + ROWS), out);
    // the sheet's last row is row ROWS + 1 (the header is row 1)
    try (ZipFile z = new ZipFile(file.toFile())) {
      String tail = tail(z, "xl/worksheets/sheet1.xml");
      assertTrue(tail.contains("<row r=\"" + (ROWS + 1) + "\""), tail);
      assertTrue(tail.contains("<autoFilter ref=\"A1:L" + (ROWS + 1) + "\""), tail);
    }
  }

  private static String tail(ZipFile z, String entry) throws IOException {
    byte[] all = z.getInputStream(z.getEntry(entry)).readAllBytes();
    int from = Math.max(0, all.length - 4000);
    return new String(all, from, all.length - from, StandardCharsets.UTF_8);
  }

  /** The continuation sheets, on a small sheet size: every row lands once, each with a header. */
  @Test
  void aTableLongerThanASheetContinuesOnTheNextWithItsHeader() throws Exception {
    Path file = tmp.resolve("parts.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "stock-reaction", null);
      XlsxSheet sheet = new XlsxSheet(wb, "t", List.of("rel_day"), 4);
      for (int r = 0; r < 7; r++) {
        sheet.integer(r);
        sheet.endRow();
      }
      sheet.finish();
      wb.finish();
    }
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
      assertEquals(List.of("t", "t_2", "t_3"), List.of(wb.getSheetName(0), wb.getSheetName(1),
          wb.getSheetName(2)));
      int expected = 0;
      for (int s = 0; s < 3; s++) {
        var sheet = wb.getSheetAt(s);
        assertEquals("rel_day", sheet.getRow(0).getCell(0).getStringCellValue());
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          assertEquals(expected++, sheet.getRow(r).getCell(0).getNumericCellValue(), 0.0);
        }
      }
      assertEquals(7, expected);
    }
  }
}
