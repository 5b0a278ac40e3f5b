package org.stockreaction.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.stockreaction.ingest.EventSpec;
import org.stockreaction.model.ModelType;
import org.stockreaction.stats.EventAbnormalReturns;
import org.stockreaction.stats.ReportedMoveCheck;
import org.stockreaction.stats.WindowStatistics;

/**
 * A computed event.
 *
 * @param spec the events-file row
 * @param benchmark benchmark ticker used
 * @param model model used
 * @param day0 the trading day taken as day 0
 * @param dayZeroNote how day 0 was found, in words
 * @param estimationFirst first date of the estimation window (calendar), inclusive
 * @param estimationLast last date of the estimation window (calendar), inclusive
 * @param estimationMissing estimation-window days without a usable return
 * @param abnormal the abnormal returns and their tests
 * @param benchmarkReturns the benchmark's return on each day of the event window (same indices)
 * @param check the reported-move check
 * @param carPath CAR statistics over [first day, d] for each day d of the widest event window, in
 *     order (the CAR line and its band; their p-values are not computed, NaN); empty when not
 *     computed
 * @param prices the stock's and benchmark's prices over the estimation and event windows, or null
 * @param otherEventDays estimation-window days inside the widest event window of another event of
 *     the same ticker
 * @param estimationLeftOut estimation returns left out for those days ({@code clean-estimation =
 *     on}; 0 when off)
 */
public record EventResult(
    EventSpec spec,
    String benchmark,
    ModelType model,
    LocalDate day0,
    String dayZeroNote,
    LocalDate estimationFirst,
    LocalDate estimationLast,
    int estimationMissing,
    EventAbnormalReturns abnormal,
    double[] benchmarkReturns,
    ReportedMoveCheck check,
    List<WindowStatistics> carPath,
    PricePath prices,
    int otherEventDays,
    int estimationLeftOut) {

  public EventResult {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(abnormal, "abnormal");
    Objects.requireNonNull(check, "check");
    carPath = carPath == null ? List.of() : List.copyOf(carPath);
  }

  /** An event without the CAR path and price path (charts then leave those panels out). */
  public EventResult(EventSpec spec, String benchmark, ModelType model, LocalDate day0,
      String dayZeroNote, LocalDate estimationFirst, LocalDate estimationLast,
      int estimationMissing, EventAbnormalReturns abnormal, double[] benchmarkReturns,
      ReportedMoveCheck check) {
    this(spec, benchmark, model, day0, dayZeroNote, estimationFirst, estimationLast,
        estimationMissing, abnormal, benchmarkReturns, check, List.of(), null, 0, 0);
  }
}
