package org.stockreaction.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 */
final class ResidualCorrelation {

  private final List<EventAbnormalReturns> events;
  private final double[][] u;
  private final int[][] offsets;
  private final double[] acc;
  private final int[] stamp;
  private final int[] touched;
  private int pass;

  ResidualCorrelation(List<EventAbnormalReturns> events) {
    this.events = List.copyOf(events);
    int n = events.size();
    u = new double[n][];
    offsets = new int[n][];
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (EventAbnormalReturns e : events) {
      for (int d : e.estimationDays()) {
        min = Math.min(min, d);
        max = Math.max(max, d);
      }
    }
    int span = min > max ? 0 : max - min + 1;
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
      u[i] = new double[res.length];
      offsets[i] = new int[res.length];
      for (int t = 0; t < res.length; t++) {
        u[i][t] = (res[t] - mean) * scale;
        offsets[i][t] = days[t] - min;
      }
    }
    acc = new double[span];
    stamp = new int[span];
    touched = new int[span];
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
    Map<Integer, List<Integer>> byDate = new HashMap<>();
    for (int i : members) {
      EventAbnormalReturns e = events.get(i);
      for (int rel = fromInclusive; rel <= toInclusive; rel++) {
        int k = e.indexOf(rel);
        if (k >= 0 && !Double.isNaN(e.ar()[k])) {
          byDate.computeIfAbsent(e.days()[k], d -> new ArrayList<>(2)).add(i);
        }
      }
    }
    double total = 0;
    for (List<Integer> shared : byDate.values()) {
      if (shared.size() < 2) {
        continue;
      }
      pass++;
      int count = 0;
      double squares = 0;
      for (int i : shared) {
        double[] ui = u[i];
        int[] oi = offsets[i];
        for (int t = 0; t < ui.length; t++) {
          int o = oi[t];
          if (stamp[o] != pass) {
            stamp[o] = pass;
            acc[o] = 0;
            touched[count++] = o;
          }
          acc[o] += ui[t];
          squares += ui[t] * ui[t];
        }
      }
      double sums = 0;
      for (int k = 0; k < count; k++) {
        sums += acc[touched[k]] * acc[touched[k]];
      }
      total += sums - squares;
    }
    int length = toInclusive - fromInclusive + 1;
    return total / ((double) length * n * (n - 1));
  }
}
