package org.stockreaction.ingest;

/**
 * The common rows of a single-series price file, read in one tight loop: fields without quotes,
 * a {@code YYYY-MM-DD} date, prices with a point that {@link DecimalParser} reads and that pass
 * {@link RowScanner}'s checks, LF or CRLF line ends. A row that is anything else (blank, quoted,
 * padded, a missing value, a date with a time, a value out of range, an error) is left where it
 * starts, to {@link RowScanner}'s general loop, which reads it as before and gives any error with
 * its line and column; the loop then hands back here.
 *
 * <p>Why a second loop: the general one walks each field through {@link CsvScanner}, trims it
 * and dispatches on the date notation, about 300 ns a row with the C1 compiler the launcher uses;
 * this one reads the same rows in about a quarter of that (1,500 files of 2,520 rows: 0.7 s
 * against 0.2 s a pass in one warm thread). Rows with the date first and no high or low go through
 * {@link #dateFirstRow}, which parses while it scans: a whole pass over those files (reading
 * included, one thread, C1) went from 0.44 s to 0.33 s warm and from 1.25 s to 0.72 s cold.
 * {@code PlainRowsTest} checks that both loops give the same series, row for row, and the same
 * errors.
 */
final class PlainRows {

  /** Set by tests to read every row with the general loop, to compare the two. */
  static volatile boolean off;

  private final byte[] b;
  private final int end;
  private final byte delim;
  private final int dateCol;
  private final int maxCol;
  private final PriceColumns cols;
  private final int today;
  private final long base;
  private final SeriesSink sink;
  private final int[] fs;
  private final int[] fe;
  /** Whether rows can take {@link #dateFirstRow}: the date first, a price, no high or low. */
  private final boolean dateFirst;
  /** The last month read (year * 100 + month), its first day as an epoch day and its length. */
  private int month = -1;
  private int monthFirst;
  private int monthDays;
  /** Where a date of the cached month starts, for {@link #dateFirstRow}; -1 when none does. */
  private int monthAt = -1;

  private PlainRows(byte[] b, int end, byte delim, int dateCol, int maxCol, int today,
      long base, SeriesSink sink) {
    this.b = b;
    this.end = end;
    this.delim = delim;
    this.dateCol = dateCol;
    this.maxCol = maxCol;
    this.cols = sink.cols;
    this.today = today;
    this.base = base;
    this.sink = sink;
    this.fs = new int[maxCol + 1];
    this.fe = new int[maxCol + 1];
    this.dateFirst = dateCol == 0 && cols.price() > 0 && cols.high() < 0;
  }

  /**
   * The fast loop for a file of one series of prices (not returns) with a point for decimals and
   * a plain delimiter, or null when the file is not one.
   */
  static PlainRows of(byte[] b, int end, byte delim, byte point, int dateCol, int maxCol,
      int today, long base, SeriesSink[] fixed, int tickerCol) {
    boolean plainDelim = delim == ',' || delim == ';' || delim == '\t' || delim == '|';
    if (off || tickerCol >= 0 || fixed.length != 1 || fixed[0].cols.returns() || point != '.'
        || !plainDelim) {
      return null;
    }
    return new PlainRows(b, end, delim, dateCol, maxCol, today, base, fixed[0]);
  }

  /**
   * Reads the plain rows from {@code mark} (a {@link CsvScanner#mark()} at a row's start) and
   * returns the mark of the first row it did not read: {@code mark} itself when it read none.
   */
  long rows(long mark) {
    int line = (int) (mark >>> 32);
    int p = (int) mark;
    while (p < end) {
      int fast = dateFirst ? dateFirstRow(p, line) : -1;
      if (fast >= 0) {
        if (b[fast - 1] == '\n') {
          line++;
        }
        p = fast;
        mark = ((long) line << 32) | p;
        continue;
      }
      int rowStart = p;
      int f = 0;
      fs[0] = p;
      byte c = 0;
      while (p < end) {
        c = b[p];
        if (c == delim) {
          if (f <= maxCol) {
            fe[f] = p;
          }
          f++;
          if (f <= maxCol) {
            fs[f] = p + 1;
          }
        } else if (c == '\n' || c == '\r' || c == '"') {
          break;
        }
        p++;
      }
      if (f <= maxCol) {
        fe[f] = p;
      }
      int rowEnd = p;
      if (c == '"' || f < maxCol || rowEnd - rowStart > CsvScanner.MAX_FIELD_BYTES
          || rowEnd == rowStart) {
        break;
      }
      int next = p;
      if (p < end) {
        if (c == '\r') {
          if (p + 1 >= end || b[p + 1] != '\n') {
            break;
          }
          next++;
        }
        next++;
      }
      int day = isoDate(fs[dateCol], fe[dateCol]);
      if (day == DateKind.INVALID) {
        break;
      }
      double v = DecimalParser.parse(b, fs[cols.price()], fe[cols.price()], (byte) '.');
      if (!(v >= RowScanner.MIN_PRICE && v <= RowScanner.MAX_PRICE)) {
        break;
      }
      double hi = Double.NaN;
      double lo = Double.NaN;
      if (cols.high() >= 0) {
        hi = optional(cols.high());
        lo = optional(cols.low());
        if (hi == -1 || lo == -1) {
          break;
        }
      }
      if (day > today && sink.future++ == 0) {
        sink.futureLine = line;
      }
      sink.add(day, v, hi, lo, line, base + rowStart, rowEnd - rowStart);
      if (next > rowEnd) {
        line++;
      }
      p = next;
      mark = ((long) line << 32) | p;
    }
    return mark;
  }

  /**
   * The row at {@code p} read in one pass when it is the most common kind: {@code YYYY-MM-DD}
   * first, then the price as plain digits with at most one point, 18 digits at most, its value
   * exact by {@link DecimalParser#exact} (as {@link DecimalParser#parse} would give it). Returns
   * where the next row starts, or -1, having read nothing, for any row the loop above must judge;
   * every row it accepts, that loop would accept with the same values. On a C1-compiled run this
   * takes about half the time of finding the fields first and parsing them after.
   */
  private int dateFirstRow(int p, int line) {
    int rowStart = p;
    if (p + 11 > end || b[p + 4] != '-' || b[p + 7] != '-' || b[p + 10] != delim) {
      return -1;
    }
    int day;
    int q = monthAt;
    if (q >= 0 && b[p + 6] == b[q + 6] && b[p + 5] == b[q + 5] && b[p + 3] == b[q + 3]
        && b[p + 2] == b[q + 2] && b[p + 1] == b[q + 1] && b[p] == b[q]) {
      // the month of the last row this method parsed in full, as most rows: only the day's
      // two digits are new
      int d = 10 * (b[p + 8] - '0') + b[p + 9] - '0';
      if (b[p + 8] < '0' || b[p + 8] > '9' || b[p + 9] < '0' || b[p + 9] > '9' || d < 1
          || d > monthDays) {
        return -1;
      }
      day = monthFirst + d - 1;
    } else {
      day = isoDate(p, p + 10);
      if (day == DateKind.INVALID) {
        return -1;
      }
      monthAt = p;
    }
    p += 11;
    int delims = 1;
    byte c;
    for (int skip = cols.price() - 1; skip > 0; skip--) {
      while (p < end && (c = b[p]) != delim) {
        if (c == '\n' || c == '\r' || c == '"') {
          return -1;
        }
        p++;
      }
      if (p == end) {
        return -1;
      }
      p++;
      delims++;
    }
    long man = 0;
    int digits = 0;
    int scale = 0;
    boolean point = false;
    c = 0;
    for (; p < end; p++) {
      c = b[p];
      if (c >= '0' && c <= '9') {
        man = man * 10 + (c - '0');
        digits++;
        scale += point ? 1 : 0;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (digits == 0 || digits > 18 || man > (1L << 53) || scale > 22
        || (p < end && c != delim && c != '\n' && c != '\r')) {
      return -1;
    }
    double v = DecimalParser.exact(man, scale);
    if (!(v >= RowScanner.MIN_PRICE && v <= RowScanner.MAX_PRICE)) {
      return -1;
    }
    for (; p < end; p++) {
      c = b[p];
      if (c == delim) {
        delims++;
      } else if (c == '\n' || c == '\r') {
        break;
      } else if (c == '"') {
        return -1;
      }
    }
    int rowEnd = p;
    if (delims < maxCol || rowEnd - rowStart > CsvScanner.MAX_FIELD_BYTES) {
      return -1;
    }
    int next = rowEnd;
    if (p < end) {
      if (b[p] == '\r' && (p + 1 >= end || b[p + 1] != '\n')) {
        return -1;
      }
      next += b[p] == '\r' ? 2 : 1;
    }
    if (day > today && sink.future++ == 0) {
      sink.futureLine = line;
    }
    sink.add(day, v, Double.NaN, Double.NaN, line, base + rowStart, rowEnd - rowStart);
    return next;
  }

  /**
   * A high or low as the general loop reads it: NaN when not positive; -1 when the general loop
   * must judge it (missing, padded, not a plain decimal, out of range).
   */
  private double optional(int col) {
    double v = DecimalParser.parse(b, fs[col], fe[col], (byte) '.');
    if (Double.isNaN(v)) {
      return -1;
    }
    if (!(v > 0)) {
      return Double.NaN;
    }
    return v >= RowScanner.MIN_PRICE && v <= RowScanner.MAX_PRICE ? v : -1;
  }

  /** The epoch day of exactly ten bytes {@code YYYY-MM-DD}, else {@link DateKind#INVALID}. */
  private int isoDate(int s, int e) {
    if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-') {
      return DateKind.INVALID;
    }
    int y = DateKind.digits(b, s, 4);
    int m = DateKind.digits(b, s + 5, 2);
    int d = DateKind.digits(b, s + 8, 2);
    if (y < 0 || m < 0 || d < 0) {
      return DateKind.INVALID;
    }
    int ym = y * 100 + m;
    if (ym != month) {
      // rows run in date order, so a month's first day is worked out once for its twenty rows
      int first = DateKind.epochDay(y, m, 1);
      if (first == DateKind.INVALID) {
        return DateKind.INVALID;
      }
      month = ym;
      monthAt = -1;
      monthFirst = first;
      monthDays = DateKind.lengthOfMonth(y, m);
    }
    return d >= 1 && d <= monthDays ? monthFirst + d - 1 : DateKind.INVALID;
  }
}
