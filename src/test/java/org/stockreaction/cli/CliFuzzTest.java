package org.stockreaction.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.TestData;

/**
 * Seeded random mutations of the shipped inputs (bytes flipped, lines cut or repeated, fields
 * doubled, huge and non-finite values, control, quote and byte-order-mark bytes) run through
 * {@link Main#run} in this JVM, one case after another into one output folder. Every case must
 * end with exit code 0, 2, 3 or 4, print no stack trace, exception name or raw control character,
 * write nothing outside the output folder, leave no temporary run folder, and leave {@code latest}
 * either where it was or on a complete run (a manifest whose files all exist).
 *
 * <p>The inputs are the shipped files cut to the six months around two events (one on a benchmark
 * of another layout, one with the three-factor model), with shorter windows; most of a published
 * case's time goes into its charts. A failure names the seed and the case; {@link #cases}
 * with that seed and case replays it.
 */
class CliFuzzTest {

  static final long SEED = 20250211L;
  static final int CASES = Integer.getInteger("fuzz.cases", 2000);
  /** The longest one case may take before it counts as a hang. */
  static final long CASE_TIMEOUT_SECONDS = 60;

  private static final Pattern TRACE = Pattern.compile(
      "\tat |\\b[A-Z][A-Za-z]*(Exception|Error)\\b|\\bjava\\.[a-z]+\\.");

  @TempDir
  Path dir;

  /** The base input: the shipped files, cut to 2024-10-01 .. 2025-03-31. */
  static Map<String, byte[]> baseInput() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("events.csv", ("ticker,event_date,reported_move_pct,benchmark,label,group,model\n"
        + "BIDU,2025-02-11T20:00+08:00,-4,KWEB,\"Baidu, said to fall\",g,market-adjusted\n"
        + "AAPL,2025-01-31,3,SPY,results,g,ff3\n").getBytes(StandardCharsets.UTF_8));
    files.put("study.properties", ("estimation-window = -60,-11\n"
        + "event-windows = 0,0; -1,+1; -3,+3\nmin-estimation-obs = 30\nbenchmark = SPY\n"
        + "compare-model = none\nkeep-runs = 2\n").getBytes(StandardCharsets.UTF_8));
    for (String t : List.of("AAPL", "BIDU", "SPY", "KWEB")) {
      files.put("prices/" + t + ".csv", cut(TestData.input().resolve("prices/" + t + ".csv"),
          1, line -> line.compareTo("2024-10-01") >= 0 && line.compareTo("2025-04") < 0));
    }
    files.put("factors/F-F_Research_Data_Factors_daily.csv", cut(TestData.input()
        .resolve("factors/F-F_Research_Data_Factors_daily.csv"), 5,
        line -> line.compareTo("20241001") >= 0 && line.compareTo("20250401") < 0));
    return files;
  }

  /** The file's first {@code head} lines and the other lines that {@code keep} accepts. */
  private static byte[] cut(Path file, int head, java.util.function.Predicate<String> keep)
      throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i < head || keep.test(lines.get(i))) {
        sb.append(lines.get(i)).append('\n');
      }
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One mutated input: the files and what was done to them, for the failure message. */
  record Case(Map<String, byte[]> files, List<String> mutations) {}

  /** Case {@code i} of the run seeded {@code seed}: one to three mutations of one or two files. */
  static Case mutate(Map<String, byte[]> base, long seed, int i) {
    Random rnd = new Random(seed * 1_000_003L + i);
    Map<String, byte[]> files = new LinkedHashMap<>(base);
    List<String> names = new ArrayList<>(base.keySet());
    List<String> done = new ArrayList<>();
    int n = 1 + rnd.nextInt(3);
    for (int k = 0; k < n; k++) {
      // the events file and the price files most often: they come from anywhere
      String name = rnd.nextInt(3) == 0 ? "events.csv" : names.get(rnd.nextInt(names.size()));
      byte[] b = files.get(name);
      Mutation m = Mutation.values()[rnd.nextInt(Mutation.values().length)];
      if (name.equals("study.properties") && m == Mutation.HUGE_VALUE) {
        m = Mutation.FLIP_BYTES; // settings' ranges are checked elsewhere; a huge window is slow
      }
      files.put(name, m.apply(b, rnd));
      done.add(m + " on " + name);
    }
    return new Case(files, done);
  }

  enum Mutation {
    FLIP_BYTES {
      @Override
      byte[] apply(byte[] b, Random rnd) {
        byte[] c = b.clone();
        int n = 1 + rnd.nextInt(4);
        for (int k = 0; k < n && c.length > 0; k++) {
          c[rnd.nextInt(c.length)] = (byte) rnd.nextInt(256);
        }
        return c;
      }
    },
    CUT_AT_RANDOM {
      @Override
      byte[] apply(byte[] b, Random rnd) {
        return java.util.Arrays.copyOf(b, b.length == 0 ? 0 : rnd.nextInt(b.length));
      }
    },
    DROP_LINE {
      @Override
      byte[] apply(byte[] b, Random rnd) {
        List<String> l = lines(b);
        if (!l.isEmpty()) {
          l.remove(rnd.nextInt(l.size()));
        }
        return join(l);
      }
    },
    REPEAT_LINE {
      @Override
      byte[] apply(byte[] b, Random rnd) {
        List<String> l = lines(b);
        if (!l.isEmpty()) {
          int at = rnd.nextInt(l.size());
          l.add(rnd.nextInt(l.size() + 1), l.get(at));
        }
        return join(l);
      }
    },
    SWAP_LINES {
      @Override
      byte[] apply(byte[] b, Random rnd) {
        List<String> l = lines(b);
        if (l.size() > 1) {
          java.util.Collections.swap(l, rnd.nextInt(l.size()), rnd.nextInt(l.size()));
        }
        return join(l);
      }
    },
    DOUBLE_FIELD {
      @Override
      byte[] apply(byte[] b, Random rnd) {
        return field(b, rnd, f -> f + "," + f);
      }
    },
    EMPTY_FIELD {
      @Override
      byte[] apply(byte[] b, Random rnd) {
        return field(b, rnd, f -> "");
      }
    },
    HUGE_VALUE {
      @Override
      byte[] apply(byte[] b, Random rnd) {
        String[] huge = {"1e308", "-1e308", "1e-320", "NaN", "Infinity", "-0", "0",
            "9".repeat(400), "1".repeat(5000) + ".5", "2147483648", "-2147483649", "1e99999",
            "x".repeat(100_000), "2025-02-30", "99999-01-01", "+", "1,5", "1 000.5"};
        String v = huge[rnd.nextInt(huge.length)];
        return field(b, rnd, f -> v);
      }
    },
    INSERT_SPECIAL {
      @Override
      byte[] apply(byte[] b, Random rnd) {
        byte[][] special = {{0}, {0x1b, '[', '3', '1', 'm'}, {'"'}, {'"', '"'},
            {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, {'\r'}, {'\n'}, {0x7f}, {(byte) 0xc3},
            {(byte) 0xff, (byte) 0xfe}, {','}, {';'}, {'\t'}, {(byte) 0xe2, (byte) 0x80,
                (byte) 0xae}, {'[', 'x', ']', '(', 'h', ')'}};
        byte[] s = special[rnd.nextInt(special.length)];
        int at = b.length == 0 ? 0 : rnd.nextInt(b.length + 1);
        byte[] c = new byte[b.length + s.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(s, 0, c, at, s.length);
        System.arraycopy(b, at, c, at + s.length, b.length - at);
        return c;
      }
    };

    abstract byte[] apply(byte[] b, Random rnd);

    static List<String> lines(byte[] b) {
      return new ArrayList<>(List.of(new String(b, StandardCharsets.ISO_8859_1).split("\n", -1)));
    }

    static byte[] join(List<String> l) {
      return String.join("\n", l).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One comma-separated field of a random line, replaced. */
    static byte[] field(byte[] b, Random rnd, java.util.function.UnaryOperator<String> f) {
      List<String> l = lines(b);
      if (l.isEmpty()) {
        return b;
      }
      int at = rnd.nextInt(l.size());
      String[] fields = l.get(at).split(",", -1);
      int k = rnd.nextInt(fields.length);
      String v = f.apply(fields[k]);
      fields[k] = new String(v.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      l.set(at, String.join(",", fields));
      return join(l);
    }
  }

  /** Cases run side by side, each slice in its own folder (outputs do not depend on it). */
  static final int SLICES = 2;

  @Test
  void mutatedInputsEndInADocumentedExitCodeAndNeverHarmTheOutput() throws Exception {
    // on a RAM disk when there is one: the cases test the outcome, not the disk's sync speed
    Path shm = Path.of("/dev/shm");
    Path work = Files.isDirectory(shm) && Files.isWritable(shm)
        ? Files.createTempDirectory(shm, "cli-fuzz-") : dir;
    try {
      runAll(work);
    } finally {
      if (!work.equals(dir)) {
        org.stockreaction.publish.RunPublisher.deleteTree(work);
      }
    }
  }

  private void runAll(Path work) throws Exception {
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    ExecutorService slices = Executors.newFixedThreadPool(SLICES);
    List<Future<Map<Integer, Integer>>> parts = new ArrayList<>();
    for (int k = 0; k < SLICES; k++) {
      int slice = k;
      parts.add(slices.submit(() -> cases(work, SEED, slice, CASES)));
    }
    Map<Integer, Integer> codes = new TreeMap<>();
    try {
      for (Future<Map<Integer, Integer>> f : parts) {
        try {
          f.get().forEach((c, n) -> codes.merge(c, n, Integer::sum));
        } catch (java.util.concurrent.ExecutionException e) {
          throw e.getCause() instanceof Error err ? err : new AssertionError(e.getCause());
        }
      }
    } finally {
      slices.shutdownNow();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    System.out.printf(java.util.Locale.ROOT, "CliFuzzTest: %d cases (seed %d) in %.1f s, %.1f s"
        + " of processor time; exit codes %s%n", CASES, SEED, s, cpu, codes);
    assertEquals(CASES, codes.values().stream().mapToInt(Integer::intValue).sum());
    // the mutations must reach every outcome, or they test too little
    assertTrue(codes.keySet().containsAll(Set.of(0, 3, 4)), "exit codes seen: " + codes);
  }

  /**
   * Runs the cases {@code slice}, {@code slice + SLICES}, ... below {@code to} of {@code seed} in
   * a folder of the slice's own; the exit codes counted.
   */
  static Map<Integer, Integer> cases(Path root, long seed, int slice, int to) throws Exception {
    Map<String, byte[]> base = baseInput();
    Path work = root.resolve("work-" + slice);
    Path input = work.resolve("input");
    Path output = work.resolve("output");
    Map<Integer, Integer> codes = new TreeMap<>();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      for (int i = slice; i < to; i += SLICES) {
        Case c = mutate(base, seed, i);
        String where = "seed " + seed + ", case " + i + " (" + String.join("; ", c.mutations())
            + ")";
        org.stockreaction.publish.RunPublisher.deleteTree(input);
        for (Map.Entry<String, byte[]> e : c.files().entrySet()) {
          Path p = input.resolve(e.getKey());
          Files.createDirectories(p.getParent());
          Files.write(p, e.getValue());
        }
        Map<String, String> inputBefore = snapshot(work, output);
        String latestBefore = latest(output);
        String[] args = {"--input", input.toString(), "--output", output.toString(),
            "--threads", "1"};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Future<Integer> run = pool.submit(() -> Main.run(args, new PrintWriter(out, true),
            new PrintWriter(err, true)));
        int code;
        try {
          code = run.get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          run.cancel(true);
          fail(where + ": no end within " + CASE_TIMEOUT_SECONDS + " s");
          return codes;
        } catch (java.util.concurrent.ExecutionException e) {
          throw new AssertionError(where + ": Main.run threw " + e.getCause(), e.getCause());
        }
        String log = err.toString() + out;
        codes.merge(code, 1, Integer::sum);
        if (!Set.of(0, 2, 3, 4).contains(code)) {
          fail(where + ": exit code " + code + "\n" + log);
        }
        if (TRACE.matcher(log).find()) {
          fail(where + ": a stack trace or exception name was printed\n" + log);
        }
        if (log.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' || ch == 0x7f)) {
          fail(where + ": a raw control character was printed\n" + log);
        }
        assertEquals(inputBefore, snapshot(work, output),
            where + ": something outside the output folder changed\n" + log);
        checkOutput(output, latestBefore, code, where + "\n" + log);
      }
    } finally {
      pool.shutdownNow();
    }
    return codes;
  }

  /** Every file under {@code root} but {@code skip}, with its size and modification time. */
  static Map<String, String> snapshot(Path root, Path skip) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (!p.startsWith(skip)) {
          m.put(root.relativize(p).toString(), Files.isDirectory(p) ? "dir"
              : Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
        }
      }
    }
    return m;
  }

  static String latest(Path output) throws IOException {
    Path l = output.resolve("latest");
    return Files.isSymbolicLink(l) ? Files.readSymbolicLink(l).toString() : null;
  }

  /** {@code latest} where it was or on a complete run, and no run folder left half-written. */
  static void checkOutput(Path output, String latestBefore, int code, String where)
      throws IOException {
    String now = latest(output);
    if (code == 0 || code == 4) {
      assertTrue(now != null && !now.equals(latestBefore), where + ": not published");
    } else {
      assertEquals(latestBefore, now, where + ": latest moved on a failed run");
    }
    if (now != null) {
      Path run = output.resolve(now);
      String manifest = Files.readString(run.resolve("manifest.json"));
      for (String f : List.of("summary.csv", "car.csv", "abnormal_returns.csv", "report.md",
          "report.html")) {
        assertTrue(Files.isRegularFile(run.resolve(f)), where + ": latest lacks " + f);
        assertTrue(manifest.contains("\"" + f + "\""), where + ": manifest lacks " + f);
      }
    }
    Path runs = output.resolve("runs");
    if (Files.isDirectory(runs)) {
      try (Stream<Path> s = Files.list(runs)) {
        s.forEach(p -> assertTrue(!p.getFileName().toString().startsWith(".tmp-")
            && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS), where + ": left " + p));
      }
    }
  }
}
