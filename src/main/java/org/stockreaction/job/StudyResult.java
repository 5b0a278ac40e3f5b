package org.stockreaction.job;

import java.util.List;
import java.util.Set;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.model.ModelType;
import org.stockreaction.stats.GroupResult;

/**
 * Everything one run computed, in events-file order.
 *
 * <p>Without {@code totals} the outcomes are every events-file row. With them, they are the rows
 * the reports show ({@link Totals}), and the counts come from the totals.
 *
 * @param config the effective settings
 * @param outcomes one per events-file row, or only the rows the reports show when {@code totals}
 *     is given
 * @param inputs the price files read, sorted by ticker
 * @param warnings problems that did not stop anything
 * @param hasGroups whether the events file has a group column
 * @param factorFiles the factor files read, in the order first read
 * @param comparison the second model set against the run's own, or null when none was asked for
 * @param groups the statistics of each group of events (one group, "all", without a group column)
 * @param crossSection the regressions of the abnormal returns on the events' characteristics
 * @param totals what is known of every event when {@code outcomes} holds only those the reports
 *     show; null when it holds them all
 */
public record StudyResult(
    StudyConfig config, List<EventOutcome> outcomes, List<InputFile> inputs, List<String> warnings,
    boolean hasGroups, List<FactorFile> factorFiles, ModelComparison comparison,
    List<GroupResult> groups, CrossSection crossSection, Totals totals) {

  /**
   * What the reports need to know of all events when a run hands them only the events they show:
   * an engine whose events never meet in one place passes the first {@code report-events} rows,
   * the first {@code report-events} computed, failed and {@link SameFirm#contaminated} events
   * (each in events-file order), and these counts.
   *
   * @param events every events-file row
   * @param failed the rows that failed
   * @param contaminated the computed events with another event of the ticker in their estimation
   *     window
   * @param overlaps the overlapping pairs of one ticker's events in a group
   * @param firstOverlaps the first {@code report-events} of those, in {@link SameFirm#overlaps}'s
   *     order
   * @param models the models the computed events used
   */
  public record Totals(long events, long failed, long contaminated, long overlaps,
      List<SameFirm.Overlap> firstOverlaps, Set<ModelType> models) {

    public Totals {
      firstOverlaps = List.copyOf(firstOverlaps);
      models = Set.copyOf(models);
    }
  }

  public StudyResult {
    outcomes = List.copyOf(outcomes);
    factorFiles = factorFiles == null ? List.of() : List.copyOf(factorFiles);
    inputs = List.copyOf(inputs);
    warnings = List.copyOf(warnings);
    groups = List.copyOf(groups);
    crossSection = crossSection == null ? CrossSection.NONE : crossSection;
  }

  /** A result holding every events-file row. */
  public StudyResult(StudyConfig config, List<EventOutcome> outcomes, List<InputFile> inputs,
      List<String> warnings, boolean hasGroups, List<FactorFile> factorFiles,
      ModelComparison comparison, List<GroupResult> groups, CrossSection crossSection) {
    this(config, outcomes, inputs, warnings, hasGroups, factorFiles, comparison, groups,
        crossSection, null);
  }

  /** A result without factor files or a comparison, its group statistics computed from the outcomes. */
  public StudyResult(StudyConfig config, List<EventOutcome> outcomes, List<InputFile> inputs,
      List<String> warnings, boolean hasGroups) {
    this(config, outcomes, inputs, warnings, hasGroups, List.of(), null,
        GroupRunner.compute(outcomes, hasGroups, config.eventWindows()), CrossSection.NONE);
  }

  /** Every events-file row. */
  public long events() {
    return totals == null ? outcomes.size() : totals.events();
  }

  public long succeeded() {
    return totals == null ? outcomes.stream().filter(EventOutcome::ok).count()
        : totals.events() - totals.failed();
  }

  public long failed() {
    return events() - succeeded();
  }

  /** The computed events with another event of the ticker in their estimation window. */
  public long contaminated() {
    return totals == null ? SameFirm.contaminated(outcomes).size() : totals.contaminated();
  }

  /** The overlapping pairs of one ticker's events in a group ({@link #overlapCount} in all). */
  public List<SameFirm.Overlap> overlaps() {
    return totals == null ? SameFirm.overlaps(outcomes, hasGroups) : totals.firstOverlaps();
  }

  public long overlapCount() {
    return totals == null ? overlaps().size() : totals.overlaps();
  }

  /** Whether a computed event used {@code model}. */
  public boolean used(ModelType model) {
    return totals == null
        ? outcomes.stream().anyMatch(o -> o.ok() && o.result().model() == model)
        : totals.models().contains(model);
  }
}
