package org.stockreaction.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.Setting;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.ingest.InputException;
import org.stockreaction.job.StudyJob;
import org.stockreaction.job.StudyResult;
import org.stockreaction.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code stock-reaction} command: runs the study in the input folder. */
@Command(
    name = "stock-reaction",
    mixinStandardHelpOptions = true,
    subcommands = {BenchCommand.class},
    versionProvider = StudyCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Measures how stocks reacted to news (an event study): abnormal returns around each event,"
          + " their significance, and whether the moves reported in the press hold up.",
      "",
      "Reads <input>/events.csv, <input>/prices/<TICKER>.csv and <input>/study.properties;"
          + " writes report.html, report.md, summary/car/abnormal_returns as .csv and .json,"
          + " loadings.csv, group_summary.csv, aar.csv and charts/*.png to <output>. Factor models"
          + " read French's daily files in <input>/factors/.",
      "Every setting of the config file is also an option below; options win over the file.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  java -jar target/stock-reaction.jar",
      "      run the shipped study: input/ -> output/",
      "  java -jar target/stock-reaction.jar --model market-adjusted --event-windows '0,0; -1,+1'",
      "      the same events with another model and windows",
      "  java -jar target/stock-reaction.jar --model ff3",
      "      Fama-French three factors from input/factors/ (also carhart4, ff5)",
      "  java -jar target/stock-reaction.jar --input ~/study --output ~/study/out --benchmark KWEB",
      "      another folder, with KWEB as the default benchmark",
      "",
      "Exit codes: 0 ok; 1 internal error; 2 usage or config error; 3 input error, nothing"
          + " computed; 4 some events failed (the rest were written); 5 another run holds the lock."
    })
public final class StudyCommand implements Callable<Integer> {

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"stock-reaction " + version()};
    }
  }

  static String version() {
    String v = StudyCommand.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Option(names = "--input", paramLabel = "DIR", description = "input folder (default: ${DEFAULT-VALUE})")
  Path input = Path.of("input");

  @Option(names = "--output", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
  Path output = Path.of("output");

  @Option(names = "--config", paramLabel = "FILE",
      description = "config file (default: <input>/study.properties, if it exists)")
  Path config;

  @Option(names = "--estimation-window", paramLabel = "FROM,TO",
      description = "estimation window, trading days relative to day 0 (default: -250,-11)")
  String estimationWindow;

  @Option(names = "--event-windows", paramLabel = "WINDOWS",
      description = "event windows separated by ';' (default: '0,0; -1,+1; 0,+1; -5,+5')")
  String eventWindows;

  @Option(names = "--model", paramLabel = "MODEL",
      description = "market (default), market-adjusted, mean-adjusted, raw, ff3, carhart4 or ff5")
  String model;

  @Option(names = "--return-type", paramLabel = "TYPE", description = "simple (default) or log")
  String returnType;

  @Option(names = "--min-estimation-obs", paramLabel = "N",
      description = "fewest estimation returns an event needs (default: 120)")
  String minEstimationObs;

  @Option(names = "--benchmark", paramLabel = "TICKER",
      description = "default benchmark, for events that name none (default: SPY)")
  String benchmark;

  @Option(names = "--missing-days", paramLabel = "POLICY",
      description = "skip (default) or trade-to-trade")
  String missingDays;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "ignore all prices after this date (YYYY-MM-DD), to reproduce an earlier run")
  String asOf;

  @Option(names = "--events", paramLabel = "FILE",
      description = "events file within the input folder (default: events.csv)")
  String events;

  @Option(names = "--prices", paramLabel = "DIR",
      description = "price folder within the input folder (default: prices)")
  String prices;

  @Option(names = "--ff3-factors", paramLabel = "FILE", description = "daily three-factor file"
      + " within the input folder (default: factors/F-F_Research_Data_Factors_daily.csv)")
  String ff3Factors;

  @Option(names = "--momentum-factors", paramLabel = "FILE", description = "daily momentum file"
      + " within the input folder (default: factors/F-F_Momentum_Factor_daily.csv)")
  String momentumFactors;

  @Option(names = "--ff5-factors", paramLabel = "FILE", description = "daily five-factor file"
      + " within the input folder (default: factors/F-F_Research_Data_5_Factors_2x3_daily.csv)")
  String ff5Factors;

  @Option(names = "--compare-model", paramLabel = "MODEL", description = "second model set against"
      + " the main one in report.md (default: ff3, when its file is present; none to skip)")
  String compareModel;

  @Option(names = "--threads", paramLabel = "N",
      description = "worker threads for reading and computing; 0 = one per core (default: 0)."
          + " Outputs do not depend on it.")
  int threads;

  @Option(names = "--date-column", paramLabel = "NAME",
      description = "price files' date column, by name or number (default: recognised)")
  String dateColumn;

  @Option(names = "--price-column", paramLabel = "NAME",
      description = "price files' price or return column, by name or number (default: recognised)")
  String priceColumn;

  @Option(names = "--date-format", paramLabel = "PATTERN",
      description = "price files' date pattern, e.g. dd.MM.yyyy (default: recognised)")
  String dateFormat;

  @Option(names = "--delimiter", paramLabel = "CHAR",
      description = "price files' delimiter: a character, or tab (default: recognised)")
  String delimiter;

  @Option(names = "--decimal", paramLabel = "MARK",
      description = "price files' decimal mark, . or , (default: recognised)")
  String decimal;

  @Option(names = {"-q", "--quiet"}, description = "print errors only")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "print more detail")
  boolean verbose;

  private PrintWriter out;
  private PrintWriter err;

  static int execute(String[] args, PrintWriter out, PrintWriter err) {
    StudyCommand cmd = new StudyCommand();
    cmd.out = out;
    cmd.err = err;
    CommandLine cl = new CommandLine(cmd);
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      err.println("error: " + ex.getMessage());
      err.println("Run with --help for the options and examples.");
      return ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      err.println("error: internal error: " + ex);
      ex.printStackTrace(err);
      return ExitCode.INTERNAL;
    });
    return cl.execute(args);
  }

  Map<String, String> overrides() {
    Map<String, String> m = new LinkedHashMap<>();
    put(m, Setting.ESTIMATION_WINDOW, estimationWindow);
    put(m, Setting.EVENT_WINDOWS, eventWindows);
    put(m, Setting.MODEL, model);
    put(m, Setting.RETURN_TYPE, returnType);
    put(m, Setting.MIN_ESTIMATION_OBS, minEstimationObs);
    put(m, Setting.BENCHMARK, benchmark);
    put(m, Setting.MISSING_DAYS, missingDays);
    put(m, Setting.AS_OF, asOf);
    put(m, Setting.EVENTS, events);
    put(m, Setting.PRICES, prices);
    put(m, Setting.FF3_FACTORS, ff3Factors);
    put(m, Setting.MOMENTUM_FACTORS, momentumFactors);
    put(m, Setting.FF5_FACTORS, ff5Factors);
    put(m, Setting.COMPARE_MODEL, compareModel);
    put(m, Setting.DATE_COLUMN, dateColumn);
    put(m, Setting.PRICE_COLUMN, priceColumn);
    put(m, Setting.DATE_FORMAT, dateFormat);
    put(m, Setting.DELIMITER, delimiter);
    put(m, Setting.DECIMAL, decimal);
    return m;
  }

  private static void put(Map<String, String> m, Setting s, String v) {
    if (v != null) {
      m.put(s.key(), v);
    }
  }

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Log log = new Log(err, quiet ? Log.Level.ERROR : verbose ? Log.Level.DEBUG : Log.Level.INFO);
    Path configFile = config != null ? config : input.resolve("study.properties");
    if (config != null && !Files.exists(config)) {
      log.error(config + ": the config file does not exist (check the --config path)");
      return ExitCode.USAGE;
    }
    StudyConfig cfg;
    try {
      cfg = ConfigLoader.load(configFile, display(configFile), overrides());
    } catch (InputException e) {
      log.error(e.getMessage());
      return ExitCode.USAGE;
    }
    if (!Files.isDirectory(input)) {
      log.error(input + ": the input folder does not exist (point --input at the folder holding"
          + " events.csv and prices/)");
      return ExitCode.INPUT;
    }
    ReportWriter.warmUp();
    StudyResult result;
    try {
      result = new StudyJob(cfg, input, display(input), log, threads).run();
    } catch (InputException e) {
      log.error(e.getMessage());
      return ExitCode.INPUT;
    }
    for (String w : result.warnings()) {
      log.warn(w);
    }
    result.outcomes().stream().filter(o -> !o.ok()).forEach(o ->
        log.warn("event " + o.ticker() + " " + o.eventDate() + " (line " + o.line() + ") failed: "
            + o.reason().key() + ": " + o.message()));
    List<String> written;
    try {
      written = ReportWriter.write(result, output);
    } catch (IOException e) {
      log.error(output + ": cannot write the reports: " + e.getMessage());
      return ExitCode.INPUT;
    }
    int code = result.failed() == 0 ? ExitCode.OK
        : result.succeeded() == 0 ? ExitCode.INPUT : ExitCode.PARTIAL;
    log.info(String.format(java.util.Locale.ROOT, "done: %d event(s) ok, %d failed; wrote %s to %s"
            + " in %.2f s", result.succeeded(), result.failed(), String.join(", ", written), output,
        (System.nanoTime() - start) / 1e9));
    return code;
  }

  private static String display(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    String s = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : p.toString();
    return s.replace('\\', '/');
  }
}
