package org.stockreaction.bench;

import java.util.Locale;

/** The synthetic universes the benchmark can generate. */
public enum BenchSize {
  /** 50 tickers x 2,520 days x 500 events in 5 groups, one file per ticker. */
  SMALL(50, 2520, 500, 5, false),
  /** 3,000 tickers x 2,520 days x 30,000 events in 30 groups, one file per ticker. */
  LARGE(3000, 2520, 30000, 30, false),
  /** The same universe as {@link #LARGE}, as one long-format panel file. */
  PANEL(3000, 2520, 30000, 30, true),
  /** Twice {@link #LARGE} in tickers and events, to show the scaling is linear. */
  LARGE2X(6000, 2520, 60000, 60, false);

  private final int tickers;
  private final int days;
  private final int events;
  private final int groups;
  private final boolean panel;

  BenchSize(int tickers, int days, int events, int groups, boolean panel) {
    this.tickers = tickers;
    this.days = days;
    this.events = events;
    this.groups = groups;
    this.panel = panel;
  }

  public int tickers() {
    return tickers;
  }

  public int days() {
    return days;
  }

  public int events() {
    return events;
  }

  public int groups() {
    return groups;
  }

  public boolean panel() {
    return panel;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
