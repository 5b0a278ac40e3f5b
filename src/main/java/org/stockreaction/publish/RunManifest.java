package org.stockreaction.publish;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stockreaction.config.OutputFormat;
import org.stockreaction.config.Setting;
import org.stockreaction.ingest.EventTime;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.FactorFile;
import org.stockreaction.job.InputFile;
import org.stockreaction.job.StudyResult;
import org.stockreaction.job.Workers;
import org.stockreaction.report.FileDigest;

/**
 * {@code manifest.json}: what one run read, how it was set up and what became of each event. It is
 * written last into the run folder, so a run folder with a manifest is complete. Everything in it
 * is fixed by the inputs and the config except {@code run}, {@code started} and {@code finished}.
 *
 * @param version the tool's version
 * @param runName the run folder's name
 * @param started when the run started
 * @param finished when the reports were written
 * @param exitCode the exit code the run ends with
 * @param inputDir the input folder
 * @param inputDisplay how the input folder is named in messages and here
 * @param configFile the config file read, or null when the defaults and the command line were used
 * @param configDisplay how the config file is named here
 */
public record RunManifest(
    String version, String runName, Instant started, Instant finished, int exitCode,
    Path inputDir, String inputDisplay, Path configFile, String configDisplay) {

  /** The manifest's layout version; raise it when a field changes meaning. */
  public static final int FORMAT = 1;

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * Loads the JSON and SHA-256 machinery on a background thread, so its class loading overlaps the
   * study's computation instead of adding to it.
   */
  public static void warmUp() {
    Thread t = new Thread(() -> {
      try (JsonGenerator g = JSON.createGenerator(OutputStream.nullOutputStream())) {
        g.setPrettyPrinter(pretty());
        g.writeStartObject();
        g.writeNumberField("warm", 1);
        g.writeEndObject();
        MessageDigest.getInstance("SHA-256").digest(new byte[1 << 12]);
      } catch (Throwable e) {
        // only a warm-up: the real call reports any problem
      }
    }, "manifest-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /**
   * One event's status as compact JSON, so the events list has one line per event (a study of
   * 24,000 events: 3.2 MB instead of 4.8 MB). Built with Jackson's own string escaping rather than
   * a generator per event: creating 24,000 generators was most of this method's time.
   */
  static String compact(EventOutcome o) {
    StringBuilder b = new StringBuilder(160).append("{\"line\":").append(o.line());
    field(b, "ticker", o.ticker());
    field(b, "event_date", o.eventDate());
    field(b, "status", o.ok() ? "ok" : "failed");
    if (o.ok()) {
      field(b, "day0", o.result().day0().toString());
      field(b, "benchmark", o.result().benchmark());
      field(b, "model", o.result().model().key());
    } else {
      field(b, "reason", o.reason().key());
      field(b, "message", o.message());
    }
    return b.append('}').toString();
  }

  /**
   * Appends {@code ,"name":"value"} (or {@code null}), escaped as a generator of the default
   * {@link JsonFactory} does: this class's own {@code JSON} has no escaping feature turned on
   * (non-ASCII, forward slashes and custom escapes stay as they are).
   */
  private static void field(StringBuilder b, String name, String value) {
    b.append(",\"").append(name).append("\":");
    if (value == null) {
      b.append("null");
    } else {
      b.append('"').append(JsonStringEncoder.getInstance().quoteAsString(value)).append('"');
    }
  }

  /** Two spaces per level, one field or element per line, {@code "key" : value}. */
  private static DefaultPrettyPrinter pretty() {
    return new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }

  /** As {@link #write(StudyResult, Path, List, int)} with one thread per core. */
  public void write(StudyResult study, Path folder, List<String> outputs) throws IOException {
    write(study, folder, outputs, 0);
  }

  /** As {@link #write(StudyResult, Path, List, int, Digests)} with no digest started earlier. */
  public void write(StudyResult study, Path folder, List<String> outputs, int threads)
      throws IOException {
    try (Digests none = new Digests()) {
      write(study, folder, outputs, threads, none);
    }
  }

  /**
   * Writes {@code manifest.json} into {@code folder}, listing the files already there. The
   * SHA-256 of every input and output file is computed first, on {@code threads} threads (0: one
   * per core), largest file first; the digests {@code early} started are taken from it.
   */
  public void write(StudyResult study, Path folder, List<String> outputs, int threads,
      Digests early) throws IOException {
    Map<Path, String> hashes = hashes(filesToHash(study, folder, outputs), threads, early);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 14);
    try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(pretty());
      write(g, study, folder, outputs, hashes);
    }
    bytes.write('\n');
    Files.write(folder.resolve(RunLayout.MANIFEST), bytes.toByteArray());
  }

  /** Every file the manifest gives a hash for, each once. */
  private List<Path> filesToHash(StudyResult study, Path folder, List<String> outputs) {
    Set<Path> files = new LinkedHashSet<>();
    if (configFile != null && Files.isRegularFile(configFile)) {
      files.add(configFile);
    }
    files.add(inputDir.resolve(study.config().events()));
    for (InputFile f : study.inputs()) {
      files.add(inputDir.resolve(f.path()));
    }
    for (FactorFile f : study.factorFiles()) {
      files.add(inputDir.resolve(f.path()));
    }
    for (String name : outputs) {
      files.add(folder.resolve(name));
    }
    return new ArrayList<>(files);
  }

  private static Map<Path, String> hashes(List<Path> files, int threads, Digests early)
      throws IOException {
    List<Path> bySize = new ArrayList<>(files);
    Map<Path, Long> sizes = new HashMap<>();
    for (Path f : files) {
      sizes.put(f, Files.size(f));
    }
    bySize.sort(Comparator.comparing(sizes::get).reversed());
    String[] hex = new String[bySize.size()];
    try (Workers pool = new Workers(threads > 0 ? threads
        : Runtime.getRuntime().availableProcessors())) {
      pool.forEachIo(hex.length, i -> hex[i] = early.sha256(bySize.get(i)));
    }
    Map<Path, String> out = new HashMap<>();
    for (int i = 0; i < hex.length; i++) {
      out.put(bySize.get(i), hex[i]);
    }
    return out;
  }

  private void write(JsonGenerator g, StudyResult study, Path folder, List<String> outputs,
      Map<Path, String> hashes) throws IOException {
    g.writeStartObject();
    g.writeNumberField("format", FORMAT);
    g.writeStringField("tool", "stock-reaction");
    g.writeStringField("version", version);
    g.writeStringField("run", runName);
    g.writeStringField("started", started.toString());
    g.writeStringField("finished", finished.toString());
    g.writeNumberField("exit_code", exitCode);

    g.writeObjectFieldStart("config");
    for (Map.Entry<String, String> e : study.config().describe().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeStringField(Setting.KEEP_RUNS.key(), Integer.toString(study.config().keepRuns()));
    g.writeStringField(Setting.FORMATS.key(), OutputFormat.describe(study.config().formats()));
    g.writeEndObject();

    g.writeArrayFieldStart("inputs");
    if (configFile != null && Files.isRegularFile(configFile)) {
      g.writeStartObject();
      g.writeStringField("role", "config");
      g.writeStringField("path", configDisplay);
      g.writeStringField("sha256", hashes.get(configFile));
      g.writeEndObject();
    }
    g.writeStartObject();
    g.writeStringField("role", "events");
    String events = study.config().events();
    g.writeStringField("path", Path.of(events).isAbsolute() ? events
        : inputDisplay + "/" + events);
    g.writeStringField("sha256", hashes.get(inputDir.resolve(study.config().events())));
    g.writeNumberField("rows", study.outcomes().size());
    // the range of event dates as written (a timestamp's date in its own offset)
    LocalDate first = null;
    LocalDate last = null;
    for (EventOutcome o : study.outcomes()) {
      if (o.spec() != null) {
        EventTime t = o.spec().time();
        LocalDate d = t.date() != null ? t.date()
            : t.instant() != null ? t.instant().toLocalDate() : t.local().toLocalDate();
        first = first == null || d.isBefore(first) ? d : first;
        last = last == null || d.isAfter(last) ? d : last;
      }
    }
    g.writeStringField("first", first == null ? null : first.toString());
    g.writeStringField("last", last == null ? null : last.toString());
    g.writeEndObject();
    for (InputFile f : study.inputs()) {
      g.writeStartObject();
      g.writeStringField("role", "prices");
      g.writeStringField("ticker", f.ticker());
      g.writeStringField("path", inputDisplay + "/" + f.path());
      g.writeStringField("sha256", hashes.get(inputDir.resolve(f.path())));
      g.writeNumberField("rows", f.rows());
      g.writeStringField("first", f.first().toString());
      g.writeStringField("last", f.last().toString());
      g.writeStringField("price_column", f.priceColumn());
      g.writeEndObject();
    }
    for (FactorFile f : study.factorFiles()) {
      g.writeStartObject();
      g.writeStringField("role", "factors");
      g.writeStringField("setting", f.setting());
      g.writeStringField("path", inputDisplay + "/" + f.path());
      g.writeStringField("sha256", hashes.get(inputDir.resolve(f.path())));
      g.writeStringField("vintage", f.vintage());
      g.writeNumberField("rows", f.rows());
      g.writeStringField("first", f.first().toString());
      g.writeStringField("last", f.last().toString());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeObjectFieldStart("events_summary");
    g.writeNumberField("total", study.outcomes().size());
    g.writeNumberField("ok", study.succeeded());
    g.writeNumberField("failed", study.failed());
    g.writeEndObject();
    g.writeArrayFieldStart("events");
    for (EventOutcome o : study.outcomes()) {
      g.writeRawValue(compact(o));
    }
    g.writeEndArray();

    g.writeArrayFieldStart("warnings");
    for (String w : study.warnings()) {
      g.writeString(w);
    }
    g.writeEndArray();

    g.writeArrayFieldStart("outputs");
    for (String name : outputs) {
      Path f = folder.resolve(name);
      g.writeStartObject();
      g.writeStringField("file", name);
      g.writeNumberField("bytes", Files.size(f));
      g.writeStringField("sha256", hashes.get(f));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** The SHA-256 of a file's bytes, as lower-case hex. */
  public static String sha256(Path file) throws IOException {
    return FileDigest.sha256(file);
  }
}
