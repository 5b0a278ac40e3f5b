package org.stockreaction.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stockreaction.model.ModelFit;
import org.stockreaction.model.ReturnType;
import org.stockreaction.stats.EventAbnormalReturns;
import org.stockreaction.stats.EventStatistics;

/**
 * {@link EventStatistics#compute} for one market-model event: the 240 estimation residuals, the
 * 11 days' ARs, variances, t and p-values, and four windows' CAR, t, p and BHAR. The fit is done
 * once in the setup; {@code fitAndCompute} adds it, which is the per-event work of a study.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class EventStatisticsBenchmark {

  private SyntheticEvents.Inputs inputs;
  private ModelFit fit;

  @Setup
  public void setUp() {
    SyntheticEvents events = new SyntheticEvents(11);
    inputs = events.inputs(1, events.pickDay0());
    fit = SyntheticEvents.fit(inputs, 1);
  }

  @Benchmark
  public EventAbnormalReturns compute() {
    return EventStatistics.compute(fit, inputs.estimation(), inputs.window(),
        SyntheticEvents.WINDOWS, ReturnType.SIMPLE);
  }

  @Benchmark
  public EventAbnormalReturns fitAndCompute() {
    return SyntheticEvents.compute(inputs, 1);
  }
}
