package org.stockreaction.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few dozen of {@link CliFuzzTest}'s mutated inputs (another seed) run by the packaged jar as
 * separate processes, as cron runs it: the process's exit code is 0, 2, 3 or 4, stderr holds no
 * stack trace, nothing outside the output folder changes, and {@code latest} is unchanged or a
 * complete run.
 */
class CliProcessFuzzIT {

  static final long SEED = 20250212L;
  static final int CASES = 30;

  @TempDir
  Path dir;

  @Test
  void mutatedInputsEndInADocumentedExitCodeInARealProcess() throws Exception {
    Path jar = Path.of(System.getProperty("stockreaction.jar", "target/stock-reaction.jar"))
        .toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), jar + " is missing: run mvn package first");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Map<String, byte[]> base = CliFuzzTest.baseInput();
    Path input = dir.resolve("input");
    Path output = dir.resolve("output");
    Map<Integer, Integer> codes = new TreeMap<>();
    for (int i = 0; i < CASES; i++) {
      CliFuzzTest.Case c = CliFuzzTest.mutate(base, SEED, i);
      String where = "seed " + SEED + ", case " + i + " (" + String.join("; ", c.mutations()) + ")";
      org.stockreaction.publish.RunPublisher.deleteTree(input);
      for (Map.Entry<String, byte[]> e : c.files().entrySet()) {
        Path p = input.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, e.getValue());
      }
      Map<String, String> before = CliFuzzTest.snapshot(dir, output);
      String latestBefore = CliFuzzTest.latest(output);
      Path err = dir.resolve("stderr.txt");
      Process p = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "--input",
          "input", "--output", "output", "--threads", "1")).directory(dir.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), where + ": no end within two minutes");
      String log = Files.readString(err, StandardCharsets.UTF_8);
      Files.delete(err);
      int code = p.exitValue();
      codes.merge(code, 1, Integer::sum);
      assertTrue(Set.of(0, 2, 3, 4).contains(code), where + ": exit code " + code + "\n" + log);
      assertFalse(log.contains("\tat ") || log.contains("Exception"), where + ": " + log);
      assertEquals(before, CliFuzzTest.snapshot(dir, output), where + ": outside changed");
      CliFuzzTest.checkOutput(output, latestBefore, code, where + "\n" + log);
    }
    System.out.println("CliProcessFuzzIT: " + CASES + " processes (seed " + SEED + "); exit codes "
        + codes);
    assertTrue(codes.size() >= 2, "the cases reach more than one outcome: " + codes);
  }
}
