package org.stockreaction.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkersTest {

  @Test
  void runsEveryIndexExactlyOnceWhateverTheThreads() throws Exception {
    for (int threads : new int[] {1, 2, 7}) {
      for (int n : new int[] {0, 1, 5, 1000}) {
        AtomicIntegerArray runs = new AtomicIntegerArray(n);
        try (Workers w = new Workers(threads)) {
          w.forEach(n, runs::incrementAndGet);
        }
        for (int i = 0; i < n; i++) {
          assertEquals(1, runs.get(i), "index " + i + " of " + n + " on " + threads + " threads");
        }
      }
    }
  }

  @Test
  void aFailingTaskFailsTheCallAfterTheOthersRan() throws Exception {
    AtomicIntegerArray runs = new AtomicIntegerArray(100);
    try (Workers w = new Workers(2)) {
      ExecutionException e = assertThrows(ExecutionException.class, () -> w.forEach(100, i -> {
        runs.incrementAndGet(i);
        if (i == 10) {
          throw new IllegalArgumentException("task 10");
        }
      }));
      assertEquals("task 10", e.getCause().getMessage());
    }
    int ran = 0;
    for (int i = 0; i < 100; i++) {
      ran += runs.get(i);
    }
    // the thread that failed stops; the other goes on to the end
    assertEquals(true, ran > 11 && ran <= 100, "ran " + ran);
  }
}
