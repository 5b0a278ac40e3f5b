package org.stockreaction.job;

import java.util.Objects;
import org.stockreaction.ingest.EventSpec;
import org.stockreaction.ingest.EventsFileReader;

/**
 * What happened to one events-file row: a result, or a failure with its reason.
 *
 * @param line the events-file line
 * @param ticker the ticker as written
 * @param eventDate the event date as written
 * @param label the label as written
 * @param group the group as written (empty when the file has no group column)
 * @param spec the parsed row, or null when the row itself could not be read
 * @param result the computed event, or null on failure
 * @param reason the failure reason, or null on success
 * @param message the failure message, or empty on success
 */
public record EventOutcome(
    int line, String ticker, String eventDate, String label, String group, EventSpec spec,
    EventResult result,
    FailureReason reason, String message) {

  public EventOutcome {
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(eventDate, "eventDate");
    message = message == null ? "" : message;
    label = label == null ? "" : label;
    group = group == null ? "" : group;
    if ((result == null) == (reason == null)) {
      throw new IllegalArgumentException("an outcome is either a result or a failure");
    }
  }

  public static EventOutcome ok(EventResult r) {
    EventSpec s = r.spec();
    return new EventOutcome(s.line(), s.ticker(), s.eventDateText(), s.label(), s.group(), s, r,
        null, "");
  }

  public static EventOutcome failed(EventSpec spec, FailureReason reason, String message) {
    return new EventOutcome(spec.line(), spec.ticker(), spec.eventDateText(), spec.label(),
        spec.group(), spec, null, reason, message);
  }

  /** The outcome of an events-file row that could not be read. */
  public static EventOutcome unreadable(EventsFileReader.RowError e) {
    return new EventOutcome(e.line(), e.ticker(), e.eventDate(), e.label(), e.group(), null, null,
        FailureReason.BAD_EVENT_ROW, e.message());
  }

  public boolean ok() {
    return result != null;
  }
}
