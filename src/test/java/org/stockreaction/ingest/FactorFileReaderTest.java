package org.stockreaction.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading Kenneth French's daily factor files as downloaded (input/factors, byte copies of French's
 * files; see PROVENANCE.md), the same table re-saved as a plain CSV, and the files that must be
 * refused. Expected values come from PROVENANCE.md and from the raw lines of the files.
 */
class FactorFileReaderTest {

  static final Path FF3 = Path.of("input/factors/F-F_Research_Data_Factors_daily.csv");
  static final Path MOM = Path.of("input/factors/F-F_Momentum_Factor_daily.csv");
  static final Path FF5 = Path.of("input/factors/F-F_Research_Data_5_Factors_2x3_daily.csv");

  @TempDir Path tmp;

  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  @Test
  void readsFrenchLayoutWithTextLinesCrlfAndCopyrightTrailer() throws Exception {
    byte[] raw = Files.readAllBytes(FF3);
    String text = new String(raw, StandardCharsets.US_ASCII);
    assertTrue(text.contains(",Mkt-RF,SMB,HML,RF\r\n"), "the shipped file has CRLF line ends");
    assertTrue(text.strip().endsWith("Copyright 2026 Eugene F. Fama and Kenneth R. French"));

    FactorSeries f = FactorFileReader.read(FF3, "ff3.csv");
    assertEquals("202604 CRSP database", f.vintage());
    assertEquals(List.of("Mkt-RF", "SMB", "HML", "RF"), f.names());
    assertEquals(LocalDate.of(1926, 7, 1), f.firstDate());
    assertEquals(LocalDate.of(2026, 4, 30), f.lastDate(), "the copyright line is not a row");
    // 26240 lines: 4 text lines, the column line, the rows, a blank line and the copyright line
    assertEquals(26240 - 5 - 2, f.size());
    // PROVENANCE.md: on 2025-02-11 the 202604 file reads Mkt-RF -0.14, SMB -0.70, HML 1.30, RF 0.02
    int i = f.indexOf(day("2025-02-11"));
    assertTrue(i >= 0);
    assertEquals(-0.0014, f.values()[0][i], 1e-15);
    assertEquals(-0.0070, f.values()[1][i], 1e-15);
    assertEquals(0.0130, f.values()[2][i], 1e-15);
    assertEquals(0.0002, f.values()[3][i], 1e-15);
  }

  @Test
  void readsTheSameValuesWithLfLineEnds() throws Exception {
    Path lf = tmp.resolve("lf.csv");
    Files.writeString(lf, Files.readString(FF3, StandardCharsets.US_ASCII).replace("\r\n", "\n"));
    FactorSeries crlf = FactorFileReader.read(FF3, "a");
    FactorSeries plain = FactorFileReader.read(lf, "b");
    assertArrayEquals(crlf.days(), plain.days());
    for (int j = 0; j < 4; j++) {
      assertArrayEquals(crlf.values()[j], plain.values()[j]);
    }
  }

  @Test
  void readsMomentumAndFiveFactorFilesWithTheirVintages() throws Exception {
    FactorSeries mom = FactorFileReader.read(MOM, "mom.csv");
    assertEquals("202604 CRSP database", mom.vintage());
    assertEquals(List.of("Mom"), mom.names());
    assertEquals(0, mom.column("MOM"));
    assertEquals(LocalDate.of(1926, 11, 3), mom.firstDate());
    // raw line "20250211,  -0.44"
    assertEquals(-0.0044, mom.values()[0][mom.indexOf(day("2025-02-11"))], 1e-15);

    FactorSeries ff5 = FactorFileReader.read(FF5, "ff5.csv");
    assertEquals("202601 CRSP database", ff5.vintage());
    assertEquals(List.of("Mkt-RF", "SMB", "HML", "RMW", "CMA", "RF"), ff5.names());
    assertEquals(LocalDate.of(1963, 7, 1), ff5.firstDate());
    assertEquals(LocalDate.of(2026, 1, 30), ff5.lastDate());
    // raw line "20250211,   -0.14,   -0.44,    1.30,    1.49,    0.18,    0.02"
    int i = ff5.indexOf(day("2025-02-11"));
    double[] want = {-0.0014, -0.0044, 0.0130, 0.0149, 0.0018, 0.0002};
    for (int j = 0; j < 6; j++) {
      assertEquals(want[j], ff5.values()[j][i], 1e-15);
    }
  }

  @Test
  void everyRowOfEveryShippedFileMatchesAPlainParseOfItsText() throws Exception {
    // independent of the reader's byte parser: split each dated line, Double.parseDouble, / 100
    for (Path file : List.of(FF3, MOM, FF5)) {
      FactorSeries f = FactorFileReader.read(file, file.getFileName().toString());
      int row = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
        if (!line.matches("\\d{8},.*")) {
          continue;
        }
        String[] v = line.split(",");
        assertEquals(day(v[0].substring(0, 4) + "-" + v[0].substring(4, 6) + "-"
            + v[0].substring(6, 8)), f.days()[row], file + " " + line);
        for (int j = 1; j < v.length; j++) {
          double want = Double.parseDouble(v[j].trim());
          double got = f.values()[j - 1][row];
          if (want == -99.99 || want == -999) {
            assertTrue(Double.isNaN(got), file + " " + line);
          } else {
            assertEquals(Double.doubleToLongBits(want / 100.0), Double.doubleToLongBits(got),
                file + " " + line);
          }
        }
        row++;
      }
      assertEquals(f.size(), row, file.toString());
    }
  }

  @Test
  void readsLatin1TextAndALoneCrAsReadAllLinesDoes() throws Exception {
    // a vintage line in ISO-8859-1 (not UTF-8) and old Mac line ends
    String text = "Cr\u00e9\u00e9 with the 202604 CRSP database.\r,Mkt-RF,RF\r20250210, 0.70, 0.02\r"
        + "20250211,-0.14,0.02\r\rCopyright\r";
    Path mac = Files.write(tmp.resolve("mac.csv"), text.getBytes(StandardCharsets.ISO_8859_1));
    FactorSeries f = FactorFileReader.read(mac, "mac.csv");
    assertEquals("202604 CRSP database", f.vintage());
    assertArrayEquals(new int[] {day("2025-02-10"), day("2025-02-11")}, f.days());
    assertArrayEquals(new double[] {0.0070, -0.0014}, f.values()[0], 1e-15);
  }

  @Test
  void readsAPlainCsvWithADateColumn() throws Exception {
    // the shipped file re-saved the way users do: a Date header, ISO dates, no text, LF
    StringBuilder sb = new StringBuilder("\uFEFFDate,Mkt-RF,SMB,HML,RF\n");
    for (String line : Files.readAllLines(FF3, StandardCharsets.US_ASCII)) {
      if (line.matches("\\d{8},.*")) {
        sb.append(line, 0, 4).append('-').append(line, 4, 6).append('-').append(line, 6, 8)
            .append(line.substring(8).replace(" ", "")).append('\n');
      }
    }
    Path plain = tmp.resolve("plain.csv");
    Files.writeString(plain, sb.toString(), StandardCharsets.UTF_8);
    FactorSeries a = FactorFileReader.read(FF3, "a");
    FactorSeries b = FactorFileReader.read(plain, "b");
    assertEquals("", b.vintage(), "a re-saved file states no vintage");
    assertEquals(a.names(), b.names());
    assertArrayEquals(a.days(), b.days());
    for (int j = 0; j < 4; j++) {
      assertArrayEquals(a.values()[j], b.values()[j]);
    }
  }

  @Test
  void rejectsAMonthlyFile() throws IOException {
    // French's monthly layout: monthly rows (YYYYMM), a blank line, then an annual table
    Path monthly = tmp.resolve("F-F_Research_Data_Factors.csv");
    Files.writeString(monthly, "This file was created by CMPT_ME_BEME_RETS using the 202604 CRSP"
        + " database.\r\nThe 1-month TBill return is from Ibbotson and Associates, Inc.\r\n\r\n"
        + ",Mkt-RF,SMB,HML,RF\r\n192607,    2.96,   -2.56,   -2.43,    0.22\r\n"
        + "192608,    2.64,   -1.17,    3.82,    0.25\r\n\r\n"
        + " Annual Factors: January-December \r\n,Mkt-RF,SMB,HML,RF\r\n"
        + "  1927,   29.47,   -2.46,   -3.75,    3.12\r\n\r\nCopyright 2026 Kenneth R. French\r\n");
    InputException e = assertThrows(InputException.class,
        () -> FactorFileReader.read(monthly, "input/factors/F-F_Research_Data_Factors.csv"));
    assertEquals(5, e.line());
    assertTrue(e.getMessage().startsWith("input/factors/F-F_Research_Data_Factors.csv:5:1: date"
        + " \"192607\" is a month, so this is not a daily factor file"), e.getMessage());
    assertTrue(e.getMessage().contains("daily"), e.getMessage());
  }

  @Test
  void rejectsASecondTableAfterTheDailyRows() throws IOException {
    Path two = tmp.resolve("two.csv");
    Files.writeString(two, ",Mkt-RF,RF\n20250210,0.07,0.02\n20250211,-0.14,0.02\n\n"
        + " Annual Factors: January-December \n,Mkt-RF,RF\n  2025,1.00,4.00\n");
    InputException e = assertThrows(InputException.class, () -> FactorFileReader.read(two, "two"));
    assertEquals(6, e.line());
    assertTrue(e.getMessage().contains("a second table starts here"), e.getMessage());
  }

  @Test
  void namesLineAndColumnOfABadValue() throws IOException {
    Path bad = tmp.resolve("bad.csv");
    Files.writeString(bad, "text\r\n,Mkt-RF,SMB,HML,RF\r\n20250211,   -0.14,   x.70,    1.30,"
        + "    0.02\r\n");
    InputException e = assertThrows(InputException.class, () -> FactorFileReader.read(bad, "b"));
    assertEquals("b:3:3: SMB \"x.70\" is not a number (expected a percentage such as -0.70)"
        + " (fix the value)", e.getMessage());
  }

  @Test
  void turnsFrenchMissingMarkersIntoNaN() throws Exception {
    Path f = tmp.resolve("m.csv");
    Files.writeString(f, ",Mom\n20250210,-99.99\n20250211,-999\n20250212,0.50\n");
    FactorSeries s = FactorFileReader.read(f, "m");
    assertTrue(Double.isNaN(s.values()[0][0]));
    assertTrue(Double.isNaN(s.values()[0][1]));
    assertEquals(0.005, s.values()[0][2], 1e-15);
  }

  @Test
  void rejectsAFileWithoutAColumnLine() throws IOException {
    Path f = tmp.resolve("none.csv");
    Files.writeString(f, "just text\nmore text\n");
    InputException e = assertThrows(InputException.class, () -> FactorFileReader.read(f, "n"));
    assertTrue(e.getMessage().startsWith("n: no column line found"), e.getMessage());
  }
}
