package org.stockreaction.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.ingest.InputException;
import org.stockreaction.job.JobListener;
import org.stockreaction.job.StudyJob;
import org.stockreaction.job.StudyResult;
import org.stockreaction.publish.RunPublisher;
import org.stockreaction.report.ReportWriter;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Runs the full job on a synthetic universe, stage by stage, several times, and prints the median
 * figures per stage next to the floor of a bare single pass over the same bytes.
 */
public final class Bench {

  /** One stage's figures in one run. */
  /** One stage of one run: wall seconds, peak heap, and the process's CPU seconds meanwhile. */
  private record Figure(double seconds, double peakHeapMb, double cpuSeconds) {
    double cores() {
      return cpuSeconds / seconds;
    }
  }

  /** CPU time of the whole process (every thread, the JIT and the collector included). */
  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean b ? b.getProcessCpuTime() : -1;
  }

  private final BenchSize size;
  private final Path dir;
  private final int warmup;
  private final int runs;
  private final int threads;
  private final PrintWriter out;

  /** Runs {@code warmup} runs left out of the figures, then the {@code runs} that make them. */
  public Bench(BenchSize size, Path dir, int warmup, int runs, int threads, PrintWriter out) {
    this.size = size;
    this.dir = dir;
    this.warmup = warmup;
    this.runs = runs;
    this.threads = threads;
    this.out = out;
  }

  /** Peak heap of all heap pools since the last reset, in MB (an upper bound: pool peaks add). */
  private static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum / 1e6;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  public void run() throws IOException, InputException {
    out.println("Generating (or reusing) the SYNTHETIC " + size.key() + " universe in " + dir + " ...");
    out.flush();
    Path input = UniverseGenerator.ensure(size, dir);
    List<Path> files;
    try (Stream<Path> s = Files.list(input.resolve("prices"))) {
      files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    long rows = 0;
    Map<String, List<Figure>> stages = new LinkedHashMap<>();
    List<Figure> floors = new ArrayList<>();
    for (int r = -warmup; r < runs; r++) {
      System.gc();
      resetPeaks();
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      FloorScan.Result floor = FloorScan.scan(files);
      double floorSeconds = (System.nanoTime() - t0) / 1e9;
      double floorCpu = (cpuNanos() - c0) / 1e9;
      rows = floor.rows();

      // Reports go into a new folder each run, as a real run's do: rewriting the last run's
      // files would make the file system flush them as they are truncated (ext4 does).
      Path outDir = dir.resolve(size.key()).resolve("output");
      RunPublisher.deleteTree(outDir);
      System.gc();
      resetPeaks();
      long start = System.nanoTime();
      long cpuStart = cpuNanos();
      long[] cpuMark = {cpuStart};
      StudyConfig cfg = ConfigLoader.load(input.resolve("study.properties"), "study.properties",
          Map.of());
      Map<String, List<Figure>> runStages = new LinkedHashMap<>();
      JobListener listener = new JobListener() {
        @Override
        public void stage(String name, long nanos) {
          runStages.computeIfAbsent(name, k -> new ArrayList<>())
              .add(new Figure(nanos / 1e9, peakHeapMb(), (cpuNanos() - cpuMark[0]) / 1e9));
          cpuMark[0] = cpuNanos();
          resetPeaks();
        }
      };
      StudyResult result = new StudyJob(cfg, input, "input", listener, threads).run();
      long t = System.nanoTime();
      ReportWriter.write(result, outDir, threads);
      long end = System.nanoTime();
      listener.stage("reports", end - t);
      runStages.computeIfAbsent("total", k -> new ArrayList<>())
          .add(new Figure((end - start) / 1e9, Double.NaN, (cpuNanos() - cpuStart) / 1e9));
      if (r >= 0) {
        floors.add(new Figure(floorSeconds, Double.NaN, floorCpu));
        runStages.forEach((k, v) -> stages.computeIfAbsent(k, x -> new ArrayList<>()).add(v.get(0)));
      }
      StringBuilder each = new StringBuilder();
      runStages.forEach((k, v) -> each.append(String.format(Locale.ROOT, ", %s %.2f s", k,
          v.get(0).seconds())));
      out.printf(Locale.ROOT, "%s: floor %.2f s%s; %d of %d events ok%n",
          r < 0 ? "warm-up run " + (r + warmup + 1) + (r == -warmup ? " (cold JVM)" : "")
              : "run " + (r + 1), floorSeconds, each, result.succeeded(), result.outcomes().size());
      out.flush();
    }

    double floor = median(floors.stream().map(Figure::seconds).toList());
    StringColumn stage = StringColumn.create("stage");
    DoubleColumn wall = DoubleColumn.create("wall_s");
    DoubleColumn mbs = DoubleColumn.create("MB_per_s");
    DoubleColumn rps = DoubleColumn.create("rows_per_s");
    DoubleColumn eps = DoubleColumn.create("events_per_s");
    DoubleColumn heap = DoubleColumn.create("peak_heap_MB");
    DoubleColumn cores = DoubleColumn.create("cores_busy");
    double mb = bytes / 1e6;
    add(stage, wall, mbs, rps, eps, heap, cores, "floor (bare scan)", floor, mb, rows, Double.NaN,
        Double.NaN, median(floors.stream().map(Figure::cores).toList()));
    for (Map.Entry<String, List<Figure>> e : stages.entrySet()) {
      double s = median(e.getValue().stream().map(Figure::seconds).toList());
      double h = e.getValue().stream().mapToDouble(Figure::peakHeapMb).max().orElse(Double.NaN);
      boolean reads = e.getKey().equals("ingest") || e.getKey().equals("total");
      boolean events = e.getKey().equals("events") || e.getKey().equals("total");
      add(stage, wall, mbs, rps, eps, heap, cores, e.getKey(), s, reads ? mb : Double.NaN,
          reads ? rows : Double.NaN, events ? size.events() : Double.NaN, h,
          median(e.getValue().stream().map(Figure::cores).toList()));
    }
    Table table = Table.create("stock-reaction bench, size " + size.key() + " (SYNTHETIC data), median of "
        + runs + " run(s) after " + warmup + " warm-up, " + threads(threads) + " thread(s)", stage, wall, mbs, rps, eps, heap, cores);
    out.println(table.print());
    double total = median(stages.get("total").stream().map(Figure::seconds).toList());
    out.printf(Locale.ROOT, "%s: %d tickers x %d days = %d price rows, %.1f MB of CSV in %d file(s),"
            + " %d events in %d groups%n", size.key(), size.tickers(), size.days(), rows, mb,
        files.size(), size.events(), size.groups());
    out.printf(Locale.ROOT, "end to end / floor = %.2f s / %.2f s = %.2fx%n", total, floor,
        total / floor);
    out.printf(Locale.ROOT, "max heap allowed (-Xmx): %d MB; garbage collector: %s; Java %s%n",
        Runtime.getRuntime().maxMemory() / 1_000_000, String.join(", ",
            ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList()),
        System.getProperty("java.version"));
    out.flush();
  }

  private static int threads(int t) {
    return t > 0 ? t : Runtime.getRuntime().availableProcessors();
  }

  private static void add(StringColumn stage, DoubleColumn wall, DoubleColumn mbs, DoubleColumn rps,
      DoubleColumn eps, DoubleColumn heap, DoubleColumn cores, String name, double seconds,
      double mb, double rows, double events, double peak, double busy) {
    stage.append(name);
    wall.append(round(seconds, 3));
    mbs.append(round(mb / seconds, 1));
    rps.append(round(rows / seconds, 0));
    eps.append(round(events / seconds, 0));
    heap.append(round(peak, 0));
    cores.append(round(busy, 2));
  }

  private static double round(double v, int d) {
    double f = Math.pow(10, d);
    return Double.isNaN(v) ? Double.NaN : Math.round(v * f) / f;
  }

  static double median(List<Double> v) {
    double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    int n = a.length;
    return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
  }
}
