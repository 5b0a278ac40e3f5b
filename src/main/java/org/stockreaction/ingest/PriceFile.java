package org.stockreaction.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one price file holds: a single series, or one per ticker for a panel (long format)
 * file or a multi-ticker yfinance download.
 *
 * @param source the file as named in messages
 * @param layout the layout recognised (or {@link PriceLayout#MAPPED})
 * @param manyTickers whether the file names its tickers (a ticker column or a Ticker header row
 *     with more than one ticker)
 * @param series the series by ticker; a single-ticker file has one entry, keyed by the ticker its
 *     header names or by {@code ""}
 */
public record PriceFile(
    String source, PriceLayout layout, boolean manyTickers, Map<String, PriceSeries> series) {

  public PriceFile {
    series = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(series));
  }

  /**
   * The series of {@code ticker}: for a single-ticker file its one series, named {@code ticker};
   * for a many-ticker file the ticker's own, matched ignoring case and a leading {@code ^}.
   */
  public Optional<PriceSeries> series(String ticker) {
    if (!manyTickers) {
      PriceSeries s = series.values().iterator().next();
      return Optional.of(s.ticker().equals(ticker) ? s : s.named(ticker));
    }
    PriceSeries s = series.get(ticker);
    if (s == null) {
      String want = bare(ticker);
      for (Map.Entry<String, PriceSeries> e : series.entrySet()) {
        if (bare(e.getKey()).equals(want)) {
          s = e.getValue();
          break;
        }
      }
    }
    return Optional.ofNullable(s);
  }

  private static String bare(String t) {
    String u = t.toUpperCase(Locale.ROOT);
    return u.startsWith("^") ? u.substring(1) : u;
  }
}
