package org.stockreaction.ingest;

import java.util.List;

/**
 * The names price files give their columns, in the order one is preferred to another, and how a
 * header name is compared with them ({@code Adj Close} is {@code adjclose}). Which columns a
 * header holds is {@link PriceHeader}'s to decide; which layout they make is {@link
 * LayoutDetection}'s.
 */
final class ColumnNames {

  private ColumnNames() {}

  static final List<String> DATE = List.of("date", "datetime", "timestamp",
      "time", "tradedate", "tradingday", "caldt", "dlycaldt", "datum");
  static final List<String> TICKER =
      List.of("ticker", "symbol", "tic", "permno", "sym", "ric");
  static final List<String> ADJUSTED =
      List.of("adjclose", "adjustedclose", "adjclosing", "adjprice", "adjustedprice");
  static final List<String> RETURN = List.of("ret", "return", "dlyret", "totret");
  static final List<String> CLOSE = List.of("close", "closelast", "price", "last",
      "prc", "dlyprc", "closeprice", "closingprice", "schluss", "schlusskurs", "kurs");
  static final List<String> HIGH = List.of("high", "askhi", "dlyhigh", "hoch");
  static final List<String> LOW = List.of("low", "bidlo", "dlylow", "tief");
  static final List<String> SPLIT =
      List.of("stocksplits", "splits", "split", "splitfactor", "splitratio");

  /** A header name reduced to lower-case letters and digits: {@code Adj Close} is {@code adjclose}. */
  static String key(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** The column of the first wanted name the keys hold, or -1. */
  static int find(List<String> keys, List<String> wanted) {
    for (String w : wanted) {
      int i = keys.indexOf(w);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** As {@link #find}, looking only at the columns {@code among}. */
  static int findAmong(List<String> keys, List<Integer> among, List<String> wanted) {
    for (String w : wanted) {
      for (int i : among) {
        if (keys.get(i).equals(w)) {
          return i;
        }
      }
    }
    return -1;
  }
}
