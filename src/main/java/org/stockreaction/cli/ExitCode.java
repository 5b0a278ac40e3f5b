package org.stockreaction.cli;

/** The process exit codes. Scripts and cron check these. */
public final class ExitCode {
  /** Every event computed and every report written. */
  public static final int OK = 0;
  /**
   * A bug in the tool, or the run could not be written (disk full, a file in the way); the message
   * says which. The previous output stays published.
   */
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

  /** A word for the code, for the summary line. */
  public static String name(int code) {
    switch (code) {
      case OK: return "ok";
      case INTERNAL: return "internal error";
      case USAGE: return "usage or config error";
      case INPUT: return "input error";
      case PARTIAL: return "partial success";
      case LOCKED: return "locked";
      default: return "unknown";
    }
  }
}
