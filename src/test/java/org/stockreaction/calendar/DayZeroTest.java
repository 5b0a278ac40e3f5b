package org.stockreaction.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stockreaction.TestData;
import org.stockreaction.ingest.EventTime;

/** Day 0 on the real SPY calendar (methodology.md, "Day 0"). */
class DayZeroTest {

  private static final TradingCalendar SPY =
      new TradingCalendar("SPY", TestData.prices("SPY").days());

  private static LocalDate day0(String text, Exchange exchange) {
    EventTime t = EventTime.parse(text).orElseThrow();
    return SPY.date(DayZero.locate(t, SPY, exchange).index());
  }

  @Test
  void rollsSaturdayEventToMonday() {
    assertEquals(LocalDate.of(2025, 2, 10), day0("2025-02-08", Exchange.US));
  }

  @Test
  void rollsTheJanuary9ClosureToTheNextTradingDay() {
    assertFalse(SPY.isTradingDay(LocalDate.of(2025, 1, 9)), "2025-01-09 is a real closure");
    assertTrue(SPY.isTradingDay(LocalDate.of(2025, 1, 8)));
    assertEquals(LocalDate.of(2025, 1, 10), day0("2025-01-09", Exchange.US));
  }

  @Test
  void keepsATradingDayDate() {
    assertEquals(LocalDate.of(2025, 2, 11), day0("2025-02-11", Exchange.US));
  }

  @Test
  void newsBeforeTheCloseIsThatDay() {
    assertEquals(LocalDate.of(2025, 2, 11), day0("2025-02-11T15:59-05:00", Exchange.US));
    assertEquals(LocalDate.of(2025, 2, 11), day0("2025-02-11T08:00-05:00", Exchange.US));
  }

  @Test
  void newsAtOrAfterTheCloseIsTheNextTradingDay() {
    assertEquals(LocalDate.of(2025, 2, 12), day0("2025-02-11T16:00-05:00", Exchange.US));
    assertEquals(LocalDate.of(2025, 2, 12), day0("2025-02-11T21:30Z", Exchange.US));
    // Friday after the close rolls over the weekend
    assertEquals(LocalDate.of(2025, 2, 10), day0("2025-02-07T17:00-05:00", Exchange.US));
  }

  @Test
  void beijingEveningOfFebruary11IsFebruary11InNewYork() {
    // 20:00 in Beijing is 07:00 in New York, before the US close
    assertEquals(LocalDate.of(2025, 2, 11), day0("2025-02-11T20:00+08:00", Exchange.US));
  }

  @Test
  void hongKongListingReadsTheTimeInHongKong() {
    // 20:00 Beijing = 20:00 Hong Kong, after the 16:00 close: next Hong Kong session
    EventTime t = EventTime.parse("2025-02-11T20:00+08:00").orElseThrow();
    DayZero.Result r = DayZero.locate(t, SPY, Exchange.HK);
    assertTrue(r.afterClose());
    assertEquals(LocalDate.of(2025, 2, 11), r.localDate());
    assertEquals(Exchange.HK, Exchange.ofTicker("9988.HK"));
  }

  @Test
  void dateOnlyTimestampWithoutOffsetIsReadInTheExchangeZone() {
    assertEquals(LocalDate.of(2025, 2, 12), day0("2025-02-11T16:30", Exchange.US));
  }

  @Test
  void parsesWindowsInEveryDocumentedForm() {
    assertEquals(new Window(-1, 1), Window.parse("[-1,+1]"));
    assertEquals(new Window(-250, -11), Window.parse("-250,-11"));
    assertEquals(new Window(0, 5), Window.parse("0..5"));
    assertEquals("[-5,+5]", new Window(-5, 5).label());
  }
}
