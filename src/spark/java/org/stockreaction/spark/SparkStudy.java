package org.stockreaction.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.stockreaction.config.OutputFormat;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.ingest.EventSpec;
import org.stockreaction.ingest.EventsFileReader;
import org.stockreaction.ingest.InputException;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.SameFirm;
import org.stockreaction.job.StudyResult;
import scala.Tuple2;

/**
 * The study on Spark: {@code spark-submit --class org.stockreaction.spark.SparkStudy
 * stock-reaction-spark.jar --input URI --output URI [settings]}. Exit codes as the CLI's: 0 every
 * event computed, 2 usage or config error, 3 input error or no event computed (nothing published),
 * 4 some events failed (the rest published), 1 the run could not be written.
 */
public final class SparkStudy {

  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int USAGE = 2;
  static final int INPUT = 3;
  static final int PARTIAL = 4;

  private final SparkSession spark;
  private final JavaSparkContext jsc;
  private final StudyArgs args;
  private final PrintWriter err;
  private final String runId;

  private SparkStudy(SparkSession spark, StudyArgs args, PrintWriter err) {
    this.spark = spark;
    this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    this.args = args;
    this.err = err;
    this.runId = Instant.now().toString().replaceAll("[^0-9]", "").substring(0, 14) + "-"
        + String.format(Locale.ROOT, "%06x", ThreadLocalRandom.current().nextInt(1 << 24));
  }

  public static void main(String[] argv) {
    System.exit(run(argv, null, new PrintWriter(System.err, true)));
  }

  /** Runs the study on {@code spark}, or on a session of its own when it is null. */
  public static int run(String[] argv, SparkSession spark, PrintWriter err) {
    StudyArgs args;
    try {
      args = StudyArgs.parse(argv);
    } catch (StudyArgs.UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(StudyArgs.USAGE);
      return USAGE;
    }
    SparkSession session = spark != null ? spark : session(args.master());
    try {
      return new SparkStudy(session, args, err).run();
    } finally {
      if (spark == null) {
        session.stop();
      }
    }
  }

  private static SparkSession session(String master) {
    SparkSession.Builder b = SparkSession.builder().appName("stock-reaction");
    if (master != null) {
      b.master(master);
    } else if (System.getProperty("spark.master") == null) {
      // neither --master nor spark-submit's: every core of this machine
      b.master("local[*]");
    }
    return b.getOrCreate();
  }

  private int run() {
    Instant started = Instant.now();
    InputFolder in;
    StudyConfig cfg;
    StudyInputs inputs;
    try {
      in = InputFolder.open(jsc.hadoopConfiguration(), args.input());
      if (!in.isFolder("")) {
        return error(INPUT, in.display() + ": the input folder does not exist (point --input at"
            + " the folder holding events.csv and prices/)");
      }
      Map<String, byte[]> files = new LinkedHashMap<>();
      String configDisplay = in.display() + "/" + StudyInputs.CONFIG;
      if (args.config() != null) {
        InputFolder c = InputFolder.open(jsc.hadoopConfiguration(), args.config());
        configDisplay = c.display();
        if (!c.isFile("")) {
          return error(USAGE, configDisplay + ": the config file does not exist (check the --config"
              + " path)");
        }
        files.put(StudyInputs.CONFIG, c.read(""));
      } else if (in.isFile(StudyInputs.CONFIG)) {
        files.put(StudyInputs.CONFIG, in.read(StudyInputs.CONFIG));
      }
      try {
        cfg = configOnly(files, configDisplay);
      } catch (InputException e) {
        return error(USAGE, e.getMessage());
      }
      for (String f : List.of(cfg.events(), cfg.factors().ff3File(), cfg.factors().momentumFile(),
          cfg.factors().ff5File())) {
        if (in.isFile(f)) {
          files.put(f, in.read(f));
        }
      }
      inputs = new StudyInputs(runId, in.display(), configDisplay, args.settings(), files,
          files.containsKey(StudyInputs.CONFIG), (int) LocalDate.now().toEpochDay());
    } catch (IOException e) {
      return error(INPUT, args.input() + ": cannot read the input: " + e);
    }
    Staged staged;
    try {
      staged = Staged.load(inputs);
    } catch (InputException e) {
      return error(INPUT, e.getMessage());
    } catch (IOException e) {
      return error(INTERNAL, "cannot lay out the inputs locally: " + e);
    }
    if (!staged.events.characteristics().isEmpty()) {
      err.println("warn: the events file's x_ columns (" + String.join(", ",
          staged.events.characteristics()) + ") are not used on Spark: no cross_section.csv and"
          + " no cross-sectional regression in the reports (run the CLI for them)");
    }
    if (!staged.config.formats().equals(Set.of(OutputFormat.CSV))) {
      err.println("warn: formats = " + String.join(", ", staged.config.formats().stream()
          .map(OutputFormat::key).sorted().toList()) + ": on Spark the tables are written as CSV"
          + " with typed Parquet copies; no JSON copies or workbook");
    }
    if (staged.comparisonCsvAsked) {
      err.println("warn: comparison-csv is not used on Spark: no comparison.csv; the compare model"
          + " runs for the events the reports show (run the CLI for comparison.csv)");
    }
    try {
      return compute(in, staged, started);
    } catch (IOException e) {
      return error(INTERNAL, "cannot read the prices or write the run: " + e);
    } catch (RuntimeException e) {
      return error(INTERNAL, "the run failed: " + e);
    } finally {
      Staged.forget(runId);
    }
  }

  private int compute(InputFolder in, Staged staged, Instant started) throws IOException {
    RunMetrics metrics = new RunMetrics();
    spark.sparkContext().addSparkListener(metrics);
    try {
      return compute(in, staged, started, metrics);
    } finally {
      spark.sparkContext().removeSparkListener(metrics);
      err.println("info: " + metrics.describe());
    }
  }

  private int compute(InputFolder in, Staged staged, Instant started, RunMetrics metrics)
      throws IOException {
    StudyConfig cfg = staged.config;
    Broadcast<StudyInputs> inputs = jsc.broadcast(staged.inputs);
    HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());
    int parallelism = Math.max(1, jsc.defaultParallelism());

    // the tickers the events need, as written, and the benchmarks
    Set<String> tickers = new TreeSet<>();
    Set<String> benchmarkTickers = new TreeSet<>();
    for (EventSpec s : staged.specs()) {
      tickers.add(s.ticker());
      benchmarkTickers.add(s.benchmark() != null ? s.benchmark() : cfg.benchmark());
    }
    tickers.addAll(benchmarkTickers);
    PriceInputs prices = PriceInputs.plan(in, cfg.prices(), tickers);
    JavaRDD<SeriesData> read = jsc.parallelize(prices.tasks(),
        Math.max(1, Math.min(prices.tasks().size(), 4 * parallelism)))
        .flatMap(t -> t.read(inputs.value(), conf.get()));
    for (PriceInputs.Parquet p : prices.parquet()) {
      read = read.union(ParquetPanel.read(spark, p.uri(), in.display() + "/" + cfg.prices() + "/"
          + p.name(), p.rank(), prices.parquetWanted(), inputs,
          Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"))));
    }
    long t = System.nanoTime();
    read = read.persist(StorageLevel.MEMORY_AND_DISK());
    SeriesData panelError = read.filter(s -> s.ticker.isEmpty()).collect().stream()
        .min(Comparator.comparingInt(s -> s.rank)).orElse(null);
    JavaPairRDD<String, SeriesData> series = read.filter(s -> !s.ticker.isEmpty())
        .mapToPair(s -> new Tuple2<>(s.ticker, s)).reduceByKey(SeriesData::first);
    Map<String, SeriesData> benchmarks = new HashMap<>(
        series.filter(e -> benchmarkTickers.contains(e._1())).collectAsMap());
    Broadcast<Map<String, SeriesData>> bench = jsc.broadcast(benchmarks);
    String pricesDir = cfg.prices();
    List<DriverReport.FileInfo> files = series.values()
        .map(s -> DriverReport.FileInfo.of(s, pricesDir)).filter(f -> f != null).collect();
    t = stage("prices read", t);

    // each ticker's events computed with its series, in the executors
    List<Tuple2<String, Integer>> lines = new ArrayList<>();
    for (EventSpec s : staged.specs()) {
      lines.add(new Tuple2<>(s.ticker(), s.line()));
    }
    int partitions = Math.max(parallelism, lines.size() / 2000 + 1);
    JavaRDD<EventRows> computed = jsc.parallelizePairs(lines, Math.max(1, Math.min(partitions,
            lines.size()))).cogroup(series, partitions)
        .mapPartitions(it -> EventTask.compute(it, inputs.value(), bench.value(), panelError));
    List<EventRows> unreadable = new ArrayList<>();
    for (EventsFileReader.RowError e : staged.events.errors()) {
      unreadable.add(EventRows.of(staged, staged.job(null), EventOutcome.unreadable(e), null));
    }
    JavaRDD<EventRows> events = computed.union(jsc.parallelize(unreadable, 1))
        .persist(StorageLevel.MEMORY_AND_DISK());
    int shown = cfg.reportEvents();
    EventSummary summary = EventSummary.empty(shown);
    for (EventSummary part : events.mapPartitions(it -> EventSummary.of(it, shown)).collect()) {
      summary.merge(part);
    }
    long failed = summary.failed;
    long total = summary.events;
    read.unpersist();
    t = stage("events computed", t);

    // failures, as the CLI logs them
    for (EventRows r : events.filter(r -> !r.ok()).takeOrdered(20, new ByLine())) {
      err.println("warn: event " + r.ticker + " " + r.eventDate + " (line " + r.line + ") failed: "
          + r.reason + ": " + r.message);
    }
    if (failed > 20) {
      err.println("warn: " + (failed - 20) + " more events failed (see summary.csv)");
    }
    if (total == failed) {
      events.unpersist();
      return error(INPUT, "no event could be computed, so nothing is published");
    }

    // each group's statistics where its events are shuffled to
    List<GroupTask.Result> groups = new ArrayList<>(events.filter(r -> r.group != null)
        .mapToPair(r -> new Tuple2<>(r.group, GroupTask.Item.of(r)))
        .groupByKey(Math.max(1, Math.min(parallelism, 64)))
        .map(g -> GroupTask.compute(g._1(), g._2(), Staged.of(inputs.value())))
        .collect());
    groups.sort(Comparator.comparingInt(GroupTask.Result::firstLine));
    sameFirmWarnings(summary, groups, cfg);
    t = stage("group statistics", t);

    Output out;
    try {
      out = Output.open(jsc.hadoopConfiguration(), args.output(), runId);
    } catch (Output.ExistsException e) {
      events.unpersist();
      return error(USAGE, e.getMessage());
    }
    try {
      out.writeEventTables(events.sortBy(r -> r.line, true, partitions).toLocalIterator());
      out.writeGroupTables(groups.stream().map(GroupTask.Result::decode).toList(), cfg,
          staged.events.hasGroupColumn());
      t = stage("tables written", t);
      StudyResult shownEvents = DriverReport.study(staged, summary, groups, files, series,
          benchmarks, panelError);
      // the run's warnings, as the CLI logs them, the first 20 (report.md lists them all)
      List<String> warnings = shownEvents.warnings();
      warnings.subList(0, Math.min(20, warnings.size())).forEach(w -> err.println("warn: " + w));
      if (warnings.size() > 20) {
        err.println("warn: " + (warnings.size() - 20) + " more warnings (see report.md)");
      }
      DriverReport.write(shownEvents, out);
      t = stage("reports written", t);
      List<String> written = new ArrayList<>(out.written());
      written.addAll(ParquetTables.write(spark, out.temporaryUri()));
      t = stage("parquet written", t);
      written.add(Manifest.FILE);
      written.add(Output.SUCCESS);
      try (OutputStream m = out.create(Manifest.FILE)) {
        Manifest.write(m, new Manifest.Run(version(), runId, started, Instant.now(),
            spark.sparkContext().master(), spark.version(), in.display(), out.display(),
            total - failed, failed), cfg, out.rows(), written);
      }
      out.publish();
      err.println("done: exit " + (failed == 0 ? OK : PARTIAL) + "; events " + (total - failed)
          + " ok, " + failed + " failed; wrote " + String.join(", ", written) + " to "
          + out.display());
    } catch (IOException | RuntimeException | java.util.concurrent.ExecutionException e) {
      out.abandon();
      return error(INTERNAL, out.display() + ": cannot write the run: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      out.abandon();
      return error(INTERNAL, out.display() + ": cannot write the run: " + e);
    } finally {
      events.unpersist();
    }
    return failed == 0 ? OK : PARTIAL;
  }

  /** The CLI's warnings about a ticker's other events, from the counts of all events. */
  private void sameFirmWarnings(EventSummary summary, List<GroupTask.Result> groups,
      StudyConfig cfg) {
    String note = SameFirm.estimationNote(summary.contaminated, summary.otherEventDays,
        summary.leftOut, cfg.cleanEstimation());
    if (!note.isEmpty()) {
      err.println("warn: " + note);
    }
    long pairs = groups.stream().mapToLong(GroupTask.Result::overlaps).sum();
    groups.stream().filter(g -> g.overlaps() > 0)
        .min(Comparator.comparingInt(GroupTask.Result::firstComputed))
        .ifPresent(g -> err.println("warn: " + SameFirm.overlapNote(pairs, new SameFirm.Overlap(
            g.decode().name(), g.firstOverlaps().get(0).first(),
            g.firstOverlaps().get(0).second()), cfg.sameFirm())));
  }

  /** Orders events by their events-file line. */
  static final class ByLine implements Comparator<EventRows>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(EventRows a, EventRows b) {
      return Integer.compare(a.line, b.line);
    }
  }

  /** The settings alone, to learn which files to read (the events and factor files). */
  private StudyConfig configOnly(Map<String, byte[]> files, String configDisplay)
      throws InputException, IOException {
    byte[] config = files.get(StudyInputs.CONFIG);
    if (config == null) {
      return args.load(null, configDisplay);
    }
    java.nio.file.Path tmp = java.nio.file.Files.createTempFile("stock-reaction-config-", ".properties");
    try {
      java.nio.file.Files.write(tmp, config);
      return args.load(tmp, configDisplay);
    } finally {
      java.nio.file.Files.deleteIfExists(tmp);
    }
  }

  private long stage(String name, long since) {
    long now = System.nanoTime();
    err.println(String.format(Locale.ROOT, "info: %s: %.2f s", name, (now - since) / 1e9));
    return now;
  }

  private int error(int code, String message) {
    err.println("error: " + message);
    err.println("done: exit " + code + "; nothing published");
    err.flush();
    return code;
  }

  static String version() {
    String v = SparkStudy.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

}
