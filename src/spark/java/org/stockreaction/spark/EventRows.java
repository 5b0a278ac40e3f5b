package org.stockreaction.spark;

import java.io.Serializable;
import java.util.List;
import java.util.TreeMap;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.GroupRunner;
import org.stockreaction.job.ModelComparison;
import org.stockreaction.job.RunWarnings;
import org.stockreaction.job.SameFirm;
import org.stockreaction.job.StudyJob;
import org.stockreaction.job.StudyResult;
import org.stockreaction.model.ModelType;
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
  /** The span of its widest event window with data, as {@link SameFirm.Member} has it. */
  final int windowStart;
  final int windowEnd;
  /** Estimation days inside another event's window, and the returns so left out. */
  final int otherEventDays;
  final int estimationLeftOut;
  /** The model a computed event used, or null. */
  final ModelType model;
  /** The warning that the event has no abnormal return on day 0, or null. */
  final String dayZeroGap;
  /**
   * The warnings about stocks' prices on days their benchmark lacks, by {@code STOCK|BENCHMARK},
   * of the stocks its partition computed; set on the partition's last row only, else null.
   */
  TreeMap<String, String> benchmarkGaps;

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
    SameFirm.Member m = o.ok() ? SameFirm.Member.of(o) : null;
    this.windowStart = m == null ? Integer.MAX_VALUE : m.start();
    this.windowEnd = m == null ? Integer.MIN_VALUE : m.end();
    this.otherEventDays = o.ok() ? o.result().otherEventDays() : 0;
    this.estimationLeftOut = o.ok() ? o.result().estimationLeftOut() : 0;
    this.model = o.ok() ? o.result().model() : null;
    List<String> gap = RunWarnings.dayZeroGaps(List.of(o));
    this.dayZeroGap = gap.isEmpty() ? null : gap.get(0);
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
