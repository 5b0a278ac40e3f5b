package org.stockreaction.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.stats.EventAbnormalReturns;

/**
 * The Hong Kong events of the shipped study against an independent computation: the raw files
 * (9988.HK, 9888.HK as yfinance history(), HSI as pandas' three-row header) parsed here line by
 * line, day 0 found from the event time in Asia/Hong_Kong against the 16:00 close, and the market
 * model fitted by Commons Math's {@link SimpleRegression} over [-250,-11] of HSI's calendar.
 * The day-0 AR, its t (from {@code s^2(1 + 1/M + (x0 - mean x)^2 / Sxx)}) and p, to 1e-9.
 */
class HongKongDayZeroTest {

  static final double TOL = 1e-9;
  static final String EVENT_TIME = "2025-02-11T20:00+08:00";

  static StudyResult study;

  @BeforeAll
  static void runShippedStudy() throws Exception {
    StudyConfig cfg = ConfigLoader.load(Path.of("input/study.properties"), "study.properties",
        Map.of());
    study = new StudyJob(cfg, Path.of("input"), "input", JobListener.SILENT).run();
  }

  /** Date to close, from a file's raw lines: the date is the first 10 characters of column 1. */
  static TreeMap<LocalDate, Double> closes(String file, int headerLines, int closeColumn)
      throws IOException {
    TreeMap<LocalDate, Double> m = new TreeMap<>();
    List<String> lines = Files.readAllLines(Path.of("input/prices", file), StandardCharsets.UTF_8);
    for (String l : lines.subList(headerLines, lines.size())) {
      String[] f = l.split(",");
      m.put(LocalDate.parse(f[0].substring(0, 10)), Double.parseDouble(f[closeColumn]));
    }
    return m;
  }

  static EventAbnormalReturns tool(String ticker) {
    EventOutcome o = study.outcomes().stream().filter(e -> e.ticker().equals(ticker)).findFirst()
        .orElseThrow();
    assertTrue(o.ok(), o.message());
    return o.result().abnormal();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9988.HK", "9888.HK"})
  void dayZeroArMatchesSimpleRegressionOnTheRawFiles(String ticker) throws IOException {
    TreeMap<LocalDate, Double> hsi = closes("HSI.csv", 3, 1);
    TreeMap<LocalDate, Double> stock = closes(ticker + ".csv", 1, 4);
    List<LocalDate> cal = new ArrayList<>(hsi.keySet());

    // 20:00 +08:00 in Hong Kong is 20:00, after the 16:00 close: day 0 is the next HSI day
    ZonedDateTime hk = OffsetDateTime.parse(EVENT_TIME).atZoneSameInstant(ZoneId.of("Asia/Hong_Kong"));
    assertTrue(!hk.toLocalTime().isBefore(LocalTime.of(16, 0)));
    LocalDate day0 = hsi.higherKey(hk.toLocalDate());
    assertEquals(LocalDate.of(2025, 2, 12), day0);
    int zero = cal.indexOf(day0);

    SimpleRegression reg = new SimpleRegression(true);
    double sumX = 0;
    int n = 0;
    for (int i = zero - 250; i <= zero - 11; i++) {
      Double p1 = stock.get(cal.get(i));
      Double p0 = stock.get(cal.get(i - 1));
      if (p1 == null || p0 == null) {
        continue; // no return over a missing day (the default missing-days = skip)
      }
      double x = hsi.get(cal.get(i)) / hsi.get(cal.get(i - 1)) - 1;
      reg.addData(x, p1 / p0 - 1);
      sumX += x;
      n++;
    }
    double x0 = hsi.get(day0) / hsi.get(cal.get(zero - 1)) - 1;
    double y0 = stock.get(day0) / stock.get(cal.get(zero - 1)) - 1;
    double ar = y0 - (reg.getIntercept() + reg.getSlope() * x0);
    double meanX = sumX / n;
    double var = reg.getMeanSquareError() * (1 + 1.0 / n + (x0 - meanX) * (x0 - meanX)
        / reg.getXSumSquares());
    double t = ar / Math.sqrt(var);
    double p = 2 * new TDistribution(n - 2).cumulativeProbability(-Math.abs(t));

    EventAbnormalReturns a = tool(ticker);
    int i0 = a.indexOf(0);
    assertEquals(n, a.fit().observations());
    assertEquals(day0.toEpochDay(), a.days()[i0]);
    assertEquals(y0, a.actual()[i0], TOL, ticker + " day-0 return");
    assertEquals(ar, a.ar()[i0], TOL, ticker + " day-0 AR");
    assertEquals(var, a.arVariance()[i0], TOL, ticker + " Var(AR)");
    assertEquals(t, a.t()[i0], TOL, ticker + " day-0 t");
    assertEquals(p, a.p()[i0], TOL, ticker + " day-0 p");
  }

  @ParameterizedTest
  @ValueSource(strings = {"9988.HK", "9888.HK"})
  void dayZeroIsExplainedFromTheHongKongClose(String ticker) {
    EventOutcome o = study.outcomes().stream().filter(e -> e.ticker().equals(ticker)).findFirst()
        .orElseThrow();
    assertEquals(LocalDate.of(2025, 2, 12), o.result().day0());
    assertEquals(EVENT_TIME + " is 20:00 on 2025-02-11 in Hong Kong (Asia/Hong_Kong), at or after"
        + " the 16:00 close, so day 0 is the next trading day, 2025-02-12",
        o.result().dayZeroNote());
    assertEquals("hk", o.spec().group());
  }
}
