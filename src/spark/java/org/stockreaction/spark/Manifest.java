package org.stockreaction.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.report.TableRows.Table;

/**
 * {@code manifest.json}: what the run read, with which settings, on which Spark, how many events
 * computed and failed, and the files it wrote with their rows.
 */
final class Manifest {

  static final String FILE = "manifest.json";

  private Manifest() {}

  record Run(String version, String runId, Instant started, Instant finished, String master,
      String sparkVersion, String input, String output, long succeeded, long failed) {}

  static void write(OutputStream out, Run run, StudyConfig config, Map<Table, Long> rows,
      List<String> files) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("tool", "stock-reaction-spark");
      g.writeStringField("version", run.version());
      g.writeStringField("run", run.runId());
      g.writeStringField("started", run.started().toString());
      g.writeStringField("finished", run.finished().toString());
      g.writeStringField("engine", "spark " + run.sparkVersion() + " " + run.master());
      g.writeStringField("input", run.input());
      g.writeStringField("output", run.output());
      g.writeObjectFieldStart("events");
      g.writeNumberField("succeeded", run.succeeded());
      g.writeNumberField("failed", run.failed());
      g.writeEndObject();
      g.writeObjectFieldStart("settings");
      for (Map.Entry<String, String> e : config.describe().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("tables");
      for (Table t : Table.values()) {
        g.writeStartObject();
        g.writeStringField("file", t.file());
        g.writeNumberField("rows", rows.getOrDefault(t, 0L));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("files");
      for (String f : files) {
        g.writeString(f);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
