package org.stockreaction.spark;

import java.io.Serializable;
import java.util.List;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.GroupRunner;
import org.stockreaction.job.ModelComparison;
import org.stockreaction.job.StudyJob;
import org.stockreaction.job.StudyResult;
import org.stockreaction.report.TableRows;
import org.stockreaction.report.TableRows.Table;

/**
 * What one events-file row contributes to the outputs, built where the event was computed: its
 * rows of each table as the CLI writes them, and what its group's statistics need (its abnormal
 * returns, or why it failed).
 */
final class EventRows implements Serializable {
  private static final long serialVersionUID = 1L;

  final int line;
  final String ticker;
  final String eventDate;
  /** The failure reason's key, or null for a computed event. */
  final String reason;
  final String message;
  final byte[] summary;
  final byte[] car;
  final byte[] abnormalReturns;
  final byte[] loadings;
  final byte[] comparedLoadings;
  /** The event's group, or null when no group lists it. */
  final String group;
  /** The event as the group reports name it. */
  final String name;
  /** The abnormal returns ({@link AbnormalCodec}), or null for a failed event. */
  final byte[] abnormal;

  private EventRows(EventOutcome o, StudyResult one, boolean hasGroups) {
    this.line = o.line();
    this.ticker = o.ticker();
    this.eventDate = o.eventDate();
    this.reason = o.ok() ? null : o.reason().key();
    this.message = o.message();
    this.summary = TableRows.rows(Table.SUMMARY, one);
    this.car = TableRows.rows(Table.CAR, one);
    this.abnormalReturns = TableRows.rows(Table.ABNORMAL_RETURNS, one);
    this.loadings = TableRows.rows(Table.LOADINGS, one);
    this.comparedLoadings = TableRows.comparedLoadings(one);
    this.group = GroupRunner.groupOf(o, hasGroups);
    this.name = GroupRunner.eventName(o);
    this.abnormal = o.ok() ? AbnormalCodec.encode(o.result().abnormal()) : null;
  }

  /**
   * The rows of an outcome computed by {@code job} ({@code compared}: the same event under the
   * second model, or null).
   */
  static EventRows of(Staged staged, StudyJob job, EventOutcome o, EventOutcome compared) {
    ModelComparison comparison = compared == null ? null
        : new ModelComparison(job.comparedModel(), List.of(compared), "");
    StudyResult one = new StudyResult(staged.config, List.of(o), List.of(), List.of(),
        staged.events.hasGroupColumn(), job.factorFiles(), comparison, List.of(), null);
    return new EventRows(o, one, staged.events.hasGroupColumn());
  }

  boolean ok() {
    return reason == null;
  }

  /** The failure as the group reports list it. */
  String failure() {
    return reason + ": " + message;
  }
}
