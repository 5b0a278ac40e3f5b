package org.stockreaction.publish;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.stockreaction.calendar.EventTime;
import org.stockreaction.config.Setting;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.InputFile;
import org.stockreaction.job.StudyResult;

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

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Loads the JSON and SHA-256 machinery on a background thread, so its class loading (about a
   * tenth of a second on a cold JVM) overlaps the study's computation instead of adding to it.
   */
  public static void warmUp() {
    Thread t = new Thread(() -> {
      try {
        JSON.writeValueAsBytes(JSON.createObjectNode().put("warm", 1));
        MessageDigest.getInstance("SHA-256").digest(new byte[1 << 12]);
      } catch (Exception e) {
        // only a warm-up: the real call reports any problem
      }
    }, "manifest-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** Writes {@code manifest.json} into {@code folder}, listing the files already there. */
  public void write(StudyResult study, Path folder, List<String> outputs) throws IOException {
    ObjectNode root = toJson(study, folder, outputs);
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    String text = JSON.writer(pretty).writeValueAsString(root) + "\n";
    Files.writeString(folder.resolve(RunLayout.MANIFEST), text, StandardCharsets.UTF_8);
  }

  ObjectNode toJson(StudyResult study, Path folder, List<String> outputs) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("tool", "stock-reaction");
    root.put("version", version);
    root.put("run", runName);
    root.put("started", started.toString());
    root.put("finished", finished.toString());
    root.put("exit_code", exitCode);

    ObjectNode config = root.putObject("config");
    for (Map.Entry<String, String> e : study.config().describe().entrySet()) {
      config.put(e.getKey(), e.getValue());
    }
    config.put(Setting.KEEP_RUNS.key(), Integer.toString(study.config().keepRuns()));

    ArrayNode inputs = root.putArray("inputs");
    if (configFile != null && Files.isRegularFile(configFile)) {
      ObjectNode c = inputs.addObject();
      c.put("role", "config");
      c.put("path", configDisplay);
      c.put("sha256", sha256(configFile));
    }
    ObjectNode ev = inputs.addObject();
    ev.put("role", "events");
    ev.put("path", inputDisplay + "/" + study.config().events());
    ev.put("sha256", sha256(inputDir.resolve(study.config().events())));
    ev.put("rows", study.outcomes().size());
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
    ev.put("first", first == null ? null : first.toString());
    ev.put("last", last == null ? null : last.toString());
    // a panel file holds many tickers: hash each file once
    Map<String, String> hashes = new java.util.HashMap<>();
    for (InputFile f : study.inputs()) {
      ObjectNode p = inputs.addObject();
      p.put("role", "prices");
      p.put("ticker", f.ticker());
      p.put("path", inputDisplay + "/" + f.path());
      String hash = hashes.get(f.path());
      if (hash == null) {
        hash = sha256(inputDir.resolve(f.path()));
        hashes.put(f.path(), hash);
      }
      p.put("sha256", hash);
      p.put("rows", f.rows());
      p.put("first", f.first().toString());
      p.put("last", f.last().toString());
      p.put("price_column", f.priceColumn());
    }
    for (org.stockreaction.job.FactorFile f : study.factorFiles()) {
      ObjectNode p = inputs.addObject();
      p.put("role", "factors");
      p.put("setting", f.setting());
      p.put("path", inputDisplay + "/" + f.path());
      p.put("sha256", sha256(inputDir.resolve(f.path())));
      p.put("vintage", f.vintage());
      p.put("rows", f.rows());
      p.put("first", f.first().toString());
      p.put("last", f.last().toString());
    }

    ObjectNode summary = root.putObject("events_summary");
    summary.put("total", study.outcomes().size());
    summary.put("ok", study.succeeded());
    summary.put("failed", study.failed());
    ArrayNode events = root.putArray("events");
    for (EventOutcome o : study.outcomes()) {
      ObjectNode e = events.addObject();
      e.put("line", o.line());
      e.put("ticker", o.ticker());
      e.put("event_date", o.eventDate());
      e.put("status", o.ok() ? "ok" : "failed");
      if (o.ok()) {
        e.put("day0", o.result().day0().toString());
        e.put("benchmark", o.result().benchmark());
        e.put("model", o.result().model().key());
      } else {
        e.put("reason", o.reason().key());
        e.put("message", o.message());
      }
    }

    ArrayNode warnings = root.putArray("warnings");
    study.warnings().forEach(warnings::add);

    ArrayNode files = root.putArray("outputs");
    for (String name : outputs) {
      Path f = folder.resolve(name);
      ObjectNode o = files.addObject();
      o.put("file", name);
      o.put("bytes", Files.size(f));
      o.put("sha256", sha256(f));
    }
    return root;
  }

  /** The SHA-256 of a file's bytes, as lower-case hex. */
  public static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
