package org.stockreaction.spark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.ingest.InputException;

/**
 * The Spark study's command line: {@code --input URI --output URI [--master URL] [--config URI]}
 * and every study setting as {@code --key value} (or {@code --key=value}), the CLI's keys. The
 * settings are parsed by the CLI's own loader, so keys, defaults, precedence (command line over
 * {@code study.properties} over default) and messages are the CLI's. This is the one place that
 * turns the command line into settings.
 *
 * @param input the input folder, a Hadoop path or URI ({@code file:}, {@code hdfs:}, {@code s3a:})
 * @param output the folder to publish into; must not exist yet
 * @param master the Spark master, or null to take spark-submit's
 * @param config the config file, or null for {@code <input>/study.properties}
 * @param settings the study settings given on the command line, by key
 */
record StudyArgs(String input, String output, String master, String config,
    Map<String, String> settings) {

  /** A command line that cannot be run. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  StudyArgs {
    settings = Map.copyOf(settings);
  }

  static final String USAGE = "usage: SparkStudy --input URI --output URI [--master URL]"
      + " [--config URI] [--<setting> VALUE ...]  (the settings of the stock-reaction command,"
      + " such as --model market --event-windows '0,0; -1,+1')";

  static StudyArgs parse(String[] args) throws UsageException {
    String input = null;
    String output = null;
    String master = null;
    String config = null;
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || a.length() == 2) {
        throw new UsageException("unexpected argument \"" + a + "\" (options start with --)");
      }
      String key = a.substring(2);
      String value;
      int eq = key.indexOf('=');
      if (eq >= 0) {
        value = key.substring(eq + 1);
        key = key.substring(0, eq);
      } else {
        if (i + 1 >= args.length) {
          throw new UsageException("option --" + key + " needs a value");
        }
        value = args[++i];
      }
      switch (key) {
        case "input" -> input = value;
        case "output" -> output = value;
        case "master" -> master = value;
        case "config" -> config = value;
        default -> settings.put(key, value);
      }
    }
    if (input == null || output == null) {
      throw new UsageException("--input and --output are required");
    }
    return new StudyArgs(input, output, master, config, settings);
  }

  /**
   * The study's settings: {@code configFile} (a local copy of the config file, or null when there
   * is none) under the command line's settings, with the CLI's loader.
   */
  StudyConfig load(Path configFile, String configDisplay) throws InputException {
    return ConfigLoader.load(configFile, configDisplay, settings);
  }
}
