package org.stockreaction.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import org.stockreaction.report.FileDigest;

/**
 * SHA-256 digests of files, started early on one background thread and collected by the
 * manifest: the input files are hashed while the events compute, and the report files in batches
 * while the others are written (below), instead of all after them. On a 2-core machine with the
 * C1 compiler only (the launcher's default), hashing rows-heavy's 85 MB of price files took about
 * 0.4 s of the manifest stage; JDK 17's SHA-256 instructions are used by C2 only.
 *
 * <p>A batch of files large enough is hashed by the system's openssl when there is one ({@link
 * OpenSslDigests} says why), in one process on the same background thread.
 *
 * <p>Files written a few at a time (the reports, each chart) are gathered by {@link #later} and
 * started together once they add up to {@value #BATCH_BYTES} bytes, or when one of them is asked
 * for: one openssl process for many small files instead of Java's digest for each (rows-heavy's 22
 * charts and small tables were about 0.07 s of CPU in Java's digest while the charts were drawn).
 *
 * <p>A file whose digest was not started here is hashed by the manifest itself; a digest that
 * failed is computed again there, so an error is reported where it always was.
 */
public final class Digests implements AutoCloseable {

  /** Bytes of files gathered by {@link #later} before they are started together. */
  static final long BATCH_BYTES = 4L << 20;

  private final Map<Path, FutureTask<String>> started = new ConcurrentHashMap<>();
  /** Files given to {@link #later} and not yet started, and their bytes; guarded by this. */
  private final Set<Path> pending = new LinkedHashSet<>();
  private long pendingBytes;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "digests");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  });

  /**
   * Queues each file not yet queued for hashing on the background thread, in the order given. The
   * files are first offered together to {@link OpenSslDigests} (on the background thread too); a
   * file it does not give a digest for is hashed with Java.
   */
  public void start(List<Path> files) {
    Set<Path> unique = new LinkedHashSet<>();
    for (Path f : files) {
      Path p = f.toAbsolutePath().normalize();
      if (!started.containsKey(p)) {
        unique.add(p);
      }
    }
    List<Path> fresh = List.copyOf(unique);
    if (fresh.isEmpty()) {
      return;
    }
    FutureTask<String[]> together = new FutureTask<>(() -> OpenSslDigests.sha256(fresh));
    thread.execute(together);
    for (int i = 0; i < fresh.size(); i++) {
      Path p = fresh.get(i);
      int at = i;
      FutureTask<String> task = new FutureTask<>(() -> {
        together.run(); // does nothing when it has started or finished
        String[] all = together.get();
        return all != null && all[at] != null ? all[at] : FileDigest.sha256(p);
      });
      if (started.putIfAbsent(p, task) == null) {
        thread.execute(task);
      }
    }
  }

  /**
   * Gathers files to hash, such as each report as it is written, and starts them together with
   * the ones gathered before once they add up to {@value #BATCH_BYTES} bytes; {@link #sha256} of
   * any of them starts all that are gathered. Safe to call from several threads.
   */
  public synchronized void later(List<Path> files) {
    for (Path f : files) {
      Path p = f.toAbsolutePath().normalize();
      if (!started.containsKey(p) && pending.add(p)) {
        try {
          pendingBytes += Files.size(p);
        } catch (IOException e) {
          // counted as empty; its digest reports the error
        }
      }
    }
    if (pendingBytes >= BATCH_BYTES) {
      startPending();
    }
  }

  /**
   * Starts the gathered files; under this lock, so that a thread asking for one of them finds it
   * either gathered or started.
   */
  private void startPending() {
    List<Path> batch = List.copyOf(pending);
    pending.clear();
    pendingBytes = 0;
    start(batch);
  }

  /**
   * The digest of {@code file}: computed on the calling thread when the background thread has
   * not reached it yet (so the manifest's threads share the rest), else the background thread's,
   * waited for. Asking for a file {@link #later} gathered starts every file gathered, together.
   */
  public String sha256(Path file) throws IOException {
    Path p = file.toAbsolutePath().normalize();
    synchronized (this) {
      if (pending.contains(p)) {
        startPending();
      }
    }
    FutureTask<String> f = started.get(p);
    if (f != null) {
      f.run(); // does nothing when the background thread has started or finished it
      try {
        return f.get();
      } catch (ExecutionException e) {
        // computed again below, so that its error is reported as the manifest always did
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while hashing " + file, e);
      }
    }
    return FileDigest.sha256(file);
  }

  /** Whether the digest of {@code file} was started and is done (for tests). */
  boolean finished(Path file) {
    FutureTask<String> f = started.get(file.toAbsolutePath().normalize());
    return f != null && f.isDone();
  }

  /** Stops the background thread; digests not yet done are dropped. */
  @Override
  public void close() {
    thread.shutdownNow();
  }
}
