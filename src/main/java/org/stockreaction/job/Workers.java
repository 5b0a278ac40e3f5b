package org.stockreaction.job;

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
final class Workers implements AutoCloseable {

  private final int threads;
  private final ExecutorService pool;

  Workers(int threads) {
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
  void forEach(int n, IntConsumer task) throws InterruptedException, ExecutionException {
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

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
