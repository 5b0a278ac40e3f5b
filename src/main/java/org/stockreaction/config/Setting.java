package org.stockreaction.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.stockreaction.calendar.MissingDayPolicy;
import org.stockreaction.calendar.Window;
import org.stockreaction.ingest.PriceFormat;
import org.stockreaction.model.ModelType;
import org.stockreaction.model.ReturnType;

/**
 * Every setting of a study, each declared once: its key, default, valid values, the label of its
 * value on the command line and a one-line description. The key is the same in the config file and,
 * with {@code --} in front, on the command line, where the options are built from these
 * declarations; the command line wins over the file. The README's settings table and
 * {@code examples/study.properties.template} are generated from them and checked in a test.
 *
 * <p>To add a setting, declare it below with one of the factories ({@link #text}, {@link #integer},
 * {@link #bool}, {@link #choice}, ...) and read it where it is used with
 * {@code config.get(Setting.NAME)}.
 *
 * @param <T> the type of the parsed value
 */
public final class Setting<T> {

  /** Every setting by key, in the order declared: the order of --help, the README and reports. */
  private static final Map<String, Setting<?>> ALL = new LinkedHashMap<>();

  /** The value label of a true-or-false setting. */
  private static final String SWITCH_LABEL = "BOOLEAN";
  /** The longest value a setting may have, in characters. */
  static final int MAX_TEXT = 4096;
  /** Day offsets an estimation window may use: about forty years of trading days either way. */
  static final int ESTIMATION_DAYS = 10_000;
  /** Day offsets an event window may use: about four years of trading days either way. */
  static final int EVENT_DAYS = 1_000;

  public static final Setting<Window> ESTIMATION_WINDOW = new Setting<>("estimation-window",
      "-250,-11", "FROM,TO", "estimation window in trading days relative to day 0, inclusive",
      "two whole days FROM <= TO, each from -10000 to +10000",
      v -> window(v, ESTIMATION_DAYS), Setting::windowText, true);
  public static final Setting<List<Window>> EVENT_WINDOWS = new Setting<>("event-windows",
      "0,0; -1,+1; 0,+1; -5,+5", "WINDOWS", "event windows, inclusive, separated by ';'",
      "1 to 50 windows FROM,TO, each day from -1000 to +1000", Setting::windows,
      Setting::windowsText, true);
  public static final Setting<ModelType> MODEL = choice("model", "market", "MODEL",
      "expected-return model: OLS market model, market-adjusted, mean-adjusted, raw or a factor"
          + " model", keys(ModelType.values(), ModelType::key), ModelType::fromKey,
      ModelType::key);
  public static final Setting<ReturnType> RETURN_TYPE = choice("return-type", "simple", "TYPE",
      "return type: simple (P_t/P_t-1 - 1) or log", keys(ReturnType.values(), ReturnType::key),
      v -> byKey(ReturnType.values(), ReturnType::key, v, "return type"), ReturnType::key);
  public static final Setting<Integer> MIN_ESTIMATION_OBS = integer("min-estimation-obs", 120,
      "N", 3, ESTIMATION_DAYS, "fewest estimation-window returns an event needs; fewer fails that"
          + " event; at most the estimation window's length");
  public static final Setting<String> BENCHMARK = new Setting<>("benchmark", "SPY", "TICKER",
      "default benchmark ticker, for events that name none; its dates are the trading calendar",
      "a ticker", Setting::ticker, Function.identity(), true);
  public static final Setting<MissingDayPolicy> MISSING_DAYS = choice("missing-days", "skip",
      "POLICY", "a stock day without a price: skip (no return on the next day) or trade-to-trade"
          + " (compound across the gap, benchmark too)",
      keys(MissingDayPolicy.values(), MissingDayPolicy::key), MissingDayPolicy::fromKey,
      MissingDayPolicy::key);
  public static final Setting<LocalDate> AS_OF = new Setting<>("as-of", "", "DATE",
      "ignore all prices dated after this day, to reproduce an earlier run; empty means use"
          + " everything", "empty or a date YYYY-MM-DD from 1900-01-01 to 9999-12-31 on or after"
          + " the first price", Setting::date, d -> d == null ? "" : d.toString(), true);
  public static final Setting<String> EVENTS = file("events", "events.csv", "FILE",
      "events file, relative to the input folder");
  public static final Setting<String> PRICES = file("prices", "prices", "DIR",
      "folder of the price files (one TICKER.csv per ticker, or panels), relative to the input"
          + " folder");
  public static final Setting<String> FF3_FACTORS = file("ff3-factors",
      "factors/F-F_Research_Data_Factors_daily.csv", "FILE",
      "daily three-factor file (Mkt-RF, SMB, HML, RF) for ff3 and carhart4, relative to the input"
          + " folder");
  public static final Setting<String> MOMENTUM_FACTORS = file("momentum-factors",
      "factors/F-F_Momentum_Factor_daily.csv", "FILE",
      "daily momentum file (Mom) for carhart4, relative to the input folder");
  public static final Setting<String> FF5_FACTORS = file("ff5-factors",
      "factors/F-F_Research_Data_5_Factors_2x3_daily.csv", "FILE",
      "daily five-factor file (Mkt-RF, SMB, HML, RMW, CMA, RF) for ff5, relative to the input"
          + " folder");
  public static final Setting<ModelType> COMPARE_MODEL = choice("compare-model", "ff3", "MODEL",
      "a second model computed for every event and set against the main one in report.md when its"
          + " factor files are present; none to skip",
      concat(List.of("none"), keys(ModelType.values(), ModelType::key)),
      v -> v.isBlank() || v.strip().equalsIgnoreCase("none") ? null : ModelType.fromKey(v),
      m -> m == null ? "none" : m.key());
  public static final Setting<Boolean> CLEAN_ESTIMATION = choice("clean-estimation", "off",
      "SWITCH", "on leaves the days of another event of the same ticker (its widest event window)"
          + " out of an event's estimation window", List.of("off", "on"),
      v -> byKey(new String[] {"off", "on"}, Function.identity(), v, "clean-estimation")
          .equals("on"), b -> b ? "on" : "off");
  public static final Setting<SameFirmPolicy> SAME_FIRM = choice("same-firm", "keep", "POLICY",
      "events of one ticker with overlapping event windows in a group: keep both (with a warning),"
          + " first (keep the earliest) or drop (leave them out of the group tests)",
      keys(SameFirmPolicy.values(), SameFirmPolicy::key), SameFirmPolicy::fromKey,
      SameFirmPolicy::key);
  public static final Setting<CrossSectionY> CROSS_SECTION_Y = choice("cross-section-y", "car",
      "Y", "dependent variable of the cross-sectional regression on events.csv's x_ columns",
      keys(CrossSectionY.values(), CrossSectionY::key), CrossSectionY::fromKey,
      CrossSectionY::key);
  public static final Setting<String> DATE_COLUMN = column("date-column",
      "price files' date column, by header name or 1-based number; empty means recognise it");
  public static final Setting<String> PRICE_COLUMN = column("price-column",
      "price files' price (or return) column, by header name or number; empty means recognise it");
  public static final Setting<String> DATE_FORMAT = new Setting<>("date-format", "", "PATTERN",
      "price files' date pattern in java.time notation, e.g. dd.MM.yyyy; empty means recognise it",
      "empty or a java.time date pattern", PriceFormat::dateFormatOf, Function.identity(), true);
  public static final Setting<Character> DELIMITER = new Setting<>("delimiter", "", "CHAR",
      "price files' field delimiter; empty means recognise it",
      "empty, one character, or tab, comma, semicolon, pipe", PriceFormat::delimiterOf,
      PriceFormat::describe, true);
  public static final Setting<Character> DECIMAL = new Setting<>("decimal", "", "MARK",
      "price files' decimal mark; empty means recognise it", "empty, . or ,",
      PriceFormat::decimalOf, PriceFormat::describe, true);
  public static final Setting<Integer> REPORT_EVENTS = integer("report-events", 50, "N", 0,
      10_000_000, "events shown one by one in report.md and report.html (and computed under the"
          + " compare model); every event stays in the CSV files");
  public static final Setting<Integer> REPORT_CHARTS = integer("report-charts", 12, "N", 0, 10_000,
      "groups, and events, charted in report.html and charts/, the groups with the most events"
          + " first; every group stays in the overview and the CSV files");
  public static final Setting<Boolean> COMPARISON_CSV = bool("comparison-csv", false,
      "true also writes comparison.csv: every event's CARs under model and under compare-model"
          + " side by side, so compare-model is computed for every event, not only those shown");
  public static final Setting<Boolean> ALLOW_OUTSIDE_INPUT = bool("allow-outside-input", false,
      "true reads input files (events, prices, factors) outside the input folder or through links"
          + " leading out of it; a config file outside needs it on the command line")
      .outsideResults();
  public static final Setting<java.util.Set<OutputFormat>> FORMATS = new Setting<>("formats",
      "csv", "LIST", "formats of the result tables, comma-separated: csv (always written), xlsx"
          + " (results.xlsx), json; the reports and manifest.json are always written",
      "one or more of csv, xlsx, json, comma-separated", OutputFormat::parseList,
      OutputFormat::describe, false);
  public static final Setting<Integer> THREADS = integer("threads", 0, "N", 0, 1024,
      "worker threads for reading and computing; 0 means one per core; outputs do not depend on it")
      .outsideResults();
  public static final Setting<Integer> KEEP_RUNS = integer("keep-runs", 10, "N", 1, 10_000,
      "dated run folders to keep in the output folder's runs/, newest first; older ones are deleted")
      .outsideResults();

  private final String key;
  private final String defaultValue;
  private final String paramLabel;
  private final String description;
  private final String valid;
  private final Function<String, T> parser;
  private final Function<T, String> formatter;
  private final boolean inResults;

  private Setting(String key, String defaultValue, String paramLabel, String description,
      String valid, Function<String, T> parser, Function<T, String> formatter, boolean inResults) {
    this.key = Objects.requireNonNull(key, "key");
    this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
    this.paramLabel = Objects.requireNonNull(paramLabel, "paramLabel");
    this.description = Objects.requireNonNull(description, "description");
    this.valid = Objects.requireNonNull(valid, "valid");
    this.parser = parser;
    this.formatter = formatter;
    this.inResults = inResults;
    ALL.put(key, this);
  }

  /** A whole number from {@code min} to {@code max}, inclusive. */
  static Setting<Integer> integer(String key, int defaultValue, String label, int min, int max,
      String description) {
    return new Setting<>(key, Integer.toString(defaultValue), label, description,
        "a whole number from " + min + " to " + max, v -> whole(v, min, max), i -> i.toString(),
        true);
  }

  /** {@code true} or {@code false}. */
  static Setting<Boolean> bool(String key, boolean defaultValue, String description) {
    return new Setting<>(key, Boolean.toString(defaultValue), SWITCH_LABEL, description,
        "true or false", Setting::truth, b -> b.toString(), true);
  }

  /** Free text, stripped; empty is allowed. */
  static Setting<String> text(String key, String defaultValue, String label, String description) {
    return new Setting<>(key, defaultValue, label, description, "text", String::strip,
        Function.identity(), true);
  }

  /** A file or folder relative to the input folder. */
  static Setting<String> file(String key, String defaultValue, String label, String description) {
    return new Setting<>(key, defaultValue, label, description, "a path in the input folder",
        v -> {
          if (v.isBlank()) {
            throw new IllegalArgumentException("is empty");
          }
          return v.strip();
        }, Function.identity(), true);
  }

  /** One of a fixed list of words, parsed into {@code T}. */
  static <T> Setting<T> choice(String key, String defaultValue, String label, String description,
      List<String> allowed, Function<String, T> parser, Function<T, String> formatter) {
    return new Setting<>(key, defaultValue, label, description, "one of " + String.join(", ",
        allowed), parser, formatter, true);
  }

  /** One of a fixed list of words, kept as the word in lower case. */
  static Setting<String> oneOf(String key, String defaultValue, String label, String description,
      List<String> allowed) {
    return choice(key, defaultValue, label, description, allowed,
        v -> byKey(allowed.toArray(new String[0]), Function.identity(), v, key),
        Function.identity());
  }

  /** Comma-separated words, each one of {@code allowed}, kept in the order given, no repeats. */
  static Setting<List<String>> choices(String key, String defaultValue, String label,
      String description, List<String> allowed) {
    return new Setting<>(key, defaultValue, label, description, "one or more of "
        + String.join(", ", allowed) + ", comma-separated", v -> words(v, allowed),
        l -> String.join(",", l), true);
  }

  /** The same setting, left out of {@link StudyConfig#describe()}: it cannot change a result. */
  Setting<T> outsideResults() {
    return new Setting<>(key, defaultValue, paramLabel, description, valid, parser, formatter,
        false);
  }

  public String key() {
    return key;
  }

  /** The default, as it is written in the config file. */
  public String defaultValue() {
    return defaultValue;
  }

  /** The label of the value on the command line, such as {@code N} or {@code FILE}. */
  public String paramLabel() {
    return paramLabel;
  }

  /** Whether the value is true or false ({@link #bool}): on the command line it may be left out. */
  public boolean isSwitch() {
    return paramLabel.equals(SWITCH_LABEL);
  }

  /** One line saying what the setting does. */
  public String description() {
    return description;
  }

  /** The valid values, such as {@code a whole number from 0 to 1024} or {@code one of a, b}. */
  public String valid() {
    return valid;
  }

  /** Whether the setting can change what a run computes, so reports and the manifest show it. */
  public boolean inResults() {
    return inResults;
  }

  /**
   * The value of {@code text}.
   *
   * @throws IllegalArgumentException with a message saying what is wrong, when it is not valid
   */
  public T parse(String text) {
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("a value of " + text.length() + " characters is too long"
          + " (at most " + MAX_TEXT + ")");
    }
    try {
      return parser.apply(text);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("\"" + cut(text) + "\" is not valid");
    }
  }

  /** The value as the config file writes it; {@code parse(format(v))} gives {@code v} back. */
  public String format(T value) {
    return formatter.apply(value);
  }

  /** Formats a value known to be of this setting's type. */
  @SuppressWarnings("unchecked")
  String formatAny(Object value) {
    return format((T) value);
  }

  /** Every setting, in the order declared. */
  public static List<Setting<?>> all() {
    return List.copyOf(ALL.values());
  }

  /** Every setting's key, in declaration order. */
  public static List<String> allKeys() {
    return List.copyOf(ALL.keySet());
  }

  /** The setting of {@code key}, or null when there is none. */
  public static Setting<?> fromKey(String key) {
    return ALL.get(key);
  }

  @Override
  public String toString() {
    return key;
  }

  // ---- parsers shared by the declarations ----

  static int whole(String v, int min, int max) {
    String t = v.strip();
    long n;
    try {
      n = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + cut(v) + "\" is not a whole number");
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException(t + " is outside " + min + " to " + max);
    }
    return (int) n;
  }

  static boolean truth(String v) {
    String t = v.strip();
    if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(t);
    }
    throw new IllegalArgumentException("\"" + cut(v) + "\" is neither true nor false");
  }

  static List<String> words(String v, List<String> allowed) {
    List<String> out = new ArrayList<>();
    for (String part : v.split(",")) {
      String w = part.strip().toLowerCase(java.util.Locale.ROOT);
      if (!allowed.contains(w)) {
        throw new IllegalArgumentException("\"" + cut(part.strip()) + "\" is not one of "
            + String.join(", ", allowed));
      }
      if (!out.contains(w)) {
        out.add(w);
      }
    }
    return List.copyOf(out);
  }

  private static Window window(String v, int limit) {
    if (v.length() > 80) {
      throw new IllegalArgumentException("window \"" + cut(v) + "\" is too long");
    }
    String[] parts = v.strip().replace("[", "").replace("]", "").split(",|\\.\\.");
    for (String p : parts) {
      String t = p.strip();
      try {
        long d = Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        if (d < -limit || d > limit) {
          throw new IllegalArgumentException("window \"" + v.strip() + "\" reaches day " + t
              + ", outside -" + limit + " to +" + limit);
        }
      } catch (NumberFormatException e) {
        break; // Window.parse says what is wrong with the text
      }
    }
    return Window.parse(v);
  }

  private static List<Window> windows(String v) {
    List<Window> out = new ArrayList<>();
    for (String part : v.split(";")) {
      if (!part.isBlank()) {
        Window w = window(part, EVENT_DAYS);
        if (!out.contains(w)) {
          out.add(w);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no event window given");
    }
    if (out.size() > 50) {
      throw new IllegalArgumentException(out.size() + " event windows given; at most 50");
    }
    return List.copyOf(out);
  }

  private static String windowText(Window w) {
    return Window.signed(w.fromInclusive()) + "," + Window.signed(w.toInclusive());
  }

  private static String windowsText(List<Window> windows) {
    StringBuilder sb = new StringBuilder();
    for (Window w : windows) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(windowText(w));
    }
    return sb.toString();
  }

  private static LocalDate date(String v) {
    if (v.isBlank()) {
      return null;
    }
    LocalDate d = LocalDate.parse(v.strip());
    if (d.getYear() < 1900) {
      throw new IllegalArgumentException(d + " is before 1900-01-01");
    }
    return d;
  }

  private static String ticker(String v) {
    if (v.isBlank()) {
      throw new IllegalArgumentException("benchmark must name a ticker");
    }
    // the rule a ticker must keep to name a price file, checked here rather than by every event
    java.util.Optional<String> bad = org.stockreaction.ingest.PriceLibrary.tickerProblem(v.strip());
    if (bad.isPresent()) {
      throw new IllegalArgumentException(bad.get());
    }
    return v.strip();
  }

  private static Setting<String> column(String key, String description) {
    return new Setting<>(key, "", "NAME", description,
        "empty, a header name, or a column number from 1 to 1000", v -> {
          String t = v.strip();
          if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
            whole(t, 1, 1000);
          }
          return t;
        }, Function.identity(), true);
  }

  private static <E> List<String> keys(E[] values, Function<E, String> key) {
    return Arrays.stream(values).map(key).toList();
  }

  private static <E> E byKey(E[] values, Function<E, String> key, String v, String what) {
    for (E e : values) {
      if (key.apply(e).equalsIgnoreCase(v.strip())) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown " + what + " \"" + cut(v) + "\"");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return Collections.unmodifiableList(out);
  }

  /** At most 80 characters of {@code text}, for messages. */
  public static String cut(String text) {
    String e = org.stockreaction.ingest.InputText.escapeControls(text);
    return e.length() <= 80 ? e : e.substring(0, 77) + "...";
  }
}
