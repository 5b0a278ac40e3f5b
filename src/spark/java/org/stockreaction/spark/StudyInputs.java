package org.stockreaction.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small inputs every task needs, broadcast once: the config file, the events file and the
 * factor files as bytes (by their path relative to the input folder), the command line's settings,
 * and how the input folder is named in messages.
 */
final class StudyInputs implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The name under which the config file is kept. */
  static final String CONFIG = "study.properties";

  final String runId;
  final String display;
  final String configDisplay;
  final LinkedHashMap<String, String> settings;
  /** The files by relative path; the config file as {@link #CONFIG} when there is one. */
  final LinkedHashMap<String, byte[]> files;
  final boolean hasConfig;
  /** Today, as the CLI takes it for its warning about future dates. */
  final int todayEpochDay;

  StudyInputs(String runId, String display, String configDisplay, Map<String, String> settings,
      Map<String, byte[]> files, boolean hasConfig, int todayEpochDay) {
    this.runId = runId;
    this.display = display;
    this.configDisplay = configDisplay;
    this.settings = new LinkedHashMap<>(settings);
    this.files = new LinkedHashMap<>(files);
    this.hasConfig = hasConfig;
    this.todayEpochDay = todayEpochDay;
  }
}
