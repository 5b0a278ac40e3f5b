package org.stockreaction.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fast loop for plain rows gives what the general loop gives, row for row and error for error,
 * on files that mix plain rows with every kind of row it must leave to the general loop.
 */
class PlainRowsTest {

  private static final int TODAY = (int) LocalDate.of(2026, 1, 15).toEpochDay();

  @AfterEach
  void on() {
    PlainRows.off = false;
  }

  @Test
  void readsPlainRowsAsTheJdkReadsTheirDatesAndNumbers() {
    String text = "2024-02-28,101.5,102,100.25\n2024-02-29,99.125,101,98\r\n"
        + "2024-03-01,1.0000000000000002,2,0.5\n1999-12-31,0.0001,0.0002,1e-4";
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    PriceColumns cols = new PriceColumns("X", 1, false, 2, 3, "Close");
    SeriesSink sink = new SeriesSink("X", cols, 4);
    PlainRows plain = PlainRows.of(b, b.length, (byte) ',', (byte) '.', 0, 3, TODAY, 0,
        new SeriesSink[] {sink}, -1);
    assertNotNull(plain);
    long after = plain.rows(1L << 32);
    // four rows read; the last has no line end, so the line stays that of the last row
    assertEquals(((long) 4 << 32) | b.length, after);
    String[] rows = text.split("\r?\n");
    for (int i = 0; i < 4; i++) {
      String[] f = rows[i].split(",");
      assertEquals(LocalDate.parse(f[0]).toEpochDay(), sink.day[i], rows[i]);
      assertEquals(Double.parseDouble(f[1]), sink.price[i], rows[i]);
      assertEquals(Double.parseDouble(f[2]), sink.high[i], rows[i]);
      assertEquals(Double.parseDouble(f[3]), sink.low[i], rows[i]);
      assertEquals(i + 1, sink.line[i]);
    }
  }

  @Test
  void aMonthOfAnotherYearIsNotTakenForTheMonthOfTheRowBefore() {
    // date-first rows of May whose years differ from the row before's in one digit each
    String text = "2014-05-10,1\n2015-05-11,2\n2025-05-12,3\n1925-05-13,4\n1825-05-14,5\n"
        + "0825-05-15,6\n0825-05-31,7\n0825-06-01,8\n";
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    PriceColumns cols = new PriceColumns("X", 1, false, -1, -1, "Close");
    SeriesSink sink = new SeriesSink("X", cols, 8);
    PlainRows plain = PlainRows.of(b, b.length, (byte) ',', (byte) '.', 0, 1, TODAY, 0,
        new SeriesSink[] {sink}, -1);
    assertNotNull(plain);
    assertEquals(((long) 9 << 32) | b.length, plain.rows(1L << 32));
    String[] rows = text.split("\n");
    for (int i = 0; i < rows.length; i++) {
      assertEquals(LocalDate.parse(rows[i].split(",")[0]).toEpochDay(), sink.day[i], rows[i]);
    }
  }

  @Test
  void leavesTheFirstRowThatIsNotPlainWhereItStarts() {
    for (String odd : List.of("\n", "\"2024-01-03\",5\n", " 2024-01-03,5\n", "2024-01-03, 5\n",
        "2024-01-03,\n", "2024-01-03,null\n", "2024-01-32,5\n", "2023-02-29,5\n",
        "2024-01-03 10:00,5\n", "2024-01-03,0\n", "2024-01-03,-5\n", "2024-01-03,1e10\n",
        "2024-01-03\n", "2024-01-03,5\rX\n", "2024/01/03,5\n", "2024-01-03,5" + ",".repeat(1000)
            + "\n")) {
      String text = "2024-01-02,4\n" + odd + "2024-01-04,6\n";
      byte[] b = text.getBytes(StandardCharsets.US_ASCII);
      SeriesSink sink = new SeriesSink("X", new PriceColumns("X", 1, false, -1, -1, "Close"), 4);
      PlainRows plain = PlainRows.of(b, b.length, (byte) ',', (byte) '.', 0, 1, TODAY, 0,
          new SeriesSink[] {sink}, -1);
      long after = plain.rows(1L << 32);
      assertEquals(((long) 2 << 32) | 13, after, odd);
      assertEquals(1, sink.n, odd);
    }
  }

  @Test
  void isNotUsedForPanelsReturnsOrADecimalComma() {
    PriceColumns prices = new PriceColumns("X", 1, false, -1, -1, "Close");
    PriceColumns returns = new PriceColumns("X", 1, true, -1, -1, "ret");
    byte[] b = new byte[0];
    SeriesSink[] one = {new SeriesSink("X", prices, 1)};
    assertNotNull(PlainRows.of(b, 0, (byte) ';', (byte) '.', 0, 1, TODAY, 0, one, -1));
    assertNull(PlainRows.of(b, 0, (byte) ',', (byte) '.', 0, 1, TODAY, 0, one, 2));
    assertNull(PlainRows.of(b, 0, (byte) ';', (byte) ',', 0, 1, TODAY, 0, one, -1));
    assertNull(PlainRows.of(b, 0, (byte) ',', (byte) '.', 0, 1, TODAY, 0,
        new SeriesSink[] {new SeriesSink("X", returns, 1)}, -1));
  }

  /** Random files mixing plain rows with odd ones: both loops give the same file or error. */
  @Test
  void bothLoopsReadEveryMixedFileTheSame() {
    Random r = new Random(20250211);
    int errors = 0;
    for (int file = 0; file < 1200; file++) {
      String text = mixedFile(r, file);
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      Object fast = read(b);
      PlainRows.off = true;
      Object general = read(b);
      PlainRows.off = false;
      if (general instanceof String) {
        errors++;
        assertEquals(general, fast, text);
      } else {
        same((PriceFile) general, (PriceFile) fast, text);
      }
    }
    // the files are not all errors, nor all clean
    assertEquals(true, errors > 60 && errors < 1140, "errors: " + errors);
  }

  private static Object read(byte[] b) {
    try {
      return PriceFileReader.parse(b, "t.csv", PriceFormat.AUTO, TODAY);
    } catch (InputException e) {
      return e.getMessage();
    }
  }

  private static void same(PriceFile want, PriceFile got, String text) {
    assertEquals(want.layout(), got.layout(), text);
    assertEquals(want.series().keySet(), got.series().keySet(), text);
    for (Map.Entry<String, PriceSeries> e : want.series().entrySet()) {
      PriceSeries w = e.getValue();
      PriceSeries g = got.series().get(e.getKey());
      assertArrayEquals(w.days(), g.days(), text);
      assertArrayEquals(w.close(), g.close(), text);
      assertArrayEquals(w.high(), g.high(), text);
      assertArrayEquals(w.low(), g.low(), text);
      assertEquals(w.warnings(), g.warnings(), text);
    }
  }

  private static String mixedFile(Random r, int file) {
    boolean hl = file % 2 == 0;
    String nl = file % 5 == 0 ? "\r\n" : "\n";
    char delim = file % 7 == 0 ? ';' : ',';
    // some files have a column between the date and the price
    boolean open = !hl && file % 11 == 1;
    StringBuilder s = new StringBuilder(hl ? "Date,Close,High,Low"
        : open ? "Date,Open,Close" : "Date,Close");
    if (delim == ';') {
      s = new StringBuilder(s.toString().replace(',', ';'));
    }
    if (file % 3 == 0) {
      s.append(delim).append("Volume");
    }
    s.append(nl);
    LocalDate d = LocalDate.of(2023, 12, 20).plusDays(r.nextInt(30));
    int rows = 5 + r.nextInt(60);
    for (int i = 0; i < rows; i++) {
      d = d.plusDays(1 + (r.nextInt(10) == 0 ? 2 : 0));
      double p = Math.round((50 + 50 * r.nextDouble()) * 1e6) / 1e6;
      String date = d.toString();
      String price = Double.toString(p);
      String high = Double.toString(p + 1);
      String low = Double.toString(p - 1);
      if (r.nextInt(40) == 0) {
        switch (r.nextInt(29)) {
          case 0 -> date = "\"" + date + "\"";
          case 1 -> price = " " + price;
          case 2 -> price = "";
          case 3 -> price = "null";
          case 4 -> date = date + " 00:00:00";
          case 5 -> price = "abc";
          case 6 -> price = "-1";
          case 7 -> date = "2024-02-30";
          case 8 -> high = "";
          case 9 -> low = "0";
          case 10 -> high = "1e12";
          case 11 -> date = d.minusDays(40).toString();
          case 12 -> date = "2026-06-01";
          case 13 -> s.append(nl);
          case 14 -> price = "\"1,234.5\"";
          case 15 -> price = "+" + price;
          case 16 -> price = r.nextInt(100) + ".";
          case 17 -> price = "." + (1 + r.nextInt(9));
          case 18 -> price = "000" + price;
          case 19 -> price = "123456789.123456789".substring(0, 11 + r.nextInt(9));
          case 20 -> price = price + ".5";
          case 21 -> price = price + "x";
          case 22 -> price = price + "e0";
          case 23 -> price = "0.000000000000000000000012345";
          // days the row before's month does not have, or that are not two digits
          case 25 -> date = date.substring(0, 8) + "00";
          case 26 -> date = date.substring(0, 8) + "32";
          case 27 -> date = date.substring(0, 8) + "3" + (char) ('0' - 1);
          case 28 -> date = date.substring(0, 8) + ":1";
          default -> price = price + "0000000000000001";
        }
      }
      s.append(date).append(delim);
      if (open) {
        s.append(r.nextInt(20) == 0 ? "\"x\"" : Double.toString(p + 2)).append(delim);
      }
      s.append(price);
      if (hl) {
        s.append(delim).append(high).append(delim).append(low);
      }
      if (file % 3 == 0) {
        s.append(delim).append(r.nextInt(1000));
      }
      if (i < rows - 1 || file % 4 != 0) {
        s.append(nl);
      }
    }
    return s.toString();
  }
}
