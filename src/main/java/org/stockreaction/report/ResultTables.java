package org.stockreaction.report;

import static org.stockreaction.report.CsvTable.text;
import static org.stockreaction.report.Decimals.format;
import static org.stockreaction.report.Decimals.pct;

import java.time.LocalDate;
import java.util.List;
import org.stockreaction.calendar.Window;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.EventResult;
import org.stockreaction.job.StudyResult;
import org.stockreaction.model.ModelFit;
import org.stockreaction.stats.EventAbnormalReturns;
import org.stockreaction.stats.ReportedMoveCheck;
import org.stockreaction.stats.WindowStatistics;

/** Turns a study's results into the CSV tables, with their documented column names. */
public final class ResultTables {

  public static final List<String> SUMMARY = List.of("ticker", "event_date", "day0", "benchmark",
      "model", "est_obs", "alpha_pct", "beta", "r_squared", "sigma_pct", "reported_move_pct",
      "day0_return_pct", "day0_intraday_extreme_pct", "day0_ar_pct", "day0_ar_t", "day0_ar_p",
      "verdict", "status", "reason", "label", "group", "events_line", "estimation_start",
      "estimation_end", "estimation_missing_days", "df");

  public static final List<String> CAR = List.of("ticker", "event_date", "window_start",
      "window_end", "days", "car_pct", "car_t", "car_p", "bhar_pct", "missing_days", "label",
      "group");

  public static final List<String> ABNORMAL = List.of("ticker", "event_date", "date", "rel_day",
      "return_pct", "benchmark_return_pct", "expected_pct", "ar_pct", "car_pct", "ar_t", "ar_p",
      "ar_sd_pct");

  private ResultTables() {}

  static String t(double v) {
    return format(v, 6);
  }

  static String p(double v) {
    return format(v, 10);
  }

  public static CsvTable summary(StudyResult study) {
    CsvTable t = new CsvTable(SUMMARY);
    for (EventOutcome o : study.outcomes()) {
      String label = o.label();
      if (!o.ok()) {
        String reported = o.spec() == null ? "" : pct(o.spec().reportedMovePct() / 100);
        t.add(text(o.ticker()), text(o.eventDate()), "", "", "", "", "", "", "", "", reported, "",
            "", "", "", "", "", "failed", text(o.reason().key() + ": " + o.message()), text(label),
            text(o.group()), Integer.toString(o.line()), "", "", "", "");
        continue;
      }
      EventResult r = o.result();
      ModelFit f = r.abnormal().fit();
      ReportedMoveCheck c = r.check();
      int i0 = r.abnormal().indexOf(0);
      EventAbnormalReturns a = r.abnormal();
      t.add(text(o.ticker()), text(o.eventDate()), r.day0().toString(), text(r.benchmark()),
          r.model().key(), Integer.toString(f.observations()), pct(f.alpha()), t(f.beta()),
          t(f.rSquared()), pct(f.sigma()), pct(c.reported()), pct(c.close()),
          pct(c.intradayExtreme()), pct(c.abnormal()), t(i0 < 0 ? Double.NaN : a.t()[i0]),
          p(i0 < 0 ? Double.NaN : a.p()[i0]), c.verdict().key(), "ok", "", text(label),
          text(o.group()), Integer.toString(o.line()), r.estimationFirst().toString(),
          r.estimationLast().toString(), Integer.toString(r.estimationMissing()),
          Integer.toString(f.degreesOfFreedom()));
    }
    return t;
  }

  public static CsvTable car(StudyResult study) {
    CsvTable t = new CsvTable(CAR);
    for (EventOutcome o : study.outcomes()) {
      if (!o.ok()) {
        continue;
      }
      for (WindowStatistics w : o.result().abnormal().windows()) {
        Window win = w.window();
        t.add(text(o.ticker()), text(o.eventDate()), Integer.toString(win.fromInclusive()),
            Integer.toString(win.toInclusive()), Integer.toString(w.days()), pct(w.car()), t(w.t()),
            p(w.p()), pct(w.bhar()), Integer.toString(w.missingDays()), text(o.label()),
            text(o.group()));
      }
    }
    return t;
  }

  public static CsvTable abnormalReturns(StudyResult study) {
    CsvTable t = new CsvTable(ABNORMAL);
    for (EventOutcome o : study.outcomes()) {
      if (!o.ok()) {
        continue;
      }
      EventResult r = o.result();
      EventAbnormalReturns a = r.abnormal();
      double car = 0;
      for (int i = 0; i < a.length(); i++) {
        boolean has = !Double.isNaN(a.ar()[i]);
        if (has) {
          car += a.ar()[i];
        }
        t.add(text(o.ticker()), text(o.eventDate()), LocalDate.ofEpochDay(a.days()[i]).toString(),
            Integer.toString(a.firstRelDay() + i), pct(a.actual()[i]), pct(r.benchmarkReturns()[i]),
            pct(a.expected()[i]), pct(a.ar()[i]), has ? pct(car) : "", t(a.t()[i]), p(a.p()[i]),
            pct(Math.sqrt(a.arVariance()[i])));
      }
    }
    return t;
  }
}
