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
import org.stockreaction.ingest.PriceLibrary;
import org.stockreaction.ingest.PriceSeries;
import org.stockreaction.model.ModelEstimator;
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
  private final Path inputDir;
  private final String inputDisplay;
  private final JobListener listener;
  private final PriceSource prices;
  private final Map<String, Object> benchmarks = new ConcurrentHashMap<>();
  private final Map<String, Aligned> aligned = new ConcurrentHashMap<>();
  private final FactorLibrary factors;
  private final int threads;

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
        threads > 0 ? threads : Runtime.getRuntime().availableProcessors())));
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
    this.inputDir = inputDir;
    this.inputDisplay = inputDisplay;
    this.listener = listener;
    this.prices = prices;
    this.factors = new FactorLibrary(inputDir, inputDisplay, config.factors());
  }

  /** Reads the events file; an unreadable file stops the run. */
  public EventsFileReader.Result readEvents() throws InputException {
    return EventsFileReader.read(inputDir.resolve(config.events()),
        inputDisplay + "/" + config.events());
  }

  /**
   * Runs every event of the events file: reads the price files the events need in parallel, then
   * computes the events in parallel. Outcomes come back in events-file order whatever the threads.
   */
  public StudyResult run() throws InputException {
    long t = System.nanoTime();
    EventsFileReader.Result events = readEvents();
    t = stage("read events", t);
    List<EventSpec> specs = events.events();
    java.util.Set<String> tickers = new java.util.TreeSet<>();
    for (EventSpec spec : specs) {
      tickers.add(spec.ticker());
      tickers.add(spec.benchmark() != null ? spec.benchmark() : config.benchmark());
    }
    factors.prefetch(config.model().usesFactors() ? config.model() : null);
    factors.prefetch(config.factors().compareModel());
    try (Workers pool = new Workers(threads)) {
      List<String> files = List.copyOf(tickers);
      pool.forEach(files.size(), i -> prices.get(files.get(i)));
      t = stage("ingest", t);
      EventOutcome[] computed = new EventOutcome[specs.size()];
      AtomicInteger done = new AtomicInteger();
      pool.forEach(specs.size(), i -> {
        computed[i] = compute(specs.get(i));
        listener.progress(done.incrementAndGet(), specs.size());
      });
      List<EventOutcome> outcomes = new ArrayList<>(List.of(computed));
      for (EventsFileReader.RowError e : events.errors()) {
        outcomes.add(unreadable(e));
      }
      outcomes.sort(Comparator.comparingInt(EventOutcome::line));
      t = stage("events", t);
      ModelComparison comparison = compare(outcomes, pool);
      if (comparison != null && comparison.computed()) {
        stage("comparison " + comparison.model().key(), t);
      }
      t = System.nanoTime();
      List<GroupResult> groups =
          GroupRunner.compute(outcomes, events.hasGroupColumn(), config.eventWindows(), pool);
      stage("group statistics", t);
      return new StudyResult(config, outcomes, inputs(), warnings(), events.hasGroupColumn(),
          factors.read(), comparison, groups);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The outcome of an events-file row that could not be read. */
  public static EventOutcome unreadable(EventsFileReader.RowError e) {
    return new EventOutcome(e.line(), e.ticker(), e.eventDate(), e.label(), e.group(), null, null,
        FailureReason.BAD_EVENT_ROW, e.message());
  }

  private long stage(String name, long since) {
    long now = System.nanoTime();
    listener.stage(name, now - since);
    return now;
  }

  /** The second model for every event, when one is asked for and its factor files are present. */
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
    List<EventSpec> specs = outcomes.stream().map(EventOutcome::spec)
        .filter(java.util.Objects::nonNull).toList();
    EventOutcome[] out = new EventOutcome[specs.size()];
    pool.forEach(specs.size(), i -> out[i] = compute(specs.get(i), other));
    return new ModelComparison(other, List.of(out), "");
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
      return EventOutcome.ok(computeOrFail(spec, forced));
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
        throw new EventFailure(FailureReason.UNKNOWN_MODEL, "model \"" + spec.model()
            + "\" is not known (expected one of " + modelKeys() + ")");
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
    if (stock.series().firstDate().toEpochDay() > cal.days()[zero]) {
      throw new EventFailure(FailureReason.NO_STOCK_DATA_BEFORE_DAY0, ticker + "'s prices start "
          + stock.series().firstDate() + ", after day 0 (" + cal.date(zero) + ")");
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
    int n = Math.max(0, estTo - estFrom + 1);
    int[] estDays = new int[n];
    double[] y = new double[n];
    double[][] x = new double[regressors][n];
    int m = 0;
    for (int i = estFrom; i <= estTo; i++) {
      double r = stock.returns()[i];
      if (Double.isNaN(r) || !reg.covers(i)) {
        continue;
      }
      estDays[m] = cal.days()[i];
      y[m] = r - reg.offset(i);
      reg.fill(i, x, m);
      m++;
    }
    reg.requireComplete("estimation window");
    int wanted = est.length();
    if (m < config.minEstimationObs()) {
      String where = zero + est.fromInclusive() < 1
          ? "; the data begin " + cal.date(0) + ", so the window is cut short"
          : "";
      throw new EventFailure(FailureReason.TOO_FEW_ESTIMATION_DAYS, "only " + m + " of " + wanted
          + " estimation days have returns for " + ticker + where + "; at least "
          + config.minEstimationObs() + " are needed (lower min-estimation-obs or use an earlier"
          + " start of data)");
    }
    EstimationData estimation = m == n ? new EstimationData(estDays, y, x)
        : new EstimationData(java.util.Arrays.copyOf(estDays, m), java.util.Arrays.copyOf(y, m),
            trim(x, m));
    ModelFit fit;
    try {
      fit = ModelEstimator.fit(model, estimation.y(), estimation.x());
    } catch (ModelEstimator.SingularException e) {
      throw new EventFailure(FailureReason.MODEL_FAILED, "the " + model.key()
          + " model cannot be fitted: " + e.getMessage());
    }

    Window wide = config.widestEventWindow();
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
      benchmarkWindow[k] = rt.of(bench.close()[i - 1], bench.close()[i]);
    }
    reg.requireComplete("event window");
    EventWindowData window = new EventWindowData(first, days, wy, wx, offset);
    EventAbnormalReturns ar =
        EventStatistics.compute(fit, estimation, window, config.eventWindows(), rt);

    ReportedMoveCheck check = check(spec, stock, zero, ar, policy);
    String note = dayZeroNote(spec, d0, cal);
    int estimationMissing = (estTo - Math.max(1, zero + est.fromInclusive()) + 1) - m
        + Math.max(0, 1 - (zero + est.fromInclusive()));
    // The CAR line: the same statistics over [first, d] for every day d of the widest window.
    List<org.stockreaction.stats.WindowStatistics> carPath =
        EventStatistics.carPath(ar, window, rt);
    return new EventResult(spec, bench.ticker(), model, cal.date(zero), note,
        cal.date(Math.max(0, zero + est.fromInclusive())), cal.date(estTo), estimationMissing, ar,
        benchmarkWindow, check, carPath, pricePath(stock, bench, zero, Math.max(0, estFrom - 1),
            zero + last));
  }

  /** Stock and benchmark prices on calendar indices {@code from..to}, inclusive. */
  private static PricePath pricePath(Aligned stock, Benchmark bench, int zero, int from, int to) {
    return new PricePath(from - zero, from, Math.max(0, to - from + 1), bench.calendar().days(),
        stock.prices().close(), bench.close());
  }

  private static double[][] trim(double[][] x, int m) {
    double[][] out = new double[x.length][];
    for (int j = 0; j < x.length; j++) {
      out[j] = java.util.Arrays.copyOf(x[j], m);
    }
    return out;
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

  private ReportedMoveCheck check(EventSpec spec, Aligned stock, int zero,
      EventAbnormalReturns ar, MissingDayPolicy policy) {
    double[] close = stock.prices().close();
    int prev = stock.prices().previousPriceIndex(zero, policy);
    double prior = prev < 0 ? Double.NaN : close[prev];
    double c = Double.isNaN(close[zero]) || Double.isNaN(prior) ? Double.NaN : close[zero] / prior - 1;
    double high = Double.NaN;
    double low = Double.NaN;
    PriceSeries s = stock.series();
    if (s.hasHighLow()) {
      int row = s.indexOf(stock.days()[zero]);
      if (row >= 0) {
        high = s.high()[row];
        low = s.low()[row];
      }
    }
    int i0 = ar.indexOf(0);
    double abnormal = i0 < 0 ? Double.NaN : ar.ar()[i0];
    double reported = Double.isNaN(spec.reportedMovePct()) ? Double.NaN : spec.reportedMovePct() / 100;
    return ReportedMoveCheck.of(reported, c, high, low, prior, abnormal);
  }

  private static String dayZeroNote(EventSpec spec, DayZero.Result d0, TradingCalendar cal) {
    LocalDate day0 = cal.date(d0.index());
    if (spec.time().hasTime()) {
      return spec.time().text() + " is " + d0.localDate() + (d0.afterClose()
          ? " at or after the close, so day 0 is the next trading day, " + day0
          : " before the close, so day 0 is " + (day0.equals(d0.localDate()) ? "that day"
              : "the next trading day, " + day0));
    }
    return day0.equals(spec.time().date()) ? "a trading day" : spec.time().date()
        + " is not a trading day, so day 0 is the next one, " + day0;
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
    Aligned a = aligned.computeIfAbsent(s.ticker() + "|" + bench.ticker(), k -> {
      CalendarPrices cp = CalendarPrices.align(s.days(), s.close(), bench.calendar());
      return new Aligned(cp, cp.returns(config.returnType(), config.missingDays()), s,
          bench.calendar().days());
    });
    return a;
  }

  private static String modelKeys() {
    StringBuilder sb = new StringBuilder();
    for (ModelType m : ModelType.values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(m.key());
    }
    return sb.toString();
  }

  private List<InputFile> inputs() {
    Map<String, InputFile> byTicker = new TreeMap<>();
    for (Map.Entry<String, PriceLibrary.Entry> e : prices.loaded().entrySet()) {
      PriceSeries s = e.getValue().series();
      if (s != null) {
        // a panel file's entries are keyed file.csv#TICKER; the file is the part before '#'
        int hash = e.getKey().indexOf('#');
        String file = hash < 0 ? e.getKey() : e.getKey().substring(0, hash);
        byTicker.put(e.getKey(), new InputFile(s.ticker(), config.prices() + "/" + file,
            s.size(), s.firstDate(), s.lastDate(), s.priceColumn()));
      }
    }
    return new ArrayList<>(byTicker.values());
  }

  private List<String> warnings() {
    List<String> w = new ArrayList<>();
    new TreeMap<>(prices.loaded()).values().forEach(e -> {
      if (e.series() != null) {
        w.addAll(e.series().warnings());
      }
    });
    return w;
  }
}
