package org.stockreaction.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The lock of one output folder: an operating-system lock on {@code <output>/.lock}. The system
 * drops it when the holding process ends, however it ends, so a lock file left by a killed run
 * never blocks the next one. The holder writes its process id and start time into the file so that
 * a run turned away can say who holds it. The file is opened without following links.
 *
 * <p>On Linux and macOS the JVM takes a POSIX record lock ({@code fcntl}); {@code flock(1)} and
 * {@code flock(2)} take a different kind of lock that does not see it. A wrapper script that wants
 * to wait for a run should take its own flock on another file, or retry on exit code 5.
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
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(file + " is not a plain file (a link, folder or special file); the"
          + " lock is never followed through a link: remove it and run again");
    }
    FileChannel ch;
    try {
      // never through a link: a link planted as the lock would have this run write where it points
      ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.FileSystemException e) {
      if (Files.isSymbolicLink(file)) {
        throw new IOException(file + " is a link; the lock is never followed through a link:"
            + " remove it and run again", e);
      }
      throw e;
    }
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

  /** Releases the lock; a second call (the main thread after a shutdown) does nothing. */
  @Override
  public synchronized void close() throws IOException {
    if (!channel.isOpen()) {
      return;
    }
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
