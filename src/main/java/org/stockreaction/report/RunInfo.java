package org.stockreaction.report;

import java.nio.file.Path;

/**
 * What a run's workbook says about the run on its {@code about} sheet.
 *
 * @param runId the run's folder name
 * @param version the tool's version
 * @param inputDir the input folder
 * @param inputDisplay the input folder as the user gave it
 * @param configFile the settings file read, or null when none was
 * @param configDisplay the settings file as the user gave it
 * @param digests where the inputs' SHA-256 digests come from; null for {@link FileDigest#sha256}
 */
public record RunInfo(String runId, String version, Path inputDir, String inputDisplay,
    Path configFile, String configDisplay, FileDigest.Source digests) {

  public RunInfo {
    digests = digests != null ? digests : FileDigest::sha256;
  }
}
