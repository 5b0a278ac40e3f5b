package org.stockreaction.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

class SparkSmokeTest {

  @Test
  void localSparkSumsOnTwoThreads() {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.get().sparkContext());
    List<Long> numbers = java.util.stream.LongStream.rangeClosed(1, 1000).boxed().toList();
    // 1 + 2 + ... + 1000 = 1000 * 1001 / 2
    assertEquals(500500L, jsc.parallelize(numbers, 2).reduce(Long::sum));
    assertEquals(2, jsc.parallelize(numbers, 2).getNumPartitions());
    assertEquals("local[2]", jsc.master());
  }
}
