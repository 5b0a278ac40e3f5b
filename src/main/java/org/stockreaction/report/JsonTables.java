package org.stockreaction.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CSV tables as JSON for programs: the same rows and columns, numbers as JSON numbers (the
 * exact decimal the CSV holds), text without the spreadsheet guard, empty numbers and dates as
 * {@code null}.
 *
 * <pre>
 * {"table": "summary", "version": 1,
 *  "columns": [{"name": "ticker", "type": "text"}, ...],
 *  "rows": [{"ticker": "BABA", "day0": "2025-02-12", "day0_ar_pct": 3.141593, ...}, ...]}
 * </pre>
 */
public final class JsonTables {

  /** Bumped when a column changes meaning or is removed; added columns keep the version. */
  public static final int VERSION = 1;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  /**
   * Compact JSON with one array element per line, so a table of many rows stays small and a
   * person can still read it row by row.
   */
  private static final com.fasterxml.jackson.core.util.MinimalPrettyPrinter ONE_ROW_PER_LINE =
      new com.fasterxml.jackson.core.util.MinimalPrettyPrinter() {
        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
          g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
          g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
          g.writeRaw(nrOfValues > 0 ? "\n]" : "]");
        }
      };

  private JsonTables() {}

  public static void write(String name, CsvTable table, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(name, table, out);
    }
  }

  public static void write(String name, CsvTable table, OutputStream out) throws IOException {
    List<String> header = table.header();
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(ONE_ROW_PER_LINE);
      g.writeStartObject();
      g.writeStringField("table", name);
      g.writeNumberField("version", VERSION);
      g.writeArrayFieldStart("columns");
      for (String c : header) {
        g.writeStartObject();
        g.writeStringField("name", c);
        g.writeStringField("type", Columns.of(c).key());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rows");
      Columns.Type[] types = new Columns.Type[header.size()];
      for (int i = 0; i < types.length; i++) {
        types[i] = Columns.of(header.get(i));
      }
      for (String[] row : table.rows()) {
        g.writeStartObject();
        for (int i = 0; i < types.length; i++) {
          g.writeFieldName(header.get(i));
          String cell = row[i];
          switch (types[i]) {
            case TEXT -> g.writeString(CsvTable.untext(cell));
            case DATE -> {
              if (cell.isEmpty()) {
                g.writeNull();
              } else {
                g.writeString(cell);
              }
            }
            case NUMBER, INTEGER -> {
              if (cell.isEmpty()) {
                g.writeNull();
              } else {
                // the cell is already a plain decimal (report.Decimals): written as it stands
                g.writeNumber(cell);
              }
            }
            default -> throw new IllegalStateException();
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }
}
