package org.stockreaction.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockreaction.ingest.InputException;

/** report-events and report-charts: defaults, the file and the command line, and bad values. */
class ReportLimitSettingsTest {

  @Test
  void defaultsAreFiftyEventsAndTwelveCharts() throws InputException {
    StudyConfig c = ConfigLoader.load(null, "none", Map.of());
    assertEquals(50, c.reportEvents());
    assertEquals(12, c.reportCharts());
    assertEquals("50", c.describe().get("report-events"));
    assertEquals("12", c.describe().get("report-charts"));
  }

  @Test
  void commandLineWinsOverTheFile(@TempDir Path dir) throws IOException, InputException {
    Path f = dir.resolve("study.properties");
    Files.writeString(f, "report-events = 7\nreport-charts = 3\n");
    StudyConfig c = ConfigLoader.load(f, "study.properties", Map.of("report-charts", "0"));
    assertEquals(7, c.reportEvents());
    assertEquals(0, c.reportCharts());
  }

  @Test
  void rejectsANegativeOrNonNumericLimit(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("study.properties");
    Files.writeString(f, "report-events = -1\n");
    InputException e = assertThrows(InputException.class,
        () -> ConfigLoader.load(f, "input/study.properties", Map.of()));
    assertTrue(e.getMessage().startsWith("input/study.properties:1:"), e.getMessage());
    assertTrue(e.getMessage().contains("report-events"), e.getMessage());
    InputException f2 = assertThrows(InputException.class,
        () -> ConfigLoader.load(null, "none", Map.of("report-charts", "many")));
    assertTrue(f2.getMessage().contains("report-charts: \"many\" is not a whole number"),
        f2.getMessage());
  }
}
