package org.stockreaction.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a daily factor file into a {@link FactorSeries}.
 *
 * <p>Two layouts are read. Kenneth French's own download: a few lines of text, a column line that
 * begins with a comma ({@code ,Mkt-RF,SMB,HML,RF}), one row per day with a {@code YYYYMMDD} date,
 * values in percent, a blank line and a copyright line. And the same table re-saved as a plain CSV
 * whose first column is named {@code Date} ({@code YYYYMMDD} or {@code YYYY-MM-DD}), values still
 * in percent. CRLF or LF line ends, with or without a byte-order mark. The vintage line ("This file
 * was created by using the 202604 CRSP database.") is kept as {@code 202604 CRSP database}.
 *
 * <p>French's monthly files (dates {@code YYYYMM}, then a second table of annual rows) are refused
 * with a message naming the line, rather than read as daily data. {@code -99.99} and {@code -999}
 * are French's missing-value markers and become NaN.
 */
public final class FactorFileReader {

  private static final Pattern VINTAGE =
      Pattern.compile("(\\d{6})\\s+CRSP\\s+database", Pattern.CASE_INSENSITIVE);
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private FactorFileReader() {}

  public static FactorSeries read(Path file, String displayName) throws InputException {
    Lines lines = new Lines(bytes(file, displayName));
    int n = lines.count;
    int header = -1;
    String vintage = "";
    for (int i = 0; i < n && header < 0; i++) {
      String line = i == 0 ? PriceFileReader.stripBom(lines.text(i)) : lines.text(i);
      if (isColumnLine(line)) {
        header = i;
      } else if (vintage.isEmpty()) {
        Matcher m = VINTAGE.matcher(line);
        if (m.find()) {
          vintage = m.group(1) + " CRSP database";
        }
      }
    }
    if (header < 0) {
      throw new InputException(displayName, 0, 0, "no column line found",
          "expected French's layout, with a line such as ,Mkt-RF,SMB,HML,RF above the daily rows,"
              + " or a plain CSV whose header starts with Date");
    }
    String headerLine = header == 0 ? PriceFileReader.stripBom(lines.text(0)) : lines.text(header);
    List<String> names = names(headerLine, displayName, header + 1);
    int k = names.size();

    // The daily rows are read from the bytes: a field is trimmed in place and parsed without a
    // String; only a value the fast parser refuses goes through Double.parseDouble and its message.
    byte[] b = lines.bytes;
    int[] days = new int[n];
    double[][] values = new double[k][n];
    int[] from = new int[k + 1];
    int[] to = new int[k + 1];
    int rows = 0;
    int end = n;
    for (int li = header + 1; li < n; li++) {
      int s0 = lines.start[li];
      int e0 = lines.end[li];
      if (isBlank(b, s0, e0)) {
        end = li;
        break;
      }
      int lineNo = li + 1;
      int fields = 0;
      for (int p = s0; fields <= k; fields++) {
        int q = p;
        while (q < e0 && b[q] != ',') {
          q++;
        }
        int fs = p;
        int fe = q;
        while (fs < fe && (b[fs] & 0xFF) <= ' ') {
          fs++;
        }
        while (fe > fs && (b[fe - 1] & 0xFF) <= ' ') {
          fe--;
        }
        from[fields] = fs;
        to[fields] = fe;
        if (q == e0) {
          fields++;
          break;
        }
        p = q + 1;
      }
      int day = eightDigitDate(b, from[0], to[0]);
      if (day == Integer.MIN_VALUE) {
        day = date(field(lines, from[0], to[0]), displayName, lineNo);
      }
      if (rows > 0 && day <= days[rows - 1]) {
        throw new InputException(displayName, lineNo, 1, "date "
            + InputText.quote(field(lines, from[0], to[0])) + " is not after the row above (" + LocalDate.ofEpochDay(days[rows - 1]) + ")",
            "sort the file by date and remove duplicate dates");
      }
      if (fields < k + 1) {
        throw new InputException(displayName, lineNo, fields + 1, "the row has " + (fields - 1)
            + " values but the column line names " + k + " factors",
            "every row needs a value for each factor");
      }
      days[rows] = day;
      for (int j = 0; j < k; j++) {
        double v = DecimalParser.parse(b, from[j + 1], to[j + 1], (byte) '.');
        values[j][rows] = Double.isNaN(v)
            ? percent(field(lines, from[j + 1], to[j + 1]), displayName, lineNo, j + 2, names.get(j))
            : percent(v);
      }
      rows++;
    }
    if (rows == 0) {
      throw new InputException(displayName, header + 2, 0, "the column line is followed by no rows",
          "a daily factor file has one row per trading day under the column line");
    }
    for (int li = end; li < n; li++) {
      String line = lines.text(li);
      if (isColumnLine(line) || startsWithNumber(line)) {
        throw new InputException(displayName, li + 1, 1, "a second table starts here ("
            + InputText.quote(line.strip()) + "); a daily factor file holds one table",
            "French's monthly files add an annual table after the monthly rows; use the daily"
                + " file, such as F-F_Research_Data_Factors_daily.csv");
      }
    }
    double[][] cut = new double[k][];
    for (int j = 0; j < k; j++) {
      cut[j] = Arrays.copyOf(values[j], rows);
    }
    return new FactorSeries(displayName, vintage, Arrays.copyOf(days, rows), names, cut);
  }

  private static byte[] bytes(Path file, String displayName) throws InputException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(displayName, "the factor file does not exist",
          "copy French's daily file there, or point the factor setting at it");
    } catch (IOException e) {
      throw new InputException(displayName, "cannot read the factor file: " + e.getMessage(),
          "check that it is readable");
    }
  }

  /**
   * The file's lines as ranges of its bytes, split at CRLF, LF or a lone CR as
   * {@link Files#readAllLines} splits them; a line's text is decoded as UTF-8, or as ISO-8859-1
   * if the file is not UTF-8.
   */
  private static final class Lines {
    final byte[] bytes;
    final boolean utf8;
    int[] start = new int[1024];
    int[] end = new int[1024];
    int count;

    Lines(byte[] b) {
      bytes = b;
      utf8 = isUtf8(b);
      int p = 0;
      while (p < b.length) {
        int q = p;
        while (q < b.length && b[q] != '\n' && b[q] != '\r') {
          q++;
        }
        add(p, q);
        p = q < b.length && b[q] == '\r' && q + 1 < b.length && b[q + 1] == '\n' ? q + 2 : q + 1;
      }
    }

    private void add(int s, int e) {
      if (count == start.length) {
        start = Arrays.copyOf(start, 2 * count);
        end = Arrays.copyOf(end, 2 * count);
      }
      start[count] = s;
      end[count] = e;
      count++;
    }

    String text(int i) {
      return text(start[i], end[i]);
    }

    String text(int s, int e) {
      return new String(bytes, s, e - s, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    private static boolean isUtf8(byte[] b) {
      for (byte c : b) {
        if (c < 0) {
          try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            return true;
          } catch (CharacterCodingException e) {
            return false;
          }
        }
      }
      return true;
    }
  }

  private static String field(Lines lines, int from, int to) {
    return lines.text(from, to);
  }

  /** As {@link String#isBlank}, for ASCII; a line with other bytes is not blank. */
  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0 || !Character.isWhitespace((char) b[i])) {
        return false;
      }
    }
    return true;
  }

  /** The epoch day of {@code YYYYMMDD} in {@code b[from, to)}, or MIN_VALUE if it is not one. */
  private static int eightDigitDate(byte[] b, int from, int to) {
    if (to - from != 8) {
      return Integer.MIN_VALUE;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      int c = b[i] - '0';
      if (c < 0 || c > 9) {
        return Integer.MIN_VALUE;
      }
      v = v * 10 + c;
    }
    try {
      return (int) LocalDate.of(v / 10000, v / 100 % 100, v % 100).toEpochDay();
    } catch (DateTimeException e) {
      return Integer.MIN_VALUE;
    }
  }

  /** French's column line starts with a comma; a plain CSV's header starts with Date. */
  private static boolean isColumnLine(String line) {
    String[] f = line.split(",", -1);
    if (f.length < 2) {
      return false;
    }
    String first = f[0].trim().replace("\"", "");
    if (!first.isEmpty() && !first.equalsIgnoreCase("date")) {
      return false;
    }
    for (int i = 1; i < f.length; i++) {
      if (!f[i].isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithNumber(String line) {
    String first = line.split(",", -1)[0].trim();
    return !first.isEmpty() && DIGITS.matcher(first).matches();
  }

  private static List<String> names(String headerLine, String displayName, int lineNo)
      throws InputException {
    String[] f = headerLine.split(",", -1);
    int last = f.length - 1;
    while (last > 0 && f[last].isBlank()) {
      last--;
    }
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= last; i++) {
      String name = f[i].trim().replace("\"", "");
      if (name.isEmpty()) {
        throw new InputException(displayName, lineNo, i + 1, "column " + (i + 1)
            + " of the column line has no name", "name every factor column, such as SMB");
      }
      if (names.stream().anyMatch(name::equalsIgnoreCase)) {
        throw new InputException(displayName, lineNo, i + 1, "factor " + InputText.quote(name)
            + " appears twice in the column line", "keep one of them");
      }
      names.add(name);
    }
    return names;
  }

  private static int date(String text, String displayName, int lineNo) throws InputException {
    String digits = text.replace("-", "");
    boolean iso = text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    if (DIGITS.matcher(digits).matches() && (digits.length() == 6 || digits.length() == 4)
        && (text.length() == digits.length() || text.length() == 7)) {
      throw new InputException(displayName, lineNo, 1, "date " + InputText.quote(text) + " is a "
          + (digits.length() == 6 ? "month" : "year") + ", so this is not a daily factor file",
          "the study uses daily returns; download French's daily file, such as"
              + " F-F_Research_Data_Factors_daily.csv, not the monthly one");
    }
    if (DIGITS.matcher(digits).matches() && digits.length() == 8
        && (iso || text.length() == 8)) {
      try {
        return (int) LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
            Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)))
            .toEpochDay();
      } catch (DateTimeException e) {
        // falls through to the message below
      }
    }
    throw new InputException(displayName, lineNo, 1, "date " + InputText.quote(text) + " is not a date"
        + " (expected YYYYMMDD such as 20250211, or YYYY-MM-DD)", "fix or remove the row");
  }

  private static double percent(String raw, String displayName, int lineNo, int col, String name)
      throws InputException {
    double v;
    try {
      v = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw new InputException(displayName, lineNo, col, name + " " + InputText.quote(raw)
          + " is not a number (expected a percentage such as -0.70)", "fix the value");
    }
    return percent(v);
  }

  /** A value in percent as a fraction; French's missing-value markers become NaN. */
  private static double percent(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v) || v == -99.99 || v == -999) {
      return Double.NaN;
    }
    return v / 100.0;
  }
}
