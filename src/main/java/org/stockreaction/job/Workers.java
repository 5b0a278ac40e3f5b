package org.stockreaction.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A fixed set of threads that share out independent tasks {@code 0..n-1}: each thread takes the
 * next index until none is left, so a slow task never leaves a thread idle while work remains,
 * and a waiting thread blocks instead of spinning. Results go into slots by index, so they do not
 * depend on the number of threads or on which thread ran what.
 *
 * <p>Used in place of parallel streams, whose fork-join joins were measured spinning on one core
 * while the other did the work (JFR: {@code ForkJoinPool$WorkQueue.helpComplete} as the top
 * frame).
 */
public final class Workers implements AutoCloseable {

  private final int threads;
  private final ExecutorService pool;

  public Workers(int threads) {
    this.threads = threads;
    AtomicInteger count = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "worker-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Runs {@code task} for every index below {@code n} and returns when all are done; the first
   * failure is rethrown after the others have finished.
   */
  public void forEach(int n, IntConsumer task) throws InterruptedException, ExecutionException {
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> running = new ArrayList<>();
    for (int k = 0; k < Math.min(threads, n); k++) {
      running.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          task.accept(i);
        }
      }));
    }
    ExecutionException failure = null;
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (ExecutionException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** A task over an index that may fail with an I/O error. */
  public interface IoTask {
    void run(int index) throws IOException;
  }

  /**
   * As {@link #forEach}, for tasks that read or write files: the first failure is rethrown as the
   * {@code IOException} or unchecked exception it was.
   */
  public void forEachIo(int n, IoTask task) throws IOException {
    try {
      forEach(n, i -> {
        try {
          task.run(i);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IOException(c);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
