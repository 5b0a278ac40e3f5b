package org.stockreaction.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a large panel (a price file with a ticker column) in pieces that end at line ends, on
 * several threads, each piece into a buffer of its thread, so the file is never held whole; the
 * pieces' rows are joined in file order with their line numbers shifted, and give the same series
 * as one pass. Whenever the file cannot be read this way (no ticker column, a piece failing, a row
 * longer than a piece) it answers null and the caller reads the file in one pass, which gives the
 * exact first error. Each piece's rows are read by {@link RowScanner}; the series are built by
 * {@link SeriesBuilder}; when to read in pieces is {@link PriceFileReader}'s choice.
 */
final class PanelPieces {

  private PanelPieces() {}

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
      ByteBuffer into = ByteBuffer.wrap(buffer, 0, n);
      PriceFileReader.readFully(channel, into, pos);
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

  /** A panel of {@code size} bytes read in pieces from its channel, or null when it is not read that way. */
  static PriceFile read(FileChannel channel, long size, String displayName, PriceFormat format,
      int todayEpochDay, int threads, int partBytes) throws IOException, InputException {
    ByteBuffer head = ByteBuffer.allocate(partBytes);
    PriceFileReader.readFully(channel, head, 0);
    int end = head.position();
    byte[] h = head.array();
    while (end > 0 && h[end - 1] != '\n') {
      end--;
    }
    if (end == 0) {
      return null;
    }
    RowScanner start = new RowScanner(h, end, displayName, format, todayEpochDay, null);
    PriceHeader header;
    try {
      // the start may end inside a quoted field: any error here is left to the one pass
      header = start.header();
      if (header.tickerColumn() < 0) {
        return null;
      }
      start.settleDecimalMark(header);
    } catch (InputException | RuntimeException e) {
      return null;
    }
    if (!start.settleDateKind(header)) {
      return null;
    }
    RowScanner.Rows read = rows(start, header, threads, partBytes,
        new FilePieces(channel, header.dataMark() & 0xFFFFFFFFL, size));
    if (read == null || !read.any()) {
      return null;
    }
    SeriesBuilder.RowBytes rowBytes = (at, length) -> {
      ByteBuffer row = ByteBuffer.allocate(length);
      try {
        PriceFileReader.readFully(channel, row, at);
      } catch (IOException e) {
        throw new InputException(displayName, "cannot read the file: " + e.getMessage(),
            "check that it exists and is readable");
      }
      return row.array();
    };
    return new SeriesBuilder(displayName, todayEpochDay, rowBytes).file(header, read);
  }

  /**
   * The rows of a panel read in pieces on {@code threads} threads: each piece ends at a line end,
   * is scanned with lines counted from 1, and the pieces' rows are joined in file order with
   * their lines shifted. Null when any piece fails: a piece that starts inside a quoted field
   * leaves the piece before it with an unclosed quote, so every piece succeeding means the cuts
   * fell between rows; on failure, one pass over the whole file gives the exact first error.
   */
  private static RowScanner.Rows rows(RowScanner head, PriceHeader h, int threads, int partBytes,
      FilePieces source) {
    List<RowScanner.Rows> read = new ArrayList<>();
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
          RowScanner.Rows r = new RowScanner(head, piece.bytes(), piece.length(), piece.base())
              .scan(h);
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
    Map<String, SeriesSink> sinks = new LinkedHashMap<>();
    boolean any = false;
    int line = (int) (h.dataMark() >>> 32);
    for (RowScanner.Rows r : read) {
      for (SeriesSink s : r.sinks().values()) {
        s.shiftLines(line - 1);
        SeriesSink earlier = sinks.putIfAbsent(s.ticker, s);
        if (earlier != null) {
          earlier.append(s);
        }
      }
      any |= r.any();
      line += r.endLine() - 1;
    }
    return new RowScanner.Rows(sinks, any, line);
  }
}
