package org.stockreaction.cli;

/** The process exit codes. Scripts and cron check these. */
public final class ExitCode {
  /** Every event computed and every report written. */
  public static final int OK = 0;
  /** A bug in the tool; the message says what to report. */
  public static final int INTERNAL = 1;
  /** Bad command line or config file; nothing was computed. */
  public static final int USAGE = 2;
  /** Bad input files (events, prices); nothing was computed. */
  public static final int INPUT = 3;
  /** Reports written, but some events failed; the summary lists them with reasons. */
  public static final int PARTIAL = 4;
  /** Another run holds the output folder's lock. */
  public static final int LOCKED = 5;

  private ExitCode() {}
}
