/**
 * JMH micro-benchmarks of the hot kernels: price-file parsing, the OLS fit over an estimation
 * window, one event's statistics and a group's statistics (the chart files' drawing and PNG
 * encoding are in {@code org.stockreaction.report.PngEncodeBenchmark}, next to the package-private
 * encoder). Every input is synthetic and seeded.
 * Built only by the Maven profile {@code jmh} into {@code target/benchmarks.jar}; the default
 * build and the test run do not compile them.
 */
package org.stockreaction.jmh;
