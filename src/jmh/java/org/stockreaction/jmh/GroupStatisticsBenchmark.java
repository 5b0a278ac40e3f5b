package org.stockreaction.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stockreaction.stats.GroupMember;
import org.stockreaction.stats.GroupResult;
import org.stockreaction.stats.GroupStatistics;

/**
 * {@link GroupStatistics#compute} for one group of {@code events} market-model events on random
 * dates of a 2,520-day calendar, four windows and the per-day results: every group test, the
 * Corrado rank test, the generalised sign and Wilcoxon tests and the Kolari-Pynnönen residual
 * correlation. Time per group; 10,000 events against 1,000 shows whether it scales linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class GroupStatisticsBenchmark {

  @Param({"1000", "10000"})
  public int events;

  private List<GroupMember> members;

  @Setup
  public void setUp() {
    members = new SyntheticEvents(13).group(events);
  }

  @Benchmark
  public GroupResult compute() {
    return GroupStatistics.compute("benchmark", members, List.of(), SyntheticEvents.WINDOWS);
  }
}
