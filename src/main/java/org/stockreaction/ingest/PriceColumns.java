package org.stockreaction.ingest;

/**
 * Where one series' values stand in a price file's rows, as {@link PriceHeader} found them: the
 * price (or return) column, and the high and low columns when they are on the same basis as the
 * price. Reading the values is {@link RowScanner}'s.
 *
 * @param ticker the ticker the header names for these columns, or {@code ""}
 * @param price the 0-based column of the price, or of the return when {@code returns}
 * @param returns whether the column holds returns (CRSP {@code ret}) rather than prices
 * @param high the 0-based high column, or -1
 * @param low the 0-based low column, or -1
 * @param priceName the price column's name for the report, with a note when it holds returns
 */
record PriceColumns(String ticker, int price, boolean returns, int high, int low,
    String priceName) {

  /** The price column's name as the header writes it, for messages. */
  String header() {
    int cut = priceName.indexOf(" (");
    return cut < 0 ? priceName : priceName.substring(0, cut);
  }

  /** The same columns, named for {@code other}. */
  PriceColumns named(String other) {
    return new PriceColumns(other, price, returns, high, low, priceName);
  }
}
