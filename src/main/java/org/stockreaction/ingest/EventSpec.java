package org.stockreaction.ingest;

import java.util.Objects;

/**
 * One row of the events file: a firm-event to study.
 *
 * @param line the line of the events file it came from
 * @param ticker the stock
 * @param time when the news came out
 * @param reportedMovePct the move the press reported, in percent; NaN when none was given
 * @param benchmark the benchmark ticker, or null for the study default
 * @param label a free-text label
 * @param group the sample the event belongs to (empty string when the file has no group column)
 * @param model the model key for this event, or null for the study default
 * @param characteristics the values of the file's {@code x_} columns, in their order; NaN where a
 *     cell is blank
 */
public record EventSpec(
    int line,
    String ticker,
    EventTime time,
    double reportedMovePct,
    String benchmark,
    String label,
    String group,
    String model,
    double[] characteristics) {

  /** A row without event characteristics. */
  public EventSpec(int line, String ticker, EventTime time, double reportedMovePct,
      String benchmark, String label, String group, String model) {
    this(line, ticker, time, reportedMovePct, benchmark, label, group, model, new double[0]);
  }

  public EventSpec {
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(time, "time");
    characteristics = characteristics == null ? new double[0] : characteristics;
    label = label == null ? "" : label;
    group = group == null ? "" : group;
  }

  /** The event date as written, for output rows. */
  public String eventDateText() {
    return time.text();
  }
}
