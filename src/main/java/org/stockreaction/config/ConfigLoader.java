package org.stockreaction.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.stockreaction.calendar.MissingDayPolicy;
import org.stockreaction.calendar.Window;
import org.stockreaction.ingest.InputException;
import org.stockreaction.ingest.PriceFormat;
import org.stockreaction.model.ModelType;
import org.stockreaction.model.ReturnType;

/**
 * Reads the study config file ({@code key = value} lines, {@code #} comments) and merges it with
 * the defaults and the command line, in that order of precedence: command line over file over
 * default.
 */
public final class ConfigLoader {

  /** Where a raw value came from, for error messages. */
  private record Raw(String value, String source, int line, int column) {}

  private ConfigLoader() {}

  /**
   * @param file the config file, or null when there is none
   * @param displayName how to name the file in messages
   * @param overrides settings from the command line, by key
   */
  public static StudyConfig load(Path file, String displayName, Map<String, String> overrides)
      throws InputException {
    Map<Setting, Raw> raw = new EnumMap<>(Setting.class);
    for (Setting s : Setting.values()) {
      raw.put(s, new Raw(s.defaultValue(), "default", 0, 0));
    }
    if (file != null && Files.exists(file)) {
      readFile(file, displayName, raw);
    }
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      Setting s = Setting.fromKey(e.getKey());
      if (s == null) {
        throw new InputException("command line", "unknown option --" + e.getKey(),
            "did you mean --" + closest(e.getKey()) + "?");
      }
      raw.put(s, new Raw(e.getValue(), "command line", 0, 0));
    }
    return build(raw, displayName);
  }

  private static void readFile(Path file, String displayName, Map<Setting, Raw> raw)
      throws InputException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(displayName, "cannot read the config file: " + e.getMessage(),
          "check that it is readable");
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new InputException(displayName, i + 1, 1,
            "line \"" + trimmed + "\" is not a setting (expected key = value)",
            "write one setting per line, such as model = market, or start the line with #");
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      int hash = value.indexOf(" #");
      if (hash >= 0) {
        value = value.substring(0, hash).strip();
      }
      Setting s = Setting.fromKey(key);
      if (s == null) {
        throw new InputException(displayName, i + 1, line.indexOf(key) + 1,
            "unknown setting \"" + key + "\"", "did you mean " + closest(key) + "?");
      }
      raw.put(s, new Raw(value, displayName, i + 1, eq + 2));
    }
  }

  private static StudyConfig build(Map<Setting, Raw> raw, String displayName)
      throws InputException {
    Window est = parse(raw, Setting.ESTIMATION_WINDOW, Window::parse);
    List<Window> windows = parse(raw, Setting.EVENT_WINDOWS, ConfigLoader::parseWindows);
    ModelType model = parse(raw, Setting.MODEL, ModelType::fromKey);
    ReturnType rt = parse(raw, Setting.RETURN_TYPE, v -> {
      for (ReturnType r : ReturnType.values()) {
        if (r.key().equalsIgnoreCase(v.trim())) {
          return r;
        }
      }
      throw new IllegalArgumentException("unknown return type \"" + v + "\" (expected simple or log)");
    });
    int minObs = parse(raw, Setting.MIN_ESTIMATION_OBS, v -> {
      int n = Integer.parseInt(v.trim());
      if (n < 3) {
        throw new IllegalArgumentException("min-estimation-obs must be at least 3, not " + n);
      }
      return n;
    });
    String benchmark = parse(raw, Setting.BENCHMARK, v -> {
      if (v.isBlank()) {
        throw new IllegalArgumentException("benchmark must name a ticker");
      }
      return v.trim();
    });
    MissingDayPolicy missing = parse(raw, Setting.MISSING_DAYS, MissingDayPolicy::fromKey);
    LocalDate asOf = parse(raw, Setting.AS_OF, v -> v.isBlank() ? null : LocalDate.parse(v.trim()));
    String events = raw.get(Setting.EVENTS).value();
    String prices = raw.get(Setting.PRICES).value();
    ModelType compare = parse(raw, Setting.COMPARE_MODEL, v -> v.isBlank()
        || v.trim().equalsIgnoreCase("none") ? null : ModelType.fromKey(v));
    FactorSettings factors = new FactorSettings(raw.get(Setting.FF3_FACTORS).value(),
        raw.get(Setting.MOMENTUM_FACTORS).value(), raw.get(Setting.FF5_FACTORS).value(), compare);
    PriceFormat priceFormat = priceFormat(raw);
    int keepRuns = parse(raw, Setting.KEEP_RUNS, v -> {
      int n = Integer.parseInt(v.trim());
      if (n < 1) {
        throw new IllegalArgumentException("keep-runs must be at least 1, not " + n);
      }
      return n;
    });
    int reportEvents = parse(raw, Setting.REPORT_EVENTS, ConfigLoader::atLeastZero);
    int reportCharts = parse(raw, Setting.REPORT_CHARTS, ConfigLoader::atLeastZero);
    if (est.toInclusive() >= widest(windows)) {
      Raw r = raw.get(Setting.ESTIMATION_WINDOW);
      throw new InputException(r.source(), r.line(), r.column(),
          "estimation window " + est.label() + " overlaps the event windows, which start at "
              + Window.signed(widest(windows)),
          "end the estimation window before the earliest event window, e.g. -250,-11");
    }
    return new StudyConfig(est, windows, model, rt, minObs, benchmark, missing, asOf, events, prices,
        factors, priceFormat, keepRuns, reportEvents, reportCharts);
  }

  private static int atLeastZero(String v) {
    int n = Integer.parseInt(v.trim());
    if (n < 0) {
      throw new IllegalArgumentException("must be at least 0, not " + n);
    }
    return n;
  }

  private static PriceFormat priceFormat(Map<Setting, Raw> raw) throws InputException {
    String dateFormat = parse(raw, Setting.DATE_FORMAT, PriceFormat::dateFormatOf);
    char delimiter = parse(raw, Setting.DELIMITER, PriceFormat::delimiterOf);
    char decimal = parse(raw, Setting.DECIMAL, PriceFormat::decimalOf);
    return parse(raw, Setting.DELIMITER, v -> new PriceFormat(raw.get(Setting.DATE_COLUMN).value(),
        raw.get(Setting.PRICE_COLUMN).value(), dateFormat, delimiter, decimal));
  }

  private static int widest(List<Window> windows) {
    int a = Integer.MAX_VALUE;
    for (Window w : windows) {
      a = Math.min(a, w.fromInclusive());
    }
    return a;
  }

  private interface Parser<T> {
    T parse(String value);
  }

  private static <T> T parse(Map<Setting, Raw> raw, Setting s, Parser<T> parser)
      throws InputException {
    Raw r = raw.get(s);
    try {
      return parser.parse(r.value());
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new InputException(r.source(), r.line(), r.column(),
          s.key() + " \"" + r.value() + "\" is not valid", "expected " + s.description());
    } catch (IllegalArgumentException e) {
      throw new InputException(r.source(), r.line(), r.column(), s.key() + ": " + e.getMessage(),
          "expected " + s.description());
    }
  }

  static List<Window> parseWindows(String v) {
    List<Window> out = new ArrayList<>();
    for (String part : v.split(";")) {
      if (!part.isBlank()) {
        Window w = Window.parse(part);
        if (!out.contains(w)) {
          out.add(w);
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no event window given");
    }
    return out;
  }

  /** The known setting key nearest to {@code key} by edit distance. */
  public static String closest(String key) {
    List<String> keys = new ArrayList<>();
    for (Setting s : Setting.values()) {
      keys.add(s.key());
    }
    return Names.closest(key, keys);
  }
}
