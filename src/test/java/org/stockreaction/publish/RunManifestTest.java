package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.JobListener;
import org.stockreaction.job.StudyJob;
import org.stockreaction.job.StudyResult;

class RunManifestTest {

  @TempDir
  Path dir;

  @Test
  void sha256MatchesThePublishedTestVector() throws Exception {
    // FIPS 180-2, appendix B.1: SHA-256("abc")
    Path f = Files.writeString(dir.resolve("abc"), "abc", StandardCharsets.US_ASCII);
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        RunManifest.sha256(f));
  }

  @Test
  void recordsConfigInputsEventsTimesAndExitCode() throws Exception {
    Path in = SyntheticStudy.write(dir.resolve("in"), 2, 400, 3, 3L);
    Files.writeString(in.resolve("events.csv"), "ticker,event_date,reported_move_pct,benchmark\n"
        + "SYN000,2016-01-04,1,SYNMKT\nSYN001,2016-01-05,,SYNMKT\nSYN000,2016-01-06,,SYNMKT\n"
        + "NOPE,2015-06-01,,SYNMKT\n", StandardCharsets.UTF_8);
    StudyConfig cfg = ConfigLoader.load(in.resolve("study.properties"), "in/study.properties",
        java.util.Map.of("as-of", "2016-01-29", "keep-runs", "4"));
    StudyResult study = new StudyJob(cfg, in, "in", JobListener.SILENT).run();
    Path folder = Files.createDirectories(dir.resolve("run"));
    Files.writeString(folder.resolve("x.csv"), "abc", StandardCharsets.US_ASCII);
    Instant start = Instant.parse("2025-02-11T06:30:00Z");
    new RunManifest("1.2.3", "r", start, start.plusSeconds(2), 4, in, "in",
        in.resolve("study.properties"), "in/study.properties").write(study, folder, List.of("x.csv"));

    String text = Files.readString(folder.resolve("manifest.json"));
    assertFalse(text.contains("\r"));
    JsonNode m = new ObjectMapper().readTree(text);
    assertEquals("1.2.3", m.get("version").asText());
    assertEquals("2025-02-11T06:30:00Z", m.get("started").asText());
    assertEquals("2025-02-11T06:30:02Z", m.get("finished").asText());
    assertEquals(4, m.get("exit_code").asInt());
    assertEquals("2016-01-29", m.get("config").get("as-of").asText());
    assertEquals("4", m.get("config").get("keep-runs").asText());
    assertEquals("market", m.get("config").get("model").asText());
    JsonNode inputs = m.get("inputs");
    assertEquals("config", inputs.get(0).get("role").asText());
    assertEquals(RunManifest.sha256(in.resolve("study.properties")),
        inputs.get(0).get("sha256").asText());
    assertEquals("events", inputs.get(1).get("role").asText());
    assertEquals(4, inputs.get(1).get("rows").asInt());
    assertEquals("2015-06-01", inputs.get(1).get("first").asText());
    assertEquals("2016-01-06", inputs.get(1).get("last").asText());
    JsonNode bench = inputs.get(inputs.size() - 1);
    assertEquals("SYNMKT", bench.get("ticker").asText());
    assertEquals("in/prices/SYNMKT.csv", bench.get("path").asText());
    // weekdays 2015-01-02 .. 2015-12-31: 261 in 2015 less Thu 1 Jan = 260; 2016-01-01 .. 01-29: 21
    assertEquals(260 + 21, bench.get("rows").asInt());
    assertEquals("2015-01-02", bench.get("first").asText());
    assertEquals("2016-01-29", bench.get("last").asText());
    JsonNode last = m.get("events").get(3);
    assertEquals("failed", last.get("status").asText());
    assertEquals("unknown_ticker", last.get("reason").asText());
    assertEquals(1, m.get("events_summary").get("failed").asInt());
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        m.get("outputs").get(0).get("sha256").asText());
    assertEquals(3, m.get("outputs").get(0).get("bytes").asInt());
  }

  @Test
  void eachEventLineIsWhatJacksonsGeneratorWritesForHostileText() throws Exception {
    // the line is built with Jackson's string escaping; its generator is the outside check
    String[] hostile = {"plain", "quote \" and back\\slash", "tab\tnew\nline\r\u0001\u001f",
        "\u00e9\u4e2d\u6587 \ud83d\ude00", "</script><!--", "=HYPERLINK(\"x\")", ""};
    com.fasterxml.jackson.core.JsonFactory json = new com.fasterxml.jackson.core.JsonFactory();
    for (String text : hostile) {
      EventOutcome o = new EventOutcome(7, "T" + text, "2025-02-11" + text, "", "", null, null,
          org.stockreaction.job.FailureReason.UNKNOWN_TICKER, "no price file: " + text);
      java.io.StringWriter w = new java.io.StringWriter();
      try (com.fasterxml.jackson.core.JsonGenerator g = json.createGenerator(w)) {
        g.writeStartObject();
        g.writeNumberField("line", 7);
        g.writeStringField("ticker", o.ticker());
        g.writeStringField("event_date", o.eventDate());
        g.writeStringField("status", "failed");
        g.writeStringField("reason", o.reason().key());
        g.writeStringField("message", o.message());
        g.writeEndObject();
      }
      assertEquals(w.toString(), RunManifest.compact(o), text);
      assertEquals(o.message(),
          new ObjectMapper().readTree(RunManifest.compact(o)).get("message").asText());
    }
  }
}
