package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What {@code <output>/latest} shows: the bytes of every report (the manifest apart, whose times
 * differ between runs), after checking that the set is whole: the manifest lists exactly the
 * files present, each with its size and SHA-256.
 *
 * @param run the run folder latest points at
 * @param reports report name to bytes, without the manifest
 * @param manifest the parsed manifest
 */
record Published(String run, Map<String, byte[]> reports, JsonNode manifest) {

  /** Reads latest, or returns null when there is no latest yet. */
  static Published read(Path output) throws IOException {
    Path latest = RunLayout.latest(output);
    if (!Files.exists(latest)) {
      return null;
    }
    assertTrue(Files.isSymbolicLink(latest), "latest must be a link");
    Path target = output.resolve(Files.readSymbolicLink(latest));
    JsonNode manifest = new ObjectMapper().readTree(latest.resolve(RunLayout.MANIFEST).toFile());
    Map<String, byte[]> reports = new TreeMap<>();
    Path root = latest.toRealPath();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        String name = root.relativize(p).toString().replace('\\', '/');
        if (!name.equals(RunLayout.MANIFEST)) {
          reports.put(name, Files.readAllBytes(p));
        }
      }
    }
    Map<String, String> listed = new TreeMap<>();
    for (JsonNode f : manifest.get("outputs")) {
      listed.put(f.get("file").asText(), f.get("sha256").asText());
      assertEquals(f.get("bytes").asLong(), Files.size(latest.resolve(f.get("file").asText())));
    }
    assertEquals(listed.keySet(), reports.keySet(), "the manifest lists the files present");
    for (Map.Entry<String, String> e : listed.entrySet()) {
      assertEquals(e.getValue(), RunManifest.sha256(latest.resolve(e.getKey())), e.getKey());
    }
    assertEquals(target.getFileName().toString(), manifest.get("run").asText());
    return new Published(target.getFileName().toString(), reports, manifest);
  }

  /** Whether the reports are byte for byte those of {@code other}. */
  boolean sameReports(Published other) {
    if (!reports.keySet().equals(other.reports.keySet())) {
      return false;
    }
    for (Map.Entry<String, byte[]> e : reports.entrySet()) {
      if (!java.util.Arrays.equals(e.getValue(), other.reports.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** The first report that differs from {@code other} and its first differing line. */
  String firstDifference(Published other) {
    for (Map.Entry<String, byte[]> e : reports.entrySet()) {
      byte[] theirs = other.reports.get(e.getKey());
      if (!java.util.Arrays.equals(e.getValue(), theirs)) {
        if (theirs == null) {
          return e.getKey() + " (missing in the other)";
        }
        String[] a = new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
        String[] b = new String(theirs, java.nio.charset.StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
          if (!a[i].equals(b[i])) {
            return e.getKey() + " line " + (i + 1) + ": \"" + a[i] + "\" vs \"" + b[i] + "\"";
          }
        }
        return e.getKey() + " (lengths " + a.length + " and " + b.length + " lines)";
      }
    }
    return reports.keySet().equals(other.reports.keySet()) ? "none" : "the file names";
  }
}
