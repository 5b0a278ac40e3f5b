package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs on one output folder at once, and a lock file left by a run that died. */
class ConcurrentRunsIT {

  @TempDir
  Path dir;

  private static List<String> runs(Path out) throws Exception {
    try (Stream<Path> s = Files.list(out.resolve(RunLayout.RUNS))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void secondConcurrentRunExits5AndCorruptsNothing() throws Exception {
    SyntheticStudy.write(dir.resolve("input"), 20, 1500, 500, 11L);
    Path out = dir.resolve("output");
    assertEquals(0, JarRun.run(dir).exitCode());
    Published first = Published.read(out);

    JarRun a = JarRun.start(dir, List.of());
    String holder = "pid " + a.process.pid() + " ";
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!(Files.exists(out.resolve(RunLayout.LOCK))
        && Files.readString(out.resolve(RunLayout.LOCK)).startsWith(holder))) {
      assertTrue(a.process.isAlive() && System.nanoTime() < deadline, "run A never took the lock");
      Thread.sleep(20);
    }
    JarRun.Result b = JarRun.run(dir);
    assertTrue(a.process.isAlive(), "run A must still be going for this test to mean anything");
    assertEquals(5, b.exitCode(), b.err());
    assertTrue(b.err().contains("another run is writing this output folder (" + holder), b.err());
    JarRun.Result ra = a.await();
    assertEquals(0, ra.exitCode(), ra.err());

    Published after = Published.read(out);
    assertEquals(2, runs(out).size(), "A published one run, B none: " + runs(out));
    assertTrue(after.sameReports(first), "A's reports equal the earlier run's, byte for byte");
  }

  @Test
  void lockAndLeftoversOfADeadRunDoNotBlock() throws Exception {
    SyntheticStudy.copyShippedInput(dir.resolve("input"));
    Path out = Files.createDirectories(dir.resolve("output/runs"));
    Files.writeString(dir.resolve("output/.lock"),
        "pid 999999 since 2020-01-01T00:00:00Z (locked 2020-01-01T00:00:01Z)");
    Path half = Files.createDirectories(out.resolve(".tmp-20200101T000000000Z-abcdef"));
    Files.writeString(half.resolve("summary.csv"), "half written");
    Files.createSymbolicLink(dir.resolve("output/.tmp-latest-20200101T000000000Z-abcdef"),
        Path.of("runs/.tmp-20200101T000000000Z-abcdef"));

    JarRun.Result r = JarRun.run(dir);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(1, runs(dir.resolve("output")).size(), "the half-written folder is gone");
    assertTrue(Files.notExists(dir.resolve("output/.tmp-latest-20200101T000000000Z-abcdef"),
        java.nio.file.LinkOption.NOFOLLOW_LINKS));
    Published.read(dir.resolve("output"));
    assertTrue(Files.readString(dir.resolve("output/.lock")).startsWith("pid "), "rewritten");
  }
}
