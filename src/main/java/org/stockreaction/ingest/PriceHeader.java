package org.stockreaction.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A price file's header: which column holds the date, the ticker, and each series' price, high
 * and low, found by name ({@link ColumnNames}) or as the {@link PriceFormat} maps them; and where
 * the data rows start. It recognises yfinance's download header of several rows ({@code Price},
 * {@code Ticker}, {@code Date}), and skips the rows between the header and the data that carry a
 * ticker, units or a blank date, taking the ticker from them. The layout's name is {@link LayoutDetection}'s; the rows are
 * {@link RowScanner}'s.
 *
 * @param layout the layout recognised
 * @param date the 0-based date column
 * @param tickerColumn the 0-based ticker column of a panel, or -1
 * @param groups the columns of each series: one, or one per ticker of a download header
 * @param hasSplits whether the file has a split column (then large moves are not warned about)
 * @param fields how many names the header has
 * @param dataMark the scanner's mark where the data rows start (line in the high half)
 * @param names the header's names as written
 * @param warnings what the header rows showed that did not stop the file, for every series
 */
record PriceHeader(PriceLayout layout, int date, int tickerColumn, List<PriceColumns> groups,
    boolean hasSplits, int fields, long dataMark, List<String> names, List<String> warnings) {

  /** A ticker a row before the data names, and the row's line. */
  private record Named(int line, String ticker) {}

  /** Whether the file names many tickers (a ticker column, or a download of several). */
  boolean manyTickers() {
    return tickerColumn >= 0 || groups.size() > 1;
  }

  /** Reads the header from the scanner's start; the scanner is left where the data rows start. */
  static PriceHeader read(CsvScanner sc, String file, PriceFormat format, byte delim)
      throws InputException {
    if (!sc.nextRow()) {
      throw new InputException(file, 1, 0, "the file is empty",
          "expected a header row such as Date,Close and one row per trading day; download the"
              + " file again");
    }
    int headerLine = sc.rowLine;
    List<String> names = sc.rowTexts();
    if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
      names.set(0, names.get(0).substring(1).strip());
    }
    PriceLayout layout = null;
    List<String> tickerRow = null;
    long mark = sc.mark();
    if (!names.isEmpty() && names.get(0).equalsIgnoreCase("Price") && sc.nextRow()) {
      List<String> second = sc.rowTexts();
      if (!second.isEmpty() && second.get(0).equalsIgnoreCase("Ticker")) {
        tickerRow = second;
        layout = PriceLayout.YFINANCE_DOWNLOAD;
        names.set(0, "Date");
        mark = sc.mark();
      }
    }
    sc.reset(mark);
    List<String> keys = new ArrayList<>(names.size());
    for (String nm : names) {
      keys.add(ColumnNames.key(nm));
    }
    int date = ColumnNames.find(keys, ColumnNames.DATE);
    if (format.dateColumn() != null) {
      date = mapped(file, names, format.dateColumn(), "date-column", headerLine);
    }
    int tickerColumn = tickerRow == null ? ColumnNames.find(keys, ColumnNames.TICKER) : -1;
    boolean hasSplits = ColumnNames.find(keys, ColumnNames.SPLIT) >= 0;
    int mappedPrice = format.priceColumn() == null ? -1
        : mapped(file, names, format.priceColumn(), "price-column", headerLine);
    if (date < 0) {
      throw new InputException(file, headerLine, 0,
          "the header matches no known price file layout: saw " + PriceMessages.quoted(names),
          "expected one of the layouts " + PriceLayout.known() + "; or name the columns with"
              + " date-column and price-column");
    }
    List<PriceColumns> groups = new ArrayList<>();
    if (tickerRow != null) {
      Map<String, List<Integer>> byTicker = new LinkedHashMap<>();
      for (int i = 1; i < names.size(); i++) {
        String t = i < tickerRow.size() ? tickerRow.get(i) : "";
        byTicker.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
      for (Map.Entry<String, List<Integer>> e : byTicker.entrySet()) {
        groups.add(columns(file, e.getKey(), names, keys, e.getValue(), mappedPrice,
            headerLine));
      }
    } else {
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        all.add(i);
      }
      groups.add(columns(file, "", names, keys, all, mappedPrice, headerLine));
    }
    if (layout == null) {
      layout = LayoutDetection.layout(names, keys, groups.get(0), tickerColumn, format, delim);
    }
    List<String> warnings = new ArrayList<>();
    Named named = skipRowsBeforeData(sc, date, groups.get(0).price());
    if (named != null && tickerRow == null && tickerColumn < 0) {
      groups.set(0, groups.get(0).named(named.ticker()));
    }
    if (groups.size() == 1 && tickerColumn < 0 && !groups.get(0).ticker().isEmpty()) {
      String inFile = groups.get(0).ticker();
      String byName = tickerOfName(file);
      if (!bare(inFile).equals(bare(byName))) {
        int line = named != null && tickerRow == null ? named.line() : headerLine + 1;
        warnings.add(InputException.format(file, line, 0, "the file names ticker \""
            + PriceMessages.clip(inFile) + "\", but its name says " + PriceMessages.clip(byName),
            "its prices are used for the ticker the file is read for; check that the file"
                + " holds the right stock"));
      }
    }
    return new PriceHeader(layout, date, tickerColumn, groups, hasSplits, names.size(),
        sc.mark(), names, warnings);
  }

  /**
   * Skips the rows between the header and the first data row that carry a ticker, units or a
   * blank date (yfinance writes {@code ,AAPL,AAPL,...}, {@code Ticker,AAPL,...} and {@code
   * Date,,,...}): a row whose date has no digit and whose price is not a number. Leaves the
   * scanner at the first data row. Returns the ticker such a row names, with its line: from a row labelled Ticker or Symbol, else from a row with a blank date whose other values
   * are all the same text; null when none names one. A blank date among the data rows is not
   * skipped: the rows scanned after the first data row are left to {@link RowScanner}.
   */
  private static Named skipRowsBeforeData(CsvScanner sc, int date, int price)
      throws InputException {
    Named named = null;
    boolean labelled = false;
    while (true) {
      long before = sc.mark();
      if (!sc.nextRow()) {
        sc.reset(before);
        return named;
      }
      int line = sc.rowLine;
      List<String> row = sc.rowTexts();
      String dateCell = date < row.size() ? row.get(date) : "";
      String priceCell = price < row.size() ? row.get(price) : "";
      if (dateCell.chars().anyMatch(Character::isDigit) || isNumber(priceCell)) {
        sc.reset(before);
        return named;
      }
      boolean label = ColumnNames.TICKER.contains(ColumnNames.key(dateCell));
      boolean blank = dateCell.isEmpty() && sameValues(row, date);
      if (!priceCell.isEmpty() && (label && !labelled || blank && named == null)) {
        named = new Named(line, priceCell);
        labelled = label;
      }
    }
  }

  private static boolean isNumber(String text) {
    return text.chars().anyMatch(Character::isDigit)
        && (!Double.isNaN(PriceValues.careful(text, (byte) '.'))
            || !Double.isNaN(PriceValues.careful(text, (byte) ',')));
  }

  /** Whether the row's values other than the date are all the same text, blanks left out. */
  private static boolean sameValues(List<String> row, int date) {
    String seen = null;
    for (int i = 0; i < row.size(); i++) {
      String v = row.get(i);
      if (i == date || v.isEmpty()) {
        continue;
      }
      if (seen != null && !seen.equals(v)) {
        return false;
      }
      seen = v;
    }
    return true;
  }

  /** The ticker a file's name gives: {@code prices/AAPL.csv} is AAPL. */
  private static String tickerOfName(String file) {
    String n = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    return n.toLowerCase(Locale.ROOT).endsWith(".csv") ? n.substring(0, n.length() - 4) : n;
  }

  private static String bare(String ticker) {
    String u = ticker.toUpperCase(Locale.ROOT);
    return u.startsWith("^") ? u.substring(1) : u;
  }

  /** The price, high and low columns among {@code among}: adjusted close, else return, else close. */
  private static PriceColumns columns(String file, String ticker, List<String> names,
      List<String> keys, List<Integer> among, int mappedPrice, int headerLine)
      throws InputException {
    int price;
    if (mappedPrice >= 0) {
      price = mappedPrice;
    } else {
      price = ColumnNames.findAmong(keys, among, ColumnNames.ADJUSTED);
      if (price < 0) {
        price = ColumnNames.findAmong(keys, among, ColumnNames.RETURN);
      }
      if (price < 0) {
        price = ColumnNames.findAmong(keys, among, ColumnNames.CLOSE);
      }
    }
    if (price < 0) {
      throw new InputException(file, headerLine, 0,
          "no usable price column in header " + PriceMessages.quoted(names),
          "expected a column named Adj Close, Close, Close/Last, Price, PRC or ret; or name it"
              + " with price-column");
    }
    boolean returns = ColumnNames.RETURN.contains(keys.get(price));
    boolean plainClose = !returns && !ColumnNames.ADJUSTED.contains(keys.get(price));
    int high = plainClose ? ColumnNames.findAmong(keys, among, ColumnNames.HIGH) : -1;
    int low = plainClose ? ColumnNames.findAmong(keys, among, ColumnNames.LOW) : -1;
    if (high < 0 || low < 0) {
      high = -1;
      low = -1;
    }
    String name = names.get(price);
    if (returns) {
      name = name + " (returns as given; price index rebuilt from them)";
    }
    return new PriceColumns(ticker, price, returns, high, low, name);
  }

  /** The column a date-column or price-column setting names: by name, key or 1-based number. */
  private static int mapped(String file, List<String> names, String want, String setting,
      int headerLine) throws InputException {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(want.strip())) {
        return i;
      }
    }
    String w = ColumnNames.key(want);
    for (int i = 0; i < names.size(); i++) {
      if (ColumnNames.key(names.get(i)).equals(w) && !w.isEmpty()) {
        return i;
      }
    }
    try {
      int k = Integer.parseInt(want.strip());
      if (k >= 1 && k <= names.size()) {
        return k - 1;
      }
    } catch (NumberFormatException e) {
      // not a column number either
    }
    throw new InputException(file, headerLine, 0,
        setting + " \"" + PriceMessages.clip(want) + "\" is not in the header: saw "
            + PriceMessages.quoted(names),
        "expected one of those names or a column number; did you mean "
            + Names.closest(want, names) + "?");
  }
}
