package org.stockreaction.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.stockreaction.ingest.InputText;
import org.stockreaction.job.JobListener;

/**
 * Levelled log lines on stderr: {@code --quiet} keeps errors, {@code --verbose} adds detail.
 *
 * <p>Progress is a live line rewritten in place with {@code \r} when stderr is a terminal, once the
 * run has taken longer than a delay (2 s for a run): the stage, events done out of the total and
 * the time left. Off a terminal (cron, a pipe, a file) it prints nothing, except a log line every
 * {@code interval / 10} with {@code --verbose}.
 *
 * <p>The line is drawn here rather than by a progress-bar library: the one that fits
 * (me.tongfei:progressbar) brings JLine's terminal layer, hundreds of classes to load on every
 * run, for one line of text.
 */
final class Log implements JobListener {
  enum Level { ERROR, WARN, INFO, DEBUG }

  /** How often a live line is redrawn. */
  private static final long LIVE_REDRAW_NANOS = 100_000_000L;
  /** How often a progress line is logged when not on a terminal. */
  static final long DEFAULT_INTERVAL_NANOS = 10_000_000_000L;
  /** How long a run goes before its live line appears. */
  static final long DEFAULT_DELAY_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final Level level;
  /** What to do once the inputs are read; nothing unless the command sets it. */
  java.util.function.Consumer<java.util.List<org.stockreaction.job.InputFile>> onInputsRead =
      files -> {};
  private final boolean live;
  private final long intervalNanos;
  private final long showAfter;
  private long lastProgress = System.nanoTime();
  private long firstProgress = -1;
  private int firstDone;
  private String stage = "";
  private int lineLength;
  private boolean lineOpen;

  /** Whether only errors are printed ({@code --quiet}). */
  boolean quiet() {
    return level == Level.ERROR;
  }

  Log(PrintWriter err, Level level) {
    this(err, level, false, DEFAULT_INTERVAL_NANOS);
  }

  /**
   * @param live whether to draw progress as one line rewritten in place (a terminal)
   * @param intervalNanos the least time between progress log lines when not live
   */
  Log(PrintWriter err, Level level, boolean live, long intervalNanos) {
    this(err, level, live, intervalNanos, 0);
  }

  /** @param delayNanos how long a run goes before its live line appears */
  Log(PrintWriter err, Level level, boolean live, long intervalNanos, long delayNanos) {
    this.err = err;
    this.level = level;
    this.live = live;
    this.intervalNanos = intervalNanos;
    this.showAfter = System.nanoTime() + delayNanos;
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
  public void inputsRead(java.util.List<org.stockreaction.job.InputFile> prices) {
    onInputsRead.accept(prices);
  }

  @Override
  public void stage(String name, long nanos) {
    debug(String.format(Locale.ROOT, "stage %s: %.3f s", name, nanos / 1e9));
  }

  /** On a terminal, the stage now running replaces the live line (once it is shown). */
  @Override
  public synchronized void stageStarted(String name) {
    stage = name;
    if (live && level.compareTo(Level.INFO) >= 0 && System.nanoTime() - showAfter >= 0) {
      draw(name + " ...", true);
    }
  }

  @Override
  public synchronized void progress(int done, int total) {
    if (level.compareTo(Level.INFO) < 0 || total <= 0) {
      return;
    }
    long now = System.nanoTime();
    if (firstProgress < 0) {
      firstProgress = now;
      firstDone = done;
    }
    if (live) {
      if (now - showAfter >= 0 && (now - lastProgress >= LIVE_REDRAW_NANOS || done == total)) {
        String text = String.format(Locale.ROOT, "%s: events %d/%d (%d%%)",
            stage.isEmpty() ? "progress" : stage, done, total, 100L * done / total);
        double rate = (done - firstDone) / ((now - firstProgress) / 1e9);
        if (done < total && rate > 0 && now - firstProgress > LIVE_REDRAW_NANOS) {
          text += String.format(Locale.ROOT, ", about %d s left",
              (long) Math.ceil((total - done) / rate));
        }
        draw(text, done < total);
        lastProgress = now;
      }
    } else if (level == Level.DEBUG
        && (done == total || now - lastProgress >= intervalNanos / 10)) {
      line(Level.INFO, String.format(Locale.ROOT, "progress: events %d/%d (%d%%)", done, total,
          100L * done / total));
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

  /** Rewrites the live line, padded over the longer line before it; ends it unless {@code open}. */
  private void draw(String text, boolean open) {
    err.print("\r" + text + " ".repeat(Math.max(0, lineLength - text.length())));
    lineLength = text.length();
    lineOpen = open;
    if (!open) {
      err.println();
      lineLength = 0;
    }
    err.flush();
  }

  private void line(Level l, String m) {
    if (l.compareTo(level) <= 0) {
      if (lineOpen) {
        err.println();
        lineOpen = false;
        lineLength = 0;
      }
      err.println(l.name().toLowerCase(Locale.ROOT) + ": " + safe(m));
      err.flush();
    }
  }
}
