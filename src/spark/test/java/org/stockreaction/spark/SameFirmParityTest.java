package org.stockreaction.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * same-firm = first and drop on the synthetic study, whose groups hold overlapping events of one
 * firm (one of them with its ticker in lower case, so computed in another task than the others):
 * the group tables are the CLI's byte for byte, the policy leaves out the events the CLI leaves
 * out (the reports are the CLI's too), and the log carries the CLI's warnings: the same-firm
 * ones and all the others.
 */
class SameFirmParityTest {

  @TempDir
  Path tmp;

  /** report-events 0 too: the log's same-firm example must not need an event shown. */
  @ParameterizedTest
  @CsvSource({"first, 50", "drop, 0"})
  void sameFirmPolicyGivesTheCliGroupTables(String policy, String shown) throws Exception {
    Path input = tmp.resolve("in");
    Studies.write(input, true);
    Studies.Run cli = Studies.cli(input, tmp.resolve("cli"), "--same-firm", policy,
        "--report-events", shown);
    assertEquals(4, cli.code(), cli.log());
    Studies.Run spark = Studies.spark(input.toString(), tmp.resolve("spark").toString(),
        "--same-firm", policy, "--report-events", shown);
    assertEquals(4, spark.code(), spark.log());
    Studies.assertSameTables(tmp.resolve("cli/latest"), tmp.resolve("spark"));
    Studies.assertSameReports(tmp.resolve("cli/latest"), tmp.resolve("spark"));
    String groups = Files.readString(tmp.resolve("spark/report.md"));
    assertTrue(groups.contains("same-firm = " + policy + ": its event window overlaps that of"),
        "the report names the events the policy left out");
    assertEquals(2, cli.log().lines()
        .filter(l -> l.startsWith("warn: ") && l.contains("same ticker")).count(), cli.log());
    // every warning of the CLI's log (fewer than 20 here): the same-firm notes, the run's
    // warnings and the failed events
    List<String> warnings = cli.log().lines().filter(l -> l.startsWith("warn: ")).toList();
    assertTrue(warnings.size() > 2 && warnings.size() < 20, cli.log());
    for (String w : warnings) {
      assertTrue(spark.log().lines().anyMatch(w::equals), "missing in the Spark log: " + w);
    }
  }
}
