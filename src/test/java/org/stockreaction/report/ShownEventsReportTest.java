package org.stockreaction.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.TestData;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.JobListener;
import org.stockreaction.job.SameFirm;
import org.stockreaction.job.StudyJob;
import org.stockreaction.job.StudyResult;
import org.stockreaction.model.ModelType;

/**
 * The reports built from only the events they show plus the counts of all events
 * ({@link StudyResult.Totals}, as an engine whose events never meet hands them over) are the
 * reports of the whole study, byte for byte, charts included. Real prices from the shipped input;
 * events chosen so that the first two events, computed events, failed events and events with
 * another event in their estimation window are different rows, with overlapping events of one
 * firm in a group.
 */
class ShownEventsReportTest {

  @TempDir
  Path dir;

  @Test
  void reportsOfTheShownEventsAndTotalsAreTheWholeStudysReports() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("prices"));
    for (String t : List.of("SPY", "BIDU", "AAPL", "BABA")) {
      Files.copy(TestData.input().resolve("prices/" + t + ".csv"),
          in.resolve("prices/" + t + ".csv"));
    }
    Files.writeString(in.resolve("events.csv"), """
        ticker,event_date,group
        NOPE,2025-01-06,a
        AAPL,2024-06-03,b
        ,2025-01-07,a
        BIDU,2025-01-06,a
        BABA,2024-09-03,b
        BIDU,2025-01-29,a
        BIDU,2025-02-11,a
        NOPE2,2025-02-11,b
        AAPL,2024-06-05,b
        BIDU,2025-02-13,a
        """);
    StudyConfig cfg = ConfigLoader.load(null, "none", Map.of("report-events", "2",
        "report-charts", "1", "benchmark", "SPY", "compare-model", "none"));
    StudyResult all = new StudyJob(cfg, in, "in", JobListener.SILENT, 1).run();

    int n = cfg.reportEvents();
    TreeSet<Integer> lines = new TreeSet<>();
    first(all.outcomes(), o -> true, n, lines);
    first(all.outcomes(), EventOutcome::ok, n, lines);
    first(all.outcomes(), o -> !o.ok(), n, lines);
    first(all.outcomes(), o -> o.ok() && o.result().otherEventDays() > 0, n, lines);
    List<EventOutcome> shown = all.outcomes().stream().filter(o -> lines.contains(o.line()))
        .toList();
    List<SameFirm.Overlap> overlaps = SameFirm.overlaps(all.outcomes(), all.hasGroups());
    Set<ModelType> models = EnumSet.noneOf(ModelType.class);
    all.outcomes().stream().filter(EventOutcome::ok).forEach(o -> models.add(o.result().model()));
    StudyResult part = new StudyResult(cfg, shown, all.inputs(), all.warnings(), all.hasGroups(),
        all.factorFiles(), all.comparison(), all.groups(), all.crossSection(),
        new StudyResult.Totals(all.outcomes().size(), all.failed(),
            SameFirm.contaminated(all.outcomes()).size(), overlaps.size(),
            overlaps.subList(0, Math.min(n, overlaps.size())), models));
    assertTrue(shown.size() < all.outcomes().size() && overlaps.size() > n
        && SameFirm.contaminated(all.outcomes()).size() > n && all.failed() > n,
        "the reports show a part of each kind of event");

    List<String> whole = ReportWriter.writeReports(all, dir.resolve("all"));
    assertEquals(whole, ReportWriter.writeReports(part, dir.resolve("part")));
    for (String f : whole) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("all").resolve(f)),
          Files.readAllBytes(dir.resolve("part").resolve(f)), f);
    }
    // and the reports alone are the files the whole writer writes
    ReportWriter.write(all, dir.resolve("cli"), 1);
    for (String f : whole) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("cli").resolve(f)),
          Files.readAllBytes(dir.resolve("all").resolve(f)), f);
    }
    String md = Files.readString(dir.resolve("part/report.md"));
    assertTrue(md.contains("(The first 2 of 10 events") && md.contains("overlapping event windows"),
        md);
  }

  /** Adds the lines of the first {@code n} outcomes that {@code p} accepts. */
  private static void first(List<EventOutcome> all, Predicate<EventOutcome> p, int n,
      Set<Integer> lines) {
    all.stream().filter(p).limit(n).forEach(o -> lines.add(o.line()));
  }
}
