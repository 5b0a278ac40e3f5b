package org.stockreaction.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.stockreaction.ingest.EventTime;

/**
 * Maps an event time to day 0 on a trading calendar.
 *
 * <p>Rule (methodology.md): day 0 is the first trading day on or after the event date. A time of day
 * is first converted to the exchange's zone; news at or after the regular close makes day 0 the next
 * trading day, news before the close makes it that day (when that day trades).
 */
public final class DayZero {

  private DayZero() {}

  /**
   * The calendar index of day 0, and the local date the rule used.
   *
   * @param index position in the calendar; equals {@code calendar.size()} when day 0 lies beyond it
   * @param localDate the event date in the exchange's zone
   * @param afterClose whether the news came at or after the close
   * @param localTime the event's time of day in the exchange's zone, or null for a date alone
   */
  public record Result(int index, LocalDate localDate, boolean afterClose, LocalTime localTime) {}

  public static Result locate(EventTime time, TradingCalendar calendar, Exchange exchange) {
    Optional<LocalDateTime> local = time.inZone(exchange.zone());
    if (local.isEmpty()) {
      return new Result(calendar.indexOnOrAfter(time.date()), time.date(), false, null);
    }
    LocalDateTime t = local.get();
    LocalDate d = t.toLocalDate();
    boolean after = !t.toLocalTime().isBefore(exchange.close());
    int index = after ? calendar.indexAfter(d) : calendar.indexOnOrAfter(d);
    return new Result(index, d, after, t.toLocalTime());
  }

  /**
   * How day 0 was found, in one clause computed from the event time, the exchange and the
   * calendar, for example "2025-02-11T20:00+08:00 is 20:00 on 2025-02-11 in Hong Kong
   * (Asia/Hong_Kong), at or after the 16:00 close, so day 0 is the next trading day, 2025-02-12".
   * A day 0 beyond the calendar is not explained here (the event fails).
   */
  public static String explain(EventTime time, Result r, TradingCalendar calendar,
      Exchange exchange) {
    LocalDate day0 = calendar.date(r.index());
    if (r.localTime() == null) {
      return day0.equals(time.date()) ? time.date() + " is a trading day, so day 0 is that day"
          : time.date() + " is not a trading day, so day 0 is the next one, " + day0;
    }
    String at = time.text() + " is " + r.localTime() + " on " + r.localDate() + " in "
        + exchange.place() + " (" + exchange.zone().getId() + "), ";
    if (r.afterClose()) {
      return at + "at or after the " + exchange.close() + " close, so day 0 is the next trading"
          + " day, " + day0;
    }
    return at + "before the " + exchange.close() + " close, so day 0 is " + (day0.equals(
        r.localDate()) ? "that day, " + day0 : "the next trading day, " + day0 + " (" + r.localDate()
        + " does not trade)");
  }
}
