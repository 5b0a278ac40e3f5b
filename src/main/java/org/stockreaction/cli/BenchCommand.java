package org.stockreaction.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stockreaction.bench.Bench;
import org.stockreaction.bench.BenchSize;
import org.stockreaction.config.Setting;
import org.stockreaction.config.SettingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stock-reaction bench}: the benchmark on a generated synthetic universe. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a seeded SYNTHETIC universe once (reused afterwards) and runs the full job on it,"
          + " printing per stage: wall time, MB/s read, price rows/s, events/s and peak heap, next"
          + " to the floor of a bare single pass over the same bytes.",
      "Sizes: small (50 tickers x 2,520 days x 500 events), large (3,000 x 2,520 x 30,000 in 30"
          + " groups, per-ticker files), panel (large as one long-format file), large2x (twice"
          + " large)."
    },
    footer = {"", "Example:", "  java -XX:+UseParallelGC -Xmx2g -jar target/stock-reaction.jar bench --size large --runs 5"})
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--size", paramLabel = "SIZE", description = "small, large, panel or large2x (default: ${DEFAULT-VALUE})")
  String size = "small";

  @Option(names = "--dir", paramLabel = "DIR", description = "where the synthetic universe is kept (default: ${DEFAULT-VALUE})")
  Path dir = Path.of("target", "bench");

  @Option(names = "--runs", paramLabel = "N", description = "runs to take the median of (default: ${DEFAULT-VALUE})")
  int runs = 3;

  @Option(names = "--warmup", paramLabel = "N", description = "runs before those, printed but"
      + " left out of the median: the first is a cold JVM, as a nightly run is"
      + " (default: ${DEFAULT-VALUE})")
  int warmup = 1;

  @picocli.CommandLine.ParentCommand StudyCommand parent;

  @Override
  public Integer call() throws Exception {
    BenchSize s;
    try {
      s = BenchSize.valueOf(size.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("error: unknown size \"" + size
          + "\" (expected small, large, panel or large2x)");
      return ExitCode.USAGE;
    }
    if (warmup < 0) {
      spec.commandLine().getErr().println("error: --warmup must be 0 or more");
      return ExitCode.USAGE;
    }
    if (runs < 1) {
      spec.commandLine().getErr().println("error: --runs must be at least 1");
      return ExitCode.USAGE;
    }
    int threads;
    try {
      threads = parent.args().commandLineValue(Setting.THREADS);
    } catch (SettingException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      return ExitCode.USAGE;
    }
    new Bench(s, dir, warmup, runs, threads, spec.commandLine().getOut()).run();
    return ExitCode.OK;
  }
}
