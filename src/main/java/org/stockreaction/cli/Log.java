package org.stockreaction.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.stockreaction.ingest.InputText;
import org.stockreaction.job.JobListener;

/**
 * Levelled log lines on stderr: {@code --quiet} keeps errors, {@code --verbose} adds detail.
 *
 * <p>Progress is a live line rewritten in place with {@code \r} when stderr is a terminal, and a
 * log line every {@code interval} otherwise (cron, a pipe, a file), so a log file gets a few lines
 * for a long run and none for a short one.
 */
final class Log implements JobListener {
  enum Level { ERROR, WARN, INFO, DEBUG }

  /** How often a live line is redrawn. */
  private static final long LIVE_REDRAW_NANOS = 100_000_000L;
  /** How often a progress line is logged when not on a terminal. */
  static final long DEFAULT_INTERVAL_NANOS = 10_000_000_000L;

  private final PrintWriter err;
  private final Level level;
  private final boolean live;
  private final long intervalNanos;
  private long lastProgress = System.nanoTime();
  private boolean lineOpen;

  Log(PrintWriter err, Level level) {
    this(err, level, false, DEFAULT_INTERVAL_NANOS);
  }

  /**
   * @param live whether to draw progress as one line rewritten in place (a terminal)
   * @param intervalNanos the least time between progress log lines when not live
   */
  Log(PrintWriter err, Level level, boolean live, long intervalNanos) {
    this.err = err;
    this.level = level;
    this.live = live;
    this.intervalNanos = intervalNanos;
  }

  void error(String m) {
    line(Level.ERROR, m);
  }

  @Override
  public void warn(String m) {
    line(Level.WARN, m);
  }

  @Override
  public void info(String m) {
    line(Level.INFO, m);
  }

  void debug(String m) {
    line(Level.DEBUG, m);
  }

  /** Each stage's wall time, in verbose mode. */
  @Override
  public void stage(String name, long nanos) {
    debug(String.format(Locale.ROOT, "stage %s: %.3f s", name, nanos / 1e9));
  }

  @Override
  public synchronized void progress(int done, int total) {
    if (level.compareTo(Level.INFO) < 0 || total <= 0) {
      return;
    }
    long now = System.nanoTime();
    String text = String.format(Locale.ROOT, "progress: events %d/%d (%d%%)", done, total,
        100L * done / total);
    if (live) {
      if (now - lastProgress >= LIVE_REDRAW_NANOS || done == total) {
        err.print("\r" + text);
        lineOpen = done < total;
        if (!lineOpen) {
          err.println();
        }
        err.flush();
        lastProgress = now;
      }
    } else if (level == Level.DEBUG && done == total
        || now - lastProgress >= (level == Level.DEBUG ? intervalNanos / 10 : intervalNanos)) {
      line(Level.INFO, text);
      lastProgress = now;
    }
  }

  /** The longest message printed; the rest is cut, with its length said. */
  static final int MAX_MESSAGE_CHARS = 4000;

  /**
   * A message fit for a terminal: control characters from input files escaped (an ESC from a file
   * never reaches the terminal), and at most {@link #MAX_MESSAGE_CHARS} characters.
   */
  static String safe(String m) {
    String s = InputText.escapeControls(m);
    return s.length() <= MAX_MESSAGE_CHARS ? s
        : s.substring(0, MAX_MESSAGE_CHARS) + "... (" + s.length() + " characters)";
  }

  private void line(Level l, String m) {
    if (l.compareTo(level) <= 0) {
      if (lineOpen) {
        err.println();
        lineOpen = false;
      }
      err.println(l.name().toLowerCase(Locale.ROOT) + ": " + safe(m));
      err.flush();
    }
  }
}
