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
  void progressOffATerminalPrintsNothingUnlessVerbose() {
    Log cron = log(Log.Level.INFO, false, 0);
    cron.stageStarted("computing");
    cron.progress(1, 3);
    cron.progress(3, 3);
    assertEquals("", text.toString(), "under cron only the log lines");
    StringWriter verboseText = new StringWriter();
    Log verbose = new Log(new PrintWriter(verboseText), Log.Level.DEBUG, false, 0);
    verbose.progress(1, 3);
    verbose.progress(3, 3);
    assertEquals("info: progress: events 1/3 (33%)\ninfo: progress: events 3/3 (100%)\n",
        verboseText.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aShortRunShowsNoLiveLine() {
    Log log = new Log(new PrintWriter(text), Log.Level.INFO, true, 0, 60_000_000_000L);
    log.stageStarted("computing");
    log.progress(1, 3);
    log.progress(3, 3);
    assertEquals("", text.toString(), "nothing before the delay has passed");
  }

  @Test
  void theLiveLineShowsTheStageAndTheTimeLeft() throws Exception {
    Log log = log(Log.Level.INFO, true, 0);
    log.stageStarted("computing");
    log.progress(1, 4);
    Thread.sleep(250);
    log.progress(2, 4);
    String shown = text.toString();
    // the line is redrawn at most every 0.1 s; one event took about 0.25 s, so the two left take
    // about 0.5 s: rounded up, 1 s
    assertEquals("\rcomputing ...\rcomputing: events 2/4 (50%), about 1 s left", shown);
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
