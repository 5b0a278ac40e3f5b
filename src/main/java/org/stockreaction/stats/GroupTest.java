package org.stockreaction.stats;

/** The tests computed for a group of events (methodology.md, "Many events"). */
public enum GroupTest {
  /** {@code CAAR / (sd_i(CAR_i) / sqrt(N))}, Student t with N - 1 df. */
  CROSS_SECTIONAL_T("cross_sectional_t", "Cross-sectional t"),
  /** Campbell, Lo and MacKinlay's J1: {@code sum CAR_i / sqrt(sum Var(CAR_i))}, normal. */
  J1("j1", "J1 (estimation-window variances)"),
  /** Patell (1976): {@code sum SCAR_i / sqrt(sum df_i / (df_i - 2))}, normal. */
  PATELL_Z("patell_z", "Patell Z"),
  /** Patell Z divided by {@code sqrt(1 + (N - 1) r)} (Kolari and Pynnönen 2010), normal. */
  PATELL_Z_KP("patell_z_kp", "Patell Z, Kolari-Pynnönen adjusted"),
  /** Boehmer, Musumeci and Poulsen (1991): t of the standardised CARs, N - 1 df. */
  BMP_T("bmp_t", "BMP"),
  /** BMP times {@code sqrt((1 - r) / (1 + (N - 1) r))} (Kolari and Pynnönen 2010), N - 1 df. */
  BMP_T_KP("bmp_t_kp", "BMP, Kolari-Pynnönen adjusted"),
  /** Corrado (1989) rank test in Cowan's (1992) window form, normal. */
  CORRADO_RANK_Z("corrado_rank_z", "Corrado rank"),
  /** Cowan's (1992) generalized sign test, normal. */
  GENERALIZED_SIGN_Z("generalized_sign_z", "Generalized sign"),
  /** Wilcoxon signed-rank test on the CARs: z of the positive rank sum. */
  WILCOXON_SIGNED_RANK("wilcoxon_signed_rank_z", "Wilcoxon signed-rank"),
  /** Lyon, Barber and Tsai (1999) skewness-adjusted t of the BHARs, N - 1 df. */
  BHAR_SKEW_ADJUSTED_T("bhar_skew_adjusted_t", "BHAR skewness-adjusted t"),
  /**
   * Kolari and Pynnönen's (2011) generalized rank test: the window as one cumulated,
   * re-standardized observation ranked against the estimation days, Student t with T - 2 df.
   */
  GRANK_T("grank_t", "Generalized rank (GRANK)"),
  /**
   * Brown and Warner's (1980, 1985) crude dependence adjustment: {@code CAAR / (sqrt(L) S)} with S
   * the standard deviation of the estimation days' AARs, Student t with D - 1 df.
   */
  CDA_T("cda_t", "Crude dependence adjustment (CDA)");

  private final String key;
  private final String title;

  GroupTest(String key, String title) {
    this.key = key;
    this.title = title;
  }

  /** The name written to the {@code statistic} column. */
  public String key() {
    return key;
  }

  /** The name used in the Markdown report. */
  public String title() {
    return title;
  }
}
