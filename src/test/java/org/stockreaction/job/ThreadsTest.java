package org.stockreaction.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.bench.BenchSize;
import org.stockreaction.bench.UniverseGenerator;
import org.stockreaction.cli.Main;

/** Outputs do not depend on the number of threads (synthetic universe from the benchmark). */
class ThreadsTest {

  @Test
  void oneThreadAndFourThreadsWriteTheSameBytes(@TempDir Path dir) throws IOException {
    Path input = UniverseGenerator.ensure(BenchSize.SMALL, dir.resolve("universe"));
    Path one = dir.resolve("one");
    Path four = dir.resolve("four");
    PrintWriter sink = new PrintWriter(new StringWriter());
    assertEquals(0, Main.run(new String[] {"--input", input.toString(), "--output", one.toString(),
        "--threads", "1", "--formats", "csv,json", "--quiet"}, sink, sink));
    assertEquals(0, Main.run(new String[] {"--input", input.toString(), "--output", four.toString(),
        "--threads", "4", "--formats", "csv,json", "--quiet"}, sink, sink));
    try (java.util.stream.Stream<Path> charts = Files.list(Outputs.published(one).resolve("charts"))) {
      // 500 computed events in 5 groups; the reports for people chart the first 12 (report-charts)
      // and each group
      assertEquals(12 + 5, charts.count());
    }
    for (String f : List.of("summary.csv", "car.csv", "abnormal_returns.csv", "report.md",
        "report.html", "group_summary.csv", "aar.csv", "summary.json")) {
      assertArrayEquals(Files.readAllBytes(Outputs.published(one).resolve(f)),
          Files.readAllBytes(Outputs.published(four).resolve(f)), f);
    }
  }
}
