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
 * The folder of per-ticker price files, {@code <TICKER>.csv}. Each file is read at most once and
 * kept; a file that fails to read keeps its error, so every event that needs it fails the same way.
 * A ticker is only ever turned into a file name inside the folder: anything with a path separator,
 * {@code ..} or an unusual character is refused.
 */
public final class PriceLibrary {

  /** Tickers are letters, digits and {@code . - _ ^ =}, starting with a letter, digit or {@code ^}. */
  private static final Pattern SAFE_TICKER = Pattern.compile("[A-Za-z0-9^][A-Za-z0-9._=^-]{0,31}");

  /** A loaded series or the error that stopped it. */
  public record Entry(PriceSeries series, InputException error) {}

  private final Path folder;
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

    synchronized Entry get() {
      if (entry == null) {
        String display = displayFolder + "/" + file.getFileName();
        try {
          PriceSeries s = PriceFileReader.read(file, ticker, display);
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
  private volatile Map<String, Path> listing;

  /**
   * @param folder the prices folder
   * @param displayFolder how to name it in messages (such as {@code input/prices})
   * @param asOfDay ignore rows dated after this epoch day ({@link Integer#MAX_VALUE} for none)
   */
  public PriceLibrary(Path folder, String displayFolder, int asOfDay) {
    this.folder = folder;
    this.displayFolder = displayFolder;
    this.asOfDay = asOfDay;
  }

  /** Why a ticker cannot name a file, or empty when it can. */
  public static Optional<String> tickerProblem(String ticker) {
    if (!SAFE_TICKER.matcher(ticker).matches() || ticker.contains("..")) {
      return Optional.of("ticker \"" + ticker + "\" is not a valid ticker (letters, digits and"
          + " . - _ ^ = only, no path separators or \"..\"); it is not used as a file name");
    }
    return Optional.empty();
  }

  /** The file for a ticker, if one exists: exact name first, then ignoring case and a leading ^. */
  public Optional<Path> fileOf(String ticker) {
    if (tickerProblem(ticker).isPresent()) {
      return Optional.empty();
    }
    Map<String, Path> files = listing();
    Path p = files.get(ticker + ".csv");
    if (p == null) {
      p = files.get(ticker.toUpperCase(Locale.ROOT) + ".csv");
    }
    if (p == null) {
      String bare = ticker.startsWith("^") ? ticker.substring(1) : ticker;
      for (Map.Entry<String, Path> e : files.entrySet()) {
        if (e.getKey().equalsIgnoreCase(bare + ".csv") || e.getKey().equalsIgnoreCase(ticker + ".csv")) {
          p = e.getValue();
          break;
        }
      }
    }
    return Optional.ofNullable(p);
  }

  private Map<String, Path> listing() {
    Map<String, Path> l = listing;
    if (l == null) {
      Map<String, Path> m = new HashMap<>();
      if (Files.isDirectory(folder)) {
        try (Stream<Path> s = Files.list(folder)) {
          s.filter(Files::isRegularFile).forEach(f -> m.put(f.getFileName().toString(), f));
        } catch (IOException e) {
          // an unreadable folder behaves as an empty one; each ticker then reports it is unknown
        }
      }
      l = Map.copyOf(m);
      listing = l;
    }
    return l;
  }

  /** The series of a ticker, read once; empty when no file exists for it. */
  public Optional<Entry> get(String ticker) {
    Optional<Path> file = fileOf(ticker);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(cache.computeIfAbsent(file.get().getFileName().toString(),
        name -> new Lazy(file.get(), ticker)).get());
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
