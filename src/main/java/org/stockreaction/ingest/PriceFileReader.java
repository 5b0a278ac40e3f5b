package org.stockreaction.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Reads a daily price file in any of the layouts of {@link PriceLayout} into {@link PriceSeries}:
 * the entry point, which reads the file's bytes and runs the parse. The parts are each in a file
 * of their own: the header ({@link PriceHeader}, {@link ColumnNames}), the layout, delimiter and
 * decimal mark ({@link LayoutDetection}), the rows ({@link RowScanner}, {@link CsvScanner},
 * {@link DateKind}, {@link PriceValues}), a panel read in pieces ({@link PanelPieces}), the series
 * built from the rows ({@link SeriesBuilder}) and the text of messages ({@link PriceMessages}).
 *
 * <p>The layout is recognised from the header and the values: the delimiter from the header line,
 * the columns by name ({@code Adj Close} before {@code ret} before {@code Close}), the date notation
 * from the first date, and the decimal mark from the first price values. A {@link PriceFormat}
 * overrides any of these. A UTF-8 BOM, CRLF line ends, quoted fields and blank lines are
 * accepted; rows in any order are sorted, with a warning.
 *
 * <p>The file is parsed from its bytes in one pass: fields are byte ranges, dates and plain
 * decimals are parsed in place ({@link DateKind}, {@link DecimalParser}); only values with
 * currency signs, thousands separators or unusual notation take the slower, careful path. The
 * plain rows of a single-series file go through one tight loop ({@link PlainRows}).
 *
 * <p>A file is read whole into a buffer its thread keeps from file to file, except a panel (a
 * file with a ticker column) of two {@link #PART_BYTES} or more: that is read in pieces which end
 * at line ends, on several threads, each piece into a buffer of its thread, and the pieces' rows
 * are joined in file order. Any piece failing sends the file back to the one pass, which gives
 * the exact first error.
 */
public final class PriceFileReader {

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
        "expected rows whose ticker is " + ticker + "; it has " + PriceMessages.tickers(f)));
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
        PriceFile f = PanelPieces.read(channel, size, displayName, format, todayEpochDay, threads,
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
      ByteBuffer all = ByteBuffer.wrap(bytes, 0, (int) size);
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
    return PanelPieces.read(channel, size, displayName, format, todayEpochDay, threads, partBytes);
  }

  /** Parses the bytes of a price file. */
  public static PriceFile parse(byte[] bytes, String displayName, PriceFormat format,
      int todayEpochDay) throws InputException {
    return parse(bytes, bytes.length, displayName, format, todayEpochDay);
  }

  /** Parses the first {@code length} bytes of {@code bytes}; again day first when they say so. */
  private static PriceFile parse(byte[] bytes, int length, String displayName, PriceFormat format,
      int todayEpochDay) throws InputException {
    try {
      return onePass(new RowScanner(bytes, length, displayName, format, todayEpochDay, null));
    } catch (RowScanner.RetryDayFirst retry) {
      return onePass(new RowScanner(bytes, length, displayName, format, todayEpochDay,
          DateKind.DAY_MONTH_YEAR));
    }
  }

  /** The header, the decimal mark, every row, then the series. */
  private static PriceFile onePass(RowScanner rows) throws InputException {
    PriceHeader h = rows.header();
    rows.settleDecimalMark(h);
    rows.sc.reset(h.dataMark());
    RowScanner.Rows read = rows.scan(h);
    if (!read.any()) {
      throw new InputException(rows.file, rows.sc.rowLine + 1, 0,
          "the file has a header but no price rows",
          "expected one row per trading day after the header");
    }
    byte[] b = rows.bytes();
    return new SeriesBuilder(rows.file, rows.today,
        (start, rowLength) -> Arrays.copyOfRange(b, (int) start, (int) start + rowLength))
        .file(h, read);
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
      return new RowScanner(head, head.length, file.toString(), format, Integer.MAX_VALUE, null)
          .header().manyTickers();
    } catch (InputException | RuntimeException e) {
      return false;
    }
  }

  /** The text without a leading UTF-8 byte order mark. */
  static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  /** Reads from {@code at} until the buffer is full or the file ends. */
  static void readFully(FileChannel channel, ByteBuffer into, long at) throws IOException {
    long p = at;
    while (into.hasRemaining()) {
      int r = channel.read(into, p);
      if (r < 0) {
        break;
      }
      p += r;
    }
  }
}
