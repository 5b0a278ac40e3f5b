package org.stockreaction.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code events.csv}: one row per firm-event with the columns {@code ticker, event_date} and
 * optionally {@code reported_move_pct, benchmark, label, group, model}, and any number of event
 * characteristics: columns whose names start with {@value #CHARACTERISTIC_PREFIX}, numbers, a
 * blank cell being a missing value.
 *
 * <p>A row whose values cannot be read is reported on its own as a {@link RowError}; the other rows
 * still run. Such a row is one with a value that cannot be parsed, a byte that is not UTF-8, a
 * value longer than {@link #MAX_FIELD_CHARS} characters or a line longer than
 * {@link #MAX_LINE_BYTES} bytes. A header with an unknown column, a file with no event row, and a
 * file of more than {@link #MAX_EVENTS} event rows are errors for the whole file.
 *
 * <p>Fields are read as RFC 4180 says: quotes doubled inside quoted fields, no backslash escapes
 * (a ticker such as {@code C:\x} stays as written); a quoted field may hold line breaks.
 */
public final class EventsFileReader {

  /** The columns the events file may have, in their documented order. */
  public static final List<String> COLUMNS =
      List.of("ticker", "event_date", "reported_move_pct", "benchmark", "label", "group", "model");

  /** The start of an event characteristic's column name. */
  public static final String CHARACTERISTIC_PREFIX = "x_";

  /** A plain decimal number, with an optional exponent. */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /** The longest line of the events file, in bytes; a longer row fails on its own. */
  public static final int MAX_LINE_BYTES = 1 << 20;
  /** The longest value of any column (labels and groups among them), in characters. */
  public static final int MAX_FIELD_CHARS = 200;
  /** The most event rows one file may hold. */
  public static final int MAX_EVENTS = 10_000_000;
  /** The largest events file read, in bytes. */
  static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;

  /** A row that could not be read, with the message saying where and why. */
  public record RowError(
      int line, String ticker, String eventDate, String label, String group, String message) {}

  /** The rows read and the rows refused. */
  public record Result(List<EventSpec> events, List<RowError> errors, boolean hasGroupColumn,
      List<String> characteristics) {
    public Result {
      events = List.copyOf(events);
      errors = List.copyOf(errors);
      characteristics = List.copyOf(characteristics);
    }
  }

  /** Where the header puts each known column (-1 when absent) and each characteristic. */
  private record Header(int[] col, List<String> xNames, List<Integer> xCols, int width) {}

  private EventsFileReader() {}

  /** Reads {@code file}, wherever it is (only a regular file). */
  public static Result read(Path file, String displayName) throws InputException {
    return read(InputFolder.unconfined(Path.of("")), file, displayName);
  }

  /** Reads {@code file} (relative to the input folder, or absolute) under the folder's rule. */
  public static Result read(InputFolder folder, Path file, String displayName)
      throws InputException {
    byte[] bytes;
    try {
      Path real = folder.regularFile(file, displayName, "events file");
      try (FileChannel ch = FileChannel.open(real, StandardOpenOption.READ,
          LinkOption.NOFOLLOW_LINKS)) {
        long size = ch.size();
        if (size > MAX_FILE_BYTES) {
          throw new InputException(displayName, "the events file is " + size + " bytes, over the"
              + " 2 GB an events file may have", "split the study into several runs");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        while (buf.hasRemaining() && ch.read(buf) >= 0) {
          // keep reading
        }
        bytes = buf.array();
      }
    } catch (NoSuchFileException e) {
      throw new InputException(displayName, "the events file does not exist",
          "create it with the header ticker,event_date,reported_move_pct,benchmark,label");
    } catch (IOException e) {
      throw new InputException(displayName, "cannot read the events file: " + e.getMessage(),
          "check that it is a readable CSV file");
    }
    return parse(bytes, displayName, MAX_EVENTS);
  }

  /** Parses the bytes of an events file, refusing a file of more than {@code maxEvents} rows. */
  static Result parse(byte[] bytes, String displayName, int maxEvents) throws InputException {
    int from = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    // its own caps fail a row alone (see row)
    CsvScanner sc = new CsvScanner(bytes, from, bytes.length, (byte) ',', displayName, false);
    if (!sc.nextRow()) {
      throw new InputException(displayName, 1, 0, "the events file is empty",
          "start it with the header ticker,event_date,reported_move_pct,benchmark,label");
    }
    Row headerRow = row(sc, displayName);
    if (headerRow.problem() != null) {
      throw new InputException(displayName, 1, 0, "the header cannot be read: "
          + headerRow.problem(), "start the file with ticker,event_date and save it as UTF-8");
    }
    Header header = columns(headerRow.cells(), displayName);
    int[] col = header.col();
    List<EventSpec> events = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    while (sc.nextRow()) {
      if (events.size() + errors.size() >= maxEvents) {
        throw new InputException(displayName, sc.rowLine, 0, "the events file has more than "
            + maxEvents + " event rows, the most one run reads", "split the study into several"
            + " runs of at most " + maxEvents + " events each");
      }
      event(sc, displayName, header, events, errors);
    }
    if (events.isEmpty() && errors.isEmpty()) {
      throw new InputException(displayName, 1, 0, "the events file has a header but no event rows",
          "add one row per firm-event under the header, such as AAPL,2025-02-11");
    }
    return new Result(events, errors, col[5] >= 0, header.xNames());
  }

  /**
   * Reads the row the scanner is on into an event or a row error. One call per row, so the JIT
   * compiles it after a few hundred rows; as the body of {@link #parse}'s loop it ran interpreted
   * (a method called once is compiled only when its loop reaches the on-stack-replacement
   * threshold, 60,000 iterations with C1), which took 0.3 s for 24,000 rows.
   */
  private static void event(CsvScanner sc, String displayName, Header header,
      List<EventSpec> events, List<RowError> errors) throws InputException {
    int[] col = header.col();
    int line = sc.rowLine;
    Row r = row(sc, displayName);
    String[] row = r.cells().toArray(new String[0]);
    String ticker = cut(cell(row, col[0]));
    String dateText = cut(cell(row, col[1]));
    String label = cut(cell(row, col[4]));
    String group = cut(cell(row, col[5]));
    String problem = r.problem() != null ? r.problem() : tooLong(row, col, displayName, line);
    for (int i = header.width(); problem == null && i < row.length; i++) {
      if (!row[i].isBlank()) {
        problem = displayName + ":" + line + ":" + (i + 1) + ": the row has more values than the"
            + " header has columns (" + InputText.quote(row[i]) + "; a decimal comma or an"
            + " unquoted comma splits a value: quote it or use a decimal point)";
      }
    }
    if (problem == null && ticker.isEmpty()) {
      problem = displayName + ":" + line + ":" + (col[0] + 1) + ": the ticker is empty (name the"
          + " stock)";
    }
    Optional<EventTime> time = problem == null ? EventTime.parse(dateText) : Optional.empty();
    if (problem == null && time.isEmpty()) {
      problem = displayName + ":" + line + ":" + (col[1] + 1) + ": event_date "
          + InputText.quote(dateText) + " is not a date or timestamp (expected 2025-02-11 or"
          + " 2025-02-11T20:00+08:00)";
    }
    double move = Double.NaN;
    String moveText = cell(row, col[2]);
    if (problem == null && !moveText.isEmpty()) {
      try {
        String m = moveText.replace("%", "").strip();
        if (!NUMBER.matcher(m).matches()) {
          throw new NumberFormatException(m);
        }
        move = Double.parseDouble(m);
      } catch (NumberFormatException e) {
        problem = displayName + ":" + line + ":" + (col[2] + 1) + ": reported_move_pct "
            + InputText.quote(moveText) + " is not a number (expected a percentage such as -4"
            + " or 1.5)";
      }
    }
    double[] x = new double[header.xCols().size()];
    for (int j = 0; j < x.length && problem == null; j++) {
      int c = header.xCols().get(j);
      String v = cell(row, c);
      x[j] = NUMBER.matcher(v).matches() ? Double.parseDouble(v) : Double.NaN;
      if (!v.isEmpty() && !Double.isFinite(x[j])) {
        problem = displayName + ":" + line + ":" + (c + 1) + ": " + header.xNames().get(j) + " "
            + InputText.quote(v) + " is not a number (expected a decimal such as 1.5, or a blank"
            + " cell for a missing value)";
      }
    }
    if (problem != null) {
      errors.add(new RowError(line, ticker, dateText, label, group, problem));
      return;
    }
    String benchmark = cell(row, col[3]);
    String model = cell(row, col[6]);
    events.add(new EventSpec(line, ticker, time.get(), move,
        benchmark.isEmpty() ? null : benchmark, label, group, model.isEmpty() ? null : model, x));
  }

  /** One row's cells, and why it cannot be read (a byte that is not UTF-8, a line too long). */
  private record Row(List<String> cells, String problem) {}

  private static Row row(CsvScanner sc, String displayName) throws InputException {
    List<String> cells = new ArrayList<>();
    String problem = null;
    int line = sc.rowLine;
    while (sc.nextField()) {
      int length = sc.end - sc.start;
      if (length > MAX_LINE_BYTES) {
        cells.add("");
        problem = problem != null ? problem : displayName + ":" + line + ":" + sc.field
            + ": the value is " + length + " bytes long, longer than a line may be ("
            + MAX_LINE_BYTES + " bytes) (shorten it)";
        continue;
      }
      String text;
      try {
        text = strictUtf8(sc.b, sc.start, length);
      } catch (CharacterCodingException e) {
        int at = sc.start + firstBadByte(sc.b, sc.start, length);
        problem = problem != null ? problem : displayName + ":" + line + ":" + sc.field
            + ": the byte 0x" + String.format(Locale.ROOT, "%02x", sc.b[at] & 0xff)
            + " at byte offset " + at + " of the file is not UTF-8 (save the file as UTF-8)";
        text = new String(sc.b, sc.start, length, StandardCharsets.UTF_8);
      }
      cells.add(sc.escaped ? text.replace("\"\"", "\"") : text);
    }
    if (problem == null && sc.rowEnd - sc.rowStart > MAX_LINE_BYTES) {
      problem = displayName + ":" + line + ": the line is " + (sc.rowEnd - sc.rowStart)
          + " bytes long, longer than the " + MAX_LINE_BYTES + " a line may be (shorten it)";
    }
    return new Row(cells, problem);
  }

  private static String strictUtf8(byte[] b, int start, int length)
      throws CharacterCodingException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer c = d.decode(ByteBuffer.wrap(b, start, length));
    return c.toString();
  }

  /** The offset, from {@code start}, of the first byte that is not valid UTF-8. */
  private static int firstBadByte(byte[] b, int start, int length) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, start, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    java.nio.charset.CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      return in.position() - start;
    }
    r = d.flush(out);
    return r.isError() ? in.position() - start : 0;
  }

  /** The first value longer than {@link #MAX_FIELD_CHARS}, as a row error, or null. */
  private static String tooLong(String[] row, int[] col, String displayName, int line) {
    for (int i = 0; i < row.length; i++) {
      String v = row[i].strip();
      if (v.length() > MAX_FIELD_CHARS) {
        String name = "column " + (i + 1);
        for (int k = 0; k < col.length; k++) {
          if (col[k] == i) {
            name = COLUMNS.get(k);
          }
        }
        return displayName + ":" + line + ":" + (i + 1) + ": the " + name + " is " + v.length()
            + " characters long, longer than the " + MAX_FIELD_CHARS + " a value may be ("
            + InputText.quote(v) + "; shorten it)";
      }
    }
    return null;
  }

  /** A value as kept for a row that failed: at most {@link #MAX_FIELD_CHARS} characters. */
  private static String cut(String s) {
    return s.length() <= MAX_FIELD_CHARS ? s : s.substring(0, MAX_FIELD_CHARS);
  }

  private static Header columns(List<String> header, String displayName) throws InputException {
    int[] col = new int[COLUMNS.size()];
    java.util.Arrays.fill(col, -1);
    List<String> xNames = new ArrayList<>();
    List<Integer> xCols = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (h.isEmpty()) {
        continue;
      }
      if (h.startsWith(CHARACTERISTIC_PREFIX) && h.length() > CHARACTERISTIC_PREFIX.length()) {
        if (h.length() > MAX_FIELD_CHARS || h.chars().anyMatch(Character::isISOControl)) {
          throw new InputException(displayName, 1, i + 1, "the characteristic column name "
              + InputText.quote(h) + " is longer than " + MAX_FIELD_CHARS + " characters or holds"
              + " control characters", "name it x_ and a short word, such as x_surprise");
        }
        if (xNames.contains(h)) {
          throw new InputException(displayName, 1, i + 1, "column " + InputText.quote(h)
              + " appears twice", "keep one of them");
        }
        xNames.add(h);
        xCols.add(i);
        continue;
      }
      int k = COLUMNS.indexOf(h);
      if (k < 0) {
        throw new InputException(displayName, 1, i + 1, "unknown column "
            + InputText.quote(header.get(i)), "did you mean "
            + Names.closest(h.length() > MAX_FIELD_CHARS ? h.substring(0, MAX_FIELD_CHARS) : h,
                COLUMNS) + "? The columns are " + String.join(", ", COLUMNS)
                + ", and x_<name> for event characteristics");
      }
      if (col[k] >= 0) {
        throw new InputException(displayName, 1, i + 1, "column \"" + h + "\" appears twice",
            "keep one of them");
      }
      col[k] = i;
    }
    for (int k = 0; k < 2; k++) {
      if (col[k] < 0) {
        throw new InputException(displayName, 1, 0, "the header has no " + COLUMNS.get(k)
            + " column", "the events file needs at least ticker,event_date");
      }
    }
    return new Header(col, xNames, xCols, header.size());
  }

  private static String cell(String[] row, int index) {
    return index >= 0 && index < row.length ? row[index].strip() : "";
  }
}
