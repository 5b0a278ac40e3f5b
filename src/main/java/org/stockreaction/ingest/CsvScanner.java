package org.stockreaction.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the rows and fields of delimited text held as bytes, without copying: each field is a
 * range {@code [start, end)} of the buffer. Handles quoted fields (with {@code ""} for a quote and
 * line breaks inside), CRLF, LF and lone CR line ends, and skips blank rows (also rows of only
 * delimiters). Line numbers count from 1 as an editor shows them.
 *
 * <p>A row longer than {@link #MAX_LINE_BYTES} or a field longer than {@link #MAX_FIELD_BYTES} is
 * an {@link InputException} quoting at most 80 characters of it: no price file has such rows, and
 * the cap keeps a corrupt or hostile file from being copied into strings and messages. What the
 * fields mean is {@link PriceHeader}'s and {@link RowScanner}'s.
 */
final class CsvScanner {
  /** The longest row read, in bytes without its line end: 1 MiB. */
  static final int MAX_LINE_BYTES = 1 << 20;
  /** The longest field read, in bytes: far more than any date, price, ticker or column name. */
  static final int MAX_FIELD_BYTES = 1000;

  final byte[] b;
  private final int n;
  private final byte delim;
  private final String display;
  /** Whether a row or field over the caps is an error here (price files) or the caller's to judge. */
  private final boolean capped;

  private int pos;
  private int line = 1;
  private boolean rowDone = true;

  /** The line the current row starts on. */
  int rowLine;
  /** Where the current row starts and ends (without its line end). */
  int rowStart;
  int rowEnd;
  /** The current field: its range, 1-based number, and whether it was quoted or holds {@code ""}. */
  int start;
  int end;
  int field;
  boolean escaped;

  CsvScanner(byte[] b, int from, int to, byte delim, String display) {
    this(b, from, to, delim, display, true);
  }

  /**
   * A scanner that leaves rows and fields over the caps to the caller when {@code capped} is
   * false: the events file fails such a row alone instead of the whole file.
   */
  CsvScanner(byte[] b, int from, int to, byte delim, String display, boolean capped) {
    this.capped = capped;
    this.b = b;
    this.pos = from;
    this.n = to;
    this.delim = delim;
    this.display = display;
  }

  /** The line the scanner is on: after the last row, one more than the line ends passed. */
  int line() {
    return line;
  }

  /** Saves the position, to come back with {@link #reset(long)}. */
  long mark() {
    return ((long) line << 32) | pos;
  }

  /**
   * The bytes from the position to the end of its line, the line end included: for a first guess
   * at how many rows the rest of the text holds.
   */
  int lineLengthAhead() {
    int p = pos;
    while (p < n && b[p] != '\n') {
      p++;
    }
    return Math.min(p + 1, n) - pos;
  }

  void reset(long mark) {
    line = (int) (mark >>> 32);
    pos = (int) mark;
    rowDone = true;
  }

  /** Moves to the next row that is not blank; false at the end of the text. */
  boolean nextRow() {
    while (!rowDone) {
      skipField();
    }
    while (pos < n) {
      int p = pos;
      while (p < n) {
        byte c = b[p];
        if (c == ' ' || c == delim || (c == '\t')) {
          p++;
        } else {
          break;
        }
      }
      if (p >= n) {
        pos = n;
        return false;
      }
      byte c = b[p];
      if (c == '\n' || c == '\r') {
        pos = skipLineEnd(p);
        line++;
        continue;
      }
      rowStart = pos;
      rowEnd = pos;
      rowLine = line;
      field = 0;
      rowDone = false;
      return true;
    }
    return false;
  }

  private int skipLineEnd(int p) {
    if (b[p] == '\r' && p + 1 < n && b[p + 1] == '\n') {
      return p + 2;
    }
    return p + 1;
  }

  /** Reads the next field of the current row into {@link #start}/{@link #end}; false when none is left. */
  boolean nextField() throws InputException {
    if (rowDone) {
      return false;
    }
    int p = pos;
    escaped = false;
    if (p < n && b[p] == '"') {
      int startLine = line;
      p++;
      start = p;
      while (true) {
        if (p >= n) {
          throw new InputException(display, startLine, field + 1,
              "a quoted field is not closed", "expected a closing \"; remove the stray quote");
        }
        byte c = b[p];
        if (c == '"') {
          if (p + 1 < n && b[p + 1] == '"') {
            escaped = true;
            p += 2;
            continue;
          }
          break;
        }
        if (c == '\n') {
          line++;
        }
        p++;
      }
      end = p;
      p++;
      while (p < n && b[p] != delim && b[p] != '\n' && b[p] != '\r') {
        p++;
      }
    } else {
      start = p;
      while (p < n) {
        byte c = b[p];
        if (c == delim || c == '\n' || c == '\r') {
          break;
        }
        p++;
      }
      end = p;
    }
    field++;
    if (capped && (end - start > MAX_FIELD_BYTES || p - rowStart > MAX_LINE_BYTES)) {
      throw tooLong(p);
    }
    if (p < n && b[p] == delim) {
      pos = p + 1;
    } else {
      rowEnd = p;
      rowDone = true;
      if (p < n) {
        pos = skipLineEnd(p);
        line++;
      } else {
        pos = n;
      }
    }
    return true;
  }

  private InputException tooLong(int p) {
    boolean line = end - start <= MAX_FIELD_BYTES;
    int s = line ? rowStart : start;
    String text = PriceMessages.quote(b, s, line ? p : end, false);
    return line
        ? new InputException(display, rowLine, 0, "the row is longer than " + MAX_LINE_BYTES
            + " bytes (1 MiB): \"" + text + "\"", "a price file has one short row per day;"
            + " check that this is a price file and that its line ends were not lost")
        : new InputException(display, rowLine, field, "the field is longer than "
            + MAX_FIELD_BYTES + " bytes: \"" + text + "\"", "expected a date, a price, a ticker or"
            + " a column name; check that this is a price file and that its quotes are closed");
  }

  private void skipField() {
    try {
      nextField();
    } catch (InputException e) {
      rowDone = true;
      pos = n;
    }
  }

  /** Whether the current row has fields left. */
  boolean rowHasMore() {
    return !rowDone;
  }

  /** Skips the rest of the current row; an unclosed quote there is still an error. */
  void finishRow() throws InputException {
    while (!rowDone) {
      nextField();
    }
  }

  /** The current field as text, unquoted, not stripped. */
  String text() {
    String s = new String(b, start, end - start, StandardCharsets.UTF_8);
    return escaped ? s.replace("\"\"", "\"") : s;
  }

  /** The rest of the current row's fields as text, stripped. */
  List<String> rowTexts() throws InputException {
    List<String> out = new ArrayList<>();
    while (nextField()) {
      out.add(text().strip());
    }
    return out;
  }

  /** The current row as written, for messages. */
  String rowText() {
    return new String(b, rowStart, Math.max(0, rowEnd - rowStart), StandardCharsets.UTF_8);
  }

  /** Whether two rows' bytes are the same. */
  boolean sameBytes(int s1, int e1, int s2, int e2) {
    return java.util.Arrays.equals(b, s1, e1, b, s2, e2);
  }
}
