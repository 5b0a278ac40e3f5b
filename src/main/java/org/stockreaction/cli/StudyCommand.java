package org.stockreaction.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.Setting;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.ingest.InputException;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.InputFile;
import org.stockreaction.job.StudyJob;
import org.stockreaction.job.StudyResult;
import org.stockreaction.publish.OutputLock;
import org.stockreaction.publish.RunLayout;
import org.stockreaction.publish.RunManifest;
import org.stockreaction.publish.RunPublisher;
import org.stockreaction.report.ChartFiles;
import org.stockreaction.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;

/** The {@code stock-reaction} command: runs the study in the input folder. */
@Command(
    name = "stock-reaction",
    mixinStandardHelpOptions = true,
    versionProvider = StudyCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    subcommands = {StudyCommand.Validate.class, BenchCommand.class},
    description = {
      "Measures how stocks reacted to news (an event study): abnormal returns around each event,"
          + " their significance, and whether the moves reported in the press hold up.",
      "",
      "Reads <input>/events.csv, <input>/prices/<TICKER>.csv and <input>/study.properties;"
          + " writes report.html, report.md, summary/car/abnormal_returns as .csv and .json,"
          + " loadings.csv, group_summary.csv, aar.csv, charts/*.png and manifest.json into a new"
          + " folder <output>/runs/<UTC time>-<id>, then points <output>/latest at it. Factor"
          + " models read French's daily files in <input>/factors/. 'validate' checks the same"
          + " without writing anything; 'bench' measures speed on synthetic data.",
      "Every setting of the config file is also an option below; options win over the file.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  java -jar target/stock-reaction.jar",
      "      run the shipped study: input/ -> output/latest/",
      "  java -jar target/stock-reaction.jar --model market-adjusted --event-windows '0,0; -1,+1'",
      "      the same events with another model and windows",
      "  java -jar target/stock-reaction.jar --model ff3",
      "      Fama-French three factors from input/factors/ (also carhart4, ff5)",
      "  java -jar target/stock-reaction.jar --input ~/study --output ~/study/out --benchmark KWEB",
      "      another folder, with KWEB as the default benchmark",
      "  java -jar target/stock-reaction.jar validate --as-of 2025-06-30",
      "      check the config and inputs and say what a run would compute; writes nothing",
      "  java -Xmx2g -jar target/stock-reaction.jar bench --size large",
      "      benchmark on a generated synthetic universe (see bench --help)",
      "",
      "Exit codes: 0 ok; 1 internal error or the run could not be written (latest unchanged);"
          + " 2 usage or config error; 3 input error, nothing computed or published; 4 some events"
          + " failed (the rest were published); 5 another run holds the output folder's lock.",
      "Output: <output>/latest links to the newest complete run in <output>/runs/; keep-runs"
          + " (default 10) run folders are kept."
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

  @Option(scope = ScopeType.INHERIT, names = "--input", paramLabel = "DIR", description = "input folder (default: ${DEFAULT-VALUE})")
  Path input = Path.of("input");

  @Option(scope = ScopeType.INHERIT, names = "--output", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
  Path output = Path.of("output");

  @Option(scope = ScopeType.INHERIT, names = "--config", paramLabel = "FILE",
      description = "config file (default: <input>/study.properties, if it exists)")
  Path config;

  @Option(scope = ScopeType.INHERIT, names = "--estimation-window", paramLabel = "FROM,TO",
      description = "estimation window, trading days relative to day 0 (default: -250,-11)")
  String estimationWindow;

  @Option(scope = ScopeType.INHERIT, names = "--event-windows", paramLabel = "WINDOWS",
      description = "event windows separated by ';' (default: '0,0; -1,+1; 0,+1; -5,+5')")
  String eventWindows;

  @Option(scope = ScopeType.INHERIT, names = "--model", paramLabel = "MODEL",
      description = "market (default), market-adjusted, mean-adjusted, raw, ff3, carhart4 or ff5")
  String model;

  @Option(scope = ScopeType.INHERIT, names = "--return-type", paramLabel = "TYPE", description = "simple (default) or log")
  String returnType;

  @Option(scope = ScopeType.INHERIT, names = "--min-estimation-obs", paramLabel = "N",
      description = "fewest estimation returns an event needs (default: 120)")
  String minEstimationObs;

  @Option(scope = ScopeType.INHERIT, names = "--benchmark", paramLabel = "TICKER",
      description = "default benchmark, for events that name none (default: SPY)")
  String benchmark;

  @Option(scope = ScopeType.INHERIT, names = "--missing-days", paramLabel = "POLICY",
      description = "skip (default) or trade-to-trade")
  String missingDays;

  @Option(scope = ScopeType.INHERIT, names = "--as-of", paramLabel = "DATE",
      description = "ignore all prices after this date (YYYY-MM-DD), to reproduce an earlier run")
  String asOf;

  @Option(scope = ScopeType.INHERIT, names = "--events", paramLabel = "FILE",
      description = "events file within the input folder (default: events.csv)")
  String events;

  @Option(scope = ScopeType.INHERIT, names = "--prices", paramLabel = "DIR",
      description = "price folder within the input folder (default: prices)")
  String prices;

  @Option(scope = ScopeType.INHERIT, names = "--ff3-factors", paramLabel = "FILE",
      description = "daily three-factor file within the input folder"
          + " (default: factors/F-F_Research_Data_Factors_daily.csv)")
  String ff3Factors;

  @Option(scope = ScopeType.INHERIT, names = "--momentum-factors", paramLabel = "FILE",
      description = "daily momentum file within the input folder"
          + " (default: factors/F-F_Momentum_Factor_daily.csv)")
  String momentumFactors;

  @Option(scope = ScopeType.INHERIT, names = "--ff5-factors", paramLabel = "FILE",
      description = "daily five-factor file within the input folder"
          + " (default: factors/F-F_Research_Data_5_Factors_2x3_daily.csv)")
  String ff5Factors;

  @Option(scope = ScopeType.INHERIT, names = "--compare-model", paramLabel = "MODEL",
      description = "second model set against the main one in report.md (default: ff3, when its"
          + " file is present; none to skip)")
  String compareModel;

  @Option(scope = ScopeType.INHERIT, names = "--date-column", paramLabel = "NAME",
      description = "price files' date column, by name or number (default: recognised)")
  String dateColumn;

  @Option(scope = ScopeType.INHERIT, names = "--price-column", paramLabel = "NAME",
      description = "price files' price or return column, by name or number (default: recognised)")
  String priceColumn;

  @Option(scope = ScopeType.INHERIT, names = "--date-format", paramLabel = "PATTERN",
      description = "price files' date pattern, e.g. dd.MM.yyyy (default: recognised)")
  String dateFormat;

  @Option(scope = ScopeType.INHERIT, names = "--delimiter", paramLabel = "CHAR",
      description = "price files' delimiter: a character, or tab (default: recognised)")
  String delimiter;

  @Option(scope = ScopeType.INHERIT, names = "--decimal", paramLabel = "MARK",
      description = "price files' decimal mark, . or , (default: recognised)")
  String decimal;

  @Option(scope = ScopeType.INHERIT, names = "--threads", paramLabel = "N",
      description = "worker threads for reading and computing; 0 = one per core (default: 0)."
          + " Outputs do not depend on it.")
  int threads;

  @Option(scope = ScopeType.INHERIT, names = "--keep-runs", paramLabel = "N",
      description = "run folders to keep under <output>/runs (default: 10)")
  String keepRuns;

  @Option(scope = ScopeType.INHERIT, names = "--report-events", paramLabel = "N",
      description = "events shown one by one in report.md and report.html (default: 50); every"
          + " event stays in the CSV files")
  String reportEvents;

  @Option(scope = ScopeType.INHERIT, names = "--report-charts", paramLabel = "N",
      description = "groups, and events, charted (default: 12), the groups with the most events"
          + " first")
  String reportCharts;

  @Option(scope = ScopeType.INHERIT, names = {"-q", "--quiet"}, description = "print errors only")
  boolean quiet;

  @Option(scope = ScopeType.INHERIT, names = {"-v", "--verbose"}, description = "print more detail")
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
    put(m, Setting.KEEP_RUNS, keepRuns);
    put(m, Setting.REPORT_EVENTS, reportEvents);
    put(m, Setting.REPORT_CHARTS, reportCharts);
    return m;
  }

  private static void put(Map<String, String> m, Setting s, String v) {
    if (v != null) {
      m.put(s.key(), v);
    }
  }

  /** {@code stock-reaction validate}: checks config and inputs, says what a run would compute. */
  @Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
      usageHelpAutoWidth = true,
      description = {"Checks the config and every input a run would read, computes the events in"
          + " memory and prints what a run would compute and write. Writes nothing and takes no"
          + " lock. Exit codes as for a run: 0 all events would compute, 2 config error,"
          + " 3 input error or no event would compute, 4 some events would fail."})
  static final class Validate implements Callable<Integer> {
    @ParentCommand
    StudyCommand parent;

    @Override
    public Integer call() {
      return parent.validate();
    }
  }

  /** The config as loaded, or the exit code that stops the run. */
  private record Setup(StudyConfig config, int exitCode) {}

  private Log log() {
    Log.Level level = quiet ? Log.Level.ERROR : verbose ? Log.Level.DEBUG : Log.Level.INFO;
    return new Log(err, level, System.console() != null, Log.DEFAULT_INTERVAL_NANOS,
        Log.DEFAULT_DELAY_NANOS);
  }

  private Path configFile() {
    return config != null ? config : input.resolve("study.properties");
  }

  /** Loads the config and checks the folders; the same for a run and for validate. */
  private Setup setup(Log log) {
    Path configFile = configFile();
    if (config != null && !Files.exists(config)) {
      log.error(config + ": the config file does not exist (check the --config path)");
      return new Setup(null, ExitCode.USAGE);
    }
    StudyConfig cfg;
    try {
      cfg = ConfigLoader.load(configFile, display(configFile), overrides());
    } catch (InputException e) {
      log.error(e.getMessage());
      return new Setup(null, ExitCode.USAGE);
    }
    if (Files.exists(output) && !Files.isDirectory(output)) {
      log.error(output + ": --output names a file, not a folder (point it at a folder; it is"
          + " created when missing)");
      return new Setup(null, ExitCode.USAGE);
    }
    if (!Files.isDirectory(input)) {
      log.error(input + ": the input folder does not exist (point --input at the folder holding"
          + " events.csv and prices/)");
      return new Setup(null, ExitCode.INPUT);
    }
    log.debug("settings: " + cfg.describe());
    return new Setup(cfg, ExitCode.OK);
  }

  private void reportOutcomes(StudyResult result, Log log) {
    for (String w : result.warnings()) {
      log.warn(w);
    }
    result.outcomes().stream().filter(o -> !o.ok()).forEach(o ->
        log.warn("event " + o.ticker() + " " + o.eventDate() + " (line " + o.line() + ") failed: "
            + o.reason().key() + ": " + o.message()));
  }

  /** The one summary line that ends every run: exit code, events, what was written, time. */
  private static int summary(Log log, int code, StudyResult result, String written, long t0) {
    String events = result == null ? "no events computed"
        : "events " + result.succeeded() + " ok, " + result.failed() + " failed";
    log.info(String.format(java.util.Locale.ROOT, "done: exit %d (%s); %s; %s; %.2f s", code,
        ExitCode.name(code), events, written, (System.nanoTime() - t0) / 1e9));
    return code;
  }

  private static int codeOf(StudyResult result) {
    if (result.failed() == 0) {
      return ExitCode.OK;
    }
    return result.succeeded() == 0 ? ExitCode.INPUT : ExitCode.PARTIAL;
  }

  @Override
  public Integer call() {
    long t0 = System.nanoTime();
    Instant started = Instant.now();
    Log log = log();
    Setup setup = setup(log);
    if (setup.config() == null) {
      return summary(log, setup.exitCode(), null, "nothing written", t0);
    }
    OutputLock lock;
    try {
      Files.createDirectories(output);
      lock = OutputLock.acquire(output);
    } catch (OutputLock.HeldException e) {
      log.error(output + ": another run is writing this output folder (" + e.holder() + "); this"
          + " run stops and changes nothing (wait for it to finish, or use another --output)");
      return summary(log, ExitCode.LOCKED, null, "nothing written", t0);
    } catch (IOException e) {
      log.error(output + ": cannot create or lock the output folder: " + e
          + " (check the --output path and its permissions)");
      return summary(log, ExitCode.USAGE, null, "nothing written", t0);
    }
    try {
      return runLocked(setup.config(), log, started, t0);
    } finally {
      try {
        lock.close();
      } catch (IOException e) {
        log.debug("releasing the lock: " + e);
      }
    }
  }

  private int runLocked(StudyConfig cfg, Log log, Instant started, long t0) {
    Path latest = RunLayout.latest(output);
    if (Files.exists(output.resolve("summary.csv"))) {
      log.warn(output + "/summary.csv is left from an older version; reports are now published in "
          + latest + "/ (delete the old files to avoid confusion)");
    }
    ReportWriter.warmUp();
    RunManifest.warmUp();
    StudyResult result;
    try {
      result = new StudyJob(cfg, input, display(input), log, threads).run();
    } catch (InputException e) {
      log.error(e.getMessage());
      return summary(log, ExitCode.INPUT, null, "nothing written", t0);
    }
    reportOutcomes(result, log);
    int code = codeOf(result);
    if (code == ExitCode.INPUT) {
      log.error("no event could be computed, so nothing is published; " + latest
          + " still holds the previous run");
      return summary(log, code, result, "nothing written", t0);
    }
    String runName = RunLayout.runName(started, ThreadLocalRandom.current().nextInt());
    Path configFile = configFile();
    RunPublisher.Published published;
    try {
      published = new RunPublisher(output, cfg.keepRuns()).publish(runName, folder -> {
        long t = System.nanoTime();
        log.stageStarted("writing the reports");
        List<String> written = new ArrayList<>(ReportWriter.write(result, folder, threads));
        log.stage("reports", System.nanoTime() - t);
        t = System.nanoTime();
        log.stageStarted("writing the manifest");
        new RunManifest(version(), runName, started, Instant.now(), code, input, display(input),
            Files.isRegularFile(configFile) ? configFile : null, display(configFile))
            .write(result, folder, written, threads);
        written.add(RunLayout.MANIFEST);
        log.stage("manifest", System.nanoTime() - t);
        return written;
      });
    } catch (IOException | RuntimeException e) {
      log.error(output + ": cannot write the run: " + e + "; " + latest
          + " still holds the previous run");
      return summary(log, ExitCode.INTERNAL, result, "nothing published", t0);
    }
    for (String p : published.pruned()) {
      log.debug("removed old run " + p + " (keep-runs " + cfg.keepRuns() + ")");
    }
    return summary(log, code, result, "wrote " + filesWritten(published.files()) + " to "
        + display(published.runFolder()) + ", published as " + display(latest), t0);
  }

  /** The files of a run for the log: each by name, the charts by count where they come. */
  static String filesWritten(List<String> files) {
    List<String> named = new ArrayList<>();
    int charts = 0;
    int at = -1;
    for (String f : files) {
      if (f.startsWith(ChartFiles.FOLDER + "/")) {
        at = charts++ == 0 ? named.size() : at;
      } else {
        named.add(f);
      }
    }
    if (charts > 0) {
      named.add(at, charts + (charts == 1 ? " chart in " : " charts in ") + ChartFiles.FOLDER + "/");
    }
    return String.join(", ", named);
  }

  /** Checks everything a run would, computes in memory, prints the plan; writes nothing. */
  int validate() {
    long t0 = System.nanoTime();
    Log log = log();
    Setup setup = setup(log);
    if (setup.config() == null) {
      return summary(log, setup.exitCode(), null, "nothing written (validate)", t0);
    }
    StudyConfig cfg = setup.config();
    StudyResult result;
    try {
      result = new StudyJob(cfg, input, display(input), log, threads).run();
    } catch (InputException e) {
      log.error(e.getMessage());
      return summary(log, ExitCode.INPUT, null, "nothing written (validate)", t0);
    }
    reportOutcomes(result, log);
    int code = codeOf(result);
    out.println("Settings:");
    cfg.describe().forEach((k, v) -> out.println("  " + k + " = " + v));
    out.println("Price files:");
    for (InputFile f : result.inputs()) {
      out.println("  " + display(input) + "/" + f.path() + ": " + f.rows() + " rows, " + f.first()
          + " to " + f.last() + ", column " + f.priceColumn());
    }
    out.println("Events (" + result.succeeded() + " would compute, " + result.failed()
        + " would fail):");
    for (EventOutcome o : result.outcomes()) {
      out.println("  line " + o.line() + ": " + o.ticker() + " " + o.eventDate() + ": " + (o.ok()
          ? "day 0 " + o.result().day0() + ", benchmark " + o.result().benchmark() + ", model "
              + o.result().model().key()
          : "fails: " + o.reason().key() + ": " + o.message()));
    }
    Path latest = RunLayout.latest(output);
    out.println(code == ExitCode.INPUT
        ? "A run would publish nothing; " + display(latest) + " would keep the previous run."
        : "A run would write the reports and " + RunLayout.MANIFEST + " to " + display(output)
            + "/" + RunLayout.RUNS + "/<UTC time>-<id>, point " + display(latest)
            + " at it and keep the newest " + cfg.keepRuns() + " run folder(s).");
    out.flush();
    return summary(log, code, result, "nothing written (validate)", t0);
  }

  private static String display(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    String s = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : p.toString();
    return s.replace('\\', '/');
  }
}
