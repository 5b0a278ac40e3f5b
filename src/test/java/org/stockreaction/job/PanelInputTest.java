package org.stockreaction.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.bench.BenchSize;
import org.stockreaction.bench.UniverseGenerator;
import org.stockreaction.cli.Main;

/**
 * The same SYNTHETIC prices as one long-format panel (over 8 MB, so it is read in pieces on every
 * thread) and as one file per ticker give the same abnormal returns, on one thread and on four.
 */
class PanelInputTest {

  @Test
  void aPanelGivesWhatPerTickerFilesGive(@TempDir Path dir) throws IOException {
    Path perTicker = UniverseGenerator.ensure(BenchSize.SMALL, dir.resolve("universe"));
    Path panelInput = dir.resolve("panel-input");
    Path prices = Files.createDirectories(panelInput.resolve("prices"));
    Files.copy(perTicker.resolve("events.csv"), panelInput.resolve("events.csv"));
    Files.copy(perTicker.resolve("study.properties"), panelInput.resolve("study.properties"));
    Files.copy(perTicker.resolve("prices").resolve(UniverseGenerator.BENCHMARK + ".csv"),
        prices.resolve(UniverseGenerator.BENCHMARK + ".csv"));
    try (BufferedWriter panel = Files.newBufferedWriter(prices.resolve("panel.csv"),
        StandardCharsets.UTF_8)) {
      panel.write("ticker,Date,Close,High,Low,Open,Volume\n");
      // the universe's stocks, then copies under other names, to pass two 4 MB pieces
      for (String prefix : List.of("S", "X")) {
        for (int i = 1; i <= BenchSize.SMALL.tickers(); i++) {
          String ticker = String.format(java.util.Locale.ROOT, "S%05d", i);
          List<String> lines = Files.readAllLines(perTicker.resolve("prices").resolve(
              ticker + ".csv"));
          for (String line : lines.subList(1, lines.size())) {
            panel.write(prefix + ticker.substring(1) + "," + line + "\n");
          }
        }
      }
    }
    assertTrue(Files.size(prices.resolve("panel.csv")) > 8L << 20);

    PrintWriter sink = new PrintWriter(new StringWriter());
    Path files = dir.resolve("files");
    Path one = dir.resolve("panel-one");
    Path four = dir.resolve("panel-four");
    assertEquals(0, Main.run(new String[] {"--input", perTicker.toString(), "--output",
        files.toString(), "--threads", "2", "--formats", "csv,json", "--quiet"}, sink, sink));
    assertEquals(0, Main.run(new String[] {"--input", panelInput.toString(), "--output",
        one.toString(), "--threads", "1", "--formats", "csv,json", "--quiet"}, sink, sink));
    assertEquals(0, Main.run(new String[] {"--input", panelInput.toString(), "--output",
        four.toString(), "--threads", "4", "--formats", "csv,json", "--quiet"}, sink, sink));
    for (String f : List.of("abnormal_returns.csv", "car.csv", "group_summary.csv", "aar.csv")) {
      byte[] expected = Files.readAllBytes(Outputs.published(files).resolve(f));
      assertArrayEquals(expected, Files.readAllBytes(Outputs.published(one).resolve(f)), f);
      assertArrayEquals(expected, Files.readAllBytes(Outputs.published(four).resolve(f)), f);
    }
    for (String f : List.of("summary.csv", "report.md", "summary.json")) {
      assertArrayEquals(Files.readAllBytes(Outputs.published(one).resolve(f)),
          Files.readAllBytes(Outputs.published(four).resolve(f)), f);
    }
  }
}
