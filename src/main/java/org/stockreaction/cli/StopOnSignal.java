package org.stockreaction.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.stockreaction.publish.OutputLock;
import org.stockreaction.publish.RunPublisher;

/**
 * What a SIGINT or SIGTERM does while a run holds the output folder's lock: a shutdown hook that
 * logs one line, removes the run's temporary folder, releases the lock and leaves {@code latest}
 * as it was. The JVM then exits with 130 (SIGINT) or 143 (SIGTERM). A run that has already
 * switched {@code latest} stands; the hook only says so.
 */
final class StopOnSignal extends Thread implements AutoCloseable {
  private final OutputLock lock;
  private final Log log;
  private final String latest;
  /** The run's publisher, once it starts writing. */
  volatile RunPublisher publisher;
  /** Set when the run ended by itself: the hook then does nothing. */
  volatile boolean finished;

  StopOnSignal(OutputLock lock, Log log, String latest) {
    super("stop-on-signal");
    this.lock = lock;
    this.log = log;
    this.latest = latest;
  }

  private boolean installed;

  /** Registers the hook for a run that holds {@code lock}; {@link #close()} when the run ends. */
  static StopOnSignal install(OutputLock lock, Log log, String latest) {
    StopOnSignal s = new StopOnSignal(lock, log, latest);
    try {
      Runtime.getRuntime().addShutdownHook(s);
      s.installed = true;
    } catch (IllegalStateException e) {
      // already shutting down
    }
    return s;
  }

  /** The run ended by itself: the hook is removed, or does nothing if the JVM is stopping. */
  @Override
  public void close() {
    finished = true;
    if (installed) {
      try {
        Runtime.getRuntime().removeShutdownHook(this);
      } catch (IllegalStateException e) {
        // shutting down: the hook runs and finds the run finished
      }
    }
  }

  @Override
  public void run() {
    if (finished) {
      return;
    }
    RunPublisher p = publisher;
    Path removed = p == null ? null : p.abandon();
    if (p != null && p.switched()) {
      log.error("stopped by a signal (SIGINT or SIGTERM) after the run was published as "
          + latest);
    } else {
      log.error("stopped by a signal (SIGINT or SIGTERM): "
          + (removed == null ? "" : "removed " + StudyCommand.display(removed) + "; ")
          + "nothing published, " + latest + " unchanged; lock released");
    }
    try {
      lock.close();
    } catch (IOException e) {
      // the system releases it when the process ends
    }
  }
}
