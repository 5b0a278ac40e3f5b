package org.stockreaction.report;

import static org.stockreaction.report.CsvTable.text;
import static org.stockreaction.report.Decimals.format;

import java.util.ArrayList;
import java.util.List;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.EventResult;
import org.stockreaction.job.FactorFile;
import org.stockreaction.job.StudyResult;
import org.stockreaction.model.ModelFit;
import org.stockreaction.model.ModelType;
import org.stockreaction.stats.Probabilities;

/**
 * {@code loadings.csv}: one row per event and fitted coefficient (intercept, then one per
 * regressor), with its standard error, t and two-sided p (Student t, M - k degrees of freedom),
 * and the vintage of the factor files the model read. Events of the comparison model follow the
 * run's own.
 */
public final class LoadingsTable {

  public static final List<String> HEADER = List.of("ticker", "event_date", "model", "factor",
      "estimate", "std_error", "t", "p", "df", "vintage");

  private LoadingsTable() {}

  /** The coefficient names of an event's model: alpha, then the factors or the benchmark. */
  public static List<String> coefficientNames(EventResult r) {
    ModelType m = r.model();
    List<String> names = new ArrayList<>();
    if (!m.estimated()) {
      return names;
    }
    names.add("alpha");
    if (m.usesFactors()) {
      names.addAll(m.factors());
    } else if (m.regressors() > 0) {
      names.add(r.benchmark());
    }
    if (m == ModelType.GARCH) {
      names.addAll(List.of("garch_omega", "garch_alpha", "garch_beta"));
    }
    return names;
  }

  public static CsvTable of(StudyResult study) {
    CsvTable t = new CsvTable(HEADER);
    add(t, study.outcomes(), study.factorFiles());
    if (study.comparison() != null) {
      add(t, study.comparison().outcomes(), study.factorFiles());
    }
    return t;
  }

  private static void add(CsvTable t, List<EventOutcome> outcomes, List<FactorFile> files) {
    for (EventOutcome o : outcomes) {
      if (!o.ok()) {
        continue;
      }
      EventResult r = o.result();
      ModelFit f = r.abnormal().fit();
      List<String> names = coefficientNames(r);
      String vintage = FactorFile.vintageOf(files, r.model());
      for (int j = 0; j < names.size(); j++) {
        double est = f.coefficients()[j];
        double se = f.standardErrors()[j];
        double tv = est / se;
        t.add(text(o.ticker()), text(o.eventDate()), r.model().key(), text(names.get(j)),
            format(est, 10), format(se, 10), format(tv, 6),
            format(Probabilities.twoSidedT(tv, f.degreesOfFreedom()), 10),
            Integer.toString(f.degreesOfFreedom()), text(vintage));
      }
    }
  }
}
