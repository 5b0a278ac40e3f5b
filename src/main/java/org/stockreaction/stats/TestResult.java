package org.stockreaction.stats;

import java.util.Objects;

/**
 * One test statistic with its two-sided p-value.
 *
 * @param test the test
 * @param value the statistic (NaN when it cannot be computed, e.g. too few events)
 * @param p two-sided p-value from {@code reference}
 * @param reference the distribution the p-value is read from
 * @param df degrees of freedom for {@link ReferenceDistribution#STUDENT_T}, NaN otherwise
 */
public record TestResult(
    GroupTest test, double value, double p, ReferenceDistribution reference, double df) {

  public TestResult {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(reference, "reference");
  }

  static TestResult t(GroupTest test, double value, double df) {
    return new TestResult(test, value, Probabilities.twoSidedT(value, df),
        ReferenceDistribution.STUDENT_T, df);
  }

  static TestResult normal(GroupTest test, double value) {
    return new TestResult(test, value, Probabilities.twoSidedNormal(value),
        ReferenceDistribution.STANDARD_NORMAL, Double.NaN);
  }

  /** The reference distribution as written to reports, such as {@code t(49)}. */
  public String referenceLabel() {
    return reference.label(df);
  }

  public boolean rejects(double level) {
    return p < level;
  }
}
