package org.stockreaction.job;

/** Where the job reports progress; the command line decides how to show it. */
public interface JobListener {
  void info(String message);

  void warn(String message);

  /** Called as events complete, possibly from several threads. */
  void progress(int done, int total);

  /** Called when a stage of the run ends, with its wall time. */
  default void stage(String name, long nanos) {}

  /** A listener that drops everything. */
  JobListener SILENT = new JobListener() {
    @Override
    public void info(String message) {}

    @Override
    public void warn(String message) {}

    @Override
    public void progress(int done, int total) {}
  };
}
