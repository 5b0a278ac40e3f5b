package org.stockreaction.job;

import java.util.List;
import java.util.Objects;
import org.stockreaction.model.ModelType;

/**
 * A second model computed besides the run's own for the events the reports show, to set the two
 * side by side.
 *
 * @param model the second model
 * @param outcomes one per events-file row shown (the first {@code report-events}), or one per
 *     readable row when {@code comparison-csv} is on, in the order of the run's outcomes; empty
 *     when skipped
 * @param skipped why it was not computed, or empty when it was
 */
public record ModelComparison(ModelType model, List<EventOutcome> outcomes, String skipped) {

  public ModelComparison {
    Objects.requireNonNull(model, "model");
    outcomes = List.copyOf(outcomes);
    skipped = skipped == null ? "" : skipped;
  }

  public boolean computed() {
    return skipped.isEmpty();
  }

  /**
   * Why comparison.csv, asked for by {@code comparison-csv}, is not written, for the run's
   * warnings; empty when it is written or not asked for.
   */
  static java.util.Optional<String> notWritten(ModelComparison c,
      org.stockreaction.config.StudyConfig config) {
    if (!config.comparisonCsv() || (c != null && c.computed())) {
      return java.util.Optional.empty();
    }
    String why = c == null ? "compare-model is " + (config.factors().compareModel() == null ? "none"
            : "the run's own model") + " (set compare-model to another model)"
        : c.skipped() + " (add the file, or set compare-model to another model)";
    return java.util.Optional.of("comparison.csv is not written: " + why);
  }
}
