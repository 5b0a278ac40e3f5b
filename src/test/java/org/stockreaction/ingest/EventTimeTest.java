package org.stockreaction.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The digit-by-digit date reader agrees with {@code LocalDate.parse} on every 10-character text. */
class EventTimeTest {

  /** The date {@code LocalDate.parse} gives, or "refused". */
  private static String jdk(String t) {
    try {
      return LocalDate.parse(t).toString();
    } catch (DateTimeParseException e) {
      return "refused";
    }
  }

  private static String ours(String t) {
    try {
      return EventTime.isoDate(t).toString();
    } catch (DateTimeParseException e) {
      return "refused";
    }
  }

  @Test
  void agreesWithTheJdkOnChosenAndRandomTexts() {
    List<String> texts = new ArrayList<>(List.of("2025-02-11", "2024-02-29", "2023-02-29",
        "2025-02-30", "2025-13-01", "2025-00-10", "2025-01-00", "0000-01-01", "9999-12-31",
        "2025/02/11", "2025-1-011", "abcd-ef-gh", "+202-01-01", "-202-01-01", "2025-02-1 ",
        " 2025-02-1", "2025-04-31", "1900-02-29", "2000-02-29", "２０２５-02-11"));
    Random r = new Random(20261207L);
    String alphabet = "0123456789-+ /x";
    for (int k = 0; k < 20_000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        // mostly well-formed, so valid and invalid calendar dates both occur
        sb.append(i == 4 || i == 7 ? (r.nextInt(10) == 0 ? alphabet.charAt(r.nextInt(15)) : '-')
            : (char) ('0' + r.nextInt(r.nextInt(20) == 0 ? 1 : 10)));
      }
      texts.add(sb.toString());
    }
    for (String t : texts) {
      assertEquals(jdk(t), ours(t), t);
    }
  }

  @Test
  void aDateAloneIsReadAsADate() {
    EventTime t = EventTime.parse(" 2025-02-11 ").orElseThrow();
    assertEquals(LocalDate.of(2025, 2, 11), t.date());
    assertEquals(true, EventTime.parse("2025-02-30").isEmpty());
  }
}
