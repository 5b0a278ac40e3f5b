package org.stockreaction.report;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file for people and spreadsheets: UTF-8 with a byte-order mark (so Excel reads non-ASCII
 * labels correctly; LibreOffice and Google Sheets accept it too), {@code \n} line ends, one header
 * row, fields quoted only when they need it.
 *
 * <p>Text cells go through {@link #text(String)}, which neutralises anything a spreadsheet would run
 * as a formula (OWASP CSV injection: a leading {@code = + - @}, tab or carriage return gets a
 * leading apostrophe). Numeric cells are formatted by {@link Decimals} and written as they are, so a
 * negative return stays a number.
 */
public final class CsvTable {

  private final List<String> header;
  private final List<String[]> rows = new ArrayList<>();

  public CsvTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  public List<String> header() {
    return header;
  }

  /** Adds a row of already-formatted cells; text cells must have gone through {@link #text}. */
  public void add(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.length + " cells, header has " + header.size());
    }
    rows.add(cells.clone());
  }

  public List<String[]> rows() {
    return List.copyOf(rows);
  }

  /** A text cell made safe to open in a spreadsheet. */
  public static String text(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    char c = s.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + s;
    }
    return s;
  }

  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  public void write(OutputStream out) throws IOException {
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    ICSVWriter csv = new CSVWriterBuilder(w).withLineEnd("\n").build();
    csv.writeNext(header.toArray(new String[0]), false);
    for (String[] r : rows) {
      csv.writeNext(r, false);
    }
    csv.flush();
    w.flush();
  }
}
