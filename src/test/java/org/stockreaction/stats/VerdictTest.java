package org.stockreaction.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VerdictTest {
  @Test
  void closeMeetingTheClaimConfirms() {
    assertEquals(Verdict.CONFIRMED, Verdict.judge(0.01, 0.0131, 0.0379));
    assertEquals(Verdict.CONFIRMED, Verdict.judge(-0.04, -0.047, -0.061));
  }

  @Test
  void onlyTheIntradayHighMeetingTheClaimIsIntradayOnly() {
    assertEquals(Verdict.CONFIRMED_INTRADAY_ONLY, Verdict.judge(0.03, 0.0218, 0.0333));
  }

  @Test
  void shortfallsAndReversalsAreNamed() {
    assertEquals(Verdict.SMALLER_THAN_REPORTED, Verdict.judge(0.03, 0.0218, 0.025));
    assertEquals(Verdict.SMALLER_THAN_REPORTED, Verdict.judge(0.03, 0.0218, Double.NaN));
    assertEquals(Verdict.OPPOSITE_DIRECTION, Verdict.judge(-0.04, 0.01, -0.02));
    assertEquals(Verdict.NO_CLAIM, Verdict.judge(Double.NaN, 0.01, 0.02));
    assertEquals(Verdict.NO_DATA, Verdict.judge(0.01, Double.NaN, 0.02));
  }

  @Test
  void intradayExtremeIsMeasuredAgainstThePriorClose() {
    // AAPL 2025-02-11 as traded: prior close 227.65, high 235.23 -> +3.33%
    ReportedMoveCheck c = ReportedMoveCheck.of(0.03, 232.62 / 227.65 - 1, 235.23, 227.2, 227.65, 0.02);
    assertEquals(235.23 / 227.65 - 1, c.intradayExtreme(), 1e-15);
    assertEquals(Verdict.CONFIRMED_INTRADAY_ONLY, c.verdict());
    ReportedMoveCheck down = ReportedMoveCheck.of(-0.04, -0.047, 95, 88.11, 93.85, -0.046);
    assertEquals(88.11 / 93.85 - 1, down.intradayExtreme(), 1e-15);
  }
}
