package org.stockreaction.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A panel file read in pieces on several threads gives exactly what one pass over its bytes gives:
 * the same series, values, warnings with their line numbers, and the same first error. Files are
 * SYNTHETIC and seeded; pieces are made tiny (a few hundred bytes) so that every file is cut many
 * times, between the rows of one ticker, next to blank lines, CRLF line ends and missing values.
 */
class PanelPartsTest {

  @TempDir
  Path dir;

  /** The file read in pieces, or null when it was not read that way. */
  private PriceFile inPieces(byte[] file, int threads) throws IOException, InputException {
    Path p = Files.write(dir.resolve("panel-" + threads + ".csv"), file);
    try (FileChannel ch = FileChannel.open(p)) {
      return PriceFileReader.readInPieces(ch, file.length, "p.csv", PriceFormat.AUTO, TODAY,
          threads, PART);
    }
  }

  /** The file read as the job reads it: in pieces when it can be, else in one pass. */
  private PriceFile read(byte[] file, int threads) throws IOException, InputException {
    Path p = Files.write(dir.resolve("read-" + threads + ".csv"), file);
    return PriceFileReader.readFile(p, "p.csv", PriceFormat.AUTO, TODAY, threads, PART);
  }

  private static final int TODAY = (int) LocalDate.of(2025, 6, 1).toEpochDay();
  private static final int PART = 300;

  /** A seeded panel with the irregularities real exports have. */
  private static String panel(long seed, boolean byDate, boolean crlf) {
    Random rnd = new Random(seed);
    int tickers = 2 + rnd.nextInt(6);
    int days = 20 + rnd.nextInt(60);
    String nl = crlf ? "\r\n" : "\n";
    List<String> rows = new ArrayList<>();
    LocalDate first = LocalDate.of(2025, 1, 2);
    for (int t = 0; t < tickers; t++) {
      double p = 50 + 100 * rnd.nextDouble();
      for (int d = 0; d < days; d++) {
        p *= 1 + 0.02 * rnd.nextGaussian();
        String close = rnd.nextInt(25) == 0 ? (rnd.nextBoolean() ? "" : "NA")
            : String.format(Locale.ROOT, "%.4f", p);
        String row = "T" + t + "," + first.plusDays(d * 7L / 5) + ","
            + String.format(Locale.ROOT, "%.4f,%.4f", p * 1.01, p * 0.99) + "," + close;
        rows.add(row);
        if (rnd.nextInt(40) == 0) {
          rows.add(row); // an exact repeat: dropped with a warning
        }
      }
    }
    if (byDate) {
      rows.sort((a, b) -> a.substring(a.indexOf(',')).compareTo(b.substring(b.indexOf(','))));
    } else if (rnd.nextBoolean()) {
      int i = rnd.nextInt(rows.size() - 1);
      String moved = rows.get(i); // out of date order: sorted with a warning
      rows.set(i, rows.get(i + 1));
      rows.set(i + 1, moved);
    }
    StringBuilder sb = new StringBuilder("ticker,date,high,low,close").append(nl);
    for (String r : rows) {
      sb.append(r).append(nl);
      if (rnd.nextInt(30) == 0) {
        sb.append(nl); // a blank line still counts as a line
      }
    }
    // rows dated after today
    sb.append("T0,2025-07-01,1,1,1").append(nl);
    return sb.toString();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void assertSame(PriceFile expected, PriceFile actual) {
    assertEquals(expected.layout(), actual.layout());
    assertEquals(expected.manyTickers(), actual.manyTickers());
    assertEquals(List.copyOf(expected.series().keySet()), List.copyOf(actual.series().keySet()));
    for (Map.Entry<String, PriceSeries> e : expected.series().entrySet()) {
      PriceSeries a = actual.series().get(e.getKey());
      PriceSeries x = e.getValue();
      assertArrayEquals(x.days(), a.days(), e.getKey());
      assertArrayEquals(x.close(), a.close(), e.getKey());
      assertArrayEquals(x.high(), a.high(), e.getKey());
      assertArrayEquals(x.low(), a.low(), e.getKey());
      assertEquals(x.warnings(), a.warnings(), e.getKey());
      assertEquals(x.priceColumn(), a.priceColumn());
    }
  }

  @Test
  void piecesGiveWhatOnePassGives() throws IOException, InputException {
    int checked = 0;
    for (long seed = 1; seed <= 60; seed++) {
      byte[] file = bytes(panel(seed, seed % 3 == 0, seed % 4 == 0));
      PriceFile one = PriceFileReader.parse(file, "p.csv", PriceFormat.AUTO, TODAY);
      for (int threads = 1; threads <= 4; threads++) {
        PriceFile parts = inPieces(file, threads);
        assertNotNull(parts, "seed " + seed + " was not cut into parts");
        assertSame(one, parts);
        checked++;
      }
    }
    assertEquals(240, checked);
  }

  @Test
  void warningsKeepTheirLinesAcrossPieces() throws IOException, InputException {
    StringBuilder sb = new StringBuilder("ticker,date,close\n");
    LocalDate d = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 200; i++) {
      sb.append("A,").append(d.plusDays(i)).append(i == 150 ? ",NA\n" : ",10\n");
    }
    byte[] file = bytes(sb.toString());
    PriceFile parts = inPieces(file, 3);
    assertNotNull(parts);
    // row i is on line i + 2: the header is line 1
    assertEquals(List.of("p.csv:152:3: missing close \"NA\" for A on 2024-05-30 (treated as a"
        + " missing day)"), parts.series().get("A").warnings());
  }

  @Test
  void aLaterPiecesErrorIsTheOnePassError() {
    StringBuilder sb = new StringBuilder("ticker,date,close\n");
    LocalDate d = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 300; i++) {
      sb.append("B,").append(d.plusDays(i)).append(i == 250 ? ",1O.5\n" : ",10\n");
    }
    byte[] file = bytes(sb.toString());
    String one = assertThrows(InputException.class,
        () -> PriceFileReader.parse(file, "p.csv", PriceFormat.AUTO, TODAY)).getMessage();
    String parted = assertThrows(InputException.class,
        () -> read(file, 3)).getMessage();
    assertEquals(one, parted);
    assertTrue(one.startsWith("p.csv:252:3: price \"1O.5\" is not a number"), one);
  }

  @Test
  void aQuotedLineBreakAcrossACutFallsBackToOnePass() throws IOException, InputException {
    StringBuilder sb = new StringBuilder("ticker,date,close,note\n");
    LocalDate d = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 201; i++) {
      // every row's note holds 30 line breaks, so a cut after a line end is almost always
      // inside a quoted field
      sb.append("C,").append(d.plusDays(i)).append(",10,\"").append("note\n".repeat(30))
          .append("\"\n");
    }
    byte[] file = bytes(sb.toString());
    PriceFile one = PriceFileReader.parse(file, "p.csv", PriceFormat.AUTO, TODAY);
    assertEquals(201, one.series().get("C").size());
    assertNull(inPieces(file, 2));
    for (int threads = 1; threads <= 4; threads++) {
      assertSame(one, read(file, threads));
    }
  }

  @Test
  void dayFirstDatesFoundInALaterPieceAreReadDayFirst() throws IOException, InputException {
    // 01/02/2023 reads month-first until a row such as 13/01/2024, in a later piece, can only be
    // day-first; then the whole file is read day-first
    List<LocalDate> dates = new ArrayList<>();
    for (int m = 1; m <= 8; m++) {
      for (int day = 1; day <= 12; day++) {
        dates.add(LocalDate.of(2023, m, day));
      }
    }
    for (int i = 0; i < 200; i++) {
      dates.add(LocalDate.of(2024, 1, 1).plusDays(i));
    }
    StringBuilder sb = new StringBuilder("ticker,date,close\n");
    for (LocalDate x : dates) {
      sb.append("D,").append(String.format(Locale.ROOT, "%02d/%02d/%d", x.getDayOfMonth(),
          x.getMonthValue(), x.getYear())).append(",10\n");
    }
    byte[] file = bytes(sb.toString());
    PriceFile parted = read(file, 3);
    PriceSeries s = parted.series().get("D");
    assertEquals(296, s.size());
    assertEquals(LocalDate.of(2023, 1, 1), s.firstDate());
    assertEquals(LocalDate.of(2023, 8, 12), LocalDate.ofEpochDay(s.days()[95]));
    assertEquals(LocalDate.of(2024, 7, 18), s.lastDate());
  }
}
