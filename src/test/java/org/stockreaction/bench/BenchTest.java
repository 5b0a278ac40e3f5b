package org.stockreaction.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTest {

  @Test
  void floorDateArithmeticMatchesLocalDate() {
    for (LocalDate d = LocalDate.of(1899, 12, 1); d.isBefore(LocalDate.of(2101, 3, 1)); d = d.plusDays(1)) {
      assertEquals(d.toEpochDay(), FloorScan.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
          d.toString());
    }
  }

  @Test
  void generatedUniverseIsLabelledSyntheticAndTheFloorCountsEveryRow(@TempDir Path dir)
      throws IOException {
    Path input = UniverseGenerator.ensure(BenchSize.SMALL, dir);
    assertTrue(Files.readString(input.resolve("SYNTHETIC.md")).contains("not real prices"));
    List<Path> files;
    try (Stream<Path> s = Files.list(input.resolve("prices"))) {
      files = s.sorted().toList();
    }
    assertEquals(BenchSize.SMALL.tickers() + 1, files.size());
    FloorScan.Result r = FloorScan.scan(files);
    assertEquals((long) (BenchSize.SMALL.tickers() + 1) * (BenchSize.SMALL.days() + 1), r.rows());
    long lines;
    try (Stream<String> s = Files.lines(input.resolve("events.csv"))) {
      lines = s.count();
    }
    assertEquals(BenchSize.SMALL.events() + 1, lines);
  }
}
