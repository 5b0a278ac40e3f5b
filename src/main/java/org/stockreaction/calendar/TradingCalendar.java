package org.stockreaction.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * The trading days of one market, taken from the dates present in the benchmark series.
 * Relative days count positions in this calendar, not calendar days.
 *
 * @param name what the calendar was built from (the benchmark ticker)
 * @param days trading dates as epoch days, strictly increasing
 */
public record TradingCalendar(String name, int[] days) {

  public TradingCalendar {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(days, "days");
    for (int i = 1; i < days.length; i++) {
      if (days[i] <= days[i - 1]) {
        throw new IllegalArgumentException("calendar days must be strictly increasing");
      }
    }
  }

  public int size() {
    return days.length;
  }

  public LocalDate date(int index) {
    return LocalDate.ofEpochDay(days[index]);
  }

  public boolean isTradingDay(LocalDate date) {
    return Arrays.binarySearch(days, (int) date.toEpochDay()) >= 0;
  }

  /** Index of the first trading day on or after {@code date}; {@link #size()} when none. */
  public int indexOnOrAfter(LocalDate date) {
    int i = Arrays.binarySearch(days, (int) date.toEpochDay());
    return i >= 0 ? i : -i - 1;
  }

  /** Index of the first trading day strictly after {@code date}; {@link #size()} when none. */
  public int indexAfter(LocalDate date) {
    int i = Arrays.binarySearch(days, (int) date.toEpochDay());
    return i >= 0 ? i + 1 : -i - 1;
  }
}
