package org.stockreaction.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.ingest.EventsFileReader;
import org.stockreaction.ingest.InputException;
import org.stockreaction.ingest.PriceFormat;

/** The price-file mapping settings, and the messages for unknown keys and columns. */
class PriceFormatSettingsTest {

  @Test
  void defaultsRecogniseEverything() throws InputException {
    assertEquals(PriceFormat.AUTO, ConfigLoader.load(null, "none", Map.of()).priceFormat());
  }

  @Test
  void fileAndCommandLineSetTheMapping(@TempDir Path dir) throws IOException, InputException {
    Path f = dir.resolve("study.properties");
    Files.writeString(f, "date-column = Datum\nprice-column = Schluss\ndate-format = dd.MM.yyyy\n"
        + "delimiter = semicolon\ndecimal = ,\n");
    StudyConfig c = ConfigLoader.load(f, "study.properties", Map.of("price-column", "Kurs"));
    assertEquals(new PriceFormat("Datum", "Kurs", "dd.MM.yyyy", ';', ','), c.priceFormat());
    assertEquals(";", c.describe().get("delimiter"));
    assertEquals("Kurs", c.describe().get("price-column"));
  }

  @Test
  void unknownSettingNamesTheClosest(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("study.properties");
    Files.writeString(f, "# price files\ndelimeter = ;\n");
    InputException e = assertThrows(InputException.class,
        () -> ConfigLoader.load(f, "input/study.properties", Map.of()));
    assertEquals("input/study.properties:2:1: unknown setting \"delimeter\" (did you mean"
        + " delimiter?)", e.getMessage());
  }

  @Test
  void unknownCommandLineSettingNamesTheClosest() {
    InputException e = assertThrows(InputException.class,
        () -> ConfigLoader.load(null, "none", Map.of("price-colum", "Close")));
    assertEquals("command line: unknown option --price-colum (did you mean --price-column?)",
        e.getMessage());
  }

  @Test
  void badDecimalMarkIsAConfigError(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("study.properties");
    Files.writeString(f, "decimal = x\n");
    InputException e = assertThrows(InputException.class,
        () -> ConfigLoader.load(f, "study.properties", Map.of()));
    assertEquals("study.properties:1:10: decimal: unknown decimal mark \"x\" (expected . or ,)",
        e.getMessage());
  }

  @Test
  void unknownEventsColumnNamesTheClosest(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("events.csv");
    Files.writeString(f, "ticker,event_dat\nBABA,2025-02-11\n");
    InputException e = assertThrows(InputException.class,
        () -> EventsFileReader.read(f, "input/events.csv"));
    assertEquals("input/events.csv:1:2: unknown column \"event_dat\" (did you mean event_date? The"
        + " columns are ticker, event_date, reported_move_pct, benchmark, label, group, model, and"
        + " x_<name> for event characteristics)",
        e.getMessage());
  }
}
