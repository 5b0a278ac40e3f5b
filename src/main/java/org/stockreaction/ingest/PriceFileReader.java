package org.stockreaction.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a daily price CSV with a one-row header into a {@link PriceSeries}.
 *
 * <p>Columns are found by name: a {@code Date} column, then {@code Adj Close} when present,
 * otherwise {@code Close}; {@code High} and {@code Low} when present. Handles a UTF-8 BOM and CRLF
 * line ends. Missing values ({@code null}, empty, {@code NaN}) drop the day with a warning.
 */
public final class PriceFileReader {

  private PriceFileReader() {}

  public static PriceSeries read(Path file, String ticker, String displayName) throws InputException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(displayName, "cannot read the file: " + e.getMessage(),
          "check that it exists and is readable");
    }
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new InputException(displayName, 1, 0, "the file is empty",
          "expected a header row such as Date,Close followed by one row per trading day");
    }
    String headerLine = stripBom(lines.get(0));
    String[] header = headerLine.split(",", -1);
    int dateCol = -1;
    int closeCol = -1;
    int adjCol = -1;
    int highCol = -1;
    int lowCol = -1;
    for (int i = 0; i < header.length; i++) {
      String h = header[i].trim().replace("\"", "").toLowerCase(Locale.ROOT);
      switch (h) {
        case "date" -> dateCol = i;
        case "close" -> closeCol = i;
        case "adj close", "adj_close", "adjclose" -> adjCol = i;
        case "high" -> highCol = i;
        case "low" -> lowCol = i;
        default -> { }
      }
    }
    if (dateCol < 0) {
      throw new InputException(displayName, 1, 0,
          "no Date column in header \"" + headerLine + "\"",
          "the first row must name a Date column");
    }
    int priceCol = adjCol >= 0 ? adjCol : closeCol;
    if (priceCol < 0) {
      throw new InputException(displayName, 1, 0,
          "no usable price column in header \"" + headerLine + "\"",
          "expected a Close or Adj Close column");
    }
    String priceName = header[priceCol].trim();
    boolean withHighLow = highCol >= 0 && lowCol >= 0 && adjCol < 0;

    int n = lines.size();
    int[] days = new int[n];
    double[] close = new double[n];
    double[] high = withHighLow ? new double[n] : null;
    double[] low = withHighLow ? new double[n] : null;
    List<String> warnings = new ArrayList<>();
    int rows = 0;
    for (int li = 1; li < n; li++) {
      String line = lines.get(li);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      int lineNo = li + 1;
      if (f.length <= Math.max(dateCol, priceCol)) {
        throw new InputException(displayName, lineNo, f.length + 1,
            "the row has " + f.length + " fields but the header has " + header.length,
            "every row needs a value for each header column");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(f[dateCol].trim());
      } catch (DateTimeParseException e) {
        throw new InputException(displayName, lineNo, dateCol + 1,
            "date \"" + f[dateCol] + "\" is not a date (expected YYYY-MM-DD such as 2025-02-11)",
            "fix or remove the row");
      }
      String raw = f[priceCol].trim();
      if (isMissing(raw)) {
        warnings.add(displayName + ":" + lineNo + ": missing " + priceName + " on " + date
            + "; the day is treated as missing");
        continue;
      }
      double p = parsePrice(raw, displayName, lineNo, priceCol + 1, priceName);
      days[rows] = (int) date.toEpochDay();
      close[rows] = p;
      if (withHighLow) {
        high[rows] = parseOptional(f, highCol);
        low[rows] = parseOptional(f, lowCol);
      }
      rows++;
    }
    if (rows == 0) {
      throw new InputException(displayName, 2, 0, "the file has a header but no price rows",
          "add one row per trading day");
    }
    for (int i = 1; i < rows; i++) {
      if (days[i] <= days[i - 1]) {
        throw new InputException(displayName, 0, 0,
            "rows are not in increasing date order near " + LocalDate.ofEpochDay(days[i]),
            "sort the file by date and remove duplicate dates");
      }
    }
    return new PriceSeries(ticker,
        java.util.Arrays.copyOf(days, rows),
        java.util.Arrays.copyOf(close, rows),
        withHighLow ? java.util.Arrays.copyOf(high, rows) : null,
        withHighLow ? java.util.Arrays.copyOf(low, rows) : null,
        priceName, displayName, warnings);
  }

  static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  private static boolean isMissing(String raw) {
    return raw.isEmpty() || raw.equalsIgnoreCase("null") || raw.equalsIgnoreCase("nan");
  }

  private static double parseOptional(String[] f, int col) {
    if (col >= f.length) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(f[col].trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static double parsePrice(String raw, String file, int line, int col, String name)
      throws InputException {
    double p;
    try {
      p = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw new InputException(file, line, col,
          "price \"" + raw + "\" is not a number (expected a decimal such as 105.30)",
          "fix the " + name + " value");
    }
    if (!(p > 0) || Double.isInfinite(p)) {
      throw new InputException(file, line, col,
          "price \"" + raw + "\" is not positive (expected a price above zero)",
          "fix the " + name + " value or remove the row");
    }
    return p;
  }
}
