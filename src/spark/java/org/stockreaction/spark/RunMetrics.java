package org.stockreaction.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * What the run's tasks did, summed from Spark's task metrics: bytes written to and read from the
 * shuffle, and the largest execution memory one task used (Spark's peak for sorts and
 * aggregations; the series and events a task holds are on the heap besides).
 */
final class RunMetrics extends SparkListener {

  final AtomicLong tasks = new AtomicLong();
  final AtomicLong shuffleWritten = new AtomicLong();
  final AtomicLong shuffleRead = new AtomicLong();
  final AtomicLong peakTaskMemory = new AtomicLong();

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    TaskMetrics m = end.taskMetrics();
    if (m == null) {
      return;
    }
    tasks.incrementAndGet();
    shuffleWritten.addAndGet(m.shuffleWriteMetrics().bytesWritten());
    shuffleRead.addAndGet(m.shuffleReadMetrics().totalBytesRead());
    peakTaskMemory.accumulateAndGet(m.peakExecutionMemory(), Math::max);
  }

  String describe() {
    return tasks.get() + " tasks, shuffle " + shuffleWritten.get() + " bytes written and "
        + shuffleRead.get() + " read, peak execution memory of a task " + peakTaskMemory.get()
        + " bytes";
  }
}
