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
import org.stockreaction.config.SettingException;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.ingest.InputException;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.InputFile;
import org.stockreaction.job.StudyJob;
import org.stockreaction.job.StudyResult;
import org.stockreaction.publish.Digests;
import org.stockreaction.publish.OutputLock;
import org.stockreaction.publish.OutputShape;
import org.stockreaction.publish.RunLayout;
import org.stockreaction.publish.RunManifest;
import org.stockreaction.publish.RunPublisher;
import org.stockreaction.report.ChartFiles;
import org.stockreaction.report.ReportWriter;
import org.stockreaction.report.RunInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

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
          + " 2 usage or config error, or an output folder of the wrong shape; 3 input error, nothing"
          + " computed or published; 4 some events failed (the rest were published); 5 another run"
          + " holds the output folder's lock; 130/143 stopped by SIGINT/SIGTERM (latest unchanged).",
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

  @Option(scope = ScopeType.INHERIT, names = "--input", paramLabel = "DIR",
      description = "input folder (default: ${DEFAULT-VALUE})")
  String inputArg = "input";

  @Option(scope = ScopeType.INHERIT, names = "--output", paramLabel = "DIR",
      description = "output folder (default: ${DEFAULT-VALUE})")
  String outputArg = "output";

  @Option(scope = ScopeType.INHERIT, names = "--config", paramLabel = "FILE",
      description = "config file (default: <input>/study.properties, if it exists)")
  String configArg;

  @Option(scope = ScopeType.INHERIT, names = {"-q", "--quiet"}, description = "print errors only")
  boolean quiet;

  @Option(scope = ScopeType.INHERIT, names = {"-v", "--verbose"}, description = "print more detail")
  boolean verbose;

  @Spec CommandSpec spec;

  /** The folders and config file, set from the options when the command runs. */
  private Path input;
  private Path output;
  private Path config;

  private PrintWriter out;
  private PrintWriter err;

  /**
   * The command line of {@code cmd}: the options above, and one option {@code --KEY} for every
   * {@link Setting}, built from its declaration and taken as text, so that the command line and the
   * config file are parsed and checked by the same code ({@link ConfigLoader}).
   */
  static CommandLine commandLine(StudyCommand cmd) {
    CommandLine cl = new CommandLine(cmd);
    for (Setting<?> s : Setting.all()) {
      OptionSpec.Builder option = OptionSpec.builder("--" + s.key())
          .paramLabel(s.paramLabel())
          .type(String.class)
          .description(s.description() + " (default: "
              + (s.defaultValue().isEmpty() ? "empty" : s.defaultValue()) + "; " + s.valid() + ")")
          .scopeType(ScopeType.INHERIT);
      if (s.isSwitch()) {
        option.arity("0..1").fallbackValue("true");
      }
      cl.getCommandSpec().addOption(option.build());
    }
    return cl;
  }

  /** The options as given: folders, config file and each setting given on the command line. */
  StudyArgs args() throws SettingException {
    Map<String, String> settings = new LinkedHashMap<>();
    for (Setting<?> s : Setting.all()) {
      Object v = spec.findOption("--" + s.key()).getValue();
      if (v != null) {
        settings.put(s.key(), v.toString());
      }
    }
    return new StudyArgs(StudyArgs.path("--input", inputArg), StudyArgs.path("--output", outputArg),
        configArg == null ? null : StudyArgs.path("--config", configArg), settings);
  }

  static int execute(String[] args, PrintWriter out, PrintWriter err) {
    StudyCommand cmd = new StudyCommand();
    cmd.out = out;
    cmd.err = err;
    CommandLine cl = commandLine(cmd);
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
    return StudyArgs.configFile(input, config);
  }

  /** Loads the config and checks the folders; the same for a run and for validate. */
  private Setup setup(Log log) {
    StudyConfig cfg;
    try {
      StudyArgs args = args();
      input = args.input();
      output = args.output();
      config = args.config();
      java.util.Optional<String> shape = OutputShape.problem(output);
      if (shape.isPresent()) {
        log.error(shape.get());
        return new Setup(null, ExitCode.USAGE);
      }
      cfg = args.load();
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
      log.error(output + ": cannot create or lock the output folder: " + e.getMessage()
          + " (check the --output path and its permissions)");
      return summary(log, ExitCode.USAGE, null, "nothing written", t0);
    }
    try (StopOnSignal stop = StopOnSignal.install(lock, log, display(RunLayout.latest(output)))) {
      return runLocked(setup.config(), log, started, t0, stop);
    } finally {
      try {
        lock.close();
      } catch (IOException e) {
        log.debug("releasing the lock: " + e);
      }
    }
  }

  private int runLocked(StudyConfig cfg, Log log, Instant started, long t0, StopOnSignal stop) {
    Path latest = RunLayout.latest(output);
    if (Files.exists(output.resolve("summary.csv"))) {
      log.warn(output + "/summary.csv is left from an older version; reports are now published in "
          + latest + "/ (delete the old files to avoid confusion)");
    }
    ReportWriter.warmUp();
    RunManifest.warmUp();
    try (Digests digests = new Digests()) {
      log.onInputsRead = digests::start;
      return runStudy(cfg, log, started, t0, stop, digests);
    }
  }

  private int runStudy(StudyConfig cfg, Log log, Instant started, long t0, StopOnSignal stop,
      Digests digests) {
    Path latest = RunLayout.latest(output);
    StudyResult result;
    try {
      result = new StudyJob(cfg, input, display(input), log, cfg.threads()).run();
    } catch (SettingException e) {
      log.error(e.getMessage());
      return summary(log, ExitCode.USAGE, null, "nothing written", t0);
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
      RunPublisher publisher = new RunPublisher(output, cfg.keepRuns());
      stop.publisher = publisher;
      published = publisher.publish(runName, folder -> {
        long t = System.nanoTime();
        log.stageStarted("writing the reports");
        RunInfo run = new RunInfo(runName, version(), input, display(input),
            Files.isRegularFile(configFile) ? configFile : null, display(configFile));
        List<String> written = new ArrayList<>(ReportWriter.write(result, folder, cfg.threads(),
            run, digests::start));
        log.stage("reports", System.nanoTime() - t);
        t = System.nanoTime();
        log.stageStarted("writing the manifest");
        new RunManifest(version(), runName, started, Instant.now(), code, input, display(input),
            Files.isRegularFile(configFile) ? configFile : null, display(configFile))
            .write(result, folder, written, cfg.threads(), digests);
        written.add(RunLayout.MANIFEST);
        log.stage("manifest", System.nanoTime() - t);
        return written;
      });
    } catch (IOException | RuntimeException e) {
      log.error(output + ": cannot write the run: " + (e instanceof IOException ? e.getMessage()
          : e.toString()) + "; " + latest + " still holds the previous run");
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
      result = new StudyJob(cfg, input, display(input), log, cfg.threads()).run();
    } catch (SettingException e) {
      log.error(e.getMessage());
      return summary(log, ExitCode.USAGE, null, "nothing written (validate)", t0);
    } catch (InputException e) {
      log.error(e.getMessage());
      return summary(log, ExitCode.INPUT, null, "nothing written (validate)", t0);
    }
    reportOutcomes(result, log);
    int code = codeOf(result);
    out.println("Settings:");
    cfg.describe().forEach((k, v) -> out.println(Log.safe("  " + k + " = " + v)));
    out.println("Price files:");
    for (InputFile f : result.inputs()) {
      out.println(Log.safe("  " + display(input) + "/" + f.path() + ": " + f.rows() + " rows, "
          + f.first() + " to " + f.last() + ", column " + f.priceColumn()));
    }
    out.println("Events (" + result.succeeded() + " would compute, " + result.failed()
        + " would fail):");
    for (EventOutcome o : result.outcomes()) {
      out.println(Log.safe("  line " + o.line() + ": " + o.ticker() + " " + o.eventDate() + ": "
          + (o.ok() ? "day 0 " + o.result().day0() + ", benchmark " + o.result().benchmark()
              + ", model " + o.result().model().key()
          : "fails: " + o.reason().key() + ": " + o.message())));
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

  static String display(Path p) {
    return StudyArgs.display(p);
  }
}
