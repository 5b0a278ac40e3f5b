package org.stockreaction.stats;

/**
 * An event left out of a group statistic, and why.
 *
 * @param event the event, as named in reports (ticker, date, events-file line)
 * @param reason one line saying why
 */
public record Exclusion(String event, String reason) {}
