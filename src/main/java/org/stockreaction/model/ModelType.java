package org.stockreaction.model;

/**
 * The expected-return model. Every model is a linear model of the stock return on a set of
 * regressors, estimated by OLS on the estimation window, or a fixed rule with no estimated
 * parameters.
 */
public enum ModelType {
  /** OLS {@code R_i = a + b R_m + e} (the default). */
  MARKET("market", "market model (OLS of the stock return on the benchmark return)", true, 1),
  /** {@code E[R_i] = R_m}: no estimation; variance from estimation-window ARs, M - 1 divisor. */
  MARKET_ADJUSTED("market-adjusted", "market-adjusted (expected return = benchmark return)", false, 1),
  /** {@code E[R_i]} = the stock's mean return over the estimation window. */
  MEAN_ADJUSTED("mean-adjusted", "mean-adjusted (expected return = estimation-window mean)", true, 0),
  /** {@code E[R_i] = 0}: the abnormal return is the raw return. */
  RAW("raw", "raw returns (expected return = 0)", false, 0);

  private final String key;
  private final String description;
  private final boolean estimated;
  private final int regressors;

  ModelType(String key, String description, boolean estimated, int regressors) {
    this.key = key;
    this.description = description;
    this.estimated = estimated;
    this.regressors = regressors;
  }

  /** The name used in the config file, on the command line and in reports. */
  public String key() {
    return key;
  }

  public String description() {
    return description;
  }

  /** Whether the model has an intercept and slopes fitted by OLS. */
  public boolean estimated() {
    return estimated;
  }

  /** Number of regressor columns the model reads (benchmark or factors). */
  public int regressors() {
    return regressors;
  }

  /** Number of parameters fitted: intercept plus slopes, or none. */
  public int parameters() {
    return estimated ? 1 + regressors : 0;
  }

  public static ModelType fromKey(String key) {
    for (ModelType m : values()) {
      if (m.key.equalsIgnoreCase(key.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown model \"" + key + "\"");
  }
}
