package org.stockreaction.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.stockreaction.ingest.EventSpec;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.StudyJob;
import org.stockreaction.model.ModelType;
import scala.Tuple2;

/**
 * The events of a partition's tickers, each computed by the CLI's own per-event code
 * ({@link StudyJob#compute}) on the ticker's series and the broadcast benchmarks and factors. A
 * failing event becomes a failed outcome with the CLI's reason, never a failed task.
 */
final class EventTask {

  private EventTask() {}

  /**
   * @param tickers each ticker with the events-file lines of its events and the series its files
   *     gave (the lowest rank is the one the CLI would take)
   */
  static Iterator<EventRows> compute(
      Iterator<Tuple2<String, Tuple2<Iterable<Integer>, Iterable<SeriesData>>>> tickers,
      StudyInputs inputs, Map<String, SeriesData> benchmarks, SeriesData panelError) {
    Staged staged = Staged.of(inputs);
    TaskPrices prices = new TaskPrices(inputs.display + "/" + staged.config.prices(), benchmarks,
        panelError);
    StudyJob job = staged.job(prices);
    ModelType compared = job.comparedModel();
    List<EventRows> out = new ArrayList<>();
    while (tickers.hasNext()) {
      Tuple2<String, Tuple2<Iterable<Integer>, Iterable<SeriesData>>> t = tickers.next();
      SeriesData best = null;
      for (SeriesData s : t._2()._2()) {
        best = best == null ? s : SeriesData.first(best, s);
      }
      prices.current(t._1(), best);
      List<EventSpec> specs = new ArrayList<>();
      for (int line : t._2()._1()) {
        specs.add(staged.spec(line));
      }
      // the ticker's other events (in any case, as the CLI), for clean-estimation's counts
      job.knowEvents(staged.sameTicker(t._1()));
      for (EventSpec spec : specs) {
        EventOutcome o = job.compute(spec);
        // as the CLI, the compare model only for the events the reports list
        EventOutcome c = compared == null || spec.line() > staged.lastListedLine ? null
            : job.compute(spec, compared);
        out.add(EventRows.of(staged, job, o, c));
      }
    }
    if (!out.isEmpty()) {
      out.get(out.size() - 1).benchmarkGaps = new java.util.TreeMap<>(job.benchmarkGaps());
    }
    return out.iterator();
  }
}
