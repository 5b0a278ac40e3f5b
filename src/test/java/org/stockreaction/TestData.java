package org.stockreaction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stockreaction.ingest.InputException;
import org.stockreaction.ingest.PriceFileReader;
import org.stockreaction.ingest.PriceSeries;

/** Paths to the real shipped data, for tests. */
public final class TestData {
  private TestData() {}

  /** The shipped input folder (real prices copied from shared/data/prices). */
  public static Path input() {
    return Path.of("input").toAbsolutePath();
  }

  /**
   * The shipped events file cut to its US rows (group {@code us}), written to a temporary file:
   * for tests of what holds on SPY's calendar or needs French's US factors. The Hong Kong rows
   * are checked on their own (HongKongDayZeroTest).
   */
  public static Path usEvents() {
    try {
      List<String> lines = Files.readAllLines(input().resolve("events.csv"));
      List<String> us = new ArrayList<>(List.of(lines.get(0)));
      for (String l : lines.subList(1, lines.size())) {
        if (l.endsWith(",us")) {
          us.add(l);
        }
      }
      Path f = Files.createTempFile("us-events", ".csv");
      f.toFile().deleteOnExit();
      return Files.write(f, us);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PriceSeries prices(String ticker) {
    try {
      return PriceFileReader.read(input().resolve("prices").resolve(ticker + ".csv"), ticker,
          "input/prices/" + ticker + ".csv");
    } catch (InputException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** The trading days of the SYNTHETIC test studies: the first {@code n} weekdays from 2015-01-02. */
  public static List<java.time.LocalDate> weekdays(int n) {
    List<java.time.LocalDate> days = new ArrayList<>();
    java.time.LocalDate d = java.time.LocalDate.of(2015, 1, 2);
    while (days.size() < n) {
      if (d.getDayOfWeek() != java.time.DayOfWeek.SATURDAY
          && d.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
        days.add(d);
      }
      d = d.plusDays(1);
    }
    return days;
  }

  /** Copies the folder {@code from} with everything in it to {@code to}; returns {@code to}. */
  public static Path copyFolder(Path from, Path to) throws IOException {
    try (java.util.stream.Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return to;
  }
}
