package org.stockreaction.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows between a price file's header and its first data row that carry a ticker, units or a
 * blank date are skipped, and a ticker they name is taken; a blank date among the data rows is
 * still an error. The files are written here in the shapes yfinance's {@code to_csv} writes.
 */
class RowsBeforeDataTest {

  private static final int TODAY = (int) LocalDate.of(2026, 1, 1).toEpochDay();
  private static final String ROWS = "2025-01-02,243.26,244.99,241.55,243.85,55740700\n"
      + "2025-01-03,243.36,243.83,241.62,243.0,40244100\n";

  private static PriceFile parse(String name, String text) throws InputException {
    return PriceFileReader.parse(text.getBytes(StandardCharsets.UTF_8), name, PriceFormat.AUTO,
        TODAY);
  }

  private static void assertTwoDays(PriceSeries s) {
    assertArrayEquals(new int[] {(int) LocalDate.of(2025, 1, 2).toEpochDay(),
        (int) LocalDate.of(2025, 1, 3).toEpochDay()}, s.days());
    assertArrayEquals(new double[] {243.26, 243.36}, s.close(), 0);
  }

  @Test
  void readsTheTickerRowYfinanceWritesUnderTheHeader() throws InputException {
    PriceFile f = parse("prices/AAPL.csv",
        "Date,Close,High,Low,Open,Volume\n,AAPL,AAPL,AAPL,AAPL,AAPL\n" + ROWS);
    assertEquals(List.of("AAPL"), List.copyOf(f.series().keySet()));
    PriceSeries s = f.series("AAPL").orElseThrow();
    assertTwoDays(s);
    assertEquals(List.of(), s.warnings());
  }

  @Test
  void skipsAnyNumberOfTickerUnitAndBlankDateRows() throws InputException {
    PriceFile f = parse("AAPL.csv", "Date,Close,High,Low,Open,Volume\n"
        + "Ticker,AAPL,AAPL,AAPL,AAPL,AAPL\n"
        + ",USD,USD,USD,USD,shares\n"
        + "Date,,,,,\n"
        + ",,,,,\n" + ROWS);
    assertEquals(List.of("AAPL"), List.copyOf(f.series().keySet()));
    assertTwoDays(f.series("AAPL").orElseThrow());
  }

  @Test
  void aTickerWithDigitsIsATickerNotAPrice() throws InputException {
    PriceFile f = parse("9988.HK.csv",
        "Date,Close,High,Low,Open,Volume\n,9988.HK,9988.HK,9988.HK,9988.HK,9988.HK\n" + ROWS);
    assertEquals(List.of("9988.HK"), List.copyOf(f.series().keySet()));
    assertEquals(List.of(), f.series("9988.HK").orElseThrow().warnings());
  }

  @Test
  void warnsWhenTheTickerRowDisagreesWithTheFileName() throws InputException {
    PriceFile f = parse("input/prices/MSFT.csv",
        "Date,Close,High,Low,Open,Volume\n,AAPL,AAPL,AAPL,AAPL,AAPL\n" + ROWS);
    PriceSeries s = f.series("MSFT").orElseThrow();
    assertEquals("MSFT", s.ticker());
    assertTwoDays(s);
    assertEquals(List.of("input/prices/MSFT.csv:2: the file names ticker \"AAPL\", but its name"
        + " says MSFT (its prices are used for the ticker the file is read for; check that the"
        + " file holds the right stock)"), s.warnings());
  }

  @Test
  void aUnitsRowNamesNoTicker() throws InputException {
    PriceFile f = parse("AAPL.csv",
        "Date,Close,High,Low,Open,Volume\n,USD,USD,USD,USD,shares\n" + ROWS);
    assertEquals(List.of(""), List.copyOf(f.series().keySet()));
    assertEquals(List.of(), f.series("AAPL").orElseThrow().warnings());
  }

  @Test
  void aBlankDateWithAPriceIsStillAnError() {
    String e = assertThrows(InputException.class,
        () -> parse("AAPL.csv", "Date,Close\n,243.26\n2025-01-03,243.36\n")).getMessage();
    assertTrue(e.startsWith("AAPL.csv:2:1: date \"\" is not a date"), e);
  }

  @Test
  void aBlankDateAmongTheDataRowsIsStillAnError() {
    String e = assertThrows(InputException.class, () -> parse("AAPL.csv",
        "Date,Close,High,Low,Open,Volume\n,AAPL,AAPL,AAPL,AAPL,AAPL\n" + ROWS
            + ",AAPL,AAPL,AAPL,AAPL,AAPL\n")).getMessage();
    assertTrue(e.startsWith("AAPL.csv:5:1: date \"\" is not a date"), e);
  }

  @Test
  void theYfinanceDownloadHeaderStillReadsItsTickers() throws InputException {
    PriceFile f = parse("BABA.csv", "Price,Close,High,Low,Open,Volume\n"
        + "Ticker,BABA,BABA,BABA,BABA,BABA\nDate,,,,,\n" + ROWS);
    assertEquals(List.of("BABA"), List.copyOf(f.series().keySet()));
    assertEquals(PriceLayout.YFINANCE_DOWNLOAD, f.layout());
    assertTwoDays(f.series("BABA").orElseThrow());
  }
}
