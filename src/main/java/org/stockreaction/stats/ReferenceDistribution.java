package org.stockreaction.stats;

import java.util.Locale;

/** The distribution a group statistic's p-value is read from. */
public enum ReferenceDistribution {
  /** Student t; the degrees of freedom go with the result. */
  STUDENT_T,
  /** The standard normal (an asymptotic reference). */
  STANDARD_NORMAL,
  /** The exact null distribution of the Wilcoxon signed-rank sum (small samples, no ties). */
  EXACT_SIGNED_RANK;

  /** The name written to reports, such as {@code t(49)} or {@code normal}. */
  public String label(double df) {
    return switch (this) {
      case STUDENT_T -> String.format(Locale.ROOT, "t(%d)", Math.round(df));
      case STANDARD_NORMAL -> "normal";
      case EXACT_SIGNED_RANK -> "exact signed-rank";
    };
  }
}
