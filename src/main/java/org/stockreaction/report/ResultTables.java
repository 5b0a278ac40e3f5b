package org.stockreaction.report;

import static org.stockreaction.report.Decimals.format;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.stockreaction.calendar.Window;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.EventResult;
import org.stockreaction.job.ModelComparison;
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
      "estimation_end", "estimation_missing_days", "df", "other_event_days",
      "estimation_left_out_days");

  public static final List<String> CAR = List.of("ticker", "event_date", "window_start",
      "window_end", "days", "car_pct", "car_t", "car_p", "bhar_pct", "missing_days", "label",
      "group");

  public static final List<String> ABNORMAL = List.of("ticker", "event_date", "date", "rel_day",
      "return_pct", "benchmark_return_pct", "expected_pct", "ar_pct", "car_pct", "ar_t", "ar_p",
      "ar_sd_pct");

  public static final List<String> COMPARISON = List.of("ticker", "event_date", "window_start",
      "window_end", "model", "car_pct", "car_t", "car_p", "compare_model", "compare_car_pct",
      "compare_car_t", "compare_car_p", "compare_status", "label", "group");

  private ResultTables() {}

  /** Decimals of a t or z statistic, a beta or an R squared. */
  static final int T = 6;

  /** Decimals of a p-value. */
  static final int P = 10;

  static String t(double v) {
    return format(v, T);
  }

  static String p(double v) {
    return format(v, P);
  }

  /** {@code summary}: one row per event of the events file, computed or failed. */
  static void summary(StudyResult study, Cells t) throws IOException {
    for (EventOutcome o : study.outcomes()) {
      if (!o.ok()) {
        t.text(o.ticker()).text(o.eventDate());
        for (int i = 0; i < 8; i++) {
          t.empty();
        }
        t.pct(o.spec() == null ? Double.NaN : o.spec().reportedMovePct() / 100);
        for (int i = 0; i < 6; i++) {
          t.empty();
        }
        t.text("failed").text(o.reason().key() + ": " + o.message()).text(o.label())
            .text(o.group()).integer(o.line());
        for (int i = 0; i < 6; i++) {
          t.empty();
        }
        t.endRow();
        continue;
      }
      EventResult r = o.result();
      ModelFit f = r.abnormal().fit();
      ReportedMoveCheck c = r.check();
      EventAbnormalReturns a = r.abnormal();
      int i0 = a.indexOf(0);
      t.text(o.ticker()).text(o.eventDate()).date(r.day0()).text(r.benchmark())
          .text(r.model().key()).integer(f.observations()).pct(f.alpha()).number(f.beta(), T)
          .number(f.rSquared(), T).pct(f.sigma()).pct(c.reported()).pct(c.close())
          .pct(c.intradayExtreme()).pct(c.abnormal())
          .number(i0 < 0 ? Double.NaN : a.t()[i0], T).number(i0 < 0 ? Double.NaN : a.p()[i0], P)
          .text(c.verdict().key()).text("ok").text("").text(o.label()).text(o.group())
          .integer(o.line()).date(r.estimationFirst()).date(r.estimationLast())
          .integer(r.estimationMissing()).integer(f.degreesOfFreedom())
          .integer(r.otherEventDays()).integer(r.estimationLeftOut());
      t.endRow();
    }
  }

  /** {@code car}: one row per computed event and event window. */
  static void car(StudyResult study, Cells t) throws IOException {
    for (EventOutcome o : study.outcomes()) {
      if (!o.ok()) {
        continue;
      }
      for (WindowStatistics w : o.result().abnormal().windows()) {
        Window win = w.window();
        t.text(o.ticker()).text(o.eventDate()).integer(win.fromInclusive())
            .integer(win.toInclusive()).integer(w.days()).pct(w.car()).number(w.t(), T)
            .number(w.p(), P).pct(w.bhar()).integer(w.missingDays()).text(o.label())
            .text(o.group());
        t.endRow();
      }
    }
  }

  /**
   * {@code comparison}: one row per event computed under the run's model and event window, with
   * its CAR under the compare model beside it; {@code compare_status} is {@code ok} or why the
   * compare model failed for that event (then its cells are empty).
   */
  static void comparison(StudyResult study, Cells t) throws IOException {
    ModelComparison c = study.comparison();
    java.util.Map<Integer, EventOutcome> theirs = new java.util.HashMap<>();
    for (EventOutcome o : c.outcomes()) {
      theirs.put(o.line(), o);
    }
    for (EventOutcome o : study.outcomes()) {
      EventOutcome b = theirs.get(o.line());
      if (!o.ok() || b == null) {
        continue;
      }
      List<WindowStatistics> others = b.ok() ? b.result().abnormal().windows() : List.of();
      List<WindowStatistics> ours = o.result().abnormal().windows();
      for (int k = 0; k < ours.size(); k++) {
        WindowStatistics w = ours.get(k);
        WindowStatistics x = k < others.size() ? others.get(k) : null;
        t.text(o.ticker()).text(o.eventDate()).integer(w.window().fromInclusive())
            .integer(w.window().toInclusive()).text(o.result().model().key()).pct(w.car())
            .number(w.t(), T).number(w.p(), P).text(c.model().key())
            .pct(x == null ? Double.NaN : x.car()).number(x == null ? Double.NaN : x.t(), T)
            .number(x == null ? Double.NaN : x.p(), P)
            .text(b.ok() ? "ok" : b.reason().key() + ": " + b.message()).text(o.label())
            .text(o.group());
        t.endRow();
      }
    }
  }

  /** {@code abnormal_returns}: one row per computed event and day of its event window. */
  static void abnormalReturns(StudyResult study, Cells t) throws IOException {
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
        t.text(o.ticker()).text(o.eventDate()).date(LocalDate.ofEpochDay(a.days()[i]))
            .integer(a.firstRelDay() + i).pct(a.actual()[i]).pct(r.benchmarkReturns()[i])
            .pct(a.expected()[i]).pct(a.ar()[i]).pct(has ? car : Double.NaN).number(a.t()[i], T)
            .number(a.p()[i], P).pct(Math.sqrt(a.arVariance()[i]));
        t.endRow();
      }
    }
  }
}
