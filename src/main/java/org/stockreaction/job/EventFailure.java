package org.stockreaction.job;

/** An event that could not be computed: a reason code and one line saying what to do. */
public final class EventFailure extends Exception {
  private final FailureReason reason;

  public EventFailure(FailureReason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public FailureReason reason() {
    return reason;
  }
}
