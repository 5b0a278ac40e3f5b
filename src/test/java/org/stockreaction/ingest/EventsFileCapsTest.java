package org.stockreaction.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The events file's caps and the quoting of its text in messages. */
class EventsFileCapsTest {

  private static byte[] rows(int n) {
    StringBuilder sb = new StringBuilder("ticker,event_date\n");
    for (int i = 0; i < n; i++) {
      sb.append("AAPL,2025-02-11\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void refusesMoreEventRowsThanTheCap() throws Exception {
    assertEquals(5, EventsFileReader.parse(rows(5), "events.csv", 5).events().size());
    InputException e = assertThrows(InputException.class,
        () -> EventsFileReader.parse(rows(6), "events.csv", 5));
    assertEquals("events.csv:7: the events file has more than 5 event rows, the most one run"
        + " reads (split the study into several runs of at most 5 events each)", e.getMessage());
  }

  @Test
  void theDefaultCapIsAtLeastTenMillionEvents() {
    assertTrue(EventsFileReader.MAX_EVENTS >= 10_000_000);
    assertEquals(1 << 20, EventsFileReader.MAX_LINE_BYTES);
    assertEquals(200, EventsFileReader.MAX_FIELD_CHARS);
  }

  @Test
  void aQuotedFieldMayHoldLineBreaksAndDoubledQuotes() throws Exception {
    byte[] b = "\uFEFFticker,event_date,label\nAAPL,2025-02-11,\"two\nlines, \"\"quoted\"\"\"\nBIDU,2025-02-12,x\n"
        .getBytes(StandardCharsets.UTF_8);
    EventsFileReader.Result r = EventsFileReader.parse(b, "events.csv", 10);
    assertEquals(2, r.events().size());
    assertEquals("two\nlines, \"quoted\"", r.events().get(0).label());
    assertEquals(4, r.events().get(1).line(), "the line an editor shows");
  }

  @Test
  void quotesAtMost80CharactersWithControlsEscaped() {
    assertEquals("\"a\\u001b[31mb\"", InputText.quote("a\u001b[31mb"));
    String q = InputText.quote("x".repeat(100));
    assertEquals("\"" + "x".repeat(80) + "...\" (100 characters)", q);
    // a cut never splits an escape
    String esc = InputText.quote("y".repeat(78) + "\u0007" + "z".repeat(10));
    assertTrue(esc.startsWith("\"" + "y".repeat(78) + "...\""), esc);
    assertEquals("left\\u202eright", InputText.escapeControls("left\u202eright"));
    assertEquals("caf\u00e9 \u20ac", InputText.escapeControls("caf\u00e9 \u20ac"));
  }
}
