package org.stockreaction.ingest;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
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
    List<String> lines = lines(file, displayName);
    int header = -1;
    String vintage = "";
    for (int i = 0; i < lines.size() && header < 0; i++) {
      String line = i == 0 ? PriceFileReader.stripBom(lines.get(i)) : lines.get(i);
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
    String headerLine = header == 0 ? PriceFileReader.stripBom(lines.get(0)) : lines.get(header);
    List<String> names = names(headerLine, displayName, header + 1);
    int k = names.size();

    int n = lines.size();
    int[] days = new int[n];
    double[][] values = new double[k][n];
    int rows = 0;
    int end = n;
    for (int li = header + 1; li < n; li++) {
      String line = lines.get(li);
      if (line.isBlank()) {
        end = li;
        break;
      }
      int lineNo = li + 1;
      String[] f = line.split(",", -1);
      int day = date(f[0].trim(), displayName, lineNo);
      if (rows > 0 && day <= days[rows - 1]) {
        throw new InputException(displayName, lineNo, 1, "date \"" + f[0].trim()
            + "\" is not after the row above (" + LocalDate.ofEpochDay(days[rows - 1]) + ")",
            "sort the file by date and remove duplicate dates");
      }
      if (f.length < k + 1) {
        throw new InputException(displayName, lineNo, f.length + 1, "the row has " + (f.length - 1)
            + " values but the column line names " + k + " factors",
            "every row needs a value for each factor");
      }
      days[rows] = day;
      for (int j = 0; j < k; j++) {
        values[j][rows] = percent(f[j + 1].trim(), displayName, lineNo, j + 2, names.get(j));
      }
      rows++;
    }
    if (rows == 0) {
      throw new InputException(displayName, header + 2, 0, "the column line is followed by no rows",
          "a daily factor file has one row per trading day under the column line");
    }
    for (int li = end; li < n; li++) {
      String line = lines.get(li);
      if (isColumnLine(line) || startsWithNumber(line)) {
        throw new InputException(displayName, li + 1, 1, "a second table starts here (\""
            + line.strip() + "\"); a daily factor file holds one table",
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

  private static List<String> lines(Path file, String displayName) throws InputException {
    try {
      try {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (MalformedInputException e) {
        return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(displayName, "the factor file does not exist",
          "copy French's daily file there, or point the factor setting at it");
    } catch (IOException e) {
      throw new InputException(displayName, "cannot read the factor file: " + e.getMessage(),
          "check that it is readable");
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
        throw new InputException(displayName, lineNo, i + 1, "factor \"" + name
            + "\" appears twice in the column line", "keep one of them");
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
      throw new InputException(displayName, lineNo, 1, "date \"" + text + "\" is a "
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
    throw new InputException(displayName, lineNo, 1, "date \"" + text + "\" is not a date"
        + " (expected YYYYMMDD such as 20250211, or YYYY-MM-DD)", "fix or remove the row");
  }

  private static double percent(String raw, String displayName, int lineNo, int col, String name)
      throws InputException {
    double v;
    try {
      v = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw new InputException(displayName, lineNo, col, name + " \"" + raw
          + "\" is not a number (expected a percentage such as -0.70)", "fix the value");
    }
    if (Double.isNaN(v) || Double.isInfinite(v) || v == -99.99 || v == -999) {
      return Double.NaN;
    }
    return v / 100.0;
  }
}
