package org.stockreaction.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.stockreaction.calendar.CalendarPrices;
import org.stockreaction.calendar.DayZero;
import org.stockreaction.calendar.Exchange;
import org.stockreaction.calendar.MissingDayPolicy;
import org.stockreaction.calendar.TradingCalendar;
import org.stockreaction.calendar.Window;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.ingest.EventSpec;
import org.stockreaction.ingest.EventsFileReader;
import org.stockreaction.ingest.InputException;
import org.stockreaction.ingest.InputFolder;
import org.stockreaction.ingest.PriceLibrary;
import org.stockreaction.ingest.PriceSeries;
import org.stockreaction.model.ModelFit;
import org.stockreaction.model.ModelType;
import org.stockreaction.model.ReturnType;
import org.stockreaction.stats.EstimationData;
import org.stockreaction.stats.EventAbnormalReturns;
import org.stockreaction.stats.EventStatistics;
import org.stockreaction.stats.EventWindowData;
import org.stockreaction.stats.GroupResult;
import org.stockreaction.stats.ReportedMoveCheck;

/**
 * Runs a study: reads the events and the prices they need, and computes each event on its own.
 * One event's failure is recorded with its reason and the others go on.
 */
public final class StudyJob {

  /** A benchmark's calendar with its prices, built once per benchmark. */
  private record Benchmark(String ticker, TradingCalendar calendar, double[] close) {}

  /** A stock placed on a benchmark's calendar, built once per stock and benchmark. */
  private record Aligned(CalendarPrices prices, double[] returns, PriceSeries series, int[] days) {}

  private final StudyConfig config;
  private final InputFolder folder;
  private final String inputDisplay;
  private final JobListener listener;
  private final PriceSource prices;
  private final Map<String, Object> benchmarks = new ConcurrentHashMap<>();
  private final Map<String, Aligned> aligned = new ConcurrentHashMap<>();
  private final FactorLibrary factors;
  private final int threads;
  private volatile SameTickerEvents sameTicker = SameTickerEvents.of(List.of(), new int[0]);

  public StudyJob(StudyConfig config, Path inputDir, String inputDisplay, JobListener listener) {
    this(config, inputDir, inputDisplay, listener, 0);
  }

  /**
   * @param threads worker threads for reading files and computing events; 0 for one per core. The
   *     results do not depend on it.
   */
  public StudyJob(StudyConfig config, Path inputDir, String inputDisplay, JobListener listener,
      int threads) {
    this(config, inputDir, inputDisplay, listener, threads, PriceSource.of(new PriceLibrary(
        inputDir.resolve(config.prices()), inputDisplay + "/" + config.prices(),
        config.asOf() == null ? Integer.MAX_VALUE : (int) config.asOf().toEpochDay(),
        config.priceFormat(), (int) java.time.LocalDate.now().toEpochDay(),
        threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
        new InputFolder(inputDir, config.allowOutsideInput()))));
  }

  /**
   * A job whose prices come from {@code prices} rather than the input folder's price files; the
   * events and factor files are still read from {@code inputDir}. Another engine uses it to run
   * the same per-event computation ({@link #compute}) on series it has read itself.
   */
  public StudyJob(StudyConfig config, Path inputDir, String inputDisplay, JobListener listener,
      int threads, PriceSource prices) {
    this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    this.config = config;
    this.inputDisplay = inputDisplay;
    this.listener = listener;
    this.folder = new InputFolder(inputDir, config.allowOutsideInput());
    this.prices = prices;
    this.factors = new FactorLibrary(folder, inputDisplay, config.factors());
  }

  /** Reads the events file; an unreadable file stops the run. */
  public EventsFileReader.Result readEvents() throws InputException {
    String e = config.events();
    return EventsFileReader.read(folder, Path.of(e), Path.of(e).isAbsolute() ? e
        : inputDisplay + "/" + e);
  }

  /**
   * Runs every event of the events file: reads the price files the events need in parallel, then
   * computes the events in parallel. Outcomes come back in events-file order whatever the threads.
   */
  public StudyResult run() throws InputException {
    long t = System.nanoTime();
    listener.stageStarted("reading the events file");
    EventsFileReader.Result events = readEvents();
    t = stage("read events", t);
    List<EventSpec> specs = events.events();
    java.util.Set<String> tickers = new java.util.TreeSet<>();
    java.util.Set<String> benchmarkTickers = new java.util.TreeSet<>();
    for (EventSpec spec : specs) {
      tickers.add(spec.ticker());
      benchmarkTickers.add(spec.benchmark() != null ? spec.benchmark() : config.benchmark());
    }
    tickers.addAll(benchmarkTickers);
    factors.prefetch(config.model().usesFactors() ? config.model() : null);
    factors.prefetch(config.factors().compareModel());
    try (Workers pool = new Workers(threads)) {
      List<String> files = List.copyOf(tickers);
      listener.stageStarted("reading " + files.size() + " price files");
      pool.forEach(files.size(), i -> prices.get(files.get(i)));
      t = stage("ingest", t);
      listener.inputsRead(inputs());
      DataSettingsCheck.check(config, benchmarkTickers, prices);
      // each event's day 0 is located on the pool's threads; the rest is a sort per ticker
      int[] dayZero = new int[specs.size()];
      pool.forEach(specs.size(), i -> dayZero[i] = dayZeroEpoch(specs.get(i)));
      sameTicker = SameTickerEvents.of(specs, dayZero);
      EventOutcome[] computed = new EventOutcome[specs.size()];
      AtomicInteger done = new AtomicInteger();
      listener.stageStarted("computing");
      pool.forEach(specs.size(), i -> {
        computed[i] = compute(specs.get(i));
        listener.progress(done.incrementAndGet(), specs.size());
      });
      List<EventOutcome> outcomes = new ArrayList<>(List.of(computed));
      for (EventsFileReader.RowError e : events.errors()) {
        outcomes.add(EventOutcome.unreadable(e));
      }
      outcomes.sort(Comparator.comparingInt(EventOutcome::line));
      t = stage("events", t);
      SameFirm.warnings(outcomes, events.hasGroupColumn(), config).forEach(listener::warn);
      ModelComparison comparison = compare(outcomes, pool);
      if (comparison != null && comparison.computed()) {
        stage("comparison " + comparison.model().key(), t);
      }
      t = System.nanoTime();
      listener.stageStarted("group statistics");
      List<GroupResult> groups =
          GroupRunner.compute(outcomes, events.hasGroupColumn(), config.eventWindows(),
              config.sameFirm(), pool);
      t = stage("group statistics", t);
      CrossSection crossSection = CrossSection.compute(outcomes, events.hasGroupColumn(),
          config.eventWindows(), events.characteristics(), config.crossSectionY(),
          config.sameFirm());
      if (!crossSection.rows().isEmpty()) {
        stage("cross-section", t);
      }
      List<String> warnings = warnings();
      warnings.addAll(RunWarnings.dayZeroGaps(outcomes));
      ModelComparison.notWritten(comparison, config).ifPresent(warnings::add);
      return new StudyResult(config, outcomes, inputs(), warnings, events.hasGroupColumn(),
          factors.read(), comparison, groups, crossSection);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Day 0 of an event as an epoch day, or {@code Integer.MIN_VALUE} when it has none. */
  private int dayZeroEpoch(EventSpec spec) {
    try {
      TradingCalendar cal = benchmark(spec.benchmark() != null ? spec.benchmark()
          : config.benchmark()).calendar();
      int i = DayZero.locate(spec.time(), cal, Exchange.ofTicker(spec.ticker())).index();
      return i < cal.size() ? cal.days()[i] : Integer.MIN_VALUE;
    } catch (EventFailure | RuntimeException e) {
      return Integer.MIN_VALUE;
    }
  }

  /**
   * Tells the job which events share tickers, for {@link #compute}'s count of other events inside
   * an estimation window ({@code clean-estimation}): {@link #run} does this with every event; an
   * engine that computes events itself calls it with the events of the tickers it computes.
   */
  public void knowEvents(List<EventSpec> specs) {
    int[] dayZero = new int[specs.size()];
    java.util.Arrays.setAll(dayZero, i -> dayZeroEpoch(specs.get(i)));
    sameTicker = SameTickerEvents.of(specs, dayZero);
  }

  private long stage(String name, long since) {
    long now = System.nanoTime();
    listener.stage(name, now - since);
    return now;
  }

  /**
   * The second model, when one is asked for and its factor files are present, for the events the
   * reports show it for (the first {@code report-events} rows), or for all with comparison-csv.
   */
  private ModelComparison compare(List<EventOutcome> outcomes, Workers pool)
      throws InterruptedException, ExecutionException {
    ModelType other = config.factors().compareModel();
    if (other == null || other == config.model()) {
      return null;
    }
    if (!factors.available(other)) {
      return new ModelComparison(other, List.of(), "its factor file is not in the input folder ("
          + String.join(", ", FactorLibrary.filesOf(other).stream().map(s -> s.key()).toList())
          + ")");
    }
    int n = config.comparisonCsv() ? outcomes.size() : Math.min(outcomes.size(),
        config.reportEvents());
    List<EventSpec> specs = outcomes.subList(0, n).stream().map(EventOutcome::spec).filter(java.util.Objects::nonNull).toList();
    EventOutcome[] out = new EventOutcome[specs.size()];
    pool.forEach(specs.size(), i -> out[i] = compute(specs.get(i), other));
    return new ModelComparison(other, List.of(out), "");
  }

  /** The second model as {@link #run} computes it, for the same outcomes. */
  public ModelComparison compare(List<EventOutcome> outcomes)
      throws InterruptedException, ExecutionException {
    try (Workers pool = new Workers(1)) {
      return compare(outcomes, pool);
    }
  }

  /**
   * The second model every event is also computed with for the report and loadings.csv, or null
   * when none is asked for, it is the run's own, or its factor files are not in the input folder.
   */
  public ModelType comparedModel() {
    ModelType other = config.factors().compareModel();
    return other == null || other == config.model() || !factors.available(other) ? null : other;
  }

  /** The factor files read so far, in the order first read. */
  public List<FactorFile> factorFiles() {
    return factors.read();
  }

  /** Computes one event, turning every failure into an outcome. */
  public EventOutcome compute(EventSpec spec) {
    return compute(spec, null);
  }

  /** Computes one event with the given model, or the event's own when {@code forced} is null. */
  public EventOutcome compute(EventSpec spec, ModelType forced) {
    try {
      EventResult r = computeOrFail(spec, forced);
      Optional<String> notFinite = FiniteCheck.problem(r);
      return notFinite.isEmpty() ? EventOutcome.ok(r)
          : EventOutcome.failed(spec, FailureReason.NON_FINITE_STATISTIC, notFinite.get());
    } catch (EventFailure f) {
      return EventOutcome.failed(spec, f.reason(), f.getMessage());
    } catch (RuntimeException e) {
      return EventOutcome.failed(spec, FailureReason.INTERNAL_ERROR,
          "internal error: " + e + " (please report it with the events row)");
    }
  }

  private EventResult computeOrFail(EventSpec spec, ModelType forced) throws EventFailure {
    String ticker = spec.ticker();
    Optional<String> bad = PriceLibrary.tickerProblem(ticker);
    if (bad.isPresent()) {
      throw new EventFailure(FailureReason.INVALID_TICKER, bad.get());
    }
    String benchTicker = spec.benchmark() != null ? spec.benchmark() : config.benchmark();
    ModelType model = config.model();
    if (forced != null) {
      model = forced;
    } else if (spec.model() != null) {
      try {
        model = ModelType.fromKey(spec.model());
      } catch (IllegalArgumentException e) {
        throw new EventFailure(FailureReason.UNKNOWN_MODEL, "model "
            + org.stockreaction.ingest.InputText.quote(spec.model())
            + " is not known (expected one of " + ModelType.keys() + ")");
      }
    }
    Benchmark bench = benchmark(benchTicker);
    TradingCalendar cal = bench.calendar();
    Aligned stock = align(ticker, bench);

    DayZero.Result d0 = DayZero.locate(spec.time(), cal, Exchange.ofTicker(ticker));
    int zero = d0.index();
    if (zero >= cal.size()) {
      throw new EventFailure(FailureReason.DAY0_BEYOND_DATA, "day 0 for " + d0.localDate()
          + " is after the last trading day in the data (" + bench.ticker() + " ends "
          + cal.date(cal.size() - 1) + ")");
    }
    if (!hasPriceBefore(stock.prices().close(), zero)) {
      LocalDate first = stock.series().firstDate();
      String early = d0.localDate().isBefore(cal.date(0)) ? "; the event (" + d0.localDate()
          + ") is before the first price of " + bench.ticker() + ", the trading calendar ("
          + cal.date(0) + ")" : "";
      throw new EventFailure(FailureReason.NO_STOCK_DATA_BEFORE_DAY0, ticker + " has no price on"
          + " a trading day before day 0 (" + cal.date(zero) + "): its prices start " + first
          + early + " (check the event date, or use prices that start earlier)");
    }
    if (stock.series().lastDate().toEpochDay() < cal.days()[zero]) {
      throw new EventFailure(FailureReason.DAY0_BEYOND_DATA, "day 0 (" + cal.date(zero)
          + ") is after the last price of " + ticker + " (" + stock.series().lastDate() + ")");
    }

    MissingDayPolicy policy = config.missingDays();
    ReturnType rt = config.returnType();
    Window est = config.estimationWindow();
    int estFrom = Math.max(1, zero + est.fromInclusive());
    int estTo = zero + est.toInclusive();
    Regressors reg = regressors(model, bench, stock, policy, rt);
    int regressors = reg.columns();
    Window wide = config.widestEventWindow();
    EstimationSample sample = EstimationSample.of(estFrom, estTo, stock.returns(), reg, cal.days(),
        sameTicker.otherEventDays(spec, cal.days(), estFrom, estTo, wide),
        config.cleanEstimation(), zero);
    reg.requireComplete("estimation window");
    int m = sample.data().observations();
    int wanted = est.length();
    if (m < config.minEstimationObs() && m + sample.leftOut() >= config.minEstimationObs()) {
      throw new EventFailure(FailureReason.ESTIMATION_WINDOW_CONTAMINATED, "only " + m + " of "
          + wanted + " estimation days are left once the " + sample.leftOut() + " days of other "
          + ticker + " events are left out; at least " + config.minEstimationObs() + " are needed"
          + " (set clean-estimation = off, or lower min-estimation-obs)");
    }
    if (m < config.minEstimationObs()) {
      String where = zero + est.fromInclusive() < 1
          ? "; the data begin " + cal.date(0) + ", so the window is cut short"
          : "";
      throw new EventFailure(FailureReason.TOO_FEW_ESTIMATION_DAYS, "only " + m + " of " + wanted
          + " estimation days have returns for " + ticker + where + "; at least "
          + config.minEstimationObs() + " are needed (lower min-estimation-obs or use an earlier"
          + " start of data)");
    }
    EstimationData estimation = sample.data();
    EventModel fitted = EventModel.fit(model, estimation);
    ModelFit fit = fitted.fit();

    int first = Math.max(wide.fromInclusive(), 1 - zero);
    int last = Math.min(wide.toInclusive(), cal.size() - 1 - zero);
    int len = Math.max(0, last - first + 1);
    int[] days = new int[len];
    double[] wy = new double[len];
    double[][] wx = new double[regressors][len];
    double[] offset = new double[len];
    double[] benchmarkWindow = new double[len];
    for (int k = 0; k < len; k++) {
      int i = zero + first + k;
      days[k] = cal.days()[i];
      wy[k] = reg.covers(i) ? stock.returns()[i] - reg.offset(i) : Double.NaN;
      if (Double.isNaN(stock.returns()[i]) || !reg.covers(i)) {
        for (double[] col : wx) {
          col[k] = Double.NaN;
        }
      } else {
        reg.fill(i, wx, k);
      }
      offset[k] = reg.offset(i);
      // the benchmark's return over the span of the stock's return (across a gap, trade-to-trade)
      int prev = Double.isNaN(stock.returns()[i]) ? -1 : stock.prices().previousPriceIndex(i, policy);
      benchmarkWindow[k] = rt.of(bench.close()[prev < 0 ? i - 1 : prev], bench.close()[i]);
    }
    reg.requireComplete("event window");
    EventWindowData window = new EventWindowData(first, days, wy, wx, offset);
    EventAbnormalReturns ar = EventStatistics.compute(fit, estimation, window,
        config.eventWindows(), rt, fitted.conditionalVariance(zero + first, len, sample.lastIndex()));

    ReportedMoveCheck check = ReportedMoves.check(spec, stock.prices(), stock.series(),
        stock.days(), zero, ar, policy);
    String note = DayZero.explain(spec.time(), d0, cal, Exchange.ofTicker(spec.ticker()));
    int estimationMissing = (estTo - Math.max(1, zero + est.fromInclusive()) + 1) - m
        - sample.leftOut() + Math.max(0, 1 - (zero + est.fromInclusive()));
    // The CAR line: the same statistics over [first, d] for every day d of the widest window.
    List<org.stockreaction.stats.WindowStatistics> carPath =
        EventStatistics.carPath(ar, window, rt);
    return new EventResult(spec, bench.ticker(), model, cal.date(zero), note,
        cal.date(Math.max(0, zero + est.fromInclusive())), cal.date(estTo), estimationMissing, ar,
        benchmarkWindow, check, carPath, pricePath(stock, bench, zero, Math.max(0, estFrom - 1),
            zero + last), sample.otherEventDays(), sample.leftOut());
  }

  /** Whether {@code close} has a price on a calendar day before {@code index}. */
  private static boolean hasPriceBefore(double[] close, int index) {
    return java.util.stream.IntStream.range(0, index).anyMatch(i -> !Double.isNaN(close[i]));
  }

  /** Stock and benchmark prices on calendar indices {@code from..to}, inclusive. */
  private static PricePath pricePath(Aligned stock, Benchmark bench, int zero, int from, int to) {
    return new PricePath(from - zero, from, Math.max(0, to - from + 1), bench.calendar().days(),
        stock.prices().close(), bench.close());
  }

  /** The regressors of a model: the benchmark's return, or the factors of a factor model. */
  private Regressors regressors(ModelType model, Benchmark bench, Aligned stock,
      MissingDayPolicy policy, ReturnType rt) throws EventFailure {
    if (!model.usesFactors()) {
      return Regressors.benchmark(bench.close(), stock.prices(), policy, rt,
          model.regressors() == 0 ? 1 : model.regressors());
    }
    if (rt != ReturnType.SIMPLE) {
      throw new EventFailure(FailureReason.MODEL_FAILED, "the " + model.key() + " model needs"
          + " simple returns, as French's factors are simple daily returns (set return-type ="
          + " simple)");
    }
    return Regressors.factors(factors.columns(model, bench.calendar()), bench.calendar(),
        stock.prices(), policy);
  }

  private Benchmark benchmark(String ticker) throws EventFailure {
    Object b = benchmarks.computeIfAbsent(ticker.toUpperCase(java.util.Locale.ROOT), k -> {
      Optional<String> bad = PriceLibrary.tickerProblem(ticker);
      if (bad.isPresent()) {
        return new EventFailure(FailureReason.BENCHMARK_UNAVAILABLE, "benchmark " + bad.get());
      }
      Optional<PriceLibrary.Entry> e = prices.get(ticker);
      if (e.isEmpty()) {
        return new EventFailure(FailureReason.BENCHMARK_UNAVAILABLE, "no price file for benchmark "
            + ticker + " in " + prices.displayFolder() + " (add " + ticker + ".csv there or choose"
            + " another benchmark)");
      }
      if (e.get().error() != null) {
        return new EventFailure(FailureReason.BENCHMARK_UNAVAILABLE, "benchmark " + ticker
            + " cannot be read: " + e.get().error().getMessage());
      }
      PriceSeries s = e.get().series();
      if (s.size() == 0) {
        return new EventFailure(FailureReason.BENCHMARK_UNAVAILABLE, "benchmark " + ticker
            + " has no prices on or before as-of " + config.asOf());
      }
      return new Benchmark(ticker, new TradingCalendar(ticker, s.days()), s.close());
    });
    if (b instanceof EventFailure f) {
      throw new EventFailure(f.reason(), f.getMessage());
    }
    return (Benchmark) b;
  }

  private Aligned align(String ticker, Benchmark bench) throws EventFailure {
    Optional<PriceLibrary.Entry> e = prices.get(ticker);
    if (e.isEmpty()) {
      throw new EventFailure(FailureReason.UNKNOWN_TICKER, "no price file for " + ticker + " in "
          + prices.displayFolder() + " (add " + ticker + ".csv there, or check the spelling)");
    }
    if (e.get().error() != null) {
      throw new EventFailure(FailureReason.PRICE_FILE_ERROR, e.get().error().getMessage());
    }
    PriceSeries s = e.get().series();
    if (s.size() == 0) {
      throw new EventFailure(FailureReason.NO_STOCK_DATA_BEFORE_DAY0, ticker
          + " has no prices on or before as-of " + config.asOf());
    }
    Aligned a = aligned.computeIfAbsent(s.ticker() + "|" + bench.ticker(), k -> {
      CalendarPrices cp = CalendarPrices.align(s.days(), s.close(), bench.calendar());
      return new Aligned(cp, cp.returns(config.returnType()::of, config.missingDays()), s,
          bench.calendar().days());
    });
    return a;
  }

  private List<InputFile> inputs() {
    return InputFile.of(prices.loaded(), config.prices());
  }

  private List<String> warnings() {
    List<String> w = new ArrayList<>();
    new TreeMap<>(prices.loaded()).values().forEach(e -> {
      if (e.series() != null) {
        w.addAll(e.series().warnings());
      }
    });
    w.addAll(benchmarkGaps().values());
    return w;
  }

  /**
   * The warnings about stocks' prices on days their benchmark lacks, by STOCK|BENCHMARK; only the
   * few pairs with such days are sorted (a universe has thousands of pairs).
   */
  public java.util.SortedMap<String, String> benchmarkGaps() {
    java.util.SortedMap<String, String> w = new TreeMap<>();
    aligned.forEach((key, a) -> {
      if (a.prices().offCalendar() > 0) {
        String gap = RunWarnings.benchmarkGap(a.series().ticker(),
            key.substring(key.indexOf('|') + 1), a.series().days(), a.days());
        if (gap != null) {
          w.put(key, gap);
        }
      }
    });
    return w;
  }
}
