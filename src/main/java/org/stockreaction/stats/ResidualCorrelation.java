package org.stockreaction.stats;

import java.util.Arrays;
import java.util.List;

/**
 * The mean pairwise correlation {@code r} of a group's abnormal returns, for the Kolari-Pynnönen
 * (2010) adjustment, estimated from the events' estimation-window residuals aligned on calendar
 * dates.
 *
 * <p>Each event's residuals are standardised to unit length, {@code u_it = (e_it - mean_i) /
 * sqrt(sum_t (e_it - mean_i)^2)}, so that {@code rho_ij = sum over shared dates of u_it u_jt} is
 * the Pearson correlation when the two estimation windows coincide (and shrinks towards zero by the
 * share of dates they do not share). Two events' CARs over a window of L days are correlated by
 * {@code rho_ij} times the share of the window's calendar dates they have in common, so
 * {@code r = sum over ordered pairs i != j of rho_ij * overlap_ij / L, divided by N (N - 1)}. For
 * events that all share one date this is Kolari and Pynnönen's mean residual correlation; for
 * events on dates far apart it is zero.
 *
 * <p>No pair is ever visited: for each calendar date d of the event window, with {@code C_d} the
 * events whose window holds d, {@code sum over pairs in C_d of rho_ij = sum_t (S_dt^2 - Q_dt)}
 * where {@code S_dt = sum over C_d of u_it} and {@code Q_dt = sum over C_d of u_it^2}. The work is
 * one pass over each event's residuals per day of the window: O(N * T * L).
 *
 * <p>Estimation dates are numbered by their place among all the group's estimation dates, so the
 * residuals of the events sharing a date are summed into one dense array over the few hundred
 * places their estimation windows cover; the events of each date are found by a counting sort of
 * the window's (date, event) pairs. An instance keeps scratch arrays: one thread at a time.
 */
final class ResidualCorrelation {

  private final List<EventAbnormalReturns> events;
  /** Unit-length centred residuals of each event. */
  private final double[][] u;
  /** Place of each residual's date among the group's estimation dates; null when contiguous. */
  private final int[][] places;
  /** Place of each event's first and last residual. */
  private final int[] lo;
  private final int[] hi;
  /** {@code sum_t u_it^2} per event (1, or 0 for residuals without variance). */
  private final double[] squares;
  /** Earliest event-window date of the group, as an epoch day, and the number of dates after it. */
  private final int firstDay;
  private final int daySpan;
  private final double[] acc;
  private int[] bucketStart;
  private int[] pairDay = new int[0];
  private int[] pairEvent = new int[0];
  private int[] sorted = new int[0];

  ResidualCorrelation(List<EventAbnormalReturns> events) {
    this.events = List.copyOf(events);
    int n = events.size();
    u = new double[n][];
    places = new int[n][];
    lo = new int[n];
    hi = new int[n];
    squares = new double[n];
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    int dayMin = Integer.MAX_VALUE;
    int dayMax = Integer.MIN_VALUE;
    for (EventAbnormalReturns e : events) {
      for (int d : e.estimationDays()) {
        min = Math.min(min, d);
        max = Math.max(max, d);
      }
      for (int d : e.days()) {
        dayMin = Math.min(dayMin, d);
        dayMax = Math.max(dayMax, d);
      }
    }
    // place of each estimation date among all the group's estimation dates
    int span = min > max ? 0 : max - min + 1;
    int[] place = new int[span + 1];
    for (EventAbnormalReturns e : events) {
      for (int d : e.estimationDays()) {
        place[d - min + 1] = 1;
      }
    }
    for (int k = 1; k <= span; k++) {
      place[k] += place[k - 1];
    }
    for (int i = 0; i < n; i++) {
      double[] res = events.get(i).estimationResiduals();
      int[] days = events.get(i).estimationDays();
      double mean = 0;
      for (double v : res) {
        mean += v;
      }
      mean /= Math.max(1, res.length);
      double ss = 0;
      for (double v : res) {
        ss += (v - mean) * (v - mean);
      }
      double scale = ss > 0 ? 1.0 / Math.sqrt(ss) : 0.0;
      double[] ui = new double[res.length];
      int[] pi = new int[res.length];
      double q = 0;
      boolean contiguous = true;
      for (int t = 0; t < res.length; t++) {
        ui[t] = (res[t] - mean) * scale;
        q += ui[t] * ui[t];
        // place[d - min + 1] counts dates up to d, so place[d - min] is d's own zero-based place
        pi[t] = place[days[t] - min];
        contiguous &= t == 0 || pi[t] == pi[t - 1] + 1;
      }
      u[i] = ui;
      squares[i] = q;
      places[i] = contiguous ? null : pi;
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (int p : pi) {
        first = Math.min(first, p);
        last = Math.max(last, p);
      }
      lo[i] = res.length == 0 ? 0 : first;
      hi[i] = res.length == 0 ? -1 : last;
    }
    acc = new double[place[span]];
    firstDay = dayMin;
    daySpan = dayMin > dayMax ? 0 : dayMax - dayMin + 1;
    bucketStart = new int[daySpan + 1];
  }

  /**
   * {@code r} for the events at {@code members} (indices into the constructor's list) over the
   * relative days {@code fromInclusive..toInclusive}; NaN for fewer than two events.
   */
  double mean(int[] members, int fromInclusive, int toInclusive) {
    int n = members.length;
    if (n < 2) {
      return Double.NaN;
    }
    int length = toInclusive - fromInclusive + 1;
    int most = n * Math.max(0, length);
    if (pairDay.length < most) {
      pairDay = new int[most];
      pairEvent = new int[most];
      sorted = new int[most];
    }
    // the (date, event) pairs of the window, in member order, then sorted by date (stable)
    int pairs = 0;
    for (int i : members) {
      EventAbnormalReturns e = events.get(i);
      for (int rel = fromInclusive; rel <= toInclusive; rel++) {
        int k = e.indexOf(rel);
        if (k >= 0 && !Double.isNaN(e.ar()[k])) {
          pairDay[pairs] = e.days()[k] - firstDay;
          pairEvent[pairs] = i;
          pairs++;
        }
      }
    }
    int[] start = bucketStart;
    Arrays.fill(start, 0);
    for (int p = 0; p < pairs; p++) {
      start[pairDay[p] + 1]++;
    }
    for (int d = 0; d < daySpan; d++) {
      start[d + 1] += start[d];
    }
    for (int p = 0; p < pairs; p++) {
      sorted[start[pairDay[p]]++] = pairEvent[p];
    }
    // start[d] is now the end of date d's events, and start[d - 1] its beginning
    double total = 0;
    int from = 0;
    for (int d = 0; d < daySpan; d++) {
      int to = start[d];
      if (to - from >= 2) {
        total += sharedDate(from, to);
      }
      from = to;
    }
    return total / ((double) length * n * (n - 1));
  }

  /** {@code sum_t (S_t^2 - Q_t)} over the events {@code sorted[from..to)}, all on one date. */
  private double sharedDate(int from, int to) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (int s = from; s < to; s++) {
      first = Math.min(first, lo[sorted[s]]);
      last = Math.max(last, hi[sorted[s]]);
    }
    if (first > last) {
      return 0;
    }
    Arrays.fill(acc, first, last + 1, 0.0);
    double q = 0;
    for (int s = from; s < to; s++) {
      int i = sorted[s];
      double[] ui = u[i];
      int[] pi = places[i];
      if (pi == null) {
        int base = lo[i];
        for (int t = 0; t < ui.length; t++) {
          acc[base + t] += ui[t];
        }
      } else {
        for (int t = 0; t < ui.length; t++) {
          acc[pi[t]] += ui[t];
        }
      }
      q += squares[i];
    }
    double sums = 0;
    for (int k = first; k <= last; k++) {
      sums += acc[k] * acc[k];
    }
    return sums - q;
  }
}
