package org.stockreaction.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
   */
  public record Result(int index, LocalDate localDate, boolean afterClose) {}

  public static Result locate(EventTime time, TradingCalendar calendar, Exchange exchange) {
    Optional<LocalDateTime> local = time.inZone(exchange.zone());
    if (local.isEmpty()) {
      return new Result(calendar.indexOnOrAfter(time.date()), time.date(), false);
    }
    LocalDateTime t = local.get();
    LocalDate d = t.toLocalDate();
    boolean after = !t.toLocalTime().isBefore(exchange.close());
    int index = after ? calendar.indexAfter(d) : calendar.indexOnOrAfter(d);
    return new Result(index, d, after);
  }
}
