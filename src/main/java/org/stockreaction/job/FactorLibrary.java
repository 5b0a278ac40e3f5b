package org.stockreaction.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stockreaction.calendar.TradingCalendar;
import org.stockreaction.config.FactorSettings;
import org.stockreaction.config.Setting;
import org.stockreaction.ingest.FactorFileReader;
import org.stockreaction.ingest.FactorSeries;
import org.stockreaction.ingest.InputException;
import org.stockreaction.ingest.InputFolder;
import org.stockreaction.model.ModelType;

/**
 * The factor files of a run, each read at most once, and each factor model's columns placed on a
 * trading calendar. A model takes all its factors and the risk-free rate from one file; carhart4
 * takes {@code Mom} from the momentum file and the rest from the three-factor file.
 */
final class FactorLibrary {

  /** A file read, or the error that stopped it. */
  private record Loaded(FactorSeries series, InputException error) {}

  /**
   * One factor model's columns on a calendar: {@code x[j][i]} and {@code rf[i]} for calendar index
   * {@code i}, NaN where the file has no value for that day.
   */
  record Columns(ModelType model, double[][] x, double[] rf, String files) {

    boolean complete(int i) {
      if (Double.isNaN(rf[i])) {
        return false;
      }
      for (double[] col : x) {
        if (Double.isNaN(col[i])) {
          return false;
        }
      }
      return true;
    }
  }

  private final InputFolder inputDir;
  private final String inputDisplay;
  private final FactorSettings settings;
  private final Map<Setting<String>, Loaded> files = new ConcurrentHashMap<>();
  private final Map<Setting<String>, List<ModelType>> usedBy = new LinkedHashMap<>();
  private final Map<String, Columns> columns = new ConcurrentHashMap<>();

  FactorLibrary(InputFolder inputDir, String inputDisplay, FactorSettings settings) {
    this.inputDir = inputDir;
    this.inputDisplay = inputDisplay;
    this.settings = settings;
  }

  /** The settings naming the files a model reads: the main file first. */
  static List<Setting<String>> filesOf(ModelType model) {
    return switch (model) {
      case FF3 -> List.of(Setting.FF3_FACTORS);
      case CARHART4 -> List.of(Setting.FF3_FACTORS, Setting.MOMENTUM_FACTORS);
      case FF5 -> List.of(Setting.FF5_FACTORS);
      default -> List.of();
    };
  }

  private String path(Setting<String> s) {
    if (s == Setting.FF3_FACTORS) {
      return settings.ff3File();
    } else if (s == Setting.MOMENTUM_FACTORS) {
      return settings.momentumFile();
    } else if (s == Setting.FF5_FACTORS) {
      return settings.ff5File();
    }
    throw new IllegalArgumentException(s.key() + " is not a factor file setting");
  }

  /**
   * Whether every file the model reads exists (as anything: a file that may not be read then fails
   * the events that need it, saying why).
   */
  boolean available(ModelType model) {
    for (Setting<String> s : filesOf(model)) {
      if (!Files.exists(inputDir.root().resolve(path(s)), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
    }
    return true;
  }

  /** The model's factors and risk-free rate on the calendar, built once per model and calendar. */
  Columns columns(ModelType model, TradingCalendar calendar) throws EventFailure {
    String key = model.key() + "|" + calendar.name();
    Columns c = columns.get(key);
    if (c == null) {
      c = build(model, calendar);
      columns.putIfAbsent(key, c);
    }
    return c;
  }

  private Columns build(ModelType model, TradingCalendar calendar) throws EventFailure {
    List<Setting<String>> needed = filesOf(model);
    List<FactorSeries> series = new ArrayList<>();
    for (Setting<String> s : needed) {
      series.add(load(s, model));
    }
    int[] days = calendar.days();
    List<String> names = model.factors();
    double[][] x = new double[names.size()][];
    for (int j = 0; j < names.size(); j++) {
      String name = names.get(j);
      FactorSeries from = null;
      int col = -1;
      for (FactorSeries f : series) {
        col = f.column(name);
        if (col >= 0) {
          from = f;
          break;
        }
      }
      if (from == null) {
        throw new EventFailure(FailureReason.FACTOR_FILE_UNAVAILABLE, "the " + model.key()
            + " model needs a " + name + " column, and " + describe(series)
            + " has none (its columns: " + String.join(", ", series.get(0).names())
            + "; set " + needed.get(needed.size() - 1).key() + " to the file that has it)");
      }
      x[j] = align(from, col, days);
    }
    FactorSeries main = series.get(0);
    int rfCol = main.column("RF");
    if (rfCol < 0) {
      throw new EventFailure(FailureReason.FACTOR_FILE_UNAVAILABLE, main.source()
          + " has no RF column (its columns: " + String.join(", ", main.names()) + "); the "
          + model.key() + " model takes the risk-free rate from the same file as its factors");
    }
    return new Columns(model, x, align(main, rfCol, days), describe(series));
  }

  private static double[] align(FactorSeries f, int col, int[] days) {
    double[] out = new double[days.length];
    for (int i = 0; i < days.length; i++) {
      int row = f.indexOf(days[i]);
      out[i] = row < 0 ? Double.NaN : f.values()[col][row];
    }
    return out;
  }

  private static String describe(List<FactorSeries> series) {
    StringBuilder sb = new StringBuilder();
    for (FactorSeries f : series) {
      sb.append(sb.length() > 0 ? " and " : "").append(f.source()).append(" (")
          .append(f.firstDate()).append(" to ").append(f.lastDate()).append(')');
    }
    return sb.toString();
  }

  /**
   * Starts reading the files {@code model} needs on a background thread, when they exist, so the
   * reading overlaps the price files and the events; a later use waits for it. Only the reading:
   * a file counts as read by a model when the model uses it.
   */
  void prefetch(ModelType model) {
    if (model == null || !available(model) || filesOf(model).isEmpty()) {
      return;
    }
    Thread t = new Thread(() -> filesOf(model).forEach(this::loaded), "factor-files");
    t.setDaemon(true);
    t.start();
  }

  private Loaded loaded(Setting<String> s) {
    return files.computeIfAbsent(s, k -> {
      try {
        String display = inputDisplay + "/" + path(k);
        return new Loaded(FactorFileReader.read(inputDir.regularFile(Path.of(path(k)), display,
            "factor file"), display), null);
      } catch (java.nio.file.NoSuchFileException e) {
        return new Loaded(null, new InputException(inputDisplay + "/" + path(k),
            "the factor file does not exist",
            "copy French's daily file there, or point the factor setting at it"));
      } catch (InputException e) {
        return new Loaded(null, e);
      }
    });
  }

  private FactorSeries load(Setting<String> s, ModelType model) throws EventFailure {
    Loaded l = loaded(s);
    synchronized (usedBy) {
      List<ModelType> models = usedBy.computeIfAbsent(s, k -> new ArrayList<>());
      if (!models.contains(model)) {
        models.add(model);
      }
    }
    if (l.error() != null) {
      throw new EventFailure(FailureReason.FACTOR_FILE_UNAVAILABLE, "the " + model.key()
          + " factors cannot be read: " + l.error().getMessage() + " (" + s.key() + " names it)");
    }
    return l.series();
  }

  /** The files read so far, in the order first read, for the report and the manifest. */
  List<FactorFile> read() {
    List<FactorFile> out = new ArrayList<>();
    synchronized (usedBy) {
      for (Map.Entry<Setting<String>, List<ModelType>> e : usedBy.entrySet()) {
        FactorSeries f = files.get(e.getKey()).series();
        if (f != null) {
          out.add(new FactorFile(e.getKey().key(), path(e.getKey()), f.vintage(), f.size(),
              f.firstDate(), f.lastDate(), e.getValue()));
        }
      }
    }
    return out;
  }

  /** Up to ten dates, then how many more. */
  static String dates(List<LocalDate> dates) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(10, dates.size()); i++) {
      sb.append(i > 0 ? ", " : "").append(dates.get(i));
    }
    if (dates.size() > 10) {
      sb.append(" and ").append(dates.size() - 10).append(" more");
    }
    return sb.toString();
  }
}
