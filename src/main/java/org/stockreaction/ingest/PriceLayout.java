package org.stockreaction.ingest;

/** The price file layouts recognised from their header and values. */
public enum PriceLayout {
  YAHOO_WEB("Yahoo Finance download", "Date,Open,High,Low,Close,Adj Close,Volume"),
  YFINANCE("yfinance, flattened", "Date,Close,High,Low,Open,Volume or Date,Close"),
  YFINANCE_DOWNLOAD("yfinance download() saved by pandas",
      "Price,Adj Close,Close,... then Ticker,AAPL,... then Date,,..."),
  YFINANCE_HISTORY("yfinance history()",
      "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits with 2025-02-11 00:00:00+08:00"),
  STOOQ("Stooq", "Date,Open,High,Low,Close,Volume"),
  NASDAQ("Nasdaq.com", "Date,Close/Last,Volume,Open,High,Low with $ prices, newest first"),
  INVESTING("Investing.com", "\"Date\",\"Price\",\"Open\",\"High\",\"Low\",\"Vol.\",\"Change %\""),
  LOWER_CASE("lower-case headers", "date,open,high,low,close,volume in any order"),
  EUROPEAN("European spreadsheet export", "Date;Close with 232,62 and 11.02.2025"),
  PANEL("panel of many tickers", "ticker,date,close"),
  CRSP("CRSP-style panel of returns", "permno,date,ret"),
  MAPPED("columns named by date-column and price-column", "");

  private final String label;
  private final String example;

  PriceLayout(String label, String example) {
    this.label = label;
    this.example = example;
  }

  public String label() {
    return label;
  }

  /** A typical header of the layout. */
  public String example() {
    return example;
  }

  /** Every recognised layout with its header, for the message about an unknown header. */
  static String known() {
    StringBuilder sb = new StringBuilder();
    for (PriceLayout l : values()) {
      if (l == MAPPED) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(l.label).append(": ").append(l.example);
    }
    return sb.toString();
  }
}
