package org.stockreaction.job;

/** Where the job reports progress; the command line decides how to show it. */
public interface JobListener {
  void info(String message);

  void warn(String message);

  /** Called as events complete. */
  void progress(int done, int total);

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
