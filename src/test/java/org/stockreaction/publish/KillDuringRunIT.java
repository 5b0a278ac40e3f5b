package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the real jar with kill -9 at random moments, many times, and checks after each kill that
 * {@code output/latest} holds either the previous complete set or the new one, whole, and never a
 * mix. Runs alternate between two configs whose reports differ, so "previous" and "new" can be told
 * apart. The input is synthetic and large enough (300 events) that writing takes about a second.
 */
class KillDuringRunIT {

  private static final int KILLS = 10;

  /** Where a kill landed, judged from what it left behind. */
  enum Landed { BEFORE_WRITING, WHILE_WRITING, BEFORE_SWITCH, AFTER_PUBLISHING }

  @TempDir
  Path dir;

  @Test
  void latestIsAlwaysThePreviousOrTheNewCompleteSet() throws Exception {
    SyntheticStudy.write(dir.resolve("input"), 30, 1600, 300, 20250211L);
    String[] a = {"--output", "out", "--keep-runs", "3"};
    String[] b = {"--output", "out", "--keep-runs", "3", "--model", "market-adjusted"};

    Path out = dir.resolve("out");
    long t0 = System.nanoTime();
    assertEquals(0, JarRun.run(dir, a).exitCode());
    long full = System.nanoTime() - t0;
    Published refA = Published.read(out);
    assertEquals(0, JarRun.run(dir, "--output", "ref-b", "--model", "market-adjusted").exitCode());
    Published refB = Published.read(dir.resolve("ref-b"));
    assertFalse(refA.sameReports(refB), "the two configs must give different reports");
    Published current = refA;
    boolean currentIsA = true;

    Random rnd = new Random(7);
    Map<Landed, Integer> landed = new EnumMap<>(Landed.class);
    for (int i = 0; i < KILLS; i++) {
      boolean nextIsA = !currentIsA;
      JarRun run = JarRun.start(dir, List.of(), nextIsA ? a : b);
      long wait = (long) (full * (0.15 + 0.9 * rnd.nextDouble()) / 1_000_000);
      Thread.sleep(wait);
      run.kill();

      Published after = Published.read(out);
      assertNotNull(after, "latest vanished after kill " + i);
      Published expectNew = nextIsA ? refA : refB;
      Published expectOld = currentIsA ? refA : refB;
      boolean isNew = !after.run().equals(current.run());
      if (isNew) {
        assertTrue(after.sameReports(expectNew), "kill " + i + " at " + wait + " ms: latest is a"
            + " new run whose " + after.firstDifference(expectNew) + " differs from a full run");
        currentIsA = nextIsA;
      } else {
        assertTrue(after.sameReports(expectOld), "kill " + i + ": the previous set changed");
      }
      landed.merge(classify(out, isNew, current.run()), 1, Integer::sum);
      current = after;
    }
    System.out.println("KillDuringRunIT: full run " + full / 1_000_000 + " ms; " + KILLS
        + " kills landed " + landed);

    // the last kill's lock and half-written folder block nothing and are cleaned away
    JarRun.Result last = JarRun.run(dir, currentIsA ? b : a);
    assertEquals(0, last.exitCode(), last.err());
    assertTrue(Published.read(out).sameReports(currentIsA ? refB : refA));
    try (Stream<Path> s = Files.list(out.resolve(RunLayout.RUNS))) {
      List<String> names = s.map(p -> p.getFileName().toString()).toList();
      assertTrue(names.stream().noneMatch(n -> n.startsWith(".")), "leftovers: " + names);
      assertTrue(names.size() <= 3, "keep-runs 3 keeps at most 3: " + names);
    }
    assertTrue(landed.getOrDefault(Landed.WHILE_WRITING, 0) > 0,
        "no kill landed while the reports were being written: " + landed);
  }

  private static Landed classify(Path out, boolean published, String previousRun)
      throws Exception {
    if (published) {
      return Landed.AFTER_PUBLISHING;
    }
    try (Stream<Path> s = Files.list(out.resolve(RunLayout.RUNS))) {
      List<String> names = s.map(p -> p.getFileName().toString()).toList();
      if (names.stream().anyMatch(n -> n.startsWith(RunLayout.TEMP_PREFIX))) {
        return Landed.WHILE_WRITING;
      }
      if (names.stream().anyMatch(n -> n.compareTo(previousRun) > 0)) {
        return Landed.BEFORE_SWITCH;
      }
    }
    return Landed.BEFORE_WRITING;
  }
}
