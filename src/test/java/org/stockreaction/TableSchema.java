package org.stockreaction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The documented types of the result tables' columns, written out here for the tests that check
 * another format (the workbook, the Tablesaw tables) against the CSV files, and the CSV files
 * read with OpenCSV.
 */
public final class TableSchema {
  private TableSchema() {}

  /** The result tables, in the order their files are listed. */
  public static final List<String> TABLES = List.of("summary", "car", "abnormal_returns",
      "loadings", "group_summary", "aar");

  public static final Set<String> TEXT = Set.of("ticker", "event_date", "benchmark", "model",
      "verdict", "status", "reason", "label", "group", "factor", "vintage", "statistic",
      "reference_distribution");
  public static final Set<String> DATES = Set.of("day0", "estimation_start", "estimation_end",
      "date");
  public static final Set<String> INTEGERS = Set.of("est_obs", "events_line",
      "estimation_missing_days", "df", "window_start", "window_end", "days", "missing_days",
      "rel_day", "n", "positive_count", "excluded", "other_event_days",
      "estimation_left_out_days");

  /** A table's CSV rows, header first, byte-order mark checked and dropped. */
  public static List<String[]> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), file + " starts with a byte-order mark");
    try (CSVReader r = new CSVReaderBuilder(new StringReader(text.substring(1)))
        .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
      return new ArrayList<>(r.readAll());
    } catch (CsvException e) {
      throw new IOException(e);
    }
  }

  /** The text a CSV text cell holds: without the one leading apostrophe of the formula guard. */
  public static String unguarded(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }
}
