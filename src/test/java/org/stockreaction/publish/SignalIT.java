package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM and SIGINT sent to the real jar, once while it writes its reports and once while it
 * computes: it logs one line, removes its temporary run folder, releases the lock, exits with 143
 * or 130, and leaves {@code latest} on the previous run.
 */
class SignalIT {

  @TempDir
  Path dir;

  @Test
  void aSignalRemovesTheTemporaryRunReleasesTheLockAndLeavesLatest() throws Exception {
    SyntheticStudy.write(dir.resolve("input"), 30, 1600, 300, 20250211L);
    Path out = dir.resolve("out");
    assertEquals(0, JarRun.run(dir, "--output", "out").exitCode());
    String before = Files.readSymbolicLink(out.resolve("latest")).toString();

    record Case(String signal, int exit, boolean whileWriting) {}
    for (Case c : List.of(new Case("TERM", 143, true), new Case("INT", 130, true),
        new Case("TERM", 143, false))) {
      String what = "SIG" + c.signal() + (c.whileWriting() ? " while writing" : " while computing");
      JarRun run = JarRun.start(dir, List.of(), "--output", "out");
      if (c.whileWriting()) {
        waitFor(() -> temporaryRun(out), run, what);
      } else {
        waitFor(() -> Files.readString(out.resolve(".lock")).contains("pid " + run.process.pid()),
            run, what);
        Thread.sleep(50); // the hook is installed just after the lock is taken
      }
      Process kill = new ProcessBuilder("kill", "-" + c.signal(),
          Long.toString(run.process.pid())).inheritIO().start();
      assertEquals(0, kill.waitFor());
      JarRun.Result r = run.await();
      assertEquals(c.exit(), r.exitCode(), what + ": " + r.err());
      List<String> lines = r.err().lines().filter(l -> l.contains("stopped by a signal")).toList();
      assertEquals(1, lines.size(), what + ": " + r.err());
      assertTrue(lines.get(0).contains("nothing published") && lines.get(0)
          .contains("unchanged; lock released"), what + ": " + lines.get(0));
      assertEquals(c.whileWriting(), lines.get(0).contains("removed "), what + ": " + lines.get(0));
      assertFalse(r.err().contains("\tat "), what + ": " + r.err());
      assertFalse(temporaryRun(out), what + ": the temporary run folder is still there");
      assertEquals(before, Files.readSymbolicLink(out.resolve("latest")).toString(), what);
      try (OutputLock lock = OutputLock.acquire(out)) {
        assertTrue(lock != null, what + ": the lock is free again");
      }
    }
    assertEquals(0, JarRun.run(dir, "--output", "out").exitCode());
  }

  private interface Check {
    boolean holds() throws IOException;
  }

  private static void waitFor(Check check, JarRun run, String what) throws Exception {
    long end = System.nanoTime() + 120_000_000_000L;
    while (true) {
      try {
        if (check.holds()) {
          return;
        }
      } catch (IOException e) {
        // not there yet
      }
      assertTrue(run.process.isAlive(), what + ": the run ended before the signal");
      assertTrue(System.nanoTime() < end, what + ": waited two minutes");
      Thread.sleep(2);
    }
  }

  private static boolean temporaryRun(Path out) throws IOException {
    Path runs = out.resolve("runs");
    if (!Files.isDirectory(runs)) {
      return false;
    }
    try (Stream<Path> s = Files.list(runs)) {
      return s.anyMatch(p -> p.getFileName().toString().startsWith(".tmp-"));
    }
  }
}
