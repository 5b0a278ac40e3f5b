package org.stockreaction.config;

import java.util.Objects;
import org.stockreaction.model.ModelType;

/**
 * Where the factor models find their factors, and the second model set against the main one.
 *
 * @param ff3File the three-factor daily file (Mkt-RF, SMB, HML, RF), relative to the input folder;
 *     used by {@code ff3} and {@code carhart4}
 * @param momentumFile the momentum daily file (Mom), relative to the input folder; {@code carhart4}
 * @param ff5File the five-factor daily file (Mkt-RF, SMB, HML, RMW, CMA, RF); {@code ff5}
 * @param compareModel a model computed for every event besides the main one and set against it in
 *     the report, or null for none
 */
public record FactorSettings(String ff3File, String momentumFile, String ff5File,
    ModelType compareModel) {

  /** The defaults: French's files as shipped in {@code input/factors/}, compared with ff3. */
  public static final FactorSettings DEFAULTS = new FactorSettings(
      Setting.FF3_FACTORS.defaultValue(), Setting.MOMENTUM_FACTORS.defaultValue(),
      Setting.FF5_FACTORS.defaultValue(), ModelType.FF3);

  public FactorSettings {
    Objects.requireNonNull(ff3File, "ff3File");
    Objects.requireNonNull(momentumFile, "momentumFile");
    Objects.requireNonNull(ff5File, "ff5File");
  }

  /** The setting's value for {@code compare-model}. */
  public String compareKey() {
    return compareModel == null ? "none" : compareModel.key();
  }
}
