package org.stockreaction.stats;

/**
 * Whether the prices bear out a reported move such as "rose more than 1%", read as a claim that the
 * day-0 move was at least that size in that direction.
 */
public enum Verdict {
  /** The day-0 close-to-close return met the reported size in the reported direction. */
  CONFIRMED("confirmed by the close"),
  /** The close fell short, but the intraday extreme against the prior close met it. */
  CONFIRMED_INTRADAY_ONLY("confirmed intraday only"),
  /** The close moved in the reported direction, but less than reported, even intraday. */
  SMALLER_THAN_REPORTED("smaller than reported"),
  /** The close moved against the reported direction and no intraday extreme met the claim. */
  OPPOSITE_DIRECTION("opposite direction"),
  /** No reported move was given for the event. */
  NO_CLAIM("no claim to check"),
  /** Day 0 has no usable return. */
  NO_DATA("no day-0 return");

  private final String description;

  Verdict(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** The name written to CSV files. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The rule, in words, for reports. */
  public static String rule() {
    return "A reported move of X% is read as a claim that the day-0 move was at least |X|% in the"
        + " direction of X's sign. CONFIRMED: the close-to-close return meets it."
        + " CONFIRMED_INTRADAY_ONLY: the close does not, but the day's high (for a rise) or low (for a"
        + " fall), measured against the prior close, does. SMALLER_THAN_REPORTED: the close moved the"
        + " reported way but by less, even intraday. OPPOSITE_DIRECTION: the close moved the other way"
        + " and no intraday extreme met the claim.";
  }

  /**
   * @param reported reported move, in the same units as the returns; NaN when there is none
   * @param close day-0 close-to-close return
   * @param intradayExtreme day-0 high (reported rise) or low (reported fall) against the prior
   *     close; NaN when the file has no high/low
   */
  public static Verdict judge(double reported, double close, double intradayExtreme) {
    if (Double.isNaN(reported) || reported == 0) {
      return NO_CLAIM;
    }
    if (Double.isNaN(close)) {
      return NO_DATA;
    }
    double sign = Math.signum(reported);
    double size = Math.abs(reported);
    if (sign * close >= size) {
      return CONFIRMED;
    }
    if (!Double.isNaN(intradayExtreme) && sign * intradayExtreme >= size) {
      return CONFIRMED_INTRADAY_ONLY;
    }
    return sign * close >= 0 ? SMALLER_THAN_REPORTED : OPPOSITE_DIRECTION;
  }
}
