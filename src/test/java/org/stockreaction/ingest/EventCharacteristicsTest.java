package org.stockreaction.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The events file's x_ columns: numbers, a blank cell missing, anything else a bad row. */
class EventCharacteristicsTest {

  @TempDir Path dir;

  @Test
  void readsNumbersAndBlanksAndRefusesText() throws Exception {
    Path f = dir.resolve("events.csv");
    Files.writeString(f, "ticker,event_date,X_Size,x_lev\n"
        + "AAA,2025-02-11,1.5,-2e-1\n"
        + "BBB,2025-02-11,,3\n"
        + "CCC,2025-02-11,big,3\n"
        + "DDD,2025-02-11,1.5d,3\n");
    EventsFileReader.Result r = EventsFileReader.read(f, "events.csv");
    assertEquals(List.of("x_size", "x_lev"), r.characteristics());
    assertEquals(2, r.events().size());
    assertArrayEquals(new double[] {1.5, -0.2}, r.events().get(0).characteristics());
    assertTrue(Double.isNaN(r.events().get(1).characteristics()[0]));
    assertEquals(2, r.errors().size());
    assertEquals("events.csv:4:3: x_size \"big\" is not a number (expected a decimal such as 1.5,"
        + " or a blank cell for a missing value)", r.errors().get(0).message());
    assertTrue(r.errors().get(1).message().startsWith("events.csv:5:3: x_size \"1.5d\""));
  }

  @Test
  void aFileWithoutCharacteristicsHasNone() throws Exception {
    Path f = dir.resolve("events.csv");
    Files.writeString(f, "ticker,event_date\nAAA,2025-02-11\n");
    EventsFileReader.Result r = EventsFileReader.read(f, "events.csv");
    assertTrue(r.characteristics().isEmpty());
    assertEquals(0, r.events().get(0).characteristics().length);
  }

  @Test
  void aValueSplitByADecimalCommaOrAnInfiniteMoveFailsItsRow() throws Exception {
    Path f = dir.resolve("events.csv");
    Files.writeString(f, "ticker,event_date,reported_move_pct,x_s\n"
        + "AAA,2025-02-11,3,-1,0603\n"
        + "BBB,2025-02-11,Infinity,1\n"
        + "CCC,2025-02-11,NaN,1\n"
        + "DDD,2025-02-11,2d,1\n"
        + "EEE,2025-02-11,-4%,2,,\n");
    EventsFileReader.Result r = EventsFileReader.read(f, "events.csv");
    // only the last row reads: its extra cells are blank
    assertEquals(List.of("EEE"), r.events().stream().map(EventSpec::ticker).toList());
    assertEquals(-4, r.events().get(0).reportedMovePct());
    assertEquals(4, r.errors().size());
    assertTrue(r.errors().get(0).message().startsWith("events.csv:2:5: the row has more values"
        + " than the header has columns (\"0603\""), r.errors().get(0).message());
    for (int k = 1; k < 4; k++) {
      assertTrue(r.errors().get(k).message().contains("reported_move_pct"),
          r.errors().get(k).message());
    }
  }

  @Test
  void aCharacteristicNameWithControlCharactersOrTooLongIsRefused() throws Exception {
    Path f = dir.resolve("events.csv");
    Files.writeString(f, "ticker,event_date,x_" + "a".repeat(250) + "\nAAA,2025-02-11,1\n");
    InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
        () -> EventsFileReader.read(f, "events.csv"));
    assertTrue(e.getMessage().startsWith("events.csv:1:3: the characteristic column name"),
        e.getMessage());
    Files.writeString(f, "ticker,event_date,x_a\tb\nAAA,2025-02-11,1\n");
    org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
        () -> EventsFileReader.read(f, "events.csv"));
  }
}
