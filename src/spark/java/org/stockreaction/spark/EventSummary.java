package org.stockreaction.spark;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stockreaction.model.ModelType;

/**
 * What the driver learns of all events in one pass over them, without collecting them: the
 * events-file lines of the first {@code report-events} events, computed events, failed events and
 * events with another event of the ticker in their estimation window (the events the reports
 * show), the counts behind the same-firm notes, the models used, and the run's warnings that come
 * from the events. One is built per partition and the driver merges them.
 */
final class EventSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int max;
  final TreeSet<Integer> first = new TreeSet<>();
  final TreeSet<Integer> firstComputed = new TreeSet<>();
  final TreeSet<Integer> firstFailed = new TreeSet<>();
  final TreeSet<Integer> firstContaminated = new TreeSet<>();
  long events;
  long failed;
  long contaminated;
  long otherEventDays;
  long leftOut;
  final EnumSet<ModelType> models = EnumSet.noneOf(ModelType.class);
  /** The day-0 warnings by line. */
  final TreeMap<Integer, String> dayZeroGaps = new TreeMap<>();
  /** The benchmark warnings by {@code STOCK|BENCHMARK}. */
  final TreeMap<String, String> benchmarkGaps = new TreeMap<>();

  private EventSummary(int max) {
    this.max = max;
  }

  /** The summary of one partition's events; {@code max} is {@code report-events}. */
  static Iterator<EventSummary> of(Iterator<EventRows> rows, int max) {
    EventSummary s = new EventSummary(max);
    while (rows.hasNext()) {
      s.add(rows.next());
    }
    return List.of(s).iterator();
  }

  private void add(EventRows r) {
    events++;
    keep(first, r.line);
    if (r.ok()) {
      keep(firstComputed, r.line);
      models.add(r.model);
    } else {
      failed++;
      keep(firstFailed, r.line);
    }
    if (r.otherEventDays > 0) {
      contaminated++;
      otherEventDays += r.otherEventDays;
      leftOut += r.estimationLeftOut;
      keep(firstContaminated, r.line);
    }
    if (r.dayZeroGap != null) {
      dayZeroGaps.put(r.line, r.dayZeroGap);
    }
    if (r.benchmarkGaps != null) {
      benchmarkGaps.putAll(r.benchmarkGaps);
    }
  }

  /** Merges {@code o} into this one and returns this. */
  EventSummary merge(EventSummary o) {
    for (Integer line : o.first) {
      keep(first, line);
    }
    for (Integer line : o.firstComputed) {
      keep(firstComputed, line);
    }
    for (Integer line : o.firstFailed) {
      keep(firstFailed, line);
    }
    for (Integer line : o.firstContaminated) {
      keep(firstContaminated, line);
    }
    events += o.events;
    failed += o.failed;
    contaminated += o.contaminated;
    otherEventDays += o.otherEventDays;
    leftOut += o.leftOut;
    models.addAll(o.models);
    dayZeroGaps.putAll(o.dayZeroGaps);
    benchmarkGaps.putAll(o.benchmarkGaps);
    return this;
  }

  /** Adds {@code line} to the smallest {@code max} lines of {@code set}. */
  private void keep(TreeSet<Integer> set, int line) {
    set.add(line);
    if (set.size() > max) {
      set.pollLast();
    }
  }

  /** The lines of every event the reports show, in order. */
  TreeSet<Integer> shown() {
    TreeSet<Integer> all = new TreeSet<>(first);
    all.addAll(firstComputed);
    all.addAll(firstFailed);
    all.addAll(firstContaminated);
    return all;
  }

  /** An empty summary, to merge the partitions' into. */
  static EventSummary empty(int max) {
    return new EventSummary(max);
  }
}
