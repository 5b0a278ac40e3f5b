package org.stockreaction.report;

import java.util.ArrayList;
import java.util.List;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.job.StudyResult;
import org.stockreaction.model.ModelType;

/**
 * The method lines of the GARCH model, of the handling of a firm's other events, and of the
 * cross-sectional regression, for the method sections of report.md and report.html.
 */
final class MethodNotes {

  private MethodNotes() {}

  static List<String> of(StudyResult study) {
    StudyConfig cfg = study.config();
    List<String> c = new ArrayList<>();
    boolean garch = cfg.model() == ModelType.GARCH || cfg.factors().compareModel() == ModelType.GARCH
        || study.used(ModelType.GARCH);
    if (garch) {
      c.add("GARCH(1,1) market model (Bollerslev 1986): R = a + b Rm + e, e_t ~ N(0, h_t),"
          + " h_t = ω + α e²_(t−1) + β h_(t−1), fitted by Gaussian maximum likelihood on the"
          + " estimation window (BOBYQA; ω > 0, α ≥ 0, β ≥ 0, α + β < 1), the recursion started"
          + " at e²_0 = h_0 = the mean squared residual (fGarch's convention); start values a, b"
          + " from OLS, α = 0.1, β = 0.8, ω = 0.1 s². The ARs come from the mean equation. Each"
          + " event day's AR variance is the forecast h_t from the last estimation day"
          + " (h_(T+1) = ω + α e²_T + β h_T, then h_(T+k) = ω + (α + β) h_(T+k−1)), so the event's"
          + " own returns do not enter their standard error; Var(CAR) = Σ h_t (the mean"
          + " parameters' estimation error is left out); Student t with M − 2 degrees of freedom."
          + " Patell, BMP and the other standardised tests use these variances. summary.csv's"
          + " sigma_pct is the unconditional √(ω/(1 − α − β)). A fit that does not converge, or"
          + " whose α + β reaches 1, fails its event with garch_not_converged.");
    }
    c.add("Other events of the same ticker: an estimation day inside another event's widest event"
        + " window is counted for every event (summary.csv other_event_days); clean-estimation = "
        + (cfg.cleanEstimation() ? "on: those days are left out of the estimation"
            + " (estimation_left_out_days), and an event left with fewer than min-estimation-obs"
            + " days fails with estimation_window_contaminated."
            : "off: they stay in (the classic MacKinlay estimation window).")
        + " Overlapping event windows of one ticker in one group: same-firm = "
        + cfg.sameFirm().key() + ".");
    if (!study.crossSection().characteristics().isEmpty()) {
      c.add("Cross-sectional regression (cross-section-y = " + cfg.crossSectionY().key() + "): for"
          + " each group and window, OLS of each event's " + CrossSectionReport.yWords(
              study.crossSection()) + " on an intercept and the x_ columns, by Commons Math;"
          + " events with a blank characteristic, a missing day in the window, or left out by"
          + " same-firm are not used. Classical standard errors s²(X'X)⁻¹ with Student t(n − p);"
          + " White (1980) HC1, n/(n − p)(X'X)⁻¹ Σ e²_i x_i x_i' (X'X)⁻¹, and clustered by day 0,"
          + " G/(G − 1)(n − 1)/(n − p)(X'X)⁻¹ Σ_g u_g u_g' (X'X)⁻¹ with u_g = Σ_(i in g) e_i x_i,"
          + " both with normal p-values (statsmodels' conventions).");
    }
    return c;
  }
}
