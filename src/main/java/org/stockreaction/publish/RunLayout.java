package org.stockreaction.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The layout of an output folder.
 *
 * <pre>
 * output/
 *   latest -&gt; runs/20250212T063000123Z-3fa9c2   symbolic link to the newest complete run
 *   runs/
 *     20250211T063000456Z-0b77e1/                 one folder per run, kept by keep-runs
 *       summary.csv car.csv abnormal_returns.csv report.md manifest.json
 *     .tmp-20250212T070000001Z-5d1e08/            a run being written (or left by a killed one)
 *   .lock                                         held by the run in progress
 * </pre>
 */
public final class RunLayout {
  /** The link to the newest complete run. */
  public static final String LATEST = "latest";
  /** The folder of dated run folders. */
  public static final String RUNS = "runs";
  /** The lock file. */
  public static final String LOCK = ".lock";
  /** The run's record, written last. */
  public static final String MANIFEST = "manifest.json";
  /** Prefix of a run folder still being written. */
  static final String TEMP_PREFIX = ".tmp-";

  /** A run folder's name: UTC time to the millisecond, then six hex digits. */
  static final Pattern RUN_NAME = Pattern.compile("\\d{8}T\\d{9}Z-[0-9a-f]{6}");

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private RunLayout() {}

  /** The stable folder that scripts and spreadsheets link to: {@code <output>/latest}. */
  public static Path latest(Path output) {
    return output.resolve(LATEST);
  }

  /** A new run's folder name for a run started at {@code start}. */
  public static String runName(Instant start, int random) {
    return STAMP.format(start) + "-" + String.format(Locale.ROOT, "%06x", random & 0xFFFFFF);
  }
}
