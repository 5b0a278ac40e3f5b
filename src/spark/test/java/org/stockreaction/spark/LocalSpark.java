package org.stockreaction.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local[2] Spark session for every Spark test in the JVM (starting one takes seconds): no UI,
 * few shuffle partitions, bound to the loopback address.
 */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("stock-reaction-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "2")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.session.timeZone", "UTC")
          .getOrCreate();
    }
    return session;
  }
}
