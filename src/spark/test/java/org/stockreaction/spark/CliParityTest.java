package org.stockreaction.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark study writes the CLI's tables and reports byte for byte. */
class CliParityTest {

  @TempDir
  Path tmp;

  @Test
  void shippedStudyGivesTheCliTablesAndReports() throws Exception {
    Path input = Path.of("input");
    Studies.Run cli = Studies.cli(input, tmp.resolve("cli"));
    assertEquals(0, cli.code(), cli.log());
    Studies.Run spark = Studies.spark("input", tmp.resolve("spark").toString());
    assertEquals(0, spark.code(), spark.log());
    Path out = tmp.resolve("spark");
    Studies.assertSameTables(tmp.resolve("cli/latest"), out);
    Studies.assertSameReports(tmp.resolve("cli/latest"), out);
    assertTrue(Files.exists(out.resolve("_SUCCESS")));
    assertTrue(Files.exists(out.resolve("manifest.json")));
    assertTrue(Files.isDirectory(out.resolve("parquet/summary")));
  }

  /**
   * Groups, a panel, every failure and one firm's overlapping events, with the reports capped at
   * 6 events and 2 charts, so the events they show are a part of all: the reports, built on the
   * driver from that part, are the CLI's all the same.
   */
  @Test
  void syntheticStudyWithGroupsPanelAndFailuresGivesTheCliTablesAndReports() throws Exception {
    Path input = tmp.resolve("in");
    Studies.write(input, true);
    String[] cap = {"--report-events", "6", "--report-charts", "2"};
    Studies.Run cli = Studies.cli(input, tmp.resolve("cli"), cap);
    assertEquals(4, cli.code(), cli.log());
    Studies.Run spark = Studies.spark(input.toString(), tmp.resolve("spark").toString(), cap);
    assertEquals(4, spark.code(), spark.log());
    Studies.assertSameTables(tmp.resolve("cli/latest"), tmp.resolve("spark"));
    Studies.assertSameReports(tmp.resolve("cli/latest"), tmp.resolve("spark"));
    String report = Files.readString(tmp.resolve("spark/report.md"));
    assertTrue(report.contains("(The first 6 of "), "the reports show a part of the events");
    assertTrue(report.contains("overlapping event windows"), "the same-firm notes are shown");
    // the failures the synthetic inputs were built to cause, each with its own reason
    Set<String> reasons = new TreeSet<>();
    for (String line : Files.readAllLines(tmp.resolve("spark/summary.csv"))) {
      Matcher m = Pattern.compile(",failed,\"?([a-z0-9_]+):").matcher(line);
      if (m.find()) {
        reasons.add(m.group(1));
      }
    }
    assertEquals(Set.of("bad_event_row", "unknown_ticker", "invalid_ticker", "price_file_error",
        "day0_beyond_data", "too_few_estimation_days", "unknown_model"), reasons);
  }
}
