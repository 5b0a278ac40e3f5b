package org.stockreaction.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.model.ModelFit;
import org.stockreaction.stats.EventAbnormalReturns;
import org.stockreaction.stats.WindowStatistics;

/**
 * A computed event with a statistic that is not a finite number is found, and says which; a
 * blank for a day or window without data is not. Starts from the shipped BABA event and puts one
 * value out of range at a time.
 */
class FiniteCheckTest {

  static EventResult baba;

  @BeforeAll
  static void run() throws Exception {
    StudyConfig cfg = ConfigLoader.load(Path.of("input", "study.properties"),
        "input/study.properties", Map.of());
    baba = new StudyJob(cfg, Path.of("input"), "input", JobListener.SILENT).run().outcomes()
        .stream().filter(o -> o.ticker().equals("BABA")).findFirst().orElseThrow().result();
  }

  private static EventResult with(EventAbnormalReturns a) {
    EventResult r = baba;
    return new EventResult(r.spec(), r.benchmark(), r.model(), r.day0(), r.dayZeroNote(),
        r.estimationFirst(), r.estimationLast(), r.estimationMissing(), a, r.benchmarkReturns(),
        r.check(), r.carPath(), r.prices(), r.otherEventDays(), r.estimationLeftOut());
  }

  private static EventAbnormalReturns with(ModelFit fit, double[] ar, List<WindowStatistics> w) {
    EventAbnormalReturns a = baba.abnormal();
    return new EventAbnormalReturns(fit, a.estimationDays(), a.estimationResiduals(),
        a.firstRelDay(), a.days(), a.actual(), a.expected(), ar, a.arVariance(), a.t(), a.p(), w,
        a.estimationRelDays());
  }

  /** The windows with the first one's BHAR replaced. */
  private static List<WindowStatistics> firstBhar(double bhar, int days) {
    List<WindowStatistics> out = new ArrayList<>(baba.abnormal().windows());
    WindowStatistics w = out.get(0);
    out.set(0, new WindowStatistics(w.window(), days, w.window().length() - days, days > 0
        ? w.car() : Double.NaN, w.carVariance(), w.t(), w.p(), bhar));
    return out;
  }

  @Test
  void theShippedEventIsFinite() {
    assertEquals(Optional.empty(), FiniteCheck.problem(baba));
  }

  @Test
  void findsAnInfiniteBhar() {
    EventAbnormalReturns a = baba.abnormal();
    String w = a.windows().get(0).window().label();
    assertEquals(Optional.of("the BHAR over " + w + " is not a finite number (+infinity); check"
            + " the prices for extreme values or swings, which the price file warnings list"),
        FiniteCheck.problem(with(with(a.fit(), a.ar(),
            firstBhar(Double.POSITIVE_INFINITY, a.windows().get(0).days())))));
  }

  @Test
  void findsAMissingArOnADayWithAReturn() {
    EventAbnormalReturns a = baba.abnormal();
    double[] ar = a.ar().clone();
    int day0 = a.indexOf(0);
    ar[day0] = Double.NaN;
    assertEquals("the abnormal return on day 0 is not a finite number (NaN)",
        FiniteCheck.problem(with(with(a.fit(), ar, a.windows()))).orElseThrow().split(";")[0]);
  }

  @Test
  void findsAResidualVarianceThatIsNotFinite() {
    EventAbnormalReturns a = baba.abnormal();
    ModelFit f = a.fit();
    ModelFit bad = new ModelFit(f.type(), f.coefficients(), f.standardErrors(), Double.NaN,
        f.observations(), f.degreesOfFreedom(), f.rSquared(), f.regressorMeans(),
        f.centeredInverse());
    assertEquals("the residual variance of the " + f.type().key() + " model is not a finite"
            + " number (NaN)",
        FiniteCheck.problem(with(with(bad, a.ar(), a.windows()))).orElseThrow().split(";")[0]);
  }

  @Test
  void aWindowWithoutDataIsMissingNotAFailure() {
    EventAbnormalReturns a = baba.abnormal();
    assertEquals(Optional.empty(),
        FiniteCheck.problem(with(with(a.fit(), a.ar(), firstBhar(Double.NaN, 0)))));
  }
}
