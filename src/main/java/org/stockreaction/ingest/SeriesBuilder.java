package org.stockreaction.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;

/**
 * Turns the rows read for each ticker into a {@link PriceSeries}: sorted by date (with a warning
 * when they were not), exact repeats dropped (with a warning), two different rows for one date an
 * error quoting both, returns rebuilt into a price index, and warnings for missing values, rows
 * after today and moves beyond 40% in a file without split information. Reading the rows is
 * {@link RowScanner}'s; the bytes of a row are fetched through {@link RowBytes}, from memory or
 * from the file.
 */
final class SeriesBuilder {

  /** The bytes of a row by its place in the file. */
  interface RowBytes {
    byte[] row(long start, int length) throws InputException;
  }

  private static final double MOVE_LIMIT = 0.40;
  private static final int LISTED = SeriesSink.LISTED_WARNINGS;

  private final String file;
  private final int today;
  private final RowBytes rows;

  SeriesBuilder(String file, int today, RowBytes rows) {
    this.file = file;
    this.today = today;
    this.rows = rows;
  }

  /** Every ticker's series, in order of first appearance. */
  PriceFile file(PriceHeader h, RowScanner.Rows read) throws InputException {
    Map<String, PriceSeries> out = new LinkedHashMap<>();
    for (SeriesSink s : read.sinks().values()) {
      out.put(s.ticker, build(s, h));
    }
    return new PriceFile(file, h.layout(), h.manyTickers(), out);
  }

  private PriceSeries build(SeriesSink s, PriceHeader h) throws InputException {
    PriceColumns c = s.cols;
    s.flatten();
    if (s.n == 0) {
      throw new InputException(file, "no price rows" + s.who() + ": every " + c.header()
          + " value is missing", "expected at least one row with a " + c.header() + " value");
    }
    int n = s.n;
    boolean sorted = true;
    int firstBack = -1;
    for (int i = 1; i < n; i++) {
      if (s.day[i] <= s.day[i - 1]) {
        if (s.day[i] < s.day[i - 1] && firstBack < 0) {
          firstBack = i;
        }
        sorted = false;
      }
    }
    List<String> warnings = new ArrayList<>(h.warnings());
    for (SeriesSink.Missing m : s.listed) {
      warnings.add(InputException.format(file, m.line(), m.column(), "missing " + c.header()
          + " \"" + m.raw() + "\"" + s.who() + " on " + PriceMessages.iso(m.day()),
          "treated as a missing day"));
    }
    if (s.missing > LISTED) {
      warnings.add(InputException.format(file, 0, 0, (s.missing - LISTED)
          + " more missing " + c.header() + " values" + s.who() + " not listed",
          "each is treated as a missing day"));
    }
    int[] idx = null;
    if (!sorted) {
      idx = dateOrder(s.day, n);
      if (firstBack >= 0) {
        warnings.add(InputException.format(file, s.line[firstBack], 0,
            "rows" + s.who() + " are not in date order (" + PriceMessages.iso(s.day[firstBack])
                + " follows " + PriceMessages.iso(s.day[firstBack - 1]) + ")", "sorted by date"));
      }
    }
    // rows already in strict date order are kept as read, the columns cut to n where longer
    int[] days = idx == null ? exactly(s.day, n) : new int[n];
    double[] px = idx == null ? exactly(s.price, n) : new double[n];
    double[] hi = idx == null || s.high == null ? exactly(s.high, n) : new double[n];
    double[] lo = idx == null || s.low == null ? exactly(s.low, n) : new double[n];
    int[] lines = idx == null ? s.line : new int[n];
    int m = idx == null ? n : 0;
    int prev = -1;
    for (int k = 0; k < n && idx != null; k++) {
      int i = idx[k];
      if (prev >= 0 && s.day[i] == s.day[prev]) {
        int later = Math.max(s.line[i], s.line[prev]);
        int earlier = Math.min(s.line[i], s.line[prev]);
        if (Arrays.equals(rows.row(s.rowStart[i], s.rowLength[i]),
            rows.row(s.rowStart[prev], s.rowLength[prev]))) {
          warnings.add(InputException.format(file, later, 0, "row repeats line " + earlier
              + " exactly", "the duplicate was dropped"));
          continue;
        }
        int first = s.line[i] < s.line[prev] ? i : prev;
        int second = first == i ? prev : i;
        throw new InputException(file, later, 0, "two rows" + s.who() + " for "
            + PriceMessages.iso(s.day[i]) + " with different values: line " + s.line[first]
            + " \"" + rowText(s, first) + "\" and line " + s.line[second] + " \""
            + rowText(s, second) + "\"", "expected one row per date; remove the wrong one");
      }
      days[m] = s.day[i];
      px[m] = s.price[i];
      if (hi != null) {
        hi[m] = s.high[i];
        lo[m] = s.low[i];
      }
      lines[m] = s.line[i];
      m++;
      prev = i;
    }
    if (m < n) {
      days = Arrays.copyOf(days, m);
      px = Arrays.copyOf(px, m);
      if (hi != null) {
        hi = Arrays.copyOf(hi, m);
        lo = Arrays.copyOf(lo, m);
      }
    }
    if (s.future > 0) {
      int firstAfter = 0;
      while (days[firstAfter] <= today) {
        firstAfter++;
      }
      warnings.add(InputException.format(file, s.futureLine, h.date() + 1, s.future
          + (s.future == 1 ? " row" : " rows") + s.who() + " dated after today ("
          + PriceMessages.iso(today) + "): " + PriceMessages.iso(days[firstAfter])
          + (days[m - 1] == days[firstAfter] ? "" : " to " + PriceMessages.iso(days[m - 1])),
          "check the dates; rows after as-of are not used"));
    }
    double[] close;
    if (c.returns()) {
      close = new double[m];
      close[0] = 1.0;
      for (int i = 1; i < m; i++) {
        close[i] = close[i - 1] * (1 + px[i]);
        if (!(close[i] > 0) || Double.isInfinite(close[i])) {
          throw new InputException(file, lines[i], c.price() + 1, "the returns up to this row"
              + s.who() + " compound to a price index of " + (close[i] > 0 ? "infinity" : "zero")
              + ", beyond the range of a number", "check the " + c.header() + " values: daily"
              + " returns are fractions such as 0.0131; fix the file or remove the rows");
        }
      }
    } else {
      close = px;
      if (!h.hasSplits()) {
        moves(warnings, s, days, px, lines);
      }
    }
    return new PriceSeries(s.ticker, days, close, hi, lo, c.priceName(), file, warnings);
  }

  /** The row indexes in date order, rows of one date in the order read. */
  private static int[] dateOrder(int[] day, int n) {
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) day[i] << 32) | i;
    }
    Arrays.sort(keys);
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = (int) keys[i];
    }
    return idx;
  }

  private void moves(List<String> warnings, SeriesSink s, int[] days, double[] px, int[] lines) {
    int listed = 0;
    int more = 0;
    for (int i = 1; i < days.length; i++) {
      double r = px[i] / px[i - 1] - 1;
      if (Math.abs(r) > MOVE_LIMIT) {
        if (listed++ >= LISTED) {
          more++;
          continue;
        }
        warnings.add(InputException.format(file, lines[i], s.cols.price() + 1,
            s.cols.header() + s.who() + " moves " + (r > 0 ? "+" : "")
                + PriceMessages.fixed(100 * r, 2) + "% from "
                + PriceMessages.iso(days[i - 1]) + " to " + PriceMessages.iso(days[i]) + " ("
                + PriceMessages.plain(px[i - 1]) + " to " + PriceMessages.plain(px[i])
                + "), beyond \u00B140%, and the file has no split information",
            "the prices may be unadjusted around a split; use split-adjusted prices such as"
                + " Adj Close"));
      }
    }
    if (more > 0) {
      warnings.add(InputException.format(file, 0, 0, more + " more moves beyond \u00B140%"
          + s.who() + " not listed", "check the file for unadjusted splits"));
    }
  }

  private static int[] exactly(int[] a, int n) {
    return a.length == n ? a : Arrays.copyOf(a, n);
  }

  private static double[] exactly(double[] a, int n) {
    return a == null || a.length == n ? a : Arrays.copyOf(a, n);
  }

  /** A row as written, at most {@link PriceMessages#QUOTED} characters of it. */
  private String rowText(SeriesSink s, int i) throws InputException {
    byte[] row = rows.row(s.rowStart[i], s.rowLength[i]);
    return PriceMessages.quote(row, 0, row.length, false);
  }
}
