package org.stockreaction.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.StudyConfig;

/**
 * A factor model whose factor file lacks a day the event needs fails that event, with the dates in
 * the reason; a monthly file fails it with the reader's message. The inputs are the shipped files,
 * with whole rows of French's file taken out.
 */
class FactorDataFailuresTest {

  static final Path FF3 = Path.of("input/factors/F-F_Research_Data_Factors_daily.csv");

  @TempDir Path tmp;

  private Path input(String ff3Text) throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("prices"));
    Files.createDirectories(in.resolve("factors"));
    try (Stream<Path> s = Files.list(Path.of("input/prices"))) {
      for (Path p : s.toList()) {
        Files.copy(p, in.resolve("prices").resolve(p.getFileName().toString()));
      }
    }
    // the US events: French's factors are US ones
    Files.copy(org.stockreaction.TestData.usEvents(), in.resolve("events.csv"));
    Files.copy(Path.of("input/factors/F-F_Momentum_Factor_daily.csv"),
        in.resolve("factors/F-F_Momentum_Factor_daily.csv"));
    Files.writeString(in.resolve("factors/F-F_Research_Data_Factors_daily.csv"), ff3Text,
        StandardCharsets.US_ASCII);
    return in;
  }

  private static String without(String... yyyymmdd) throws IOException {
    List<String> drop = List.of(yyyymmdd);
    String text = Files.readString(FF3, StandardCharsets.US_ASCII);
    return Stream.of(text.split("\r\n", -1))
        .filter(l -> l.length() < 8 || !drop.contains(l.substring(0, 8)))
        .collect(Collectors.joining("\r\n"));
  }

  private static StudyResult run(Path in, String model) throws Exception {
    StudyConfig cfg = ConfigLoader.load(null, "none", Map.of("model", model));
    return new StudyJob(cfg, in, "in", JobListener.SILENT).run();
  }

  @Test
  void aMissingEventDayFailsTheEventWithTheDate() throws Exception {
    StudyResult r = run(input(without("20250211")), "ff3");
    assertEquals(3, r.failed());
    for (EventOutcome o : r.outcomes()) {
      assertEquals(FailureReason.FACTOR_DATA_MISSING, o.reason());
      assertTrue(o.message().startsWith("the ff3 factors have no value on 1 day(s) of the event"
          + " window: 2025-02-11; read from in/factors/F-F_Research_Data_Factors_daily.csv"),
          o.message());
    }
  }

  @Test
  void missingEstimationDaysFailTheEventWithEveryDate() throws Exception {
    StudyResult r = run(input(without("20240603", "20240604")), "carhart4");
    for (EventOutcome o : r.outcomes()) {
      assertEquals(FailureReason.FACTOR_DATA_MISSING, o.reason());
      assertTrue(o.message().contains("2 day(s) of the estimation window: 2024-06-03,"
          + " 2024-06-04"), o.message());
    }
  }

  @Test
  void theMarketModelRunsWithoutTheFactorsAndTheComparisonSaysWhyItIsMissing() throws Exception {
    Path in = input(without());
    Files.delete(in.resolve("factors/F-F_Research_Data_Factors_daily.csv"));
    StudyResult r = run(in, "market");
    assertEquals(0, r.failed());
    assertFalse(r.comparison().computed());
    assertTrue(r.comparison().skipped().contains("ff3-factors"), r.comparison().skipped());
    assertTrue(r.factorFiles().isEmpty());
  }

  @Test
  void aMonthlyFileFailsTheEventWithTheReadersMessage() throws Exception {
    String monthly = "This file was created by CMPT_ME_BEME_RETS using the 202604 CRSP"
        + " database.\r\n\r\n,Mkt-RF,SMB,HML,RF\r\n192607,    2.96,   -2.56,   -2.43,    0.22\r\n";
    StudyResult r = run(input(monthly), "ff3");
    assertEquals(3, r.failed());
    EventOutcome o = r.outcomes().get(0);
    assertEquals(FailureReason.FACTOR_FILE_UNAVAILABLE, o.reason());
    assertTrue(o.message().contains("in/factors/F-F_Research_Data_Factors_daily.csv:4:1: date"
        + " \"192607\" is a month, so this is not a daily factor file"), o.message());
    assertNull(r.comparison(), "no comparison when the run's own model is ff3");
  }
}
