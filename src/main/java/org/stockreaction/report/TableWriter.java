package org.stockreaction.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Streams one table, cell by cell, to its CSV file and, when asked, to its JSON twin in the same
 * pass. Each number is formatted once by {@link Decimals} into a scratch buffer and copied to both
 * as bytes; no row of strings is built, which is what keeps a table of hundreds of thousands of
 * rows cheap.
 *
 * <p>The CSV is UTF-8 with a byte-order mark (so Excel reads non-ASCII labels correctly;
 * LibreOffice and Google Sheets accept it too), {@code \n} line ends, one header row, and RFC 4180
 * quoting: a cell is quoted when it holds a comma, a double quote, a line break, or a {@code ;},
 * {@code |} or tab (so a spreadsheet that splits on another separator, as German Excel does on
 * {@code ;}, cannot start a new cell in the middle of user text), and a double quote inside is
 * doubled. Text cells go through {@link CsvTable#text}, the spreadsheet-formula guard.
 *
 * <p>The JSON holds the same rows and columns, one row per line, numbers as JSON numbers (the
 * exact decimal the CSV holds), text without the spreadsheet guard, empty numbers and dates as
 * {@code null}:
 *
 * <pre>
 * {"table":"summary","version":1,"columns":[
 * {"name":"ticker","type":"text"},
 * ...
 * ],"rows":[
 * {"ticker":"BABA","day0":"2025-02-12","day0_ar_pct":1.192837,...},
 * ...
 * ]}
 * </pre>
 *
 * <p>Both formats are written here rather than by OpenCSV's {@code CSVWriter} and Jackson's
 * generator, which need a string per cell and check state per field: on the {@code large}
 * benchmark's 330,000-row abnormal-return table, building the rows as strings took 0.4 s,
 * {@code CSVWriter} 0.9 s and Jackson 1.0 s, against 0.5 s for both files from here. The tests hold the CSV byte for byte to {@code CSVWriter} (with the extra
 * quoting characters) and the JSON to Jackson's generator, and read both back with those
 * libraries.
 *
 * <p>Each cell method checks that the column's declared {@link Columns.Type} is the one it
 * writes, so a table cannot drift from the schema {@code src/site/markdown/outputs.md} documents.
 */
final class TableWriter implements Cells, Closeable {

  /** Bumped when a column changes meaning or is removed; added columns keep the version. */
  static final int JSON_VERSION = 1;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};
  private static final byte[] EMPTY_STRING = {'"', '"'};

  private final Columns.Type[] types;
  private final String[] header;
  private final Bytes csv;
  /** Null when no JSON is written. */
  private final Bytes json;
  /** Each column's {@code "name":} as UTF-8, after a {@code {} for the first, a comma otherwise. */
  private final byte[][] fieldNames;
  private final char[] scratch = new char[Decimals.MAX_CHARS];
  /**
   * Each column's last text cell and its CSV bytes: a per-day table repeats an event's ticker and
   * date on each of its rows, so they are guarded, quoted and encoded once per event.
   */
  private final String[] lastText;
  private final byte[][] lastCsv;
  private int column;
  private long rows;

  /**
   * Starts a table: writes the CSV's byte-order mark and header to {@code csv} and, when
   * {@code json} is not null, the JSON's table name, version and columns. {@link #close} ends both
   * and closes neither stream.
   */
  TableWriter(String name, List<String> header, OutputStream csv, OutputStream json)
      throws IOException {
    this.header = header.toArray(new String[0]);
    this.types = new Columns.Type[header.size()];
    this.lastText = new String[header.size()];
    this.lastCsv = new byte[header.size()][];
    this.fieldNames = new byte[header.size()][];
    for (int i = 0; i < types.length; i++) {
      types[i] = Columns.of(header.get(i));
      fieldNames[i] = ((i == 0 ? "{" : ",") + jsonString(header.get(i)) + ":")
          .getBytes(StandardCharsets.UTF_8);
    }
    this.csv = new Bytes(csv);
    this.csv.bytes(BOM);
    for (int i = 0; i < types.length; i++) {
      if (i > 0) {
        this.csv.write(',');
      }
      csvText(header.get(i));
    }
    this.csv.write('\n');
    if (json == null) {
      this.json = null;
      return;
    }
    StringBuilder start = new StringBuilder("{\"table\":").append(jsonString(name))
        .append(",\"version\":").append(JSON_VERSION).append(",\"columns\":[");
    for (int i = 0; i < types.length; i++) {
      start.append(i == 0 ? "\n" : ",\n").append("{\"name\":").append(jsonString(header.get(i)))
          .append(",\"type\":").append(jsonString(types[i].key())).append('}');
    }
    start.append(types.length > 0 ? "\n]" : "]").append(",\"rows\":[");
    this.json = new Bytes(json);
    this.json.utf8(start.toString());
  }

  /** A text cell: guarded against formulas in the CSV, as it is in the JSON; null is empty. */
  @Override
  public TableWriter text(String raw) throws IOException {
    next(Columns.Type.TEXT);
    String s = raw == null ? "" : raw;
    if (s == lastText[column]) {
      csv.bytes(lastCsv[column]);
    } else {
      lastCsv[column] = csvBytes(CsvTable.text(s));
      lastText[column] = s;
      csv.bytes(lastCsv[column]);
    }
    if (json != null) {
      jsonText(s);
    }
    return done();
  }

  /** A number with a fixed count of decimals; NaN and infinities are empty (JSON null). */
  @Override
  public TableWriter number(double v, int decimals) throws IOException {
    next(Columns.Type.NUMBER);
    int length = Decimals.write(v, decimals, scratch, 0);
    csv.ascii(scratch, length);
    if (json != null) {
      if (length == 0) {
        json.bytes(NULL);
      } else {
        json.ascii(scratch, length);
      }
    }
    return done();
  }

  /** A fraction written as percent with 6 decimals, as {@link Decimals#pct}. */
  @Override
  public TableWriter pct(double fraction) throws IOException {
    return number(fraction * 100.0, 6);
  }

  @Override
  public TableWriter integer(long v) throws IOException {
    next(Columns.Type.INTEGER);
    String s = Long.toString(v);
    csv.ascii(s);
    if (json != null) {
      json.ascii(s);
    }
    return done();
  }

  /** An ISO date, YYYY-MM-DD; null is empty (JSON null). */
  @Override
  public TableWriter date(LocalDate d) throws IOException {
    Columns.Type type = next(Columns.Type.DATE);
    if (d == null) {
      return empty(type);
    }
    int length = isoDate(d, scratch);
    csv.ascii(scratch, length);
    if (json != null) {
      json.write('"');
      json.ascii(scratch, length);
      json.write('"');
    }
    return done();
  }

  /** An empty cell of any column: an empty string in a text column, null in the others. */
  @Override
  public TableWriter empty() throws IOException {
    return empty(next(null));
  }

  /**
   * A cell already formatted for the CSV ({@link CsvTable} rows): text already guarded, numbers
   * already written by {@link Decimals}. The JSON gets it by the column's type.
   */
  @Override
  public TableWriter formatted(String cell) throws IOException {
    Columns.Type type = next(null);
    csvText(cell);
    if (json != null) {
      if (type == Columns.Type.TEXT) {
        jsonText(CsvTable.untext(cell));
      } else if (cell.isEmpty()) {
        json.bytes(NULL);
      } else if (type == Columns.Type.DATE) {
        jsonText(cell);
      } else {
        json.ascii(cell);
      }
    }
    return done();
  }

  /** Ends the row; every column must have had its cell. */
  @Override
  public void endRow() throws IOException {
    if (column != types.length) {
      throw new IllegalStateException("row has " + column + " cells, header has " + types.length);
    }
    csv.write('\n');
    if (json != null) {
      json.write('}');
    }
    column = 0;
    rows++;
  }

  /** Ends the JSON and flushes both streams, closing neither. */
  @Override
  public void close() throws IOException {
    if (column != 0) {
      throw new IllegalStateException("the last row was not ended");
    }
    csv.flush();
    if (json != null) {
      json.ascii(rows > 0 ? "\n]}\n" : "]}\n");
      json.flush();
    }
  }

  private TableWriter empty(Columns.Type type) throws IOException {
    if (json != null) {
      json.bytes(type == Columns.Type.TEXT ? EMPTY_STRING : NULL);
    }
    return done();
  }

  /**
   * Starts the next cell, whose column must be declared {@code expected} unless that is null:
   * the CSV's separator, the JSON's row start or separator and field name.
   */
  private Columns.Type next(Columns.Type expected) throws IOException {
    if (column >= types.length) {
      throw new IllegalStateException("row has more cells than the header's " + types.length);
    }
    Columns.Type type = types[column];
    if (expected != null && type != expected) {
      throw new IllegalStateException("column " + header[column] + " is declared " + type.key()
          + ", not " + expected.key());
    }
    if (column > 0) {
      csv.write(',');
    }
    if (json != null) {
      if (column == 0) {
        json.ascii(rows > 0 ? ",\n" : "\n");
      }
      json.bytes(fieldNames[column]);
    }
    return type;
  }

  private TableWriter done() {
    column++;
    return this;
  }

  /** Writes a date as YYYY-MM-DD, as {@link LocalDate#toString} does for years 0 to 9999. */
  private static int isoDate(LocalDate d, char[] out) {
    int y = d.getYear();
    if (y < 0 || y > 9999) {
      String s = d.toString();
      s.getChars(0, s.length(), out, 0);
      return s.length();
    }
    int m = d.getMonthValue();
    int day = d.getDayOfMonth();
    out[0] = (char) ('0' + y / 1000);
    out[1] = (char) ('0' + y / 100 % 10);
    out[2] = (char) ('0' + y / 10 % 10);
    out[3] = (char) ('0' + y % 10);
    out[4] = '-';
    out[5] = (char) ('0' + m / 10);
    out[6] = (char) ('0' + m % 10);
    out[7] = '-';
    out[8] = (char) ('0' + day / 10);
    out[9] = (char) ('0' + day % 10);
    return 10;
  }

  /** One CSV cell as UTF-8, quoted when it must be. */
  private static byte[] csvBytes(String cell) {
    return (quoted(cell) ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static boolean quoted(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';' || c == '|' || c == '\t') {
        return true;
      }
    }
    return false;
  }

  /** One CSV cell, quoted when it must be. */
  private void csvText(String cell) throws IOException {
    boolean quote = false;
    for (int i = 0; i < cell.length() && !quote; i++) {
      char c = cell.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';' || c == '|' || c == '\t';
    }
    if (!quote) {
      csv.utf8(cell);
      return;
    }
    csv.write('"');
    csv.utf8(cell.replace("\"", "\"\""));
    csv.write('"');
  }

  private void jsonText(String s) throws IOException {
    json.utf8(jsonString(s));
  }

  /**
   * A JSON string literal (RFC 8259) as Jackson writes it: {@code "} and {@code \} escaped with a
   * backslash, the control characters below U+0020 as {@code \b \t \n \f \r} or {@code \}{@code
   * u00XX}, everything else as it is.
   */
  static String jsonString(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= 0x20 && s.charAt(i) != '"' && s.charAt(i) != '\\') {
      i++;
    }
    if (i == s.length()) {
      return '"' + s + '"';
    }
    StringBuilder b = new StringBuilder(s.length() + 8).append('"').append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\b' -> b.append("\\b");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\f' -> b.append("\\f");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20) {
            b.append("\\u00").append(Character.forDigit(c >> 4, 16))
                .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** A buffered byte sink: ASCII copied byte by byte, other text as UTF-8. */
  private static final class Bytes {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int length;

    Bytes(OutputStream out) {
      this.out = out;
    }

    void write(int b) throws IOException {
      if (length == buf.length) {
        flushBuffer();
      }
      buf[length++] = (byte) b;
    }

    void bytes(byte[] b) throws IOException {
      if (length + b.length > buf.length) {
        flushBuffer();
        if (b.length > buf.length) {
          out.write(b);
          return;
        }
      }
      System.arraycopy(b, 0, buf, length, b.length);
      length += b.length;
    }

    /** Characters known to be ASCII (digits, signs, dates). */
    void ascii(char[] chars, int n) throws IOException {
      if (length + n > buf.length) {
        flushBuffer();
      }
      for (int i = 0; i < n; i++) {
        buf[length++] = (byte) chars[i];
      }
    }

    void ascii(String s) throws IOException {
      int n = s.length();
      if (n > buf.length) {
        bytes(s.getBytes(StandardCharsets.US_ASCII));
        return;
      }
      if (length + n > buf.length) {
        flushBuffer();
      }
      for (int i = 0; i < n; i++) {
        buf[length++] = (byte) s.charAt(i);
      }
    }

    /** Any text, as UTF-8 (an unpaired surrogate becomes {@code ?}, as Java's encoder does). */
    void utf8(String s) throws IOException {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) >= 0x80) {
          bytes(s.getBytes(StandardCharsets.UTF_8));
          return;
        }
      }
      ascii(s);
    }

    void flush() throws IOException {
      flushBuffer();
      out.flush();
    }

    private void flushBuffer() throws IOException {
      out.write(buf, 0, length);
      length = 0;
    }
  }
}
