package org.stockreaction.stats;

/**
 * The reported-move check of one event. All values are fractions (0.0131 is 1.31%); NaN when not
 * available.
 *
 * @param reported the move the press reported
 * @param close day-0 close-to-close simple return
 * @param intradayExtreme day-0 high (for a reported rise) or low (for a fall) against the prior close
 * @param abnormal day-0 abnormal return
 * @param verdict the outcome of {@link Verdict#judge}
 */
public record ReportedMoveCheck(
    double reported, double close, double intradayExtreme, double abnormal, Verdict verdict) {

  public static ReportedMoveCheck of(
      double reported, double close, double high, double low, double priorClose, double abnormal) {
    double extreme = Double.NaN;
    if (!Double.isNaN(priorClose) && priorClose > 0) {
      boolean up = !Double.isNaN(reported) && reported != 0 ? reported > 0 : !(close < 0);
      double level = up ? high : low;
      if (!Double.isNaN(level) && level > 0) {
        extreme = level / priorClose - 1.0;
      }
    }
    return new ReportedMoveCheck(reported, close, extreme, abnormal,
        Verdict.judge(reported, close, extreme));
  }
}
