package org.stockreaction.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of price files: per-ticker files {@code <TICKER>.csv}, and panel (long format) files
 * holding many tickers, which are searched for a ticker that has no file of its own. Each file is
 * read at most once and kept (a panel once for all its tickers); a file that fails to read keeps
 * its error, so every event that needs it fails the same way.
 * A ticker is only ever turned into a file name inside the folder: anything with a path separator,
 * {@code ..} or an unusual character is refused.
 */
public final class PriceLibrary {

  /** Tickers are letters, digits and {@code . - _ ^ =}, starting with a letter, digit or {@code ^}. */
  private static final Pattern SAFE_TICKER = Pattern.compile("[A-Za-z0-9^][A-Za-z0-9._=^-]{0,31}");

  /** A loaded series or the error that stopped it. */
  public record Entry(PriceSeries series, InputException error) {}

  private final Path folder;
  private final InputFolder confinement;
  private final String displayFolder;
  private final int asOfDay;
  /** Reads its file once, on first use; threads asking meanwhile wait for that one read. */
  private final class Lazy {
    private final Path file;
    private final String ticker;
    private Entry entry;

    Lazy(Path file, String ticker) {
      this.file = file;
      this.ticker = ticker;
    }

    /** An entry already read, such as one ticker of a panel file. */
    Lazy(Entry ready) {
      this.file = null;
      this.ticker = null;
      this.entry = ready;
    }

    synchronized Entry get() {
      if (entry == null) {
        String display = displayFolder + "/" + file.getFileName();
        try {
          Path real;
          try {
            real = confinement.regularFile(file.toAbsolutePath(), display, "price file");
          } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(display, "the file does not exist (a link to nothing?)",
                "expected a price file; check the name");
          }
          PriceSeries s = PriceFileReader.read(real, ticker, display, format, today);
          entry = new Entry(s.upTo(asOfDay), null);
        } catch (InputException e) {
          entry = new Entry(null, e);
        }
      }
      return entry;
    }

    synchronized Entry peek() {
      return entry;
    }
  }

  private final Map<String, Lazy> cache = new ConcurrentHashMap<>();
  private final PriceFormat format;
  private final int today;
  private final int threads;
  private volatile Map<String, Path> listing;
  private Map<String, Object> panels;

  /**
   * @param folder the prices folder
   * @param displayFolder how to name it in messages (such as {@code input/prices})
   * @param asOfDay ignore rows dated after this epoch day ({@link Integer#MAX_VALUE} for none)
   */
  public PriceLibrary(Path folder, String displayFolder, int asOfDay) {
    this(folder, displayFolder, asOfDay, PriceFormat.AUTO);
  }

  /** As {@link #PriceLibrary(Path, String, int)}, reading every file with {@code format}. */
  public PriceLibrary(Path folder, String displayFolder, int asOfDay, PriceFormat format) {
    this(folder, displayFolder, asOfDay, format, (int) java.time.LocalDate.now().toEpochDay());
  }

  /**
   * @param format the explicit layout, or {@link PriceFormat#AUTO}
   * @param todayEpochDay today, for the warning about dates in the future
   */
  public PriceLibrary(Path folder, String displayFolder, int asOfDay, PriceFormat format,
      int todayEpochDay) {
    this(folder, displayFolder, asOfDay, format, todayEpochDay, 1);
  }

  /**
   * As {@link #PriceLibrary(Path, String, int, PriceFormat, int)}, parsing a large panel file on
   * {@code threads} threads (the series read do not depend on it).
   */
  public PriceLibrary(Path folder, String displayFolder, int asOfDay, PriceFormat format,
      int todayEpochDay, int threads) {
    this(folder, displayFolder, asOfDay, format, todayEpochDay, threads,
        InputFolder.unconfined(folder));
  }

  /**
   * As {@link #PriceLibrary(Path, String, int, PriceFormat, int, int)}, reading only the files
   * that {@code confinement} allows: regular files inside the input folder (a FIFO, a device or a
   * link leading out of the folder fails the tickers that need it, saying why).
   */
  public PriceLibrary(Path folder, String displayFolder, int asOfDay, PriceFormat format,
      int todayEpochDay, int threads, InputFolder confinement) {
    this.confinement = confinement;
    this.folder = folder;
    this.displayFolder = displayFolder;
    this.asOfDay = asOfDay;
    this.format = format;
    this.today = todayEpochDay;
    this.threads = threads;
  }

  /** Why a ticker cannot name a file, or empty when it can. */
  public static Optional<String> tickerProblem(String ticker) {
    if (!SAFE_TICKER.matcher(ticker).matches() || ticker.contains("..")) {
      return Optional.of("ticker " + InputText.quote(ticker) + " is not a valid ticker (letters, digits and"
          + " . - _ ^ = only, no path separators or \"..\"); it is not used as a file name");
    }
    return Optional.empty();
  }

  /** The file for a ticker, if one exists: exact name first, then ignoring case and a leading ^. */
  public Optional<Path> fileOf(String ticker) {
    Map<String, Path> files = listing();
    return fileNameOf(ticker, files.keySet()).map(files::get);
  }

  /**
   * Which of a folder's file names is a ticker's own file: exact name first, then ignoring case
   * and a leading ^; empty for none or for a ticker that cannot name a file.
   */
  public static Optional<String> fileNameOf(String ticker, java.util.Collection<String> names) {
    if (tickerProblem(ticker).isPresent()) {
      return Optional.empty();
    }
    if (names.contains(ticker + ".csv")) {
      return Optional.of(ticker + ".csv");
    }
    if (names.contains(ticker.toUpperCase(Locale.ROOT) + ".csv")) {
      return Optional.of(ticker.toUpperCase(Locale.ROOT) + ".csv");
    }
    String bare = ticker.startsWith("^") ? ticker.substring(1) : ticker;
    for (String name : names) {
      if (name.equalsIgnoreCase(bare + ".csv") || name.equalsIgnoreCase(ticker + ".csv")) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private Map<String, Path> listing() {
    Map<String, Path> l = listing;
    if (l == null) {
      Map<String, Path> m = new HashMap<>();
      if (Files.isDirectory(folder)) {
        try (Stream<Path> s = Files.list(folder)) {
          // every entry but folders: a FIFO or a link leading out is refused when read, by name
          s.filter(f -> !Files.isDirectory(f)).forEach(f -> m.put(f.getFileName().toString(), f));
        } catch (IOException e) {
          // an unreadable folder behaves as an empty one; each ticker then reports it is unknown
        }
      }
      l = Map.copyOf(m);
      listing = l;
    }
    return l;
  }

  /**
   * The series of a ticker, read once: from {@code <TICKER>.csv}, else from the first panel file
   * (by name) that holds the ticker; empty when no file has it.
   */
  public Optional<Entry> get(String ticker) {
    Optional<Path> file = fileOf(ticker);
    if (file.isEmpty()) {
      return tickerProblem(ticker).isPresent() ? Optional.empty() : fromPanels(ticker);
    }
    return Optional.of(cache.computeIfAbsent(file.get().getFileName().toString(),
        name -> new Lazy(file.get(), ticker)).get());
  }

  private synchronized Optional<Entry> fromPanels(String ticker) {
    InputException firstError = null;
    for (Map.Entry<String, Object> p : panels().entrySet()) {
      if (p.getValue() instanceof InputException e) {
        firstError = firstError == null ? e : firstError;
        continue;
      }
      PriceFile f = (PriceFile) p.getValue();
      Optional<PriceSeries> s = f.series(ticker);
      if (s.isPresent()) {
        String key = p.getKey() + "#" + s.get().ticker();
        return Optional.of(cache.computeIfAbsent(key,
            k -> new Lazy(new Entry(s.get().named(ticker).upTo(asOfDay), null))).get());
      }
    }
    return firstError == null ? Optional.empty() : Optional.of(new Entry(null, firstError));
  }

  /** The panel files of the folder, each read once, by file name: a PriceFile or its error. */
  private Map<String, Object> panels() {
    if (panels == null) {
      Map<String, Object> m = new java.util.TreeMap<>();
      for (Map.Entry<String, Path> e : listing().entrySet()) {
        String name = e.getKey();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")
            && !name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
          continue;
        }
        Path real;
        try {
          real = confinement.regularFile(e.getValue().toAbsolutePath(), displayFolder + "/" + name,
              "price file");
        } catch (InputException | java.nio.file.NoSuchFileException ex) {
          continue;
        }
        if (!PriceFileReader.holdsManyTickers(real, format)) {
          continue;
        }
        try {
          m.put(name, PriceFileReader.readFile(real, displayFolder + "/" + name, format,
              today, threads));
        } catch (InputException ex) {
          m.put(name, ex);
        }
      }
      panels = m;
    }
    return panels;
  }

  /** The display name of the folder, for messages. */
  public String displayFolder() {
    return displayFolder;
  }

  /** Every entry read so far, by file name. */
  public Map<String, Entry> loaded() {
    Map<String, Entry> m = new HashMap<>();
    cache.forEach((k, v) -> {
      Entry e = v.peek();
      if (e != null) {
        m.put(k, e);
      }
    });
    return m;
  }
}
