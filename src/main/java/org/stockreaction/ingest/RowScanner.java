package org.stockreaction.ingest;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the data rows of a price file's bytes (the whole file, or one piece of a panel) into a
 * {@link SeriesSink} per ticker: the date parsed in place by {@link DateKind}, the price, high and
 * low by {@link PriceValues}, each checked; a value that is not a usable date or price is an
 * {@link InputException} with its line, column and text. Holds the file's notation: delimiter,
 * date notation (settled from the first date) and decimal mark. The header is {@link
 * PriceHeader}'s; cutting a panel into pieces is {@link PanelPieces}'; sorting and checking the
 * rows read is {@link SeriesBuilder}'s.
 */
final class RowScanner {

  /** The rows read by one scanner: by ticker in order of first appearance. */
  record Rows(Map<String, SeriesSink> sinks, boolean any, int endLine) {}

  /** Thrown when month-first dates turn out to be day-first, to parse the file again. */
  static final class RetryDayFirst extends RuntimeException {
    RetryDayFirst() {
      super(null, null, false, false);
    }
  }

  /** The smallest price accepted: below a ten-thousandth of a cent no stock or index trades. */
  static final double MIN_PRICE = 1e-6;
  /** The largest price accepted: a billion, above any share or index level. */
  static final double MAX_PRICE = 1e9;
  /** The largest daily return accepted, as a fraction: +100,000%. */
  static final double MAX_RETURN = 1e3;

  private final byte[] b;
  /** Where the text ends in {@code b}. */
  private final int end;
  private final int from;
  final String file;
  final PriceFormat format;
  final int today;
  private final DateKind forcedKind;
  final byte delim;
  final CsvScanner sc;
  /** Where {@code b[0]} is in the file. */
  private final long base;
  private DateKind kind;
  private DateTimeFormatter pattern;
  private byte point;
  private boolean pointGiven;

  /** A scanner of a whole file's first {@code length} bytes. */
  RowScanner(byte[] bytes, int length, String file, PriceFormat format, int today,
      DateKind forcedKind) {
    this.b = bytes;
    this.end = length;
    this.file = file;
    this.format = format;
    this.today = today;
    this.forcedKind = forcedKind;
    this.kind = forcedKind;
    this.from = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    this.delim = (byte) (format.delimiter() != '\0' ? format.delimiter()
        : LayoutDetection.delimiter(bytes, from, length));
    this.sc = new CsvScanner(bytes, from, length, delim, file);
    this.base = 0;
    if (format.dateFormat() != null) {
      pattern = DateKind.pattern(format.dateFormat());
    }
    if (format.decimal() != '\0') {
      point = (byte) format.decimal();
      pointGiven = true;
    }
  }

  /**
   * A scanner of one piece of the file ({@code length} bytes that start at {@code base} in it),
   * reading as {@code head} does: the same delimiter, date notation and decimal mark; lines are
   * counted from 1.
   */
  RowScanner(RowScanner head, byte[] bytes, int length, long base) {
    this.b = bytes;
    this.end = length;
    this.file = head.file;
    this.format = head.format;
    this.today = head.today;
    this.forcedKind = head.forcedKind;
    this.from = 0;
    this.delim = head.delim;
    this.sc = new CsvScanner(b, 0, end, delim, file);
    this.base = base;
    this.kind = head.kind;
    this.pattern = head.pattern;
    this.point = head.point;
    this.pointGiven = head.pointGiven;
  }

  /** The bytes this scanner reads: the start of the file for a head, else one piece. */
  byte[] bytes() {
    return b;
  }

  byte point() {
    return point;
  }

  /** Reads the header from the start. */
  PriceHeader header() throws InputException {
    return PriceHeader.read(sc, file, format, delim);
  }

  /** Settles the decimal mark from the first rows, unless the format gives it. */
  void settleDecimalMark(PriceHeader h) throws InputException {
    if (!pointGiven) {
      sc.reset(h.dataMark());
      point = LayoutDetection.decimalMark(sc, h.groups().get(0), delim);
    }
  }

  /**
   * Settles the date notation from the first row, as one pass would; false when that row does
   * not give it (the one pass then reports why).
   */
  boolean settleDateKind(PriceHeader h) {
    if (pattern != null || kind != null) {
      return true;
    }
    try {
      sc.reset(h.dataMark());
      if (!sc.nextRow()) {
        return false;
      }
      for (int f = 0; f <= h.date(); f++) {
        if (!sc.nextField()) {
          return false;
        }
      }
      date(sc.start, sc.end, sc.escaped, sc.rowLine, h.date() + 1);
      return kind != null;
    } catch (InputException | RuntimeException e) {
      return false;
    }
  }

  /** Reads the rows from the scanner's position to the end of its range. */
  Rows scan(PriceHeader h) throws InputException {
    int dateCol = h.date();
    int tickerCol = h.tickerColumn();
    int maxCol = Math.max(dateCol, tickerCol);
    for (PriceColumns c : h.groups()) {
      maxCol = Math.max(maxCol, Math.max(c.price(), Math.max(c.high(), c.low())));
    }
    int[] fs = new int[maxCol + 1];
    int[] fe = new int[maxCol + 1];
    boolean[] esc = new boolean[maxCol + 1];
    int estimate = (end - from) / (h.groups().size() * 40 + 8);
    if (tickerCol < 0 && h.groups().size() == 1) {
      // one series: its rows guessed from the first row's length less an eighth (at least 11
      // bytes, the shortest row), so a file of rows of one length fills its columns without
      // growing them (growing was a tenth of the CPU of reading 1,500 files of 2,520 rows)
      int first = sc.lineLengthAhead();
      estimate = (end - from) / Math.max(11, first - first / 8) + 16;
    }
    Map<String, SeriesSink> sinks = new LinkedHashMap<>();
    SeriesSink[] fixed = new SeriesSink[h.groups().size()];
    if (tickerCol < 0) {
      for (int g = 0; g < fixed.length; g++) {
        PriceColumns c = h.groups().get(g);
        fixed[g] = new SeriesSink(c.ticker(), c, estimate);
        sinks.put(c.ticker(), fixed[g]);
      }
    }
    SeriesSink last = null;
    int lastTs = 0;
    int lastTe = 0;
    boolean anyRow = false;
    PlainRows plain = pattern != null ? null
        : PlainRows.of(b, end, delim, point, dateCol, maxCol, today, base, fixed, tickerCol);
    int misses = 0;
    while (true) {
      if (plain != null && kind == DateKind.ISO) {
        // the plain rows in one tight loop, up to the first row it leaves to this one
        long at = sc.mark();
        long after = plain.rows(at);
        if (after != at) {
          anyRow = true;
          sc.reset(after);
          misses = 0;
        } else if (++misses == 8) {
          plain = null; // rows of another shape: this loop reads the rest
        }
      }
      if (!sc.nextRow()) {
        break;
      }
      anyRow = true;
      int count = 0;
      while (count <= maxCol && sc.nextField()) {
        fs[count] = sc.start;
        fe[count] = sc.end;
        esc[count] = sc.escaped;
        count++;
      }
      sc.finishRow();
      int ln = sc.rowLine;
      if (count <= maxCol) {
        throw new InputException(file, ln, count + 1,
            "the row ends after " + count + (count == 1 ? " field" : " fields") + ": \""
                + PriceMessages.quote(b, sc.rowStart, sc.rowEnd, false) + "\"",
            "expected " + h.fields() + " fields as in the header; fix or remove the row");
      }
      int day = date(fs[dateCol], fe[dateCol], esc[dateCol], ln, dateCol + 1);
      if (tickerCol >= 0) {
        int ts = trimStart(fs[tickerCol], fe[tickerCol]);
        int te = trimEnd(ts, fe[tickerCol]);
        SeriesSink s;
        if (last != null && sc.sameBytes(ts, te, lastTs, lastTe)) {
          s = last;
        } else {
          if (ts == te) {
            throw new InputException(file, ln, tickerCol + 1, "the ticker is empty",
                "expected a ticker such as AAPL; fill it in or remove the row");
          }
          String t = new String(b, ts, te - ts, StandardCharsets.UTF_8);
          if (esc[tickerCol]) {
            t = t.replace("\"\"", "\"");
          }
          PriceColumns c = h.groups().get(0);
          // in a panel sorted by ticker, the last ticker's row count is a good first capacity
          int capacity = last == null ? 64 : last.n + 16;
          s = sinks.computeIfAbsent(t, k -> new SeriesSink(k, c, capacity));
          last = s;
          lastTs = ts;
          lastTe = te;
        }
        row(s, day, fs, fe, esc, ln);
      } else {
        for (SeriesSink s : fixed) {
          row(s, day, fs, fe, esc, ln);
        }
      }
    }
    return new Rows(sinks, anyRow, sc.line());
  }

  private void row(SeriesSink s, int day, int[] fs, int[] fe, boolean[] esc, int ln)
      throws InputException {
    PriceColumns c = s.cols;
    int pc = c.price();
    int ps = trimStart(fs[pc], fe[pc]);
    int pe = trimEnd(ps, fe[pc]);
    if (PriceValues.isMissing(b, ps, pe, c.returns())) {
      s.missing++;
      if (s.missing <= SeriesSink.LISTED_WARNINGS) {
        s.listed.add(new SeriesSink.Missing(ln, pc + 1, raw(fs[pc], fe[pc], esc[pc]), day));
      }
      return;
    }
    double v = PriceValues.number(b, ps, pe, esc[pc], point);
    String what = c.returns() ? "return" : "price";
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      throw new InputException(file, ln, pc + 1,
          what + " \"" + PriceMessages.quote(b, fs[pc], fe[pc], esc[pc]) + "\" is not a number",
          "expected a decimal such as " + example(c.returns() ? "0.0131" : "105.30")
              + "; fix the " + c.header() + " value or remove the row");
    }
    if (c.returns() ? !(v > -1) : !(v > 0)) {
      String text = PriceMessages.quote(b, fs[pc], fe[pc], esc[pc]);
      throw new InputException(file, ln, pc + 1, c.returns()
          ? what + " \"" + text + "\" is not above -1"
          : what + " \"" + text + "\" is not positive",
          (c.returns() ? "expected a return above -100%, as a fraction such as "
              + example("0.0131") : "expected a price above zero") + "; fix the " + c.header()
              + " value or remove the row");
    }
    if (c.returns() ? v > MAX_RETURN : v < MIN_PRICE || v > MAX_PRICE) {
      throw outOfRange(what, c.returns(), PriceMessages.quote(b, fs[pc], fe[pc], esc[pc]), ln,
          pc + 1, c.header());
    }
    double hi = Double.NaN;
    double lo = Double.NaN;
    if (c.high() >= 0) {
      hi = optional(c.high(), fs, fe, esc, ln);
      lo = optional(c.low(), fs, fe, esc, ln);
    }
    if (day > today && s.future++ == 0) {
      s.futureLine = ln;
    }
    s.add(day, v, hi, lo, ln, base + sc.rowStart, sc.rowEnd - sc.rowStart);
  }

  private String example(String plain) {
    return PriceMessages.example(plain, point);
  }

  /** A high or low: NaN when missing, not positive or infinite; an error when not a number. */
  private double optional(int col, int[] fs, int[] fe, boolean[] esc, int ln)
      throws InputException {
    int s = trimStart(fs[col], fe[col]);
    int e = trimEnd(s, fe[col]);
    if (PriceValues.isMissing(b, s, e, false)) {
      return Double.NaN;
    }
    double v = PriceValues.number(b, s, e, esc[col], point);
    if (Double.isNaN(v)) {
      throw new InputException(file, ln, col + 1, "price \""
          + PriceMessages.quote(b, fs[col], fe[col], esc[col]) + "\" is not a number",
          "expected a decimal such as " + example("105.30") + "; fix the value or remove the row");
    }
    if (!(v > 0)) {
      return Double.NaN;
    }
    if (v < MIN_PRICE || v > MAX_PRICE) {
      throw outOfRange("price", false, PriceMessages.quote(b, fs[col], fe[col], esc[col]), ln,
          col + 1, "");
    }
    return v;
  }

  private InputException outOfRange(String what, boolean returns, String text, int ln, int col,
      String header) {
    String range = returns ? "at most " + PriceMessages.plain(MAX_RETURN) + " (+100,000%)"
        : "between " + PriceMessages.plain(MIN_PRICE) + " and " + PriceMessages.plain(MAX_PRICE);
    return new InputException(file, ln, col, what + " \"" + text + "\" is outside the range of a"
        + " daily " + what + ", " + range, "fix the " + (header.isEmpty() ? "" : header + " ")
        + "value or remove the row; a value this far out is a corrupt or misread file");
  }

  /** The date in field {@code [s0, e0)} as an epoch day; settles the notation on the first. */
  private int date(int s0, int e0, boolean escaped, int ln, int col) throws InputException {
    int s = trimStart(s0, e0);
    int e = trimEnd(s, e0);
    int day;
    if (pattern != null) {
      day = DateKind.parse(pattern, raw(s, e, escaped));
    } else {
      if (kind == null) {
        kind = DateKind.guess(b, s, e);
      }
      day = kind == null ? DateKind.INVALID : kind.parse(b, s, e);
      if (day == DateKind.INVALID && kind == DateKind.MONTH_DAY_YEAR && forcedKind == null
          && DateKind.DAY_MONTH_YEAR.parse(b, s, e) != DateKind.INVALID) {
        throw new RetryDayFirst();
      }
    }
    if (day == DateKind.INVALID) {
      DateKind looks = kind != null ? kind : DateKind.shape(b, s, e);
      String expected = pattern != null ? "a date written as " + format.dateFormat()
          : looks != null ? looks.expected()
          : "a date such as 2025-02-11, 02/11/2025, 11.02.2025, 20250211 or Feb 11, 2025";
      throw new InputException(file, ln, col, "date \"" + PriceMessages.quote(b, s0, e0, escaped)
          + "\" is not a date", "expected " + expected + "; fix the row or set date-format");
    }
    return day;
  }

  private int trimStart(int s, int e) {
    while (s < e && (b[s] == ' ' || b[s] == '\t')) {
      s++;
    }
    return s;
  }

  private int trimEnd(int s, int e) {
    while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
      e--;
    }
    return e;
  }

  private String raw(int s, int e, boolean escaped) {
    String t = new String(b, s, e - s, StandardCharsets.UTF_8);
    return escaped ? t.replace("\"\"", "\"") : t;
  }
}
