package org.stockreaction.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact text of every error and warning a price file can cause. */
class PriceFileMessagesTest {

  static final String FILE = "input/prices/BABA.csv";
  static final int TODAY = (int) LocalDate.of(2026, 1, 1).toEpochDay();

  static PriceSeries read(String text) throws InputException {
    return read(text, PriceFormat.AUTO, TODAY);
  }

  static PriceSeries read(String text, PriceFormat format, int today) throws InputException {
    PriceFile f = PriceFileReader.parse(text.getBytes(StandardCharsets.UTF_8), FILE, format, today);
    return f.series().values().iterator().next();
  }

  static String error(String text) {
    return error(text, PriceFormat.AUTO);
  }

  static String error(String text, PriceFormat format) {
    return assertThrows(InputException.class, () -> read(text, format, TODAY)).getMessage();
  }

  @Test
  void rejectsAPriceThatIsNotANumber() {
    assertEquals("input/prices/BABA.csv:3:2: price \"1O5.3\" is not a number (expected a decimal"
            + " such as 105.30; fix the Close value or remove the row)",
        error("Date,Close\n2025-02-10,111.32\n2025-02-11,1O5.3\n"));
  }

  @Test
  void rejectsADecimalCommaNumberInTheCommaExample() {
    assertEquals("input/prices/BABA.csv:3:5: price \"1O5,3\" is not a number (expected a decimal"
            + " such as 105,30; fix the Close value or remove the row)",
        error("Date;Open;High;Low;Close\n10.02.2025;1;2;1;111,32\n11.02.2025;1;2;1;1O5,3\n"));
  }

  @Test
  void rejectsAHighThatIsNotANumber() {
    assertEquals("input/prices/BABA.csv:2:2: price \"x\" is not a number (expected a decimal"
            + " such as 105.30; fix the value or remove the row)",
        error("Date,High,Low,Close\n2025-02-10,x,1,2\n"));
  }

  @Test
  void rejectsAnInvalidFirstDate() {
    assertEquals("input/prices/BABA.csv:2:1: date \"2025-02-30\" is not a date (expected"
            + " YYYY-MM-DD such as 2025-02-11; fix the row or set date-format)",
        error("Date,Close\n2025-02-30,1\n"));
  }

  @Test
  void rejectsADateInAnotherNotationThanTheFirst() {
    assertEquals("input/prices/BABA.csv:3:1: date \"02/11/2025\" is not a date (expected"
            + " YYYY-MM-DD such as 2025-02-11; fix the row or set date-format)",
        error("Date,Close\n2025-02-10,1\n02/11/2025,2\n"));
  }

  @Test
  void rejectsTextThatIsNoDateAtAll() {
    assertEquals("input/prices/BABA.csv:2:1: date \"soon\" is not a date (expected a date such as"
            + " 2025-02-11, 02/11/2025, 11.02.2025, 20250211 or Feb 11, 2025; fix the row or set"
            + " date-format)",
        error("Date,Close\nsoon,1\n"));
  }

  @Test
  void rejectsADateThatDoesNotFitTheGivenPattern() {
    assertEquals("input/prices/BABA.csv:2:1: date \"2025-02-11\" is not a date (expected a date"
            + " written as dd.MM.yyyy; fix the row or set date-format)",
        error("Date,Close\n2025-02-11,1\n", new PriceFormat(null, null, "dd.MM.yyyy", '\0', '\0')));
  }

  @Test
  void rejectsANonPositivePrice() {
    assertEquals("input/prices/BABA.csv:3:2: price \"0\" is not positive (expected a price above"
            + " zero; fix the Close value or remove the row)",
        error("Date,Close\n2025-02-10,1\n2025-02-11,0\n"));
    assertEquals("input/prices/BABA.csv:2:2: price \"-3.20\" is not positive (expected a price"
            + " above zero; fix the Close value or remove the row)",
        error("Date,Close\n2025-02-10,-3.20\n"));
  }

  @Test
  void rejectsAReturnOfMinusOneOrLess() {
    assertEquals("input/prices/BABA.csv:3:3: return \"-1.5\" is not above -1 (expected a return"
            + " above -100%, as a fraction such as 0.0131; fix the ret value or remove the row)",
        error("ticker,date,ret\nBABA,20250210,0.01\nBABA,20250211,-1.5\n"));
  }

  @Test
  void rejectsTwoRowsForOneDateWithDifferentValues() {
    assertEquals("input/prices/BABA.csv:4: two rows for 2025-02-10 with different values: line 2"
            + " \"2025-02-10,111.32\" and line 4 \"2025-02-10,111.50\" (expected one row per date;"
            + " remove the wrong one)",
        error("Date,Close\n2025-02-10,111.32\n2025-02-11,112.78\n2025-02-10,111.50\n"));
  }

  @Test
  void rejectsAHeaderWithoutAPriceColumn() {
    assertEquals("input/prices/BABA.csv:1: no usable price column in header \"Date\", \"Volume\""
            + " (expected a column named Adj Close, Close, Close/Last, Price, PRC or ret; or name it"
            + " with price-column)",
        error("Date,Volume\n2025-02-10,100\n"));
  }

  @Test
  void rejectsAnEmptyFile() {
    String expected = "input/prices/BABA.csv:1: the file is empty (expected a header row such as"
        + " Date,Close and one row per trading day; download the file again)";
    assertEquals(expected, error(""));
    assertEquals(expected, error("\uFEFF\r\n  \r\n"));
  }

  @Test
  void rejectsAHeaderWithoutRows() {
    assertEquals("input/prices/BABA.csv:2: the file has a header but no price rows (expected one"
        + " row per trading day after the header)", error("Date,Close\r\n\r\n"));
  }

  @Test
  void rejectsAFileWhoseEveryPriceIsMissing() {
    assertEquals("input/prices/BABA.csv: no price rows: every Close value is missing (expected at"
        + " least one row with a Close value)", error("Date,Close\n2025-02-10,null\n"));
  }

  @Test
  void rejectsAnUnknownHeaderListingWhatItSawAndTheLayoutsItKnows() {
    assertEquals("input/prices/BABA.csv:1: the header matches no known price file layout: saw"
            + " \"foo\", \"bar\" (expected one of the layouts"
            + " Yahoo Finance download: Date,Open,High,Low,Close,Adj Close,Volume;"
            + " yfinance, flattened: Date,Close,High,Low,Open,Volume or Date,Close;"
            + " yfinance download() saved by pandas: Price,Adj Close,Close,... then Ticker,AAPL,..."
            + " then Date,,...;"
            + " yfinance history(): Date,Open,High,Low,Close,Volume,Dividends,Stock Splits with"
            + " 2025-02-11 00:00:00+08:00;"
            + " Stooq: Date,Open,High,Low,Close,Volume;"
            + " Nasdaq.com: Date,Close/Last,Volume,Open,High,Low with $ prices, newest first;"
            + " Investing.com: \"Date\",\"Price\",\"Open\",\"High\",\"Low\",\"Vol.\",\"Change %\";"
            + " lower-case headers: date,open,high,low,close,volume in any order;"
            + " European spreadsheet export: Date;Close with 232,62 and 11.02.2025;"
            + " panel of many tickers: ticker,date,close;"
            + " CRSP-style panel of returns: permno,date,ret;"
            + " or name the columns with date-column and price-column)",
        error("foo,bar\n1,2\n"));
  }

  @Test
  void rejectsAMappedColumnTheHeaderLacks() {
    assertEquals("input/prices/BABA.csv:1: price-column \"Schlusskurs\" is not in the header: saw"
            + " \"Datum\", \"Schluss\" (expected one of those names or a column number; did you mean"
            + " Schluss?)",
        error("Datum,Schluss\n2025-02-10,1\n", new PriceFormat(null, "Schlusskurs", null, '\0', '\0')));
  }

  @Test
  void rejectsAShortRow() {
    assertEquals("input/prices/BABA.csv:3:2: the row ends after 1 field: \"2025-02-11\" (expected"
        + " 2 fields as in the header; fix or remove the row)",
        error("Date,Close\n2025-02-10,1\n2025-02-11\n"));
  }

  @Test
  void rejectsAnUnclosedQuote() {
    assertEquals("input/prices/BABA.csv:3:2: a quoted field is not closed (expected a closing \";"
        + " remove the stray quote)", error("Date,Close\n2025-02-10,1\n2025-02-11,\"2\n"));
  }

  @Test
  void rejectsAnEmptyTickerInAPanel() {
    assertEquals("input/prices/BABA.csv:3:1: the ticker is empty (expected a ticker such as AAPL;"
        + " fill it in or remove the row)", error("ticker,date,close\nA,2025-02-10,1\n,2025-02-11,2\n"));
  }

  @Test
  void warnsOfEachMissingValue() throws InputException {
    PriceSeries s = read("Date,Close\n2025-02-10,111.32\n2025-02-11,null\n2025-02-12,NaN\n"
        + "2025-02-13,\n2025-02-14,118.33\n");
    assertEquals(List.of(
        "input/prices/BABA.csv:3:2: missing Close \"null\" on 2025-02-11 (treated as a missing day)",
        "input/prices/BABA.csv:4:2: missing Close \"NaN\" on 2025-02-12 (treated as a missing day)",
        "input/prices/BABA.csv:5:2: missing Close \"\" on 2025-02-13 (treated as a missing day)"),
        s.warnings());
    assertEquals(2, s.size());
  }

  @Test
  void countsMissingValuesBeyondTheListed() throws InputException {
    StringBuilder sb = new StringBuilder("Date,Close\n2025-01-01,1\n");
    for (int d = 2; d <= 13; d++) {
      sb.append(String.format(java.util.Locale.ROOT, "2025-01-%02d,null%n", d));
    }
    List<String> w = read(sb.toString()).warnings();
    assertEquals(11, w.size());
    assertEquals("input/prices/BABA.csv:12:2: missing Close \"null\" on 2025-01-11 (treated as a"
        + " missing day)", w.get(9));
    assertEquals("input/prices/BABA.csv: 2 more missing Close values not listed (each is treated as"
        + " a missing day)", w.get(10));
  }

  @Test
  void dropsAnExactDuplicateRowWithAWarning() throws InputException {
    PriceSeries s = read("Date,Close\n2025-02-10,111.32\n2025-02-11,112.78\n2025-02-11,112.78\n");
    assertEquals(List.of("input/prices/BABA.csv:4: row repeats line 3 exactly (the duplicate was"
        + " dropped)"), s.warnings());
    assertEquals(2, s.size());
  }

  @Test
  void warnsOfDatesAfterToday() throws InputException {
    PriceSeries s = read("Date,Close\n2025-02-10,1\n2025-02-12,1\n2025-02-13,1\n", PriceFormat.AUTO,
        (int) LocalDate.of(2025, 2, 11).toEpochDay());
    assertEquals(List.of("input/prices/BABA.csv:3:1: 2 rows dated after today (2025-02-11):"
        + " 2025-02-12 to 2025-02-13 (check the dates; rows after as-of are not used)"),
        s.warnings());
  }

  @Test
  void warnsOfAMoveBeyondFortyPercentWithoutSplitInformation() throws InputException {
    PriceSeries s = read("Date,Close\n2020-08-28,400\n2020-08-31,100\n2020-09-01,101\n");
    assertEquals(List.of("input/prices/BABA.csv:3:2: Close moves -75.00% from 2020-08-28 to"
        + " 2020-08-31 (400 to 100), beyond \u00B140%, and the file has no split information (the"
        + " prices may be unadjusted around a split; use split-adjusted prices such as Adj Close)"),
        s.warnings());
  }

  @Test
  void doesNotWarnOfALargeMoveWhenTheFileHasSplitInformation() throws InputException {
    PriceSeries s = read("Date,Open,High,Low,Close,Volume,Dividends,Stock Splits\n"
        + "2020-08-28,1,1,1,400,1,0,0\n2020-08-31,1,1,1,100,1,0,4\n");
    assertEquals(List.of(), s.warnings());
  }

  @Test
  void warnsThatRowsWereSortedNamingThePanelTicker() throws InputException {
    PriceFile f = PriceFileReader.parse(("ticker,date,close\nX,2025-02-11,1.1\nX,2025-02-10,1\n"
        + "Y,2025-02-10,1\n").getBytes(StandardCharsets.UTF_8), FILE, PriceFormat.AUTO, TODAY);
    assertEquals(List.of("input/prices/BABA.csv:3: rows for X are not in date order (2025-02-10"
        + " follows 2025-02-11) (sorted by date)"), f.series("X").orElseThrow().warnings());
    assertEquals(List.of(), f.series("Y").orElseThrow().warnings());
  }
}
