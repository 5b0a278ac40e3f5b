package org.stockreaction.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.stockreaction.config.CommandLineArgs;
import org.stockreaction.config.CommandLineArgs.Option;
import org.stockreaction.config.CommandLineArgs.Syntax;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.SettingException;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.ingest.InputException;

/**
 * The Spark study's command line: {@code --input URI --output URI [--master URL] [--config URI]}
 * and every study setting as {@code --key value} (or {@code --key=value}), the CLI's keys. The
 * command line is parsed by the CLI's parser and the settings by the CLI's loader, so keys, forms,
 * defaults, precedence (command line over {@code study.properties} over default) and messages are
 * the CLI's. This is the one place that turns the command line into settings.
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

  private static final Option INPUT = Option.value("input", "URI", "the input folder");
  private static final Option OUTPUT = Option.value("output", "URI",
      "the folder to publish into; must not exist yet");
  private static final Option MASTER = Option.value("master", "URL", "the Spark master");
  private static final Option CONFIG = Option.value("config", "URI",
      "the config file (default: <input>/study.properties)");
  /** The runner's options besides the settings; an error's hint points at the usage printed. */
  private static final List<Option> OPTIONS = List.of(INPUT, OUTPUT, MASTER, CONFIG);
  private static final Syntax SYNTAX = new Syntax(OPTIONS, List.of(), "see the usage below");

  /**
   * Parses {@code args} with the CLI's parser ({@link CommandLineArgs}): the same settings, the
   * same forms and the same messages, with {@code --master} besides the folders and the config.
   */
  static StudyArgs parse(String[] args) throws UsageException {
    CommandLineArgs parsed;
    try {
      parsed = SYNTAX.parse(args);
    } catch (SettingException e) {
      throw new UsageException(e.getMessage());
    }
    String input = parsed.option(INPUT.name(), null);
    String output = parsed.option(OUTPUT.name(), null);
    if (input == null || output == null) {
      throw new UsageException("--input and --output are required");
    }
    return new StudyArgs(input, output, parsed.option(MASTER.name(), null),
        parsed.option(CONFIG.name(), null), parsed.settings());
  }

  /**
   * The study's settings: {@code configFile} (a local copy of the config file, or null when there
   * is none) under the command line's settings, with the CLI's loader.
   */
  StudyConfig load(Path configFile, String configDisplay) throws InputException {
    return ConfigLoader.load(configFile, configDisplay, settings, OPTIONS);
  }
}
