package org.stockreaction.config;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockreaction.calendar.MissingDayPolicy;
import org.stockreaction.calendar.Window;
import org.stockreaction.ingest.PriceFormat;
import org.stockreaction.model.ModelType;
import org.stockreaction.model.ReturnType;

/**
 * The effective settings of one study run, after defaults, the config file and the command line:
 * the parsed value of every {@link Setting}, read with {@link #get(Setting)} or the named accessors.
 *
 * @param values every declared setting's parsed value (null where the setting allows none, such as
 *     an empty {@code as-of})
 */
public record StudyConfig(Map<Setting<?>, Object> values) {

  public StudyConfig {
    Map<Setting<?>, Object> copy = new LinkedHashMap<>();
    for (Setting<?> s : Setting.all()) {
      if (!values.containsKey(s)) {
        throw new IllegalArgumentException("no value for setting " + s.key());
      }
      copy.put(s, values.get(s));
    }
    values = Collections.unmodifiableMap(copy);
  }

  /** Every setting at its default. */
  public static StudyConfig defaults() {
    Map<Setting<?>, Object> m = new LinkedHashMap<>();
    for (Setting<?> s : Setting.all()) {
      m.put(s, s.parse(s.defaultValue()));
    }
    return new StudyConfig(m);
  }

  /** The value of a setting. */
  @SuppressWarnings("unchecked")
  public <T> T get(Setting<T> setting) {
    return (T) values.get(setting);
  }

  /** Estimation window, relative trading days, inclusive. */
  public Window estimationWindow() {
    return get(Setting.ESTIMATION_WINDOW);
  }

  /** Event windows, in the order given. */
  public List<Window> eventWindows() {
    return get(Setting.EVENT_WINDOWS);
  }

  /** The default expected-return model. */
  public ModelType model() {
    return get(Setting.MODEL);
  }

  public ReturnType returnType() {
    return get(Setting.RETURN_TYPE);
  }

  /** Fewest estimation returns an event needs. */
  public int minEstimationObs() {
    return get(Setting.MIN_ESTIMATION_OBS);
  }

  /** Default benchmark ticker. */
  public String benchmark() {
    return get(Setting.BENCHMARK);
  }

  /** Policy for stock days without a price. */
  public MissingDayPolicy missingDays() {
    return get(Setting.MISSING_DAYS);
  }

  /** Last date of data to use, or null for all. */
  public LocalDate asOf() {
    return get(Setting.AS_OF);
  }

  /** Events file name, relative to the input folder. */
  public String events() {
    return get(Setting.EVENTS);
  }

  /** Price folder name, relative to the input folder. */
  public String prices() {
    return get(Setting.PRICES);
  }

  /** The factor files and the comparison model. */
  public FactorSettings factors() {
    return new FactorSettings(get(Setting.FF3_FACTORS), get(Setting.MOMENTUM_FACTORS),
        get(Setting.FF5_FACTORS), get(Setting.COMPARE_MODEL));
  }

  /** The explicit layout of the price files; {@link PriceFormat#AUTO} to recognise it. */
  public PriceFormat priceFormat() {
    return new PriceFormat(get(Setting.DATE_COLUMN), get(Setting.PRICE_COLUMN),
        get(Setting.DATE_FORMAT), get(Setting.DELIMITER), get(Setting.DECIMAL));
  }

  /** Whether days of the ticker's other events are left out of the estimation window. */
  public boolean cleanEstimation() {
    return get(Setting.CLEAN_ESTIMATION);
  }

  /** What to do with one ticker's events whose event windows overlap in a group. */
  public SameFirmPolicy sameFirm() {
    return get(Setting.SAME_FIRM);
  }

  /** The dependent variable of the cross-sectional regression. */
  public CrossSectionY crossSectionY() {
    return get(Setting.CROSS_SECTION_Y);
  }

  /** Whether input files may lie outside the input folder. */
  public boolean allowOutsideInput() {
    return get(Setting.ALLOW_OUTSIDE_INPUT);
  }

  /** The formats the result tables are written in, at least one. */
  public java.util.Set<OutputFormat> formats() {
    return get(Setting.FORMATS);
  }

  /** Whether the tables are written in {@code format}. */
  public boolean writes(OutputFormat format) {
    return formats().contains(format);
  }

  /** The most events shown one by one in the reports for people, at least 0. */
  public int reportEvents() {
    return get(Setting.REPORT_EVENTS);
  }

  /** Whether comparison.csv is asked for, and so compare-model computed for every event. */
  public boolean comparisonCsv() {
    return get(Setting.COMPARISON_CSV);
  }

  /** The most groups, and the most events, charted, at least 0. */
  public int reportCharts() {
    return get(Setting.REPORT_CHARTS);
  }

  /** Worker threads for reading and computing; 0 for one per core. */
  public int threads() {
    return get(Setting.THREADS);
  }

  /** Dated run folders to keep in the output folder, at least 1. */
  public int keepRuns() {
    return get(Setting.KEEP_RUNS);
  }

  /** The smallest window holding every event window. */
  public Window widestEventWindow() {
    int a = Integer.MAX_VALUE;
    int b = Integer.MIN_VALUE;
    for (Window w : eventWindows()) {
      a = Math.min(a, w.fromInclusive());
      b = Math.max(b, w.toInclusive());
    }
    return new Window(a, b);
  }

  /**
   * Each setting of the study's results, in the config file's syntax, for reports and the
   * manifest. Settings that cannot change a result ({@code threads}, {@code keep-runs}) are left
   * out, so they never change a report's bytes.
   */
  public Map<String, String> describe() {
    return describe(true);
  }

  /**
   * Every setting in the config file's syntax, those that cannot change a result ({@code
   * threads}, {@code keep-runs}, {@code formats}...) too: what {@code validate} shows.
   */
  public Map<String, String> describeAll() {
    return describe(false);
  }

  private Map<String, String> describe(boolean resultsOnly) {
    Map<String, String> m = new LinkedHashMap<>();
    for (Map.Entry<Setting<?>, Object> e : values.entrySet()) {
      if (!resultsOnly || e.getKey().inResults()) {
        m.put(e.getKey().key(), e.getKey().formatAny(e.getValue()));
      }
    }
    return m;
  }
}
