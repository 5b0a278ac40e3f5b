package org.stockreaction.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.stockreaction.config.CommandLineArgs;
import org.stockreaction.config.CommandLineArgs.Command;
import org.stockreaction.config.CommandLineArgs.Syntax;
import org.stockreaction.config.SettingException;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.ingest.InputException;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.InputFile;
import org.stockreaction.job.ModelWarmUp;
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

/**
 * The {@code stock-reaction} command: runs the study in the input folder, or with
 * {@code validate} checks it, or with {@code bench} measures speed. The command line is parsed by
 * {@link CommandLineArgs} with the options of {@link StudyArgs}; {@code --help} is {@link Help}.
 */
public final class StudyCommand {

  /** {@code stock-reaction validate}: checks config and inputs, says what a run would compute. */
  static final Command VALIDATE = new Command("validate", List.of());

  /** The options and commands of the tool, besides the settings. */
  static final Syntax SYNTAX = new Syntax(StudyArgs.OPTIONS, List.of(VALIDATE,
      BenchCommand.COMMAND), StudyArgs.SEE_HELP);

  static String version() {
    String v = StudyCommand.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** The command line as parsed. */
  private final CommandLineArgs commandLine;

  /** The folders and config file, set from the options when the command runs. */
  private Path input;
  private Path output;
  private Path config;

  private final PrintWriter out;
  private final PrintWriter err;

  private StudyCommand(CommandLineArgs commandLine, PrintWriter out, PrintWriter err) {
    this.commandLine = commandLine;
    this.out = out;
    this.err = err;
  }

  /** The options as given: folders, config file and each setting given on the command line. */
  StudyArgs args() throws SettingException {
    return StudyArgs.of(commandLine);
  }

  static int execute(String[] args, PrintWriter out, PrintWriter err) {
    long t0 = System.nanoTime();
    CommandLineArgs commandLine;
    try {
      commandLine = SYNTAX.parse(args);
    } catch (SettingException e) {
      err.println("error: " + Log.safe(e.getMessage()));
      // every run ends with its done line, this one too unless --quiet was among the arguments
      if (java.util.Arrays.stream(args).noneMatch(a -> a.equals("--quiet")
          || a.equalsIgnoreCase("--quiet=true") || a.matches("-[A-Za-z]*q[A-Za-z]*"))) {
        err.println(String.format(java.util.Locale.ROOT, "info: done: exit %d (%s); no events"
            + " computed; nothing written; %.2f s", ExitCode.USAGE, ExitCode.name(ExitCode.USAGE),
            (System.nanoTime() - t0) / 1e9));
      }
      return ExitCode.USAGE;
    }
    if (commandLine.flag(StudyArgs.HELP.name())) {
      out.print(Help.of(commandLine.command()));
      out.flush();
      return ExitCode.OK;
    }
    if (commandLine.flag(StudyArgs.VERSION.name())) {
      out.println("stock-reaction " + version());
      out.flush();
      return ExitCode.OK;
    }
    if (commandLine.flag(StudyArgs.QUIET.name()) && commandLine.flag(StudyArgs.VERBOSE.name())) {
      err.println("error: --quiet and --verbose ask for opposite things (use one: --quiet prints"
          + " errors only, --verbose adds detail)");
      return ExitCode.USAGE;
    }
    StudyCommand cmd = new StudyCommand(commandLine, out, err);
    String command = commandLine.command();
    try {
      if (command == null) {
        return cmd.call();
      }
      return command.equals(VALIDATE.name()) ? cmd.validate()
          : new BenchCommand(commandLine, out, err).call();
    } catch (Exception e) {
      err.println("error: internal error: " + e);
      e.printStackTrace(err);
      return ExitCode.INTERNAL;
    }
  }

  /** The config as loaded, or the exit code that stops the run. */
  private record Setup(StudyConfig config, int exitCode) {}

  private Log log() {
    Log.Level level = commandLine.flag(StudyArgs.QUIET.name()) ? Log.Level.ERROR
        : commandLine.flag(StudyArgs.VERBOSE.name()) ? Log.Level.DEBUG : Log.Level.INFO;
    return new Log(err, level, stderrIsTerminal(), Log.DEFAULT_INTERVAL_NANOS,
        Log.DEFAULT_DELAY_NANOS);
  }

  /** The system property the launcher sets to whether standard error is a terminal. */
  static final String STDERR_TERMINAL = "stock-reaction.stderr-terminal";

  /**
   * Whether standard error, where the live progress line goes, is a terminal. Java 17 cannot ask
   * that of one stream: {@link System#console()} answers for standard input and output together.
   * The launcher asks the shell ({@code [ -t 2 ]}) and passes the answer in {@value
   * #STDERR_TERMINAL}; a plain {@code java -jar} falls back to the console.
   */
  private static boolean stderrIsTerminal() {
    String told = System.getProperty(STDERR_TERMINAL);
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
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
    if (code == ExitCode.PARTIAL && log.quiet()) {
      // --quiet drops the warnings that name each failed event: say where the reasons are
      log.error(result.failed() + " of " + result.events() + " events failed; each reason is in"
          + " the run's summary.csv (status, reason) and manifest.json, and in the log without"
          + " --quiet");
    }
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

  /** Runs the study and publishes its reports. */
  int call() {
    long t0 = System.nanoTime();
    Instant started = Instant.now();
    // the warm-ups load classes on daemon threads while this one reads the settings (wasted when
    // the run stops before computing an event: bad settings, a locked output folder, no event)
    ModelWarmUp.start();
    ReportWriter.warmUp();
    RunManifest.warmUp();
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
    try (Digests digests = new Digests()) {
      log.onInputsRead = prices -> digests.start(InputFile.paths(input, cfg.events(), prices));
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
          + " still holds the previous run"
          + (log.quiet() ? " (each event's reason is logged without --quiet)" : ""));
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
            Files.isRegularFile(configFile) ? configFile : null, display(configFile),
            digests::sha256);
        List<String> written = new ArrayList<>(ReportWriter.write(result, folder, cfg.threads(),
            run, digests::later));
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
    cfg.describeAll().forEach((k, v) -> out.println(Log.safe("  " + k + " = " + v)));
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
