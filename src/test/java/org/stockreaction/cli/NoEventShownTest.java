package org.stockreaction.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.TestData;

/**
 * With {@code report-events = 0} the reports keep the group overview and the groups, and say in
 * one sentence where the events are, instead of empty per-event tables.
 */
class NoEventShownTest {

  @TempDir Path tmp;

  @Test
  void theReportsSayWhereTheEventsAreInsteadOfEmptyTables() throws Exception {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--input", TestData.input().toString(), "--output",
        tmp.resolve("out").toString(), "-q", "--report-events", "0"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    Path run = tmp.resolve("out/latest");
    String md = Files.readString(run.resolve("report.md"));
    String html = Files.readString(run.resolve("report.html"));
    String sentence = "No event is shown one by one (report-events = 0). Every event is in"
        + " summary.csv, car.csv and abnormal_returns.csv.";
    assertTrue(md.contains("## Events\n\n" + sentence), md);
    assertTrue(html.contains(sentence), html);
    assertTrue(md.contains("## Groups at a glance"), md);
    assertTrue(md.contains("no event one by one (report-events = 0)"), md);
    for (String gone : new String[] {"## The answer", "## Reported move", "| Ticker | Window |",
        "## Model estimates", "The first 0", "against Fama-French"}) {
      assertFalse(md.contains(gone), gone);
    }
    assertFalse(html.contains("<h2>The answer"), "no empty headline table");
    assertEquals(6, Files.readAllLines(run.resolve("summary.csv")).size(), "every event's row");
    assertTrue(md.contains("The compare model (ff3) runs only for the events shown, so for none"
        + " here"), md);
  }

  /** With comparison.csv asked for, the sentence says the compare model's results are there. */
  @Test
  void theComparisonIsNamedWhenItsCsvIsWritten() throws Exception {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--input", TestData.input().toString(), "--output",
        tmp.resolve("out").toString(), "-q", "--report-events", "0", "--comparison-csv", "true"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    Path run = tmp.resolve("out/latest");
    assertTrue(Files.exists(run.resolve("comparison.csv")));
    assertTrue(Files.readString(run.resolve("report.md"))
        .contains("Every event under ff3 (compare-model) is in comparison.csv."));
  }
}
