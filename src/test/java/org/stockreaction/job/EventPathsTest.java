package org.stockreaction.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stockreaction.calendar.Window;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.stats.EventAbnormalReturns;
import org.stockreaction.stats.WindowStatistics;

/** The CAR path and price path the charts draw, on the shipped BABA event. */
class EventPathsTest {

  static EventResult baba;

  @BeforeAll
  static void run() throws Exception {
    StudyConfig cfg = ConfigLoader.load(Path.of("input", "study.properties"),
        "input/study.properties", Map.of());
    StudyResult study = new StudyJob(cfg, Path.of("input"), "input", JobListener.SILENT).run();
    baba = study.outcomes().stream().filter(o -> o.ticker().equals("BABA")).findFirst()
        .orElseThrow().result();
  }

  /** The close of {@code ticker} on {@code date}, read straight from the price file. */
  static double close(String ticker, LocalDate date) throws Exception {
    List<String> lines = Files.readAllLines(Path.of("input", "prices", ticker + ".csv"));
    List<String> header = List.of(lines.get(0).split(","));
    int c = header.indexOf("Close");
    for (String l : lines) {
      if (l.startsWith(date + ",")) {
        return Double.parseDouble(l.split(",")[c]);
      }
    }
    throw new AssertionError("no row for " + date);
  }

  @Test
  void carPathIsTheRunningSumOfTheArs() {
    EventAbnormalReturns a = baba.abnormal();
    List<WindowStatistics> path = baba.carPath();
    assertEquals(11, path.size());
    double sum = 0;
    for (int i = 0; i < path.size(); i++) {
      sum += a.ar()[i];
      assertEquals(new Window(-5, -5 + i), path.get(i).window());
      assertEquals(sum, path.get(i).car(), 1e-15);
    }
    // A one-day CAR has the day's AR variance, s^2 (1 + q_tt).
    assertEquals(a.arVariance()[0], path.get(0).carVariance(), 1e-18);
    WindowStatistics wide = a.windows().stream()
        .filter(w -> w.window().equals(new Window(-5, 5))).findFirst().orElseThrow();
    assertEquals(wide.car(), path.get(10).car(), 1e-15);
    assertEquals(wide.carVariance(), path.get(10).carVariance(), 1e-18);
    assertEquals(wide.bhar(), path.get(10).bhar(), 1e-15);
    assertEquals(wide.t(), path.get(10).t(), 1e-12);
    // The path is drawn, not tested: no p-value is computed for it.
    assertTrue(path.stream().allMatch(w -> Double.isNaN(w.p())));
  }

  @Test
  void pricePathRunsFromTheCloseBeforeTheEstimationWindowToTheEventWindowEnd() throws Exception {
    PricePath p = baba.prices();
    assertEquals(-251, p.firstRelDay());
    assertEquals(251 + 5 + 1, p.length());
    assertEquals(baba.estimationFirst(), LocalDate.ofEpochDay(p.days()[1]));
    int zero = -p.firstRelDay();
    assertEquals(baba.day0(), LocalDate.ofEpochDay(p.days()[zero]));
    assertEquals(close("BABA", baba.day0()), p.stock()[zero], 1e-9);
    assertEquals(close("SPY", baba.day0()), p.benchmark()[zero], 1e-9);
    LocalDate base = LocalDate.ofEpochDay(p.days()[0]);
    assertEquals(close("BABA", base), p.stock()[0], 1e-9);
  }
}
