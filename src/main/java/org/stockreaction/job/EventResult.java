package org.stockreaction.job;

import java.time.LocalDate;
import java.util.Objects;
import org.stockreaction.ingest.EventSpec;
import org.stockreaction.model.ModelType;
import org.stockreaction.stats.EventAbnormalReturns;
import org.stockreaction.stats.ReportedMoveCheck;

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
    ReportedMoveCheck check) {

  public EventResult {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(abnormal, "abnormal");
    Objects.requireNonNull(check, "check");
  }
}
