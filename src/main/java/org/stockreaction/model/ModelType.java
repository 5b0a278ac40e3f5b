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
  RAW("raw", "raw returns (expected return = 0)", false, 0),
  /** Fama-French 3: OLS {@code R_i - RF = a + b MktRF + s SMB + h HML + e}. */
  FF3("ff3", "Fama-French three-factor model (OLS of the excess return on Mkt-RF, SMB, HML)",
      true, 3, "Mkt-RF", "SMB", "HML"),
  /** Carhart 4: {@code ff3} plus the momentum factor {@code Mom}. */
  CARHART4("carhart4",
      "Carhart four-factor model (OLS of the excess return on Mkt-RF, SMB, HML, Mom)", true, 4,
      "Mkt-RF", "SMB", "HML", "Mom"),
  /** Fama-French 5: {@code ff3} plus profitability {@code RMW} and investment {@code CMA}. */
  FF5("ff5",
      "Fama-French five-factor model (OLS of the excess return on Mkt-RF, SMB, HML, RMW, CMA)",
      true, 5, "Mkt-RF", "SMB", "HML", "RMW", "CMA"),
  /**
   * GARCH(1,1) market model: {@code R_i = a + b R_m + e}, {@code e_t ~ N(0, h_t)}, {@code h_t =
   * omega + alpha e_(t-1)^2 + beta h_(t-1)}, by maximum likelihood; the ARs are standardised by
   * the forecast {@code h_t}.
   */
  GARCH("garch", "GARCH(1,1) market model (maximum likelihood; ARs standardised by the forecast"
      + " conditional variance)", true, 1);

  private final String key;
  private final String description;
  private final boolean estimated;
  private final int regressors;
  private final java.util.List<String> factors;

  ModelType(String key, String description, boolean estimated, int regressors, String... factors) {
    this.key = key;
    this.description = description;
    this.estimated = estimated;
    this.regressors = regressors;
    this.factors = java.util.List.of(factors);
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

  /**
   * The factor columns the model regresses on, in regressor order, as French names them; empty
   * for the models on the benchmark return. A factor model's dependent variable is the excess
   * return {@code R_i - RF} and its expected return is {@code RF + a + b'f}.
   */
  public java.util.List<String> factors() {
    return factors;
  }

  /** Whether the model reads a factor file rather than the benchmark. */
  public boolean usesFactors() {
    return !factors.isEmpty();
  }

  /** Number of parameters fitted: intercept plus slopes, or none. */
  public int parameters() {
    return estimated ? 1 + regressors : 0;
  }

  /** Every model's key, comma-separated, in declaration order (for messages). */
  public static String keys() {
    return String.join(", ", java.util.Arrays.stream(values()).map(ModelType::key).toList());
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
