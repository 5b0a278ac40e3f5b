package org.stockreaction.ingest;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * still run. A header with an unknown column is an error for the whole file.
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

  private EventsFileReader() {}

  public static Result read(Path file, String displayName) throws InputException {
    List<String[]> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        // RFC 4180: quotes doubled, no backslash escapes (a ticker such as C:\x stays as written)
        CSVReader csv = new com.opencsv.CSVReaderBuilder(r)
            .withCSVParser(new com.opencsv.RFC4180ParserBuilder().build()).build()) {
      String[] row;
      while ((row = csv.readNext()) != null) {
        rows.add(row);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(displayName, "the events file does not exist",
          "create it with the header ticker,event_date,reported_move_pct,benchmark,label");
    } catch (IOException | CsvValidationException e) {
      throw new InputException(displayName, "cannot read the events file: " + e.getMessage(),
          "check that it is a readable CSV file");
    }
    if (rows.isEmpty()) {
      throw new InputException(displayName, 1, 0, "the events file is empty",
          "start it with the header ticker,event_date,reported_move_pct,benchmark,label");
    }
    String[] header = rows.get(0);
    int[] col = new int[COLUMNS.size()];
    java.util.Arrays.fill(col, -1);
    List<String> xNames = new ArrayList<>();
    List<Integer> xCols = new ArrayList<>();
    for (int i = 0; i < header.length; i++) {
      String h = header[i].strip();
      if (i == 0 && !h.isEmpty() && h.charAt(0) == '\uFEFF') {
        h = h.substring(1);
      }
      h = h.toLowerCase(Locale.ROOT);
      if (h.isEmpty()) {
        continue;
      }
      if (h.startsWith(CHARACTERISTIC_PREFIX) && h.length() > CHARACTERISTIC_PREFIX.length()) {
        if (xNames.contains(h)) {
          throw new InputException(displayName, 1, i + 1, "column \"" + h + "\" appears twice",
              "keep one of them");
        }
        xNames.add(h);
        xCols.add(i);
        continue;
      }
      int k = COLUMNS.indexOf(h);
      if (k < 0) {
        throw new InputException(displayName, 1, i + 1, "unknown column \"" + header[i] + "\"",
            "did you mean " + Names.closest(h, COLUMNS) + "? The columns are " + String.join(", ", COLUMNS)
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
        throw new InputException(displayName, 1, 0, "the header has no " + COLUMNS.get(k) + " column",
            "the events file needs at least ticker,event_date");
      }
    }
    List<EventSpec> events = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      String[] row = rows.get(r);
      int line = r + 1;
      if (row.length == 1 && row[0].isBlank()) {
        continue;
      }
      String ticker = cell(row, col[0]);
      String dateText = cell(row, col[1]);
      if (ticker.isEmpty()) {
        errors.add(new RowError(line, "", dateText, cell(row, col[4]), cell(row, col[5]),
            displayName + ":" + line + ":" + (col[0] + 1) + ": the ticker is empty (name the stock)"));
        continue;
      }
      Optional<EventTime> time = EventTime.parse(dateText);
      if (time.isEmpty()) {
        errors.add(new RowError(line, ticker, dateText, cell(row, col[4]), cell(row, col[5]), displayName + ":" + line + ":" + (col[1] + 1)
            + ": event_date \"" + dateText + "\" is not a date or timestamp (expected 2025-02-11 or"
            + " 2025-02-11T20:00+08:00)"));
        continue;
      }
      double move = Double.NaN;
      String moveText = cell(row, col[2]);
      if (!moveText.isEmpty()) {
        try {
          move = Double.parseDouble(moveText.replace("%", "").strip());
        } catch (NumberFormatException e) {
          errors.add(new RowError(line, ticker, dateText, cell(row, col[4]), cell(row, col[5]), displayName + ":" + line + ":" + (col[2] + 1)
              + ": reported_move_pct \"" + moveText + "\" is not a number (expected a percentage"
              + " such as -4 or 1.5)"));
          continue;
        }
      }
      double[] x = new double[xCols.size()];
      String bad = null;
      for (int j = 0; j < x.length && bad == null; j++) {
        String v = cell(row, xCols.get(j));
        x[j] = NUMBER.matcher(v).matches() ? Double.parseDouble(v) : Double.NaN;
        if (!v.isEmpty() && !Double.isFinite(x[j])) {
          bad = displayName + ":" + line + ":" + (xCols.get(j) + 1) + ": " + xNames.get(j) + " \""
              + clip(v) + "\" is not a number (expected a decimal such as 1.5, or a blank cell"
              + " for a missing value)";
        }
      }
      if (bad != null) {
        errors.add(new RowError(line, ticker, dateText, cell(row, col[4]), cell(row, col[5]), bad));
        continue;
      }
      String benchmark = cell(row, col[3]);
      String model = cell(row, col[6]);
      events.add(new EventSpec(line, ticker, time.get(), move, benchmark.isEmpty() ? null : benchmark,
          cell(row, col[4]), cell(row, col[5]), model.isEmpty() ? null : model, x));
    }
    return new Result(events, errors, col[5] >= 0, xNames);
  }

  /** At most 80 characters of a cell, for messages. */
  private static String clip(String v) {
    return v.length() <= 80 ? v : v.substring(0, 77) + "...";
  }

  private static String cell(String[] row, int index) {
    return index >= 0 && index < row.length ? row[index].strip() : "";
  }
}
