package org.stockreaction.stats;

import java.util.Objects;

/**
 * One computed event of a group.
 *
 * @param event the event, as named in reports
 * @param abnormal its abnormal returns
 */
public record GroupMember(String event, EventAbnormalReturns abnormal) {
  public GroupMember {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(abnormal, "abnormal");
  }
}
