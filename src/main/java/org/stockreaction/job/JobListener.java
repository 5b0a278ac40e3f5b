package org.stockreaction.job;

/** Where the job reports progress; the command line decides how to show it. Every method defaults to doing nothing. */
public interface JobListener {
  default void info(String message) {}

  default void warn(String message) {}

  /** Called as events complete, possibly from several threads. */
  default void progress(int done, int total) {}

  /** Called when a stage of the run starts. */
  default void stageStarted(String name) {}

  /** Called when a stage of the run ends, with its wall time. */
  default void stage(String name, long nanos) {}

  /**
   * Called once the events file and the price files are read, with the price files, so that work
   * on them (such as their digests for the manifest) can start while the events compute.
   */
  default void inputsRead(java.util.List<InputFile> prices) {}

  /** A listener that drops everything. */
  JobListener SILENT = new JobListener() {};
}
