package org.stockreaction.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every layout of the fixtures folder is recognised and gives the same prices. The synthetic
 * fixtures hold the as-traded BABA closes of 2025-01-27..2025-02-21 in cents; the reference is
 * that list as written here, and the real files are checked against the moves in PROVENANCE.md.
 */
class PriceLayoutsTest {

  static final Path DIR = Path.of("src/test/resources/ingest");
  static final int TODAY = (int) LocalDate.of(2027, 1, 1).toEpochDay();

  /** The cent closes of the synthetic fixtures, from as-traded/BABA.csv rounded to cents. */
  static final String[][] BABA = {
    {"2025-01-27", "89.99"}, {"2025-01-28", "96.03"}, {"2025-01-29", "96.72"},
    {"2025-01-30", "102.74"}, {"2025-01-31", "98.84"}, {"2025-02-03", "98.61"},
    {"2025-02-04", "102.35"}, {"2025-02-05", "99.28"}, {"2025-02-06", "100.38"},
    {"2025-02-07", "103.51"}, {"2025-02-10", "111.32"}, {"2025-02-11", "112.78"},
    {"2025-02-12", "118.33"}, {"2025-02-13", "119.54"}, {"2025-02-14", "124.73"},
    {"2025-02-18", "126.90"}, {"2025-02-19", "125.79"}, {"2025-02-20", "135.97"},
    {"2025-02-21", "143.75"},
  };

  static PriceFile read(String file) throws InputException {
    return PriceFileReader.readFile(DIR.resolve(file), file, PriceFormat.AUTO, TODAY);
  }

  static int[] days() {
    int[] d = new int[BABA.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = (int) LocalDate.parse(BABA[i][0]).toEpochDay();
    }
    return d;
  }

  static double[] returns(double[] close) {
    double[] r = new double[close.length - 1];
    for (int i = 1; i < close.length; i++) {
      r[i - 1] = close[i] / close[i - 1] - 1;
    }
    return r;
  }

  static double[] expectedReturns() {
    double[] c = new double[BABA.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = Double.parseDouble(BABA[i][1]);
    }
    return returns(c);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "yahoo-web/BABA.csv, YAHOO_WEB, Adj Close",
    "yfinance/BABA.csv, YFINANCE, Close",
    "yfinance-close/BABA.csv, YFINANCE, Close",
    "yfinance-ohlc/BABA.csv, YFINANCE, Close",
    "yfinance-download/BABA.csv, YFINANCE_DOWNLOAD, Adj Close",
    "yfinance-download-close/BABA.csv, YFINANCE_DOWNLOAD, Close",
    "yfinance-history/BABA.csv, YFINANCE_HISTORY, Close",
    "stooq/BABA.csv, STOOQ, Close",
    "nasdaq/BABA.csv, NASDAQ, Close/Last",
    "investing/BABA.csv, INVESTING, Price",
    "investing-month-names/BABA.csv, INVESTING, Price",
    "lower-case/BABA.csv, LOWER_CASE, close",
    "european/BABA.csv, EUROPEAN, Close",
  })
  void everyLayoutGivesIdenticalReturnsForTheSamePrices(String file, PriceLayout layout,
      String column) throws InputException {
    PriceFile f = read(file);
    assertEquals(layout, f.layout());
    PriceSeries s = f.series("BABA").orElseThrow();
    assertEquals(column, s.priceColumn());
    assertArrayEquals(days(), s.days(), file);
    assertArrayEquals(expectedReturns(), returns(s.close()), 0.0, file);
  }

  @ParameterizedTest(name = "{0} holds BABA and BIDU")
  @CsvSource({
    "panel/prices.csv, PANEL",
    "yfinance-download-multi/download.csv, YFINANCE_DOWNLOAD",
  })
  void manyTickerFilesGiveIdenticalReturns(String file, PriceLayout layout) throws InputException {
    PriceFile f = read(file);
    assertEquals(layout, f.layout());
    assertTrue(f.manyTickers());
    assertEquals(List.of("BABA", "BIDU"), List.copyOf(f.series().keySet()));
    PriceSeries baba = f.series("baba").orElseThrow();
    assertArrayEquals(days(), baba.days());
    assertArrayEquals(expectedReturns(), returns(baba.close()), 0.0);
    assertEquals(88.51, f.series("BIDU").orElseThrow().close()[0], 0.0);
    assertFalse(f.series("AAPL").isPresent());
  }

  @Test
  void crspReturnsAreUsedAsGiven() throws InputException {
    PriceFile f = read("crsp/crsp.csv");
    assertEquals(PriceLayout.CRSP, f.layout());
    PriceSeries s = f.series("BABA").orElseThrow();
    assertEquals("RET (returns as given; price index rebuilt from them)", s.priceColumn());
    assertArrayEquals(days(), s.days());
    assertEquals(1.0, s.close()[0], 0.0);
    // the file's RET is each cent close over the one before, minus one (written by the fixture's
    // maker); rebuilding and dividing again returns them to rounding
    assertArrayEquals(expectedReturns(), returns(s.close()), 1e-14);
    // 2025-02-11 is +1.31% as in PROVENANCE.md
    assertEquals(0.0131, returns(s.close())[10], 0.00005);
  }

  @Test
  void realYfinanceFlatFileMatchesTheReportedMoves() throws InputException {
    PriceFile f = read("real/BABA.csv");
    assertEquals(PriceLayout.YFINANCE, f.layout());
    PriceSeries s = f.series("BABA").orElseThrow();
    assertEquals(1313, s.size());
    assertEquals(0.0131, dayReturn(s, "2025-02-11"), 0.00005);
    assertTrue(s.hasHighLow());
    assertEquals(List.of(), s.warnings());
  }

  @Test
  void realCloseOnlyFileIsRead() throws InputException {
    PriceSeries s = read("real/KWEB.csv").series("KWEB").orElseThrow();
    assertEquals(LocalDate.of(2013, 8, 1), s.firstDate());
    assertEquals(LocalDate.of(2026, 7, 14), s.lastDate());
    assertFalse(s.hasHighLow());
  }

  @Test
  void realOhlcIndexFileIsRead() throws InputException {
    PriceSeries s = PriceFileReader.readFile(Path.of("input/prices/GSPC.csv"), "GSPC.csv",
        PriceFormat.AUTO, TODAY).series("^GSPC").orElseThrow();
    assertEquals(LocalDate.of(1927, 12, 30), s.firstDate());
    assertEquals(17.65999984741211, s.close()[0], 0.0);
  }

  @Test
  void realHistoryFileKeepsTheLocalHongKongDate() throws InputException {
    PriceFile f = read("real/9988.HK.csv");
    assertEquals(PriceLayout.YFINANCE_HISTORY, f.layout());
    PriceSeries s = f.series("9988.HK").orElseThrow();
    // 2025-02-11 00:00:00+08:00 is 2025-02-10 in UTC; the trading date is the one written
    assertTrue(s.indexOf((int) LocalDate.of(2025, 2, 11).toEpochDay()) >= 0);
    assertEquals(LocalDate.of(2020, 1, 2), s.firstDate());
    assertEquals(0.0848, dayReturn(s, "2025-02-12"), 0.00005);
  }

  @Test
  void realLowerCaseFileMatchesTheAsTradedCloses() throws InputException {
    PriceFile f = read("real/as-traded-BABA.csv");
    assertEquals(PriceLayout.LOWER_CASE, f.layout());
    PriceSeries s = f.series("BABA").orElseThrow();
    int i = s.indexOf((int) LocalDate.of(2025, 2, 11).toEpochDay());
    assertEquals(112.78, s.close()[i], 0.005);
    assertEquals(111.32, s.close()[i - 1], 0.005);
  }

  @Test
  void investingThousandsSeparatorsAreRead() throws InputException {
    PriceSeries s = read("investing-thousands/SPX.csv").series("SPX").orElseThrow();
    assertArrayEquals(new double[] {6066.44, 6068.50}, s.close(), 0.0);
    assertArrayEquals(new double[] {6073.38, 6076.28}, s.high(), 0.0);
  }

  @Test
  void yahooUsesAdjCloseAndDropsTheUnadjustedHighLow() throws InputException {
    PriceSeries s = read("yahoo-web/BABA.csv").series("BABA").orElseThrow();
    assertNull(s.high());
    assertEquals(List.of("yahoo-web/BABA.csv:17:6: missing Adj Close \"null\" on 2025-02-17"
        + " (treated as a missing day)"), s.warnings());
  }

  @Test
  void newestFirstFilesAreSortedWithAWarning() throws InputException {
    PriceSeries s = read("nasdaq/BABA.csv").series("BABA").orElseThrow();
    assertEquals(List.of("nasdaq/BABA.csv:3: rows are not in date order (2025-02-20 follows"
        + " 2025-02-21) (sorted by date)"), s.warnings());
    assertTrue(s.hasHighLow());
    assertEquals(115.54, s.high()[11], 0.0);
  }

  static double dayReturn(PriceSeries s, String date) {
    int i = s.indexOf((int) LocalDate.parse(date).toEpochDay());
    return s.close()[i] / s.close()[i - 1] - 1;
  }
}
