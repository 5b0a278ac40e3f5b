package org.stockreaction.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.stockreaction.bench.Bench;
import org.stockreaction.bench.BenchSize;
import org.stockreaction.config.CommandLineArgs;
import org.stockreaction.config.CommandLineArgs.Command;
import org.stockreaction.config.CommandLineArgs.Option;
import org.stockreaction.config.Setting;
import org.stockreaction.config.SettingException;

/** {@code stock-reaction bench}: the benchmark on a generated synthetic universe. */
final class BenchCommand {

  static final Option SIZE = Option.value("size", "SIZE",
      "small, large, panel or large2x (default: small)");
  static final Option DIR = Option.value("dir", "DIR",
      "where the synthetic universe is kept (default: target/bench)");
  static final Option RUNS = Option.value("runs", "N", "runs to take the median of (default: 3)");
  static final Option WARMUP = Option.value("warmup", "N", "runs before those, printed but left"
      + " out of the median: the first is a cold JVM, as a nightly run is (default: 1)");

  /** {@code bench} and the options only it takes. */
  static final Command COMMAND = new Command("bench", List.of(SIZE, DIR, RUNS, WARMUP));

  private final CommandLineArgs args;
  private final PrintWriter out;
  private final PrintWriter err;

  BenchCommand(CommandLineArgs args, PrintWriter out, PrintWriter err) {
    this.args = args;
    this.out = out;
    this.err = err;
  }

  int call() throws Exception {
    String size = args.option(SIZE.name(), "small");
    BenchSize s;
    try {
      s = BenchSize.valueOf(size.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return usage("unknown size \"" + Setting.cut(size)
          + "\" (expected small, large, panel or large2x)");
    }
    int threads;
    int runs;
    int warmup;
    Path dir;
    try {
      runs = count(RUNS, "3", 1);
      warmup = count(WARMUP, "1", 0);
      dir = StudyArgs.path(DIR, args.option(DIR.name(), "target/bench"));
      threads = StudyArgs.of(args).commandLineValue(Setting.THREADS);
    } catch (SettingException e) {
      return usage(e.getMessage());
    }
    new Bench(s, dir, warmup, runs, threads, out).run();
    return ExitCode.OK;
  }

  /** The whole number of the option {@code o}, at least {@code min}. */
  private int count(Option o, String otherwise, int min) throws SettingException {
    String text = args.option(o.name(), otherwise);
    int n;
    try {
      n = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new SettingException("command line", "--" + o.name() + " \"" + Setting.cut(text)
          + "\" is not a whole number", "give a whole number of at least " + min);
    }
    if (n < min) {
      throw new SettingException("command line", "--" + o.name() + " must be at least " + min,
          "give a whole number of at least " + min);
    }
    return n;
  }

  private int usage(String message) {
    err.println("error: " + Log.safe(message));
    return ExitCode.USAGE;
  }
}
