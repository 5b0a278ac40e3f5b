package org.stockreaction.cli;

import java.io.PrintWriter;
import org.stockreaction.job.JobListener;

/** Levelled log lines on stderr: {@code --quiet} keeps errors, {@code --verbose} adds detail. */
final class Log implements JobListener {
  enum Level { ERROR, WARN, INFO, DEBUG }

  private final PrintWriter err;
  private final Level level;

  Log(PrintWriter err, Level level) {
    this.err = err;
    this.level = level;
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

  @Override
  public void progress(int done, int total) {
    if (level.compareTo(Level.DEBUG) >= 0 || (total >= 1000 && done % 1000 == 0)) {
      line(Level.INFO, "events " + done + "/" + total);
    }
  }

  private void line(Level l, String m) {
    if (l.compareTo(level) <= 0) {
      err.println(l.name().toLowerCase(java.util.Locale.ROOT) + ": " + m);
      err.flush();
    }
  }
}
