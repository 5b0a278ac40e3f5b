package org.stockreaction.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
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

  private JsonTables() {}

  public static void write(String name, CsvTable table, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(name, table, out);
    }
  }

  public static void write(String name, CsvTable table, OutputStream out) throws IOException {
    List<String> header = table.header();
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
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
      for (String[] row : table.rows()) {
        g.writeStartObject();
        for (int i = 0; i < header.size(); i++) {
          g.writeFieldName(header.get(i));
          String cell = row[i];
          switch (Columns.of(header.get(i))) {
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
                g.writeNumber(new BigDecimal(cell));
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
