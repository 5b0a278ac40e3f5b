package org.stockreaction.jmh;

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
import org.stockreaction.model.ModelEstimator;
import org.stockreaction.model.ModelFit;

/**
 * {@link ModelEstimator#fit} over one estimation window of 240 observations: the market model
 * ({@code regressors = 1}) and Fama-French 3 ({@code regressors = 3}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ModelFitBenchmark {

  @Param({"1", "3"})
  public int regressors;

  private SyntheticEvents.Inputs inputs;

  @Setup
  public void setUp() {
    SyntheticEvents events = new SyntheticEvents(7);
    inputs = events.inputs(regressors, events.pickDay0());
  }

  @Benchmark
  public ModelFit fit() throws ModelEstimator.SingularException {
    return ModelEstimator.fit(SyntheticEvents.model(regressors), inputs.estimation().y(),
        inputs.estimation().x());
  }
}
