package org.stockreaction.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.stockreaction.calendar.MissingDayPolicy;
import org.stockreaction.calendar.Window;
import org.stockreaction.ingest.PriceFormat;
import org.stockreaction.model.ModelType;
import org.stockreaction.model.ReturnType;

/**
 * The effective settings of one study run, after defaults, the config file and the command line.
 *
 * @param estimationWindow estimation window, relative trading days, inclusive
 * @param eventWindows event windows, in the order given
 * @param model the default expected-return model
 * @param returnType simple or log returns
 * @param minEstimationObs fewest estimation returns an event needs
 * @param benchmark default benchmark ticker
 * @param missingDays policy for stock days without a price
 * @param asOf last date of data to use, or null for all
 * @param events events file name, relative to the input folder
 * @param prices price folder name, relative to the input folder
 * @param factors the factor files and the comparison model
 * @param priceFormat the explicit layout of the price files; {@link PriceFormat#AUTO} to recognise it
 * @param keepRuns dated run folders to keep in the output folder, at least 1
 * @param reportEvents the most events shown one by one in the reports for people, at least 0
 * @param reportCharts the most groups, and the most events, charted, at least 0
 */
public record StudyConfig(
    Window estimationWindow,
    List<Window> eventWindows,
    ModelType model,
    ReturnType returnType,
    int minEstimationObs,
    String benchmark,
    MissingDayPolicy missingDays,
    LocalDate asOf,
    String events,
    String prices,
    FactorSettings factors,
    PriceFormat priceFormat,
    int keepRuns,
    int reportEvents,
    int reportCharts) {

  /** The default number of run folders kept. */
  public static final int DEFAULT_KEEP_RUNS = 10;
  /** The default number of events shown one by one in the reports for people. */
  public static final int DEFAULT_REPORT_EVENTS = 50;
  /** The default number of groups (and events) charted. */
  public static final int DEFAULT_REPORT_CHARTS = 12;

  /** A config whose price files' layout is recognised from each file, with the default retention. */
  public StudyConfig(Window estimationWindow, List<Window> eventWindows, ModelType model,
      ReturnType returnType, int minEstimationObs, String benchmark, MissingDayPolicy missingDays,
      LocalDate asOf, String events, String prices, FactorSettings factors) {
    this(estimationWindow, eventWindows, model, returnType, minEstimationObs, benchmark,
        missingDays, asOf, events, prices, factors, PriceFormat.AUTO, DEFAULT_KEEP_RUNS,
        DEFAULT_REPORT_EVENTS, DEFAULT_REPORT_CHARTS);
  }

  public StudyConfig {
    Objects.requireNonNull(estimationWindow, "estimationWindow");
    eventWindows = List.copyOf(eventWindows);
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(returnType, "returnType");
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(missingDays, "missingDays");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(prices, "prices");
    factors = factors == null ? FactorSettings.DEFAULTS : factors;
    priceFormat = priceFormat == null ? PriceFormat.AUTO : priceFormat;
    if (eventWindows.isEmpty()) {
      throw new IllegalArgumentException("at least one event window is needed");
    }
    if (keepRuns < 1) {
      throw new IllegalArgumentException("keep-runs must be at least 1, not " + keepRuns);
    }
    if (reportEvents < 0 || reportCharts < 0) {
      throw new IllegalArgumentException("report-events and report-charts must be at least 0");
    }
  }

  /** The settings without factor settings: the shipped factor files, compared with ff3. */
  public StudyConfig(Window estimationWindow, List<Window> eventWindows, ModelType model,
      ReturnType returnType, int minEstimationObs, String benchmark, MissingDayPolicy missingDays,
      LocalDate asOf, String events, String prices) {
    this(estimationWindow, eventWindows, model, returnType, minEstimationObs, benchmark,
        missingDays, asOf, events, prices, FactorSettings.DEFAULTS);
  }

  /** The smallest window holding every event window. */
  public Window widestEventWindow() {
    int a = Integer.MAX_VALUE;
    int b = Integer.MIN_VALUE;
    for (Window w : eventWindows) {
      a = Math.min(a, w.fromInclusive());
      b = Math.max(b, w.toInclusive());
    }
    return new Window(a, b);
  }

  /**
   * Each setting of the study's results, in the config file's syntax, for reports and the
   * manifest. {@code keep-runs} is left out: it decides which old runs are kept, not what a run
   * computes, so it must not change a report's bytes.
   */
  public java.util.Map<String, String> describe() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put(Setting.ESTIMATION_WINDOW.key(),
        Window.signed(estimationWindow.fromInclusive()) + "," + Window.signed(estimationWindow.toInclusive()));
    StringBuilder sb = new StringBuilder();
    for (Window w : eventWindows) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(Window.signed(w.fromInclusive())).append(',').append(Window.signed(w.toInclusive()));
    }
    m.put(Setting.EVENT_WINDOWS.key(), sb.toString());
    m.put(Setting.MODEL.key(), model.key());
    m.put(Setting.RETURN_TYPE.key(), returnType.key());
    m.put(Setting.MIN_ESTIMATION_OBS.key(), Integer.toString(minEstimationObs));
    m.put(Setting.BENCHMARK.key(), benchmark);
    m.put(Setting.MISSING_DAYS.key(), missingDays.key());
    m.put(Setting.AS_OF.key(), asOf == null ? "" : asOf.toString());
    m.put(Setting.EVENTS.key(), events);
    m.put(Setting.PRICES.key(), prices);
    m.put(Setting.FF3_FACTORS.key(), factors.ff3File());
    m.put(Setting.MOMENTUM_FACTORS.key(), factors.momentumFile());
    m.put(Setting.FF5_FACTORS.key(), factors.ff5File());
    m.put(Setting.COMPARE_MODEL.key(), factors.compareKey());
    m.put(Setting.DATE_COLUMN.key(), Objects.toString(priceFormat.dateColumn(), ""));
    m.put(Setting.PRICE_COLUMN.key(), Objects.toString(priceFormat.priceColumn(), ""));
    m.put(Setting.DATE_FORMAT.key(), Objects.toString(priceFormat.dateFormat(), ""));
    m.put(Setting.DELIMITER.key(), PriceFormat.describe(priceFormat.delimiter()));
    m.put(Setting.DECIMAL.key(), PriceFormat.describe(priceFormat.decimal()));
    m.put(Setting.REPORT_EVENTS.key(), Integer.toString(reportEvents));
    m.put(Setting.REPORT_CHARTS.key(), Integer.toString(reportCharts));
    return m;
  }
}
