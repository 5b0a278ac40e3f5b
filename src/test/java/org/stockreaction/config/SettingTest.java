package org.stockreaction.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stockreaction.calendar.Window;

/** The declarations parse, check and format values as documented. */
class SettingTest {

  @Test
  void keysAreUniqueAndEveryDefaultRoundTrips() {
    Set<String> keys = new HashSet<>();
    for (Setting<?> s : Setting.all()) {
      assertTrue(keys.add(s.key()), s.key());
      assertTrue(s.key().matches("[a-z0-9]+(-[a-z0-9]+)*"), s.key());
      assertFalse(s.description().isBlank(), s.key());
      assertFalse(s.paramLabel().isBlank(), s.key());
      Object v = s.parse(s.defaultValue());
      assertEquals(s.defaultValue(), s.formatAny(v), s.key());
      assertEquals(v, s.parse(s.formatAny(v)), s.key());
    }
    assertEquals(Setting.all().size(), keys.size());
  }

  @Test
  void wholeNumbersHoldTheirRangeInclusive() {
    assertEquals(0, Setting.THREADS.parse("0"));
    assertEquals(1024, Setting.THREADS.parse(" 1024 "));
    assertEquals(5, Setting.THREADS.parse("+5"));
    assertThrows(IllegalArgumentException.class, () -> Setting.THREADS.parse("-1"));
    assertThrows(IllegalArgumentException.class, () -> Setting.THREADS.parse("1025"));
    assertThrows(IllegalArgumentException.class, () -> Setting.THREADS.parse("1.5"));
    assertThrows(IllegalArgumentException.class, () -> Setting.THREADS.parse(""));
    assertThrows(IllegalArgumentException.class,
        () -> Setting.KEEP_RUNS.parse("99999999999999999999999"));
    assertEquals(3, Setting.MIN_ESTIMATION_OBS.parse("3"));
    assertThrows(IllegalArgumentException.class, () -> Setting.MIN_ESTIMATION_OBS.parse("2"));
  }

  @Test
  void windowsStayWithinTheirDays() {
    assertEquals(new Window(-10_000, 10_000), Setting.ESTIMATION_WINDOW.parse("-10000,+10000"));
    assertThrows(IllegalArgumentException.class,
        () -> Setting.ESTIMATION_WINDOW.parse("-10001,-11"));
    assertThrows(IllegalArgumentException.class,
        () -> Setting.ESTIMATION_WINDOW.parse("-2147483648,-11"));
    assertEquals(List.of(new Window(-1000, 1000)), Setting.EVENT_WINDOWS.parse("[-1000..1000]"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Setting.EVENT_WINDOWS.parse("0,2147483647"));
    assertTrue(e.getMessage().contains("outside -1000 to +1000"), e.getMessage());
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 51; i++) {
      many.append("0,").append(i).append(';');
    }
    assertThrows(IllegalArgumentException.class, () -> Setting.EVENT_WINDOWS.parse(many.toString()));
  }

  @Test
  void overlongValuesAreRefusedWithoutEchoingThem() {
    String huge = "1".repeat(Setting.MAX_TEXT + 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Setting.BENCHMARK.parse(huge));
    assertTrue(e.getMessage().length() < 100, e.getMessage());
  }

  @Test
  void truthAndWordsParseAsDocumented() {
    assertTrue(Setting.truth(" TRUE "));
    assertFalse(Setting.truth("false"));
    assertThrows(IllegalArgumentException.class, () -> Setting.truth("yes"));
    assertEquals(List.of("csv", "xlsx"), Setting.words("csv, XLSX,csv", List.of("csv", "xlsx")));
    assertThrows(IllegalArgumentException.class,
        () -> Setting.words("csv,pdf", List.of("csv", "xlsx")));
  }

  @Test
  void asOfIsEmptyOrADateFrom1900() {
    assertEquals(null, Setting.AS_OF.parse(""));
    assertEquals("2025-06-30", Setting.AS_OF.format(Setting.AS_OF.parse("2025-06-30")));
    assertThrows(IllegalArgumentException.class, () -> Setting.AS_OF.parse("1899-12-31"));
    assertThrows(IllegalArgumentException.class, () -> Setting.AS_OF.parse("2025-02-30"));
  }
}
