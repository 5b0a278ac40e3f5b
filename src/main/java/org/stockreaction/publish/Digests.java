package org.stockreaction.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.stockreaction.report.FileDigest;

/**
 * SHA-256 digests of files, started early on one background thread and collected by the
 * manifest: the input files are hashed while the events compute and the reports are written, in
 * the moments the study leaves a core idle, instead of after them. On a 2-core machine with the
 * C1 compiler only (the launcher's default), hashing rows-heavy's 85 MB of price files took about
 * 0.4 s of the manifest stage; JDK 17's SHA-256 instructions are used by C2 only.
 *
 * <p>A file whose digest was not started here is hashed by the manifest itself; a digest that
 * failed is computed again there, so an error is reported where it always was.
 */
public final class Digests implements AutoCloseable {

  private final Map<Path, CompletableFuture<String>> started = new ConcurrentHashMap<>();
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "digests");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  });

  /** Starts hashing each file not yet started, in the order given. */
  public void start(List<Path> files) {
    for (Path f : files) {
      started.computeIfAbsent(f.toAbsolutePath().normalize(), p -> CompletableFuture.supplyAsync(
          () -> {
            try {
              return FileDigest.sha256(p);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }, thread));
    }
  }

  /**
   * The digest of {@code file}: the one started earlier, waited for, else computed now on the
   * calling thread.
   */
  String sha256(Path file) throws IOException {
    CompletableFuture<String> f = started.get(file.toAbsolutePath().normalize());
    if (f != null) {
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

  /** Stops the background thread; digests not yet done are dropped. */
  @Override
  public void close() {
    thread.shutdownNow();
  }
}
