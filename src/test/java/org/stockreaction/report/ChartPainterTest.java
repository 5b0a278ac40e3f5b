package org.stockreaction.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartPainterTest {

  @Test
  void roundsTheAxisToOneTwoOrFiveSteps() {
    // span 10.3 over 5 ticks is 2.06 a tick, so the step is 2: from -4 to 8.
    ChartPainter.Scale s = ChartPainter.Scale.of(-3.2, 7.1, 5, false);
    assertEquals(2, s.step(), 0);
    assertEquals(-4, s.lo(), 0);
    assertEquals(8, s.hi(), 0);
    assertEquals(List.of("-4", "-2", "0", "2", "4", "6", "8"),
        s.ticks().stream().map(Chart.Tick::label).toList());
    // 0.0137 over 5 is 0.00274: step 0.0025, written with four decimals.
    ChartPainter.Scale f = ChartPainter.Scale.of(0, 0.0137, 5, false);
    assertEquals(0.0025, f.step(), 1e-15);
    assertEquals("0.0150", f.ticks().get(f.ticks().size() - 1).label());
  }

  /** Two-sided 95% Student t critical values, NIST/SEMATECH e-Handbook table 1.4.2.3. */
  @Test
  void tCriticalMatchesThePublishedTable() {
    assertEquals(2.228, EventCharts.tCritical(10), 5e-4);
    assertEquals(2.042, EventCharts.tCritical(30), 5e-4);
    assertEquals(1.980, EventCharts.tCritical(120), 5e-4);
  }

  @Test
  void indexesToTheFirstAvailablePrice() {
    double[] out = EventCharts.indexed(new double[] {Double.NaN, 50, Double.NaN, 55, 45});
    assertArrayEquals(new double[] {Double.NaN, 100, Double.NaN, 110, 90}, out, 1e-12);
  }

  @Test
  void putsMonthTicksOnTheFirstTradingDayOfEachMonth() {
    int[] days = {
        (int) LocalDate.of(2024, 1, 30).toEpochDay(), (int) LocalDate.of(2024, 1, 31).toEpochDay(),
        (int) LocalDate.of(2024, 2, 1).toEpochDay(), (int) LocalDate.of(2024, 2, 29).toEpochDay(),
        (int) LocalDate.of(2024, 3, 4).toEpochDay()};
    assertEquals(List.of(new Chart.Tick(2, "2024-02"), new Chart.Tick(4, "2024-03")),
        EventCharts.monthTicks(days));
  }

  @Test
  void refusesChartNamesThatLeaveTheChartsFolder() {
    Path dir = Path.of("out", "charts");
    assertEquals(dir.toAbsolutePath().normalize().resolve("BABA.png"),
        ChartFiles.inside(dir, "BABA.png"));
    for (String bad : new String[] {"../x.png", "../../etc/passwd", "a/b.png", "C:\\x.png"}) {
      assertThrows(IllegalArgumentException.class, () -> ChartFiles.inside(dir, bad), bad);
    }
  }

  @Test
  void escapesMarkupAndCharactersXmlForbids() {
    assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;\uFFFD\uFFFD😀",
        HtmlReport.escape("<a href=\"x\">&'\u0001\uD800😀"));
  }
}
