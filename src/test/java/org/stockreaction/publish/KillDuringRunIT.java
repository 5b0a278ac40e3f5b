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
 * apart. Half the kills come at a random moment of the whole run, half at a random moment after
 * the run has created its temporary folder, while it writes. The input is synthetic and large
 * enough (300 events, about 4 MB of reports) that a run takes a second or two.
 */
class KillDuringRunIT {

  private static final int KILLS = 12;

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
    JarRun first = JarRun.start(dir, List.of(), a);
    long writingFrom = waitForTempFolder(out, List.of(), first) - t0;
    assertEquals(0, first.await().exitCode());
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
      List<String> before = entries(out);
      JarRun run = JarRun.start(dir, List.of(), nextIsA ? a : b);
      long wait;
      int k = -1;
      if (i % 2 == 0) {
        // anywhere in the run, from JVM start to the end
        wait = (long) (full * (0.1 + 0.95 * rnd.nextDouble()) / 1_000_000);
      } else {
        // while this run writes its reports: once its temporary folder holds k files (0 to 4 of
        // the five), whatever the machine's speed, plus up to 30 ms
        k = rnd.nextInt(5);
        waitForTempFiles(out, before, run, k);
        wait = rnd.nextInt(31);
      }
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
      Landed where = classify(out, isNew, before);
      landed.merge(where, 1, Integer::sum);
      System.out.println("KillDuringRunIT: kill " + i + (k < 0 ? " at " : " after " + k + " temp files + ")
          + wait + " ms: " + where);
      current = after;
    }
    System.out.println("KillDuringRunIT: full run " + full / 1_000_000 + " ms, writing from "
        + writingFrom / 1_000_000 + " ms; " + KILLS
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

  /** Waits until the run adds a temporary folder to runs/; returns System.nanoTime() then. */
  private static long waitForTempFolder(Path out, List<String> before, JarRun run)
      throws Exception {
    return waitForTempFiles(out, before, run, 0);
  }

  /**
   * Waits until the run's temporary folder in runs/ holds at least {@code files} files, or is gone
   * (renamed into place), or the run ended; returns System.nanoTime() then.
   */
  private static long waitForTempFiles(Path out, List<String> before, JarRun run, int files)
      throws Exception {
    while (run.process.isAlive()) {
      if (Files.isDirectory(out.resolve(RunLayout.RUNS))) {
        for (String n : entries(out)) {
          if (n.startsWith(RunLayout.TEMP_PREFIX) && !before.contains(n)) {
            Path temp = out.resolve(RunLayout.RUNS).resolve(n);
            while (run.process.isAlive() && Files.isDirectory(temp)) {
              try (Stream<Path> s = Files.list(temp)) {
                if (s.count() >= files) {
                  return System.nanoTime();
                }
              } catch (java.nio.file.NoSuchFileException gone) {
                break;
              }
              Thread.sleep(1);
            }
            return System.nanoTime();
          }
        }
      }
      Thread.sleep(2);
    }
    return System.nanoTime();
  }

  private static List<String> entries(Path out) throws Exception {
    Path runs = out.resolve(RunLayout.RUNS);
    try (Stream<Path> s = Files.list(runs)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }

  /** Judged from what this run added to runs/ (an earlier kill's leftovers are ignored). */
  private static Landed classify(Path out, boolean published, List<String> before)
      throws Exception {
    if (published) {
      return Landed.AFTER_PUBLISHING;
    }
    List<String> added = entries(out).stream().filter(n -> !before.contains(n)).toList();
    if (added.stream().anyMatch(n -> n.startsWith(RunLayout.TEMP_PREFIX))) {
      return Landed.WHILE_WRITING;
    }
    return added.isEmpty() ? Landed.BEFORE_WRITING : Landed.BEFORE_SWITCH;
  }
}
