package org.stockreaction.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LogTest {

  private final StringWriter text = new StringWriter();

  private Log log(Log.Level level, boolean live, long interval) {
    return new Log(new PrintWriter(text), level, live, interval);
  }

  @Test
  void quietKeepsErrorsOnly() {
    Log log = log(Log.Level.ERROR, false, 0);
    log.info("i");
    log.warn("w");
    log.error("e");
    log.progress(1, 2);
    assertEquals("error: e\n", text.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void verboseAddsDebug() {
    Log log = log(Log.Level.DEBUG, false, Long.MAX_VALUE);
    log.debug("d");
    log.info("i");
    assertEquals("debug: d\ninfo: i\n", text.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void progressOffATerminalIsPlainLogLinesAtTheInterval() {
    Log every = log(Log.Level.INFO, false, 0);
    every.progress(1, 3);
    every.progress(3, 3);
    assertEquals("info: progress: events 1/3 (33%)\ninfo: progress: events 3/3 (100%)\n",
        text.toString().replace(System.lineSeparator(), "\n"));
    StringWriter quietText = new StringWriter();
    Log rare = new Log(new PrintWriter(quietText), Log.Level.INFO, false, Long.MAX_VALUE);
    rare.progress(1, 3);
    assertEquals("", quietText.toString(), "nothing before the interval has passed");
  }

  @Test
  void verboseLogsProgressTenTimesAsOftenButNotEveryEvent() {
    Log log = log(Log.Level.DEBUG, false, Long.MAX_VALUE);
    for (int i = 1; i <= 30_000; i++) {
      log.progress(i, 30_000);
    }
    assertEquals("info: progress: events 30000/30000 (100%)\n",
        text.toString().replace(System.lineSeparator(), "\n"),
        "a large run does not log one line per event; verbose logs the end");
  }

  @Test
  void progressOnATerminalRewritesOneLineAndEndsIt() {
    Log log = log(Log.Level.INFO, true, 0);
    log.progress(3, 3);
    assertEquals("\rprogress: events 3/3 (100%)\n",
        text.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aLogLineDuringALiveLineStartsOnItsOwnLine() throws Exception {
    Log log = log(Log.Level.INFO, true, 0);
    Thread.sleep(120);
    log.progress(1, 3);
    log.warn("w");
    assertEquals("\rprogress: events 1/3 (33%)\nwarn: w\n",
        text.toString().replace(System.lineSeparator(), "\n"));
  }
}
