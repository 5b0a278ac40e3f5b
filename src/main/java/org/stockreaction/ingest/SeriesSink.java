package org.stockreaction.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows read for one ticker, in primitive columns that grow as rows come: date, price, high,
 * low, line, and where each row stands in the file (to compare repeated rows and quote them).
 * Also counts missing values and rows dated after today. Rows from later pieces of a panel are
 * kept as segments and copied in once by {@link #flatten}. Reading a row is {@link RowScanner}'s;
 * turning the columns into a sorted series is {@link SeriesBuilder}'s.
 */
final class SeriesSink {

  /** How many warnings of one kind a series lists before it only counts them. */
  static final int LISTED_WARNINGS = 10;

  /** A missing value: where it is, its text and its row's date. */
  record Missing(int line, int column, String raw, int day) {}

  final String ticker;
  final PriceColumns cols;
  int n;
  int[] day;
  double[] price;
  double[] high;
  double[] low;
  int[] line;
  /** Where each row starts in the file, and its length in bytes without the line end. */
  long[] rowStart;
  int[] rowLength;
  /** Rows from later pieces of the file, not yet copied in; null when none. */
  private List<SeriesSink> segments;
  /** The first {@link #LISTED_WARNINGS} missing values, to list in the warnings. */
  final List<Missing> listed = new ArrayList<>();
  int missing;
  int future;
  int futureLine;

  SeriesSink(String ticker, PriceColumns cols, int capacity) {
    this.ticker = ticker;
    this.cols = cols;
    int c = Math.max(16, capacity);
    day = new int[c];
    price = new double[c];
    line = new int[c];
    rowStart = new long[c];
    rowLength = new int[c];
    if (cols.high() >= 0) {
      high = new double[c];
      low = new double[c];
    }
  }

  void add(int d, double p, double h, double l, int ln, long rs, int rl) {
    if (n == day.length) {
      grow(n * 2);
    }
    day[n] = d;
    price[n] = p;
    if (high != null) {
      high[n] = h;
      low[n] = l;
    }
    line[n] = ln;
    rowStart[n] = rs;
    rowLength[n] = rl;
    n++;
  }

  /** Brings in the later pieces' rows, into columns exactly as long as the rows read. */
  void flatten() {
    if (segments == null) {
      return;
    }
    int total = n;
    for (SeriesSink later : segments) {
      total += later.n;
    }
    grow(total);
    for (SeriesSink later : segments) {
      System.arraycopy(later.day, 0, day, n, later.n);
      System.arraycopy(later.price, 0, price, n, later.n);
      System.arraycopy(later.line, 0, line, n, later.n);
      System.arraycopy(later.rowStart, 0, rowStart, n, later.n);
      System.arraycopy(later.rowLength, 0, rowLength, n, later.n);
      if (high != null) {
        System.arraycopy(later.high, 0, high, n, later.n);
        System.arraycopy(later.low, 0, low, n, later.n);
      }
      n += later.n;
    }
    segments = null;
  }

  private void grow(int c) {
    day = Arrays.copyOf(day, c);
    price = Arrays.copyOf(price, c);
    line = Arrays.copyOf(line, c);
    rowStart = Arrays.copyOf(rowStart, c);
    rowLength = Arrays.copyOf(rowLength, c);
    if (high != null) {
      high = Arrays.copyOf(high, c);
      low = Arrays.copyOf(low, c);
    }
  }

  /** {@code " for TICKER"}, or empty for a file of one unnamed series; for messages. */
  String who() {
    return ticker.isEmpty() ? "" : " for " + ticker;
  }

  /** Adds {@code lines} to every line number, for rows read by a scanner that counted from 1. */
  void shiftLines(int lines) {
    for (int i = 0; i < n; i++) {
      line[i] += lines;
    }
    listed.replaceAll(m -> new Missing(m.line() + lines, m.column(), m.raw(), m.day()));
    futureLine += future > 0 ? lines : 0;
  }

  /**
   * Adds the rows of the same ticker read from a later piece of the file; they are copied in
   * by {@link #flatten}, once.
   */
  void append(SeriesSink later) {
    if (segments == null) {
      segments = new ArrayList<>();
    }
    segments.add(later);
    for (Missing m : later.listed) {
      if (listed.size() < LISTED_WARNINGS) {
        listed.add(m);
      }
    }
    missing += later.missing;
    if (future == 0 && later.future > 0) {
      futureLine = later.futureLine;
    }
    future += later.future;
  }
}
