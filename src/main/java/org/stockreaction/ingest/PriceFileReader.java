package org.stockreaction.ingest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a daily price file in any of the layouts of {@link PriceLayout} into {@link PriceSeries}.
 *
 * <p>The layout is recognised from the header and the values: the delimiter from the header line,
 * the columns by name ({@code Adj Close} before {@code ret} before {@code Close}), the date notation
 * from the first date, and the decimal mark from the first price values. A {@link PriceFormat}
 * overrides any of these. A UTF-8 BOM, CRLF line ends, quoted fields and blank lines are
 * accepted; rows in any order are sorted, with a warning.
 *
 * <p>The file is parsed from its bytes in one pass: fields are byte ranges, dates and plain
 * decimals are parsed in place ({@link DateKind}, {@link DecimalParser}); only values with
 * currency signs, thousands separators or unusual notation take the slower, careful path.
 *
 * <p>A file is read whole into a buffer its thread keeps from file to file, except a panel (a
 * file with a ticker column) of two {@link #PART_BYTES} or more: that is read in pieces which end
 * at line ends, on several threads, each piece into a buffer of its thread, and the pieces' rows
 * are joined in file order. Any piece failing sends the file back to the one pass, which gives
 * the exact first error.
 */
public final class PriceFileReader {

  /** How many warnings of one kind a series lists before it only counts them. */
  static final int LISTED_WARNINGS = 10;

  private static final double MOVE_LIMIT = 0.40;

  /** The size of the pieces a panel file is read in; a file under two pieces is read whole. */
  static final int PART_BYTES = 4 << 20;

  private PriceFileReader() {}

  /** Reads a single-ticker file with every part of the layout recognised. */
  public static PriceSeries read(Path file, String ticker, String displayName) throws InputException {
    return read(file, ticker, displayName, PriceFormat.AUTO, (int) LocalDate.now().toEpochDay());
  }

  /**
   * Reads the series of {@code ticker} from a file: its only series, or the ticker's rows of a
   * many-ticker file.
   */
  public static PriceSeries read(Path file, String ticker, String displayName, PriceFormat format,
      int todayEpochDay) throws InputException {
    PriceFile f = readFile(file, displayName, format, todayEpochDay);
    return f.series(ticker).orElseThrow(() -> new InputException(displayName,
        "the file holds no rows for " + ticker,
        "expected rows whose ticker is " + ticker + "; it has " + tickers(f)));
  }

  /** Reads every series a file holds, on one thread. */
  public static PriceFile readFile(Path file, String displayName, PriceFormat format,
      int todayEpochDay) throws InputException {
    return readFile(file, displayName, format, todayEpochDay, 1);
  }

  /**
   * Reads every series a file holds. A panel (a file with a ticker column) of at least two
   * {@link #PART_BYTES} is read in pieces of that size on {@code threads} threads, each into a
   * buffer of its own, so the file is never held whole; the series are the same as one pass's.
   */
  public static PriceFile readFile(Path file, String displayName, PriceFormat format,
      int todayEpochDay, int threads) throws InputException {
    return readFile(file, displayName, format, todayEpochDay, threads, PART_BYTES);
  }

  static PriceFile readFile(Path file, String displayName, PriceFormat format, int todayEpochDay,
      int threads, int partBytes) throws InputException {
    byte[] bytes;
    int length;
    try (FileChannel channel = FileChannel.open(file)) {
      long size = channel.size();
      if (size >= 2L * partBytes) {
        PriceFile f = readInPieces(channel, size, displayName, format, todayEpochDay, threads,
            partBytes);
        if (f != null) {
          return f;
        }
      }
      if (size > Integer.MAX_VALUE - 8) {
        throw new InputException(displayName, "the file is over 2 GB, too large to read whole",
            "a file this large is read only as a panel (with a ticker column) and without errors;"
                + " split it into smaller files, which also shows any bad row with its line");
      }
      bytes = readBuffer((int) size, 2 * partBytes);
      java.nio.ByteBuffer all = java.nio.ByteBuffer.wrap(bytes, 0, (int) size);
      readFully(channel, all, 0);
      length = all.position();
    } catch (NoSuchFileException e) {
      throw new InputException(displayName, "the file does not exist",
          "expected a price file; check the name");
    } catch (IOException | OutOfMemoryError e) {
      throw new InputException(displayName, "cannot read the file: " + e.getMessage(),
          "check that it exists and is readable");
    }
    return parse(bytes, length, displayName, format, todayEpochDay);
  }

  /**
   * Each thread's buffer for reading a file whole, kept from file to file: the parse keeps nothing
   * of the bytes, so a universe of small files does not allocate (and touch) fresh memory for each.
   */
  private static final ThreadLocal<byte[]> READ_BUFFER = ThreadLocal.withInitial(
      () -> new byte[256 << 10]);

  /** A buffer of at least {@code size} bytes: the thread's kept one for a file up to {@code keep}. */
  private static byte[] readBuffer(int size, int keep) {
    if (size > keep) {
      return new byte[size];
    }
    byte[] b = READ_BUFFER.get();
    if (b.length < size) {
      b = new byte[Math.min(keep, Math.max(size, 2 * b.length))];
      READ_BUFFER.set(b);
    }
    return b;
  }

  /** A panel read in pieces from its channel, or null when the file is not read that way. */
  static PriceFile readInPieces(FileChannel channel, long size, String displayName,
      PriceFormat format, int todayEpochDay, int threads, int partBytes)
      throws IOException, InputException {
    java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(partBytes);
    readFully(channel, head, 0);
    int end = head.position();
    byte[] h = head.array();
    while (end > 0 && h[end - 1] != '\n') {
      end--;
    }
    if (end == 0) {
      return null;
    }
    return new Parse(h, end, displayName, format, todayEpochDay, null, threads, partBytes)
        .runInPieces(channel, size);
  }

  /** Parses the bytes of a price file. */
  public static PriceFile parse(byte[] bytes, String displayName, PriceFormat format,
      int todayEpochDay) throws InputException {
    return parse(bytes, bytes.length, displayName, format, todayEpochDay);
  }

  /** Parses the first {@code length} bytes of {@code bytes}. */
  private static PriceFile parse(byte[] bytes, int length, String displayName, PriceFormat format,
      int todayEpochDay) throws InputException {
    Parse p = new Parse(bytes, length, displayName, format, todayEpochDay, null, 1, PART_BYTES);
    try {
      return p.run();
    } catch (RetryDayFirst retry) {
      return new Parse(bytes, length, displayName, format, todayEpochDay,
          DateKind.DAY_MONTH_YEAR, 1, PART_BYTES).run();
    }
  }

  /**
   * Whether a file names many tickers (a panel), judged from its header alone; reads only the
   * start of the file. False for a file that cannot be read or recognised.
   */
  public static boolean holdsManyTickers(Path file, PriceFormat format) {
    byte[] head;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(64 * 1024);
    } catch (IOException e) {
      return false;
    }
    try {
      Parse p = new Parse(head, head.length, file.toString(), format, Integer.MAX_VALUE, null, 1,
          PART_BYTES);
      return p.header().manyTickers();
    } catch (InputException | RuntimeException e) {
      return false;
    }
  }

  /** The text without a leading UTF-8 byte order mark. */
  static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  private static String tickers(PriceFile f) {
    List<String> t = new ArrayList<>(f.series().keySet());
    return t.size() <= 10 ? String.join(", ", t) : String.join(", ", t.subList(0, 10)) + " and "
        + (t.size() - 10) + " more";
  }

  /** Thrown when month-first dates turn out to be day-first, to parse the file again. */
  private static final class RetryDayFirst extends RuntimeException {
    RetryDayFirst() {
      super(null, null, false, false);
    }
  }

  /** The columns of one series. */
  private record Columns(String ticker, int price, boolean returns, int high, int low,
      String priceName) {}

  /** The header: where the columns are and what they hold. */
  private record Header(PriceLayout layout, int date, int tickerColumn, List<Columns> groups,
      boolean hasSplits, int fields, long dataMark, List<String> names) {
    boolean manyTickers() {
      return tickerColumn >= 0 || groups.size() > 1;
    }
  }

  /** Rows read for one ticker. */
  private static final class Sink {
    final String ticker;
    final Columns cols;
    int n;
    int[] day;
    double[] price;
    double[] high;
    double[] low;
    int[] line;
    /** Where each row starts in the file, and its length in bytes without the line end. */
    long[] rowStart;
    int[] rowLength;
    /** Rows from later pieces of the file, not yet copied in; null when none. */
    List<Sink> segments;
    /** The first {@link #LISTED_WARNINGS} missing values, to list in the warnings. */
    final List<Missing> listed = new ArrayList<>();
    int missing;
    int future;
    int futureLine;

    Sink(String ticker, Columns cols, int capacity) {
      this.ticker = ticker;
      this.cols = cols;
      int c = Math.max(16, capacity);
      day = new int[c];
      price = new double[c];
      line = new int[c];
      rowStart = new long[c];
      rowLength = new int[c];
      if (cols.high() >= 0) {
        high = new double[c];
        low = new double[c];
      }
    }

    void add(int d, double p, double h, double l, int ln, long rs, int rl) {
      if (n == day.length) {
        grow(n * 2);
      }
      day[n] = d;
      price[n] = p;
      if (high != null) {
        high[n] = h;
        low[n] = l;
      }
      line[n] = ln;
      rowStart[n] = rs;
      rowLength[n] = rl;
      n++;
    }

    /** Brings in the later pieces' rows, into columns exactly as long as the rows read. */
    void flatten() {
      if (segments == null) {
        return;
      }
      int total = n;
      for (Sink later : segments) {
        total += later.n;
      }
      grow(total);
      for (Sink later : segments) {
        System.arraycopy(later.day, 0, day, n, later.n);
        System.arraycopy(later.price, 0, price, n, later.n);
        System.arraycopy(later.line, 0, line, n, later.n);
        System.arraycopy(later.rowStart, 0, rowStart, n, later.n);
        System.arraycopy(later.rowLength, 0, rowLength, n, later.n);
        if (high != null) {
          System.arraycopy(later.high, 0, high, n, later.n);
          System.arraycopy(later.low, 0, low, n, later.n);
        }
        n += later.n;
      }
      segments = null;
    }

    private void grow(int c) {
      day = java.util.Arrays.copyOf(day, c);
      price = java.util.Arrays.copyOf(price, c);
      line = java.util.Arrays.copyOf(line, c);
      rowStart = java.util.Arrays.copyOf(rowStart, c);
      rowLength = java.util.Arrays.copyOf(rowLength, c);
      if (high != null) {
        high = java.util.Arrays.copyOf(high, c);
        low = java.util.Arrays.copyOf(low, c);
      }
    }

    String who() {
      return ticker.isEmpty() ? "" : " for " + ticker;
    }

    /** Adds {@code lines} to every line number, for rows read by a scanner that counted from 1. */
    void shiftLines(int lines) {
      for (int i = 0; i < n; i++) {
        line[i] += lines;
      }
      listed.replaceAll(m -> new Missing(m.line() + lines, m.column(), m.raw(), m.day()));
      futureLine += future > 0 ? lines : 0;
    }

    /**
     * Adds the rows of the same ticker read from a later piece of the file; they are copied in
     * by {@link #flatten}, once.
     */
    void append(Sink later) {
      if (segments == null) {
        segments = new ArrayList<>();
      }
      segments.add(later);
      for (Missing m : later.listed) {
        if (listed.size() < LISTED_WARNINGS) {
          listed.add(m);
        }
      }
      missing += later.missing;
      if (future == 0 && later.future > 0) {
        futureLine = later.futureLine;
      }
      future += later.future;
    }
  }

  /** A missing value: where it is, its text and its row's date. */
  private record Missing(int line, int column, String raw, int day) {}

  /** The bytes of a row by its place in the file. */
  private interface RowBytes {
    byte[] row(long start, int length) throws InputException;
  }

  /** The first {@code length} bytes of {@code bytes}, which start at {@code base} in the file. */
  private record Piece(byte[] bytes, int length, long base) {}

  /**
   * The data rows of a file handed out in file order, in pieces that end at line ends, each read
   * from the channel into the caller's buffer and at most its size.
   */
  private static final class FilePieces {
    private final FileChannel channel;
    private final long size;
    private long pos;

    FilePieces(FileChannel channel, long from, long size) {
      this.channel = channel;
      this.pos = from;
      this.size = size;
    }

    /**
     * The next piece, copied into {@code buffer}; null at the end.
     *
     * @throws IOException when the file cannot be read, or a row is longer than the buffer
     */
    Piece next(byte[] buffer) throws IOException {
      if (pos >= size) {
        return null;
      }
      int n = (int) Math.min(buffer.length, size - pos);
      java.nio.ByteBuffer into = java.nio.ByteBuffer.wrap(buffer, 0, n);
      readFully(channel, into, pos);
      int end = into.position();
      if (pos + end < size) {
        while (end > 0 && buffer[end - 1] != '\n') {
          end--;
        }
        if (end == 0) {
          throw new IOException("a row is longer than " + buffer.length + " bytes");
        }
      }
      Piece p = new Piece(buffer, end, pos);
      pos += end;
      return p;
    }
  }

  /** Reads from {@code at} until the buffer is full or the file ends. */
  private static void readFully(FileChannel channel, java.nio.ByteBuffer into, long at)
      throws IOException {
    long p = at;
    while (into.hasRemaining()) {
      int r = channel.read(into, p);
      if (r < 0) {
        break;
      }
      p += r;
    }
  }

  /** One parse of one file. */
  private static final class Parse {
    private final byte[] b;
    /** Where the text ends in {@code b}. */
    private final int end;
    private final String file;
    private final PriceFormat format;
    private final int today;
    private final DateKind forcedKind;
    private final int threads;
    private final int partBytes;
    private final int from;
    private final byte delim;
    private final CsvScanner sc;
    /** Where {@code b[0]} is in the file. */
    private final long base;
    /** The bytes of a row by its place in the file, for duplicate rows and their messages. */
    private RowBytes rows;
    private DateKind kind;
    private DateTimeFormatter pattern;
    private byte point;
    private boolean pointGiven;

    Parse(byte[] bytes, int length, String file, PriceFormat format, int today,
        DateKind forcedKind, int threads, int partBytes) throws InputException {
      this.b = bytes;
      this.end = length;
      this.file = file;
      this.format = format;
      this.today = today;
      this.forcedKind = forcedKind;
      this.threads = threads;
      this.partBytes = partBytes;
      this.from = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
          && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
      this.delim = (byte) (format.delimiter() != '\0' ? format.delimiter() : guessDelimiter());
      this.sc = new CsvScanner(bytes, from, length, delim, file);
      this.base = 0;
      this.rows = (start, rowLength) -> java.util.Arrays.copyOfRange(b, (int) start,
          (int) start + rowLength);
      if (format.dateFormat() != null) {
        pattern = DateKind.pattern(format.dateFormat());
      }
      if (format.decimal() != '\0') {
        point = (byte) format.decimal();
        pointGiven = true;
      }
    }

    /**
     * The rows of one piece of the file, read as the whole file's parse reads them: the same
     * delimiter, date notation and decimal mark; lines are counted from 1.
     */
    private Parse(Parse head, Piece piece) {
      this.b = piece.bytes();
      this.end = piece.length();
      this.file = head.file;
      this.format = head.format;
      this.today = head.today;
      this.forcedKind = head.forcedKind;
      this.threads = 1;
      this.partBytes = head.partBytes;
      this.from = 0;
      this.delim = head.delim;
      this.sc = new CsvScanner(b, 0, end, delim, file);
      this.base = piece.base();
      this.kind = head.kind;
      this.pattern = head.pattern;
      this.point = head.point;
      this.pointGiven = head.pointGiven;
    }

    /** The delimiter with the most occurrences outside quotes on the first non-blank line. */
    private char guessDelimiter() {
      int comma = 0;
      int semi = 0;
      int tab = 0;
      int pipe = 0;
      boolean quoted = false;
      boolean started = false;
      for (int i = from; i < end; i++) {
        byte c = b[i];
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted) {
          if (c == '\n' || c == '\r') {
            if (started) {
              break;
            }
            continue;
          }
          started = true;
          if (c == ',') {
            comma++;
          } else if (c == ';') {
            semi++;
          } else if (c == '\t') {
            tab++;
          } else if (c == '|') {
            pipe++;
          }
        }
      }
      int best = Math.max(Math.max(comma, semi), Math.max(tab, pipe));
      if (best == 0 || best == comma) {
        return ',';
      }
      return best == semi ? ';' : best == tab ? '\t' : '|';
    }

    Header header() throws InputException {
      if (!sc.nextRow()) {
        throw new InputException(file, 1, 0, "the file is empty",
            "expected a header row such as Date,Close and one row per trading day; download the"
                + " file again");
      }
      int headerLine = sc.rowLine;
      List<String> names = sc.rowTexts();
      if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
        names.set(0, names.get(0).substring(1).strip());
      }
      PriceLayout layout = null;
      List<String> tickerRow = null;
      long mark = sc.mark();
      if (!names.isEmpty() && names.get(0).equalsIgnoreCase("Price") && sc.nextRow()) {
        List<String> second = sc.rowTexts();
        if (!second.isEmpty() && second.get(0).equalsIgnoreCase("Ticker")) {
          tickerRow = second;
          layout = PriceLayout.YFINANCE_DOWNLOAD;
          names.set(0, "Date");
          mark = sc.mark();
          if (sc.nextRow()) {
            List<String> third = sc.rowTexts();
            boolean dateRow = !third.isEmpty() && third.get(0).equalsIgnoreCase("Date");
            for (int i = 1; i < third.size() && dateRow; i++) {
              dateRow = third.get(i).isEmpty();
            }
            if (dateRow) {
              mark = sc.mark();
            }
          }
        }
      }
      sc.reset(mark);
      List<String> keys = new ArrayList<>(names.size());
      for (String nm : names) {
        keys.add(key(nm));
      }
      int date = find(keys, DATE_NAMES);
      if (format.dateColumn() != null) {
        date = mapped(names, format.dateColumn(), "date-column", headerLine);
      }
      int tickerColumn = tickerRow == null ? find(keys, TICKER_NAMES) : -1;
      boolean hasSplits = find(keys, SPLIT_NAMES) >= 0;
      int mappedPrice = format.priceColumn() == null ? -1
          : mapped(names, format.priceColumn(), "price-column", headerLine);
      if (date < 0) {
        throw new InputException(file, headerLine, 0,
            "the header matches no known price file layout: saw " + quoted(names),
            "expected one of the layouts " + PriceLayout.known() + "; or name the columns with"
                + " date-column and price-column");
      }
      List<Columns> groups = new ArrayList<>();
      if (tickerRow != null) {
        Map<String, List<Integer>> byTicker = new LinkedHashMap<>();
        for (int i = 1; i < names.size(); i++) {
          String t = i < tickerRow.size() ? tickerRow.get(i) : "";
          byTicker.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> e : byTicker.entrySet()) {
          groups.add(columns(e.getKey(), names, keys, e.getValue(), mappedPrice, hasSplits,
              headerLine));
        }
      } else {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
          all.add(i);
        }
        groups.add(columns("", names, keys, all, mappedPrice, hasSplits, headerLine));
      }
      if (layout == null) {
        layout = layoutOf(names, keys, groups.get(0), tickerColumn);
      }
      return new Header(layout, date, tickerColumn, groups, hasSplits, names.size(), mark, names);
    }

    private PriceLayout layoutOf(List<String> names, List<String> keys, Columns c, int tickerCol) {
      if (format.dateColumn() != null || format.priceColumn() != null) {
        return PriceLayout.MAPPED;
      }
      if (tickerCol >= 0) {
        return c.returns() ? PriceLayout.CRSP : PriceLayout.PANEL;
      }
      if (delim == ';') {
        return PriceLayout.EUROPEAN;
      }
      if (keys.contains("closelast")) {
        return PriceLayout.NASDAQ;
      }
      if (keys.contains("price") && keys.contains("change")) {
        return PriceLayout.INVESTING;
      }
      if (keys.contains("stocksplits") || keys.contains("dividends")) {
        return PriceLayout.YFINANCE_HISTORY;
      }
      if (keys.contains("adjclose")) {
        return PriceLayout.YAHOO_WEB;
      }
      boolean lower = true;
      for (String nm : names) {
        lower &= nm.equals(nm.toLowerCase(Locale.ROOT));
      }
      if (lower) {
        return PriceLayout.LOWER_CASE;
      }
      if (keys.size() >= 6 && keys.subList(0, 6).equals(
          List.of("date", "open", "high", "low", "close", "volume"))) {
        return PriceLayout.STOOQ;
      }
      return PriceLayout.YFINANCE;
    }

    private Columns columns(String ticker, List<String> names, List<String> keys,
        List<Integer> among, int mappedPrice, boolean hasSplits, int headerLine)
        throws InputException {
      int price;
      if (mappedPrice >= 0) {
        price = mappedPrice;
      } else {
        price = findAmong(keys, among, ADJ_NAMES);
        if (price < 0) {
          price = findAmong(keys, among, RETURN_NAMES);
        }
        if (price < 0) {
          price = findAmong(keys, among, CLOSE_NAMES);
        }
      }
      if (price < 0) {
        throw new InputException(file, headerLine, 0,
            "no usable price column in header " + quoted(names),
            "expected a column named Adj Close, Close, Close/Last, Price, PRC or ret; or name it"
                + " with price-column");
      }
      boolean returns = RETURN_NAMES.contains(keys.get(price));
      boolean plainClose = !returns && !ADJ_NAMES.contains(keys.get(price));
      int high = plainClose ? findAmong(keys, among, HIGH_NAMES) : -1;
      int low = plainClose ? findAmong(keys, among, LOW_NAMES) : -1;
      if (high < 0 || low < 0) {
        high = -1;
        low = -1;
      }
      String name = names.get(price);
      if (returns) {
        name = name + " (returns as given; price index rebuilt from them)";
      }
      return new Columns(ticker, price, returns, high, low, name);
    }

    private int mapped(List<String> names, String want, String setting, int headerLine)
        throws InputException {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equalsIgnoreCase(want.strip())) {
          return i;
        }
      }
      String w = key(want);
      for (int i = 0; i < names.size(); i++) {
        if (key(names.get(i)).equals(w) && !w.isEmpty()) {
          return i;
        }
      }
      try {
        int k = Integer.parseInt(want.strip());
        if (k >= 1 && k <= names.size()) {
          return k - 1;
        }
      } catch (NumberFormatException e) {
        // not a column number either
      }
      throw new InputException(file, headerLine, 0,
          setting + " \"" + want + "\" is not in the header: saw " + quoted(names),
          "expected one of those names or a column number; did you mean "
              + org.stockreaction.config.Names.closest(want, names) + "?");
    }

    PriceFile run() throws InputException {
      Header h = header();
      kind = forcedKind;
      if (!pointGiven) {
        point = guessPoint(h);
      }
      sc.reset(h.dataMark());
      Rows read = scan(h);
      if (!read.any()) {
        throw new InputException(file, sc.rowLine + 1, 0, "the file has a header but no price rows",
            "expected one row per trading day after the header");
      }
      return series(h, read);
    }

    /**
     * The series of a panel file of {@code size} bytes whose start this parse holds, its rows read
     * piece by piece from the channel into one reused buffer per thread; null when the file has
     * no ticker column or cannot be read in pieces (then one pass over its bytes reads it).
     */
    PriceFile runInPieces(FileChannel channel, long size) throws InputException {
      Header h;
      try {
        // the start may end inside a quoted field: any error here is left to the one pass
        h = header();
        kind = forcedKind;
        if (h.tickerColumn() < 0) {
          return null;
        }
        if (!pointGiven) {
          point = guessPoint(h);
        }
      } catch (InputException | RuntimeException e) {
        return null;
      }
      Rows read = inPieces(h, new FilePieces(channel, h.dataMark() & 0xFFFFFFFFL, size));
      if (read == null || !read.any()) {
        return null;
      }
      rows = (start, length) -> {
        java.nio.ByteBuffer row = java.nio.ByteBuffer.allocate(length);
        try {
          readFully(channel, row, start);
        } catch (IOException e) {
          throw new InputException(file, "cannot read the file: " + e.getMessage(),
              "check that it exists and is readable");
        }
        return row.array();
      };
      return series(h, read);
    }

    private PriceFile series(Header h, Rows read) throws InputException {
      Map<String, PriceSeries> out = new LinkedHashMap<>();
      for (Sink s : read.sinks().values()) {
        out.put(s.ticker, build(s, h));
      }
      return new PriceFile(file, h.layout(), h.manyTickers(), out);
    }

    /** The rows read by one scanner: by ticker in order of first appearance. */
    private record Rows(Map<String, Sink> sinks, boolean any, int endLine) {}

    /** Reads the rows from the scanner's position to the end of its range. */
    private Rows scan(Header h) throws InputException {
      int dateCol = h.date();
      int tickerCol = h.tickerColumn();
      int maxCol = Math.max(dateCol, tickerCol);
      for (Columns c : h.groups()) {
        maxCol = Math.max(maxCol, Math.max(c.price(), Math.max(c.high(), c.low())));
      }
      int[] fs = new int[maxCol + 1];
      int[] fe = new int[maxCol + 1];
      boolean[] esc = new boolean[maxCol + 1];
      int estimate = (end - from) / (h.groups().size() * 40 + 8);
      Map<String, Sink> sinks = new LinkedHashMap<>();
      Sink[] fixed = new Sink[h.groups().size()];
      if (tickerCol < 0) {
        for (int g = 0; g < fixed.length; g++) {
          Columns c = h.groups().get(g);
          fixed[g] = new Sink(c.ticker(), c, estimate);
          sinks.put(c.ticker(), fixed[g]);
        }
      }
      Sink last = null;
      int lastTs = 0;
      int lastTe = 0;
      boolean anyRow = false;
      while (sc.nextRow()) {
        anyRow = true;
        int count = 0;
        while (count <= maxCol && sc.nextField()) {
          fs[count] = sc.start;
          fe[count] = sc.end;
          esc[count] = sc.escaped;
          count++;
        }
        sc.finishRow();
        int ln = sc.rowLine;
        if (count <= maxCol) {
          throw new InputException(file, ln, count + 1,
              "the row ends after " + count + (count == 1 ? " field" : " fields") + ": \""
                  + sc.rowText() + "\"",
              "expected " + h.fields() + " fields as in the header; fix or remove the row");
        }
        int day = date(fs[dateCol], fe[dateCol], esc[dateCol], ln, dateCol + 1);
        if (tickerCol >= 0) {
          int ts = trimStart(fs[tickerCol], fe[tickerCol]);
          int te = trimEnd(ts, fe[tickerCol]);
          Sink s;
          if (last != null && sc.sameBytes(ts, te, lastTs, lastTe)) {
            s = last;
          } else {
            if (ts == te) {
              throw new InputException(file, ln, tickerCol + 1, "the ticker is empty",
                  "expected a ticker such as AAPL; fill it in or remove the row");
            }
            String t = new String(b, ts, te - ts, StandardCharsets.UTF_8);
            if (esc[tickerCol]) {
              t = t.replace("\"\"", "\"");
            }
            Columns c = h.groups().get(0);
            // in a panel sorted by ticker, the last ticker's row count is a good first capacity
            int capacity = last == null ? 64 : last.n + 16;
            s = sinks.computeIfAbsent(t, k -> new Sink(k, c, capacity));
            last = s;
            lastTs = ts;
            lastTe = te;
          }
          row(s, day, fs, fe, esc, ln);
        } else {
          for (Sink s : fixed) {
            row(s, day, fs, fe, esc, ln);
          }
        }
      }
      return new Rows(sinks, anyRow, sc.line());
    }

    /**
     * The rows of a panel read in pieces on {@code threads} threads: each piece ends at a line end,
     * is scanned with lines counted from 1, and the pieces' rows are joined in file order with
     * their lines shifted. Null when any piece fails: a piece that starts inside a quoted field
     * leaves the piece before it with an unclosed quote, so every piece succeeding means the cuts
     * fell between rows; on failure, one pass over the whole file gives the exact first error.
     */
    private Rows inPieces(Header h, FilePieces source) throws InputException {
      if (!dateKindKnown(h)) {
        return null;
      }
      List<Rows> read = new ArrayList<>();
      Throwable[] failure = new Throwable[1];
      Runnable work = () -> {
        byte[] buffer = new byte[partBytes];
        while (true) {
          Piece piece;
          int index;
          synchronized (read) {
            if (failure[0] != null) {
              return;
            }
            try {
              piece = source.next(buffer);
            } catch (IOException | RuntimeException e) {
              failure[0] = e;
              return;
            }
            if (piece == null) {
              return;
            }
            index = read.size();
            read.add(null);
          }
          try {
            Rows r = new Parse(this, piece).scan(h);
            synchronized (read) {
              read.set(index, r);
            }
          } catch (InputException | RuntimeException | Error e) {
            synchronized (read) {
              failure[0] = failure[0] == null ? e : failure[0];
            }
            return;
          }
        }
      };
      Thread[] helpers = new Thread[threads - 1];
      for (int i = 0; i < helpers.length; i++) {
        helpers[i] = new Thread(work, "price-piece-" + (i + 1));
        helpers[i].setDaemon(true);
        helpers[i].start();
      }
      work.run();
      boolean interrupted = false;
      for (Thread t : helpers) {
        while (t.isAlive()) {
          try {
            t.join();
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (failure[0] instanceof Error e) {
        throw e;
      }
      if (failure[0] != null || read.isEmpty()) {
        return null;
      }
      Map<String, Sink> sinks = new LinkedHashMap<>();
      boolean any = false;
      int line = (int) (h.dataMark() >>> 32);
      for (Rows r : read) {
        for (Sink s : r.sinks().values()) {
          s.shiftLines(line - 1);
          Sink earlier = sinks.putIfAbsent(s.ticker, s);
          if (earlier != null) {
            earlier.append(s);
          }
        }
        any |= r.any();
        line += r.endLine() - 1;
      }
      return new Rows(sinks, any, line);
    }

    /**
     * Settles the date notation from the first row, as one pass would; false when that row does
     * not give it (the one pass then reports why).
     */
    private boolean dateKindKnown(Header h) {
      if (pattern != null || kind != null) {
        return true;
      }
      try {
        sc.reset(h.dataMark());
        if (!sc.nextRow()) {
          return false;
        }
        for (int f = 0; f <= h.date(); f++) {
          if (!sc.nextField()) {
            return false;
          }
        }
        date(sc.start, sc.end, sc.escaped, sc.rowLine, h.date() + 1);
        return kind != null;
      } catch (InputException | RuntimeException e) {
        return false;
      }
    }

    private void row(Sink s, int day, int[] fs, int[] fe, boolean[] esc, int ln)
        throws InputException {
      Columns c = s.cols;
      int pc = c.price();
      int ps = trimStart(fs[pc], fe[pc]);
      int pe = trimEnd(ps, fe[pc]);
      if (isMissing(ps, pe, c.returns())) {
        s.missing++;
        if (s.missing <= LISTED_WARNINGS) {
          s.listed.add(new Missing(ln, pc + 1, raw(fs[pc], fe[pc], esc[pc]), day));
        }
        return;
      }
      double v = number(ps, pe, esc[pc]);
      String what = c.returns() ? "return" : "price";
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        throw new InputException(file, ln, pc + 1,
            what + " \"" + raw(fs[pc], fe[pc], esc[pc]) + "\" is not a number",
            "expected a decimal such as " + (c.returns() ? example("0.0131") : example("105.30"))
                + "; fix the " + header(c) + " value or remove the row");
      }
      if (c.returns() ? !(v > -1) : !(v > 0)) {
        throw new InputException(file, ln, pc + 1, c.returns()
            ? what + " \"" + raw(fs[pc], fe[pc], esc[pc]) + "\" is not above -1"
            : what + " \"" + raw(fs[pc], fe[pc], esc[pc]) + "\" is not positive",
            (c.returns() ? "expected a return above -100%, as a fraction such as "
                + example("0.0131") : "expected a price above zero") + "; fix the " + header(c)
                + " value or remove the row");
      }
      double hi = Double.NaN;
      double lo = Double.NaN;
      if (c.high() >= 0) {
        hi = optional(c.high(), fs, fe, esc, ln);
        lo = optional(c.low(), fs, fe, esc, ln);
      }
      if (day > today && s.future++ == 0) {
        s.futureLine = ln;
      }
      s.add(day, v, hi, lo, ln, base + sc.rowStart, sc.rowEnd - sc.rowStart);
    }

    private String header(Columns c) {
      String n = c.priceName();
      int cut = n.indexOf(" (");
      return cut < 0 ? n : n.substring(0, cut);
    }

    private String example(String plain) {
      return point == ',' ? plain.replace('.', ',') : plain;
    }

    private double optional(int col, int[] fs, int[] fe, boolean[] esc, int ln)
        throws InputException {
      int s = trimStart(fs[col], fe[col]);
      int e = trimEnd(s, fe[col]);
      if (isMissing(s, e, false)) {
        return Double.NaN;
      }
      double v = number(s, e, esc[col]);
      if (Double.isNaN(v)) {
        throw new InputException(file, ln, col + 1, "price \"" + raw(fs[col], fe[col], esc[col])
            + "\" is not a number", "expected a decimal such as " + example("105.30")
            + "; fix the value or remove the row");
      }
      return v > 0 && !Double.isInfinite(v) ? v : Double.NaN;
    }

    private int date(int s0, int e0, boolean escaped, int ln, int col) throws InputException {
      int s = trimStart(s0, e0);
      int e = trimEnd(s, e0);
      int day;
      if (pattern != null) {
        day = DateKind.parse(pattern, raw(s, e, escaped));
      } else {
        if (kind == null) {
          kind = DateKind.guess(b, s, e);
        }
        day = kind == null ? DateKind.INVALID : kind.parse(b, s, e);
        if (day == DateKind.INVALID && kind == DateKind.MONTH_DAY_YEAR && forcedKind == null
            && DateKind.DAY_MONTH_YEAR.parse(b, s, e) != DateKind.INVALID) {
          throw new RetryDayFirst();
        }
      }
      if (day == DateKind.INVALID) {
        DateKind looks = kind != null ? kind : DateKind.shape(b, s, e);
        String expected = pattern != null ? "a date written as " + format.dateFormat()
            : looks != null ? looks.expected()
            : "a date such as 2025-02-11, 02/11/2025, 11.02.2025, 20250211 or Feb 11, 2025";
        throw new InputException(file, ln, col, "date \"" + raw(s0, e0, escaped)
            + "\" is not a date", "expected " + expected + "; fix the row or set date-format");
      }
      return day;
    }

    private int trimStart(int s, int e) {
      while (s < e && (b[s] == ' ' || b[s] == '\t')) {
        s++;
      }
      return s;
    }

    private int trimEnd(int s, int e) {
      while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
        e--;
      }
      return e;
    }

    private String raw(int s, int e, boolean escaped) {
      String t = new String(b, s, e - s, StandardCharsets.UTF_8);
      return escaped ? t.replace("\"\"", "\"") : t;
    }

    /** Empty, {@code null}, {@code NaN}, {@code N/A}, {@code NA}, {@code -} or {@code .}; for returns also CRSP's codes B and C. */
    private boolean isMissing(int s, int e, boolean returns) {
      int n = e - s;
      if (n == 0) {
        return true;
      }
      if (n > 4) {
        return false;
      }
      String t = new String(b, s, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
      switch (t) {
        case "null":
        case "nan":
        case "n/a":
        case "na":
        case "-":
        case ".":
          return true;
        case "b":
        case "c":
          return returns;
        default:
          return false;
      }
    }

    /** A value's number, or NaN when it is not one. */
    private double number(int s, int e, boolean escaped) {
      if (!escaped) {
        double v = DecimalParser.parse(b, s, e, point);
        if (!Double.isNaN(v)) {
          return v;
        }
      }
      return careful(raw(s, e, escaped));
    }

    /** Currency signs, thousands separators and a decimal comma, checked and removed. */
    private double careful(String text) {
      String t = text.strip();
      String sign = "";
      if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
        sign = t.substring(0, 1);
        t = t.substring(1).strip();
      }
      while (!t.isEmpty() && CURRENCY.indexOf(t.charAt(0)) >= 0) {
        t = t.substring(1).strip();
      }
      while (!t.isEmpty() && CURRENCY.indexOf(t.charAt(t.length() - 1)) >= 0) {
        t = t.substring(0, t.length() - 1).strip();
      }
      if (t.isEmpty()) {
        return Double.NaN;
      }
      char dec = (char) point;
      char other = dec == '.' ? ',' : '.';
      StringBuilder sb = new StringBuilder(t.length() + 1).append(sign);
      boolean sawSep = false;
      boolean sawDec = false;
      int run = 0;
      for (int i = 0; i < t.length(); i++) {
        char ch = t.charAt(i);
        if (ch >= '0' && ch <= '9') {
          sb.append(ch);
          run++;
        } else if (ch == dec && !sawDec) {
          if (sawSep && run != 3) {
            return Double.NaN;
          }
          sawDec = true;
          sb.append('.');
          run = 0;
        } else if (!sawDec && (ch == other || ch == ' ' || ch == '\'' || ch == '\u00A0'
            || ch == '\u202F')) {
          if (sawSep ? run != 3 : run < 1 || run > 3) {
            return Double.NaN;
          }
          sawSep = true;
          run = 0;
        } else if ((ch == 'e' || ch == 'E') && !sawSep) {
          sb.append(t, i, t.length());
          break;
        } else {
          return Double.NaN;
        }
      }
      if (sawSep && !sawDec && run != 3) {
        return Double.NaN;
      }
      byte[] ascii = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
      return DecimalParser.parse(ascii, 0, ascii.length, (byte) '.');
    }

    /** The decimal mark, from the price values of the first rows. */
    private byte guessPoint(Header h) throws InputException {
      sc.reset(h.dataMark());
      boolean commaOnly = false;
      boolean multiDot = false;
      int rows = 0;
      Columns c = h.groups().get(0);
      while (rows < 200 && sc.nextRow()) {
        rows++;
        int f = 0;
        while (sc.nextField()) {
          if (f == c.price() || f == c.high() || f == c.low()) {
            String v = sc.text();
            int dot = v.lastIndexOf('.');
            int comma = v.lastIndexOf(',');
            if (dot >= 0 && comma >= 0) {
              return comma > dot ? (byte) ',' : (byte) '.';
            }
            if (comma >= 0 && (delim != ',' || !threeAfter(v, comma))) {
              commaOnly = true;
            }
            if (dot >= 0 && v.indexOf('.') != dot) {
              multiDot = true;
            }
          }
          f++;
        }
      }
      return commaOnly || multiDot ? (byte) ',' : (byte) '.';
    }

    private static boolean threeAfter(String v, int at) {
      int digits = 0;
      for (int i = at + 1; i < v.length() && Character.isDigit(v.charAt(i)); i++) {
        digits++;
      }
      return digits == 3;
    }

    private PriceSeries build(Sink s, Header h) throws InputException {
      Columns c = s.cols;
      s.flatten();
      if (s.n == 0) {
        throw new InputException(file, "no price rows" + s.who() + ": every " + header(c)
            + " value is missing", "expected at least one row with a " + header(c) + " value");
      }
      int n = s.n;
      int[] order = null;
      int firstBack = -1;
      for (int i = 1; i < n; i++) {
        if (s.day[i] <= s.day[i - 1]) {
          if (s.day[i] < s.day[i - 1] && firstBack < 0) {
            firstBack = i;
          }
          if (order == null) {
            order = new int[0];
          }
        }
      }
      List<String> warnings = new ArrayList<>();
      for (Missing m : s.listed) {
        warnings.add(InputException.format(file, m.line(), m.column(), "missing " + header(c)
            + " \"" + m.raw() + "\"" + s.who() + " on " + iso(m.day()), "treated as a missing day"));
      }
      if (s.missing > LISTED_WARNINGS) {
        warnings.add(InputException.format(file, 0, 0, (s.missing - LISTED_WARNINGS)
            + " more missing " + header(c) + " values" + s.who() + " not listed",
            "each is treated as a missing day"));
      }
      int[] idx;
      if (order != null) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
          keys[i] = ((long) s.day[i] << 32) | i;
        }
        java.util.Arrays.sort(keys);
        idx = new int[n];
        for (int i = 0; i < n; i++) {
          idx[i] = (int) keys[i];
        }
        if (firstBack >= 0) {
          warnings.add(InputException.format(file, s.line[firstBack], 0,
              "rows" + s.who() + " are not in date order (" + iso(s.day[firstBack]) + " follows "
                  + iso(s.day[firstBack - 1]) + ")", "sorted by date"));
        }
      } else {
        idx = null;
      }
      // rows already in strict date order are kept as read, the columns cut to n where longer
      int[] days = idx == null ? exactly(s.day, n) : new int[n];
      double[] px = idx == null ? exactly(s.price, n) : new double[n];
      double[] hi = idx == null || s.high == null ? exactly(s.high, n) : new double[n];
      double[] lo = idx == null || s.low == null ? exactly(s.low, n) : new double[n];
      int[] lines = idx == null ? s.line : new int[n];
      int m = idx == null ? n : 0;
      int prev = -1;
      for (int k = 0; k < n && idx != null; k++) {
        int i = idx[k];
        if (prev >= 0 && s.day[i] == s.day[prev]) {
          int later = Math.max(s.line[i], s.line[prev]);
          int earlier = Math.min(s.line[i], s.line[prev]);
          if (java.util.Arrays.equals(rows.row(s.rowStart[i], s.rowLength[i]),
              rows.row(s.rowStart[prev], s.rowLength[prev]))) {
            warnings.add(InputException.format(file, later, 0, "row repeats line " + earlier
                + " exactly", "the duplicate was dropped"));
            continue;
          }
          int first = s.line[i] < s.line[prev] ? i : prev;
          int second = first == i ? prev : i;
          throw new InputException(file, later, 0, "two rows" + s.who() + " for "
              + iso(s.day[i]) + " with different values: line " + s.line[first] + " \""
              + rowText(s, first) + "\" and line " + s.line[second] + " \"" + rowText(s, second)
              + "\"", "expected one row per date; remove the wrong one");
        }
        days[m] = s.day[i];
        px[m] = s.price[i];
        if (hi != null) {
          hi[m] = s.high[i];
          lo[m] = s.low[i];
        }
        lines[m] = s.line[i];
        m++;
        prev = i;
      }
      if (m < n) {
        days = java.util.Arrays.copyOf(days, m);
        px = java.util.Arrays.copyOf(px, m);
        if (hi != null) {
          hi = java.util.Arrays.copyOf(hi, m);
          lo = java.util.Arrays.copyOf(lo, m);
        }
      }
      if (s.future > 0) {
        int firstAfter = 0;
        while (days[firstAfter] <= today) {
          firstAfter++;
        }
        warnings.add(InputException.format(file, s.futureLine, h.date() + 1, s.future
            + (s.future == 1 ? " row" : " rows") + s.who() + " dated after today (" + iso(today)
            + "): " + iso(days[firstAfter]) + (days[m - 1] == days[firstAfter] ? ""
            : " to " + iso(days[m - 1])), "check the dates; rows after as-of are not used"));
      }
      double[] close;
      if (c.returns()) {
        close = new double[m];
        close[0] = 1.0;
        for (int i = 1; i < m; i++) {
          close[i] = close[i - 1] * (1 + px[i]);
        }
      } else {
        close = px;
        if (!h.hasSplits()) {
          moves(warnings, s, days, px, lines);
        }
      }
      return new PriceSeries(s.ticker, days, close, hi, lo, c.priceName(), file, warnings);
    }

    private void moves(List<String> warnings, Sink s, int[] days, double[] px, int[] lines) {
      int listed = 0;
      int more = 0;
      for (int i = 1; i < days.length; i++) {
        double r = px[i] / px[i - 1] - 1;
        if (Math.abs(r) > MOVE_LIMIT) {
          if (listed++ >= LISTED_WARNINGS) {
            more++;
            continue;
          }
          warnings.add(InputException.format(file, lines[i], s.cols.price() + 1,
              header(s.cols) + s.who() + " moves " + (r > 0 ? "+" : "")
                  + org.stockreaction.report.Decimals.format(100 * r, 2) + "% from "
                  + iso(days[i - 1]) + " to " + iso(days[i]) + " (" + plain(px[i - 1]) + " to "
                  + plain(px[i]) + "), beyond \u00B140%, and the file has no split information",
              "the prices may be unadjusted around a split; use split-adjusted prices such as"
                  + " Adj Close"));
        }
      }
      if (more > 0) {
        warnings.add(InputException.format(file, 0, 0, more + " more moves beyond \u00B140%"
            + s.who() + " not listed", "check the file for unadjusted splits"));
      }
    }

    private static int[] exactly(int[] a, int n) {
      return a.length == n ? a : java.util.Arrays.copyOf(a, n);
    }

    private static double[] exactly(double[] a, int n) {
      return a == null || a.length == n ? a : java.util.Arrays.copyOf(a, n);
    }

    private String rowText(Sink s, int i) throws InputException {
      return new String(rows.row(s.rowStart[i], s.rowLength[i]), StandardCharsets.UTF_8);
    }
  }

  private static String plain(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String iso(int epochDay) {
    return LocalDate.ofEpochDay(epochDay).toString();
  }

  private static final String CURRENCY = "$\u20AC\u00A3\u00A5";

  private static final List<String> DATE_NAMES = List.of("date", "datetime", "timestamp",
      "time", "tradedate", "tradingday", "caldt", "dlycaldt", "datum");
  private static final List<String> TICKER_NAMES =
      List.of("ticker", "symbol", "tic", "permno", "sym", "ric");
  private static final List<String> ADJ_NAMES =
      List.of("adjclose", "adjustedclose", "adjclosing", "adjprice", "adjustedprice");
  private static final List<String> RETURN_NAMES = List.of("ret", "return", "dlyret", "totret");
  private static final List<String> CLOSE_NAMES = List.of("close", "closelast", "price", "last",
      "prc", "dlyprc", "closeprice", "closingprice", "schluss", "schlusskurs", "kurs");
  private static final List<String> HIGH_NAMES = List.of("high", "askhi", "dlyhigh", "hoch");
  private static final List<String> LOW_NAMES = List.of("low", "bidlo", "dlylow", "tief");
  private static final List<String> SPLIT_NAMES =
      List.of("stocksplits", "splits", "split", "splitfactor", "splitratio");

  /** A header name reduced to lower-case letters and digits: {@code Adj Close} is {@code adjclose}. */
  static String key(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  private static int find(List<String> keys, List<String> wanted) {
    for (String w : wanted) {
      int i = keys.indexOf(w);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static int findAmong(List<String> keys, List<Integer> among, List<String> wanted) {
    for (String w : wanted) {
      for (int i : among) {
        if (keys.get(i).equals(w)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static String quoted(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append('"').append(n).append('"');
    }
    return sb.toString();
  }
}
