package org.stockreaction.job;

import java.util.List;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.stats.GroupResult;

/**
 * Everything one run computed, in events-file order.
 *
 * @param config the effective settings
 * @param outcomes one per events-file row
 * @param inputs the price files read, sorted by ticker
 * @param warnings problems that did not stop anything
 * @param hasGroups whether the events file has a group column
 * @param factorFiles the factor files read, in the order first read
 * @param comparison the second model set against the run's own, or null when none was asked for
 * @param groups the statistics of each group of events (one group, "all", without a group column)
 * @param crossSection the regressions of the abnormal returns on the events' characteristics
 */
public record StudyResult(
    StudyConfig config, List<EventOutcome> outcomes, List<InputFile> inputs, List<String> warnings,
    boolean hasGroups, List<FactorFile> factorFiles, ModelComparison comparison,
    List<GroupResult> groups, CrossSection crossSection) {

  public StudyResult {
    outcomes = List.copyOf(outcomes);
    factorFiles = factorFiles == null ? List.of() : List.copyOf(factorFiles);
    inputs = List.copyOf(inputs);
    warnings = List.copyOf(warnings);
    groups = List.copyOf(groups);
    crossSection = crossSection == null ? CrossSection.NONE : crossSection;
  }

  /** A result without factor files or a comparison, its group statistics computed from the outcomes. */
  public StudyResult(StudyConfig config, List<EventOutcome> outcomes, List<InputFile> inputs,
      List<String> warnings, boolean hasGroups) {
    this(config, outcomes, inputs, warnings, hasGroups, List.of(), null,
        GroupRunner.compute(outcomes, hasGroups, config.eventWindows()), CrossSection.NONE);
  }

  public long succeeded() {
    return outcomes.stream().filter(EventOutcome::ok).count();
  }

  public long failed() {
    return outcomes.size() - succeeded();
  }
}
