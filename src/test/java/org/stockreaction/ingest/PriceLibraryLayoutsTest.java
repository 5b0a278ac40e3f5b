package org.stockreaction.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every layout's fixture folder, used as the prices folder, gives BABA's prices. */
class PriceLibraryLayoutsTest {

  static PriceLibrary library(Path folder, PriceFormat format) {
    return new PriceLibrary(folder, "prices", Integer.MAX_VALUE, format, PriceLayoutsTest.TODAY);
  }

  static PriceSeries baba(Path folder) {
    PriceLibrary.Entry e = library(folder, PriceFormat.AUTO).get("BABA").orElseThrow();
    assertNull(e.error());
    return e.series();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"yahoo-web", "yfinance", "yfinance-close", "yfinance-ohlc",
      "yfinance-download", "yfinance-download-close", "yfinance-download-multi",
      "yfinance-history", "stooq", "nasdaq", "investing", "investing-month-names", "lower-case",
      "european", "panel"})
  void everyLayoutFolderGivesTheSameReturns(String folder) {
    PriceSeries s = baba(PriceLayoutsTest.DIR.resolve(folder));
    assertEquals("BABA", s.ticker());
    assertArrayEquals(PriceLayoutsTest.days(), s.days());
    assertArrayEquals(PriceLayoutsTest.expectedReturns(), PriceLayoutsTest.returns(s.close()), 0.0);
  }

  @Test
  void crspPanelFolderGivesTheReturnsAsGiven() {
    PriceSeries s = baba(PriceLayoutsTest.DIR.resolve("crsp"));
    assertArrayEquals(PriceLayoutsTest.expectedReturns(), PriceLayoutsTest.returns(s.close()), 1e-14);
  }

  @Test
  void realFilesAreFoundByTicker() {
    PriceLibrary lib = library(PriceLayoutsTest.DIR.resolve("real"), PriceFormat.AUTO);
    assertEquals(1313, lib.get("BABA").orElseThrow().series().size());
    assertEquals(3256, lib.get("KWEB").orElseThrow().series().size());
    assertEquals(1323, lib.get("9988.HK").orElseThrow().series().size());
  }

  @Test
  void panelIsReadOnceForAllItsTickers(@TempDir Path dir) throws IOException {
    Files.copy(PriceLayoutsTest.DIR.resolve("panel/prices.csv"), dir.resolve("prices.csv"));
    PriceLibrary lib = library(dir, PriceFormat.AUTO);
    assertEquals(89.99, lib.get("BABA").orElseThrow().series().close()[0], 0.0);
    Files.writeString(dir.resolve("prices.csv"), "ticker,date,close\nBIDU,2025-01-27,oops\n");
    assertEquals(88.51, lib.get("BIDU").orElseThrow().series().close()[0], 0.0);
    assertTrue(lib.get("AAPL").isEmpty());
    assertEquals(Set.of("prices.csv#BABA", "prices.csv#BIDU"), lib.loaded().keySet());
  }

  @Test
  void ownFileWinsOverAPanel(@TempDir Path dir) throws IOException {
    Files.copy(PriceLayoutsTest.DIR.resolve("panel/prices.csv"), dir.resolve("prices.csv"));
    Files.writeString(dir.resolve("BABA.csv"), "Date,Close\n2025-02-11,7\n");
    assertEquals(7.0, library(dir, PriceFormat.AUTO).get("BABA").orElseThrow().series().close()[0]);
  }

  @Test
  void aBrokenPanelFailsTheTickersNotFoundElsewhere(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("panel.csv"), "ticker,date,close\nBABA,2025-02-11,-1\n");
    InputException e = library(dir, PriceFormat.AUTO).get("BABA").orElseThrow().error();
    assertEquals("prices/panel.csv:2:3: price \"-1\" is not positive (expected a price above zero;"
        + " fix the close value or remove the row)", e.getMessage());
  }

  @Test
  void explicitMappingReadsAnUnknownLayout(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("BABA.csv"), "Tag|Wert|Notiz\n10/02/2025|111,32|a\n"
        + "11/02/2025|112,78|b\n");
    PriceFormat f = new PriceFormat("Tag", "2", "dd/MM/yyyy", '|', ',');
    PriceSeries s = library(dir, f).get("BABA").orElseThrow().series();
    assertArrayEquals(new double[] {111.32, 112.78}, s.close(), 0.0);
    assertEquals(java.time.LocalDate.of(2025, 2, 10), s.firstDate());
    assertEquals("Wert", s.priceColumn());
  }

  @Test
  void explicitPriceColumnOverridesTheGuess(@TempDir Path dir) throws IOException, InputException {
    Files.writeString(dir.resolve("BABA.csv"), "Date,Close,Adj Close\n2025-02-11,112.78,110.00\n");
    PriceFormat f = new PriceFormat(null, "close", null, '\0', '\0');
    PriceFile file = PriceFileReader.readFile(dir.resolve("BABA.csv"), "BABA.csv", f, 0);
    assertEquals(PriceLayout.MAPPED, file.layout());
    assertEquals(112.78, file.series("BABA").orElseThrow().close()[0], 0.0);
  }

  @Test
  void dayFirstSlashDatesAreRecognisedFromADayAboveTwelve(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("BABA.csv"), "Date,Close\n10/02/2025,1\n13/02/2025,1.1\n");
    PriceSeries s = library(dir, PriceFormat.AUTO).get("BABA").orElseThrow().series();
    assertEquals(java.time.LocalDate.of(2025, 2, 13), s.lastDate());
  }
}
