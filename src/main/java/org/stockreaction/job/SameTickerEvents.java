package org.stockreaction.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockreaction.calendar.Window;
import org.stockreaction.ingest.EventSpec;

/**
 * Day 0 of every event of a study, by ticker: finds the estimation days of an event that fall in
 * the widest event window of another event of the same ticker.
 */
final class SameTickerEvents {

  /** Per ticker (upper case): {@code day0 << 32 | line}, sorted. */
  private final Map<String, long[]> byTicker;

  private SameTickerEvents(Map<String, long[]> byTicker) {
    this.byTicker = byTicker;
  }

  /**
   * The events {@code specs}, each with its day 0 as an epoch day in {@code dayZero} (in the same
   * order), or {@code Integer.MIN_VALUE} when it has none.
   */
  static SameTickerEvents of(List<EventSpec> specs, int[] dayZero) {
    Map<String, List<Long>> lists = new HashMap<>();
    for (int i = 0; i < dayZero.length; i++) {
      EventSpec s = specs.get(i);
      int d = dayZero[i];
      if (d != Integer.MIN_VALUE) {
        lists.computeIfAbsent(key(s.ticker()), k -> new ArrayList<>())
            .add(((long) d << 32) | (s.line() & 0xffffffffL));
      }
    }
    Map<String, long[]> out = new HashMap<>();
    lists.forEach((k, v) -> {
      if (v.size() > 1) {
        long[] a = v.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        out.put(k, a);
      }
    });
    return new SameTickerEvents(out);
  }

  private static String key(String ticker) {
    return ticker.toUpperCase(Locale.ROOT);
  }

  /**
   * Marks the calendar indices {@code from..to} (inclusive) that fall in the widest event window
   * of another event of the same ticker, that event's day 0 placed on this calendar (the first
   * trading day on or after it).
   *
   * @param calendarDays the calendar's dates as epoch days
   * @return one flag per index from {@code from}, or null when no day is marked
   */
  boolean[] otherEventDays(EventSpec spec, int[] calendarDays, int from, int to, Window wide) {
    long[] events = byTicker.get(key(spec.ticker()));
    if (events == null || to < from) {
      return null;
    }
    int n = calendarDays.length;
    int lo = calendarDays[Math.max(0, Math.min(n - 1, from - wide.toInclusive()))];
    int hi = calendarDays[Math.max(0, Math.min(n - 1, to - wide.fromInclusive()))];
    int start = Arrays.binarySearch(events, (long) lo << 32);
    start = start >= 0 ? start : -start - 1;
    boolean[] marked = null;
    for (int e = start; e < events.length && (int) (events[e] >> 32) <= hi; e++) {
      if ((int) events[e] == spec.line()) {
        continue;
      }
      int k = Arrays.binarySearch(calendarDays, (int) (events[e] >> 32));
      k = k >= 0 ? k : -k - 1;
      int a = Math.max(from, k + wide.fromInclusive());
      int b = Math.min(to, k + wide.toInclusive());
      for (int i = a; i <= b; i++) {
        if (marked == null) {
          marked = new boolean[to - from + 1];
        }
        marked[i - from] = true;
      }
    }
    return marked;
  }
}
