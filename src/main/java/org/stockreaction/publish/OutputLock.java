package org.stockreaction.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The lock of one output folder: an operating-system lock on {@code <output>/.lock}. The system
 * drops it when the holding process ends, however it ends, so a lock file left by a killed run
 * never blocks the next one. The holder writes its process id and start time into the file so that
 * a run turned away can say who holds it.
 */
public final class OutputLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Thrown when another process (or another run in this one) holds the lock. */
  public static final class HeldException extends Exception {
    private final String holder;

    HeldException(Path file, String holder) {
      super(file + " is held by " + (holder.isEmpty() ? "another run" : holder));
      this.holder = holder;
    }

    /** What the holder wrote into the lock file, or empty. */
    public String holder() {
      return holder;
    }
  }

  /**
   * Takes the lock of {@code outputDir} (which must exist) without waiting.
   *
   * @throws HeldException when another run holds it
   * @throws IOException when the lock file cannot be opened
   */
  public static OutputLock acquire(Path outputDir) throws IOException, HeldException {
    Path file = outputDir.resolve(RunLayout.LOCK);
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    FileLock l;
    try {
      l = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      l = null;
    } catch (IOException e) {
      ch.close();
      throw e;
    }
    if (l == null) {
      String holder = read(ch);
      ch.close();
      throw new HeldException(file, holder);
    }
    ch.truncate(0);
    ByteBuffer text = StandardCharsets.UTF_8.encode(describeThisProcess());
    long at = 0;
    while (text.hasRemaining()) {
      at += ch.write(text, at);
    }
    ch.force(true);
    return new OutputLock(ch, l);
  }

  /** "pid N since T", as the lock file records this process. */
  static String describeThisProcess() {
    ProcessHandle self = ProcessHandle.current();
    Optional<Instant> start = self.info().startInstant();
    return "pid " + self.pid() + " since " + start.map(Instant::toString).orElse("unknown time")
        + " (locked " + Instant.now() + ")";
  }

  private static String read(FileChannel ch) {
    try {
      long size = Math.min(ch.size(), 4096);
      ByteBuffer buf = ByteBuffer.allocate((int) size);
      while (buf.hasRemaining() && ch.read(buf, buf.position()) > 0) {
        // keep reading
      }
      buf.flip();
      return StandardCharsets.UTF_8.decode(buf).toString().strip();
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
