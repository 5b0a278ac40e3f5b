package org.stockreaction.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.stockreaction.config.CommandLineArgs;
import org.stockreaction.config.CommandLineArgs.Option;
import org.stockreaction.config.CommandLineArgs.Syntax;
import org.stockreaction.config.ConfigLoader;
import org.stockreaction.config.Setting;
import org.stockreaction.config.SettingException;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.ingest.InputException;

/**
 * A study's command line, parsed: the input and output folders, the config file and the settings
 * given as options. Every entry point turns its arguments into a {@link StudyConfig} this way, so
 * the same arguments and {@code study.properties} give the same config:
 * {@code StudyArgs.parse(args).load()}.
 *
 * @param input the input folder
 * @param output the output folder
 * @param config the config file given with {@code --config}, or null for
 *     {@code <input>/study.properties} when it exists
 * @param settings each setting given on the command line, by key, as text
 */
public record StudyArgs(Path input, Path output, Path config, Map<String, String> settings) {

  public StudyArgs {
    settings = Map.copyOf(settings);
  }

  static final Option INPUT = Option.value("input", "DIR", "input folder (default: input)");
  static final Option OUTPUT = Option.value("output", "DIR", "output folder (default: output)");
  static final Option CONFIG = Option.value("config", "FILE",
      "config file (default: <input>/study.properties, if it exists)");
  static final Option QUIET = Option.flag("quiet", 'q', "print errors only");
  static final Option VERBOSE = Option.flag("verbose", 'v', "print more detail");
  static final Option HELP = Option.flag("help", 'h', "show this help and exit");
  static final Option VERSION = Option.flag("version", 'V', "print the version and exit");

  /** The options of {@code stock-reaction} and all its commands, besides the settings. */
  static final List<Option> OPTIONS = List.of(INPUT, OUTPUT, CONFIG, QUIET, VERBOSE, HELP,
      VERSION);
  /** Where a command-line error sends the user. */
  static final String SEE_HELP = "see --help for the options";

  /**
   * Parses the options of {@code stock-reaction} (no command): the folders, {@code --config}
   * and one {@code --KEY VALUE} per setting. Nothing is read yet.
   *
   * @throws SettingException for an unknown option, a missing value or an empty folder name
   */
  public static StudyArgs parse(String... args) throws SettingException {
    return of(new Syntax(OPTIONS, List.of(), SEE_HELP).parse(args));
  }

  /** The folders, config file and settings of a parsed command line. */
  static StudyArgs of(CommandLineArgs args) throws SettingException {
    String config = args.option(CONFIG.name(), null);
    return new StudyArgs(path(INPUT, args.option(INPUT.name(), "input")),
        path(OUTPUT, args.option(OUTPUT.name(), "output")),
        config == null ? null : path(CONFIG, config), args.settings());
  }

  /** The config file read: the one given with {@code --config}, else the input folder's. */
  public Path configFile() {
    return configFile(input, config);
  }

  static Path configFile(Path input, Path config) {
    return config != null ? config : input.resolve("study.properties");
  }

  /**
   * The settings: defaults, then the config file, then the command line, each checked.
   *
   * @throws SettingException when a setting is not valid, or {@code --config} names no file
   * @throws InputException when the config file cannot be read
   */
  public StudyConfig load() throws InputException {
    if (config != null && !Files.exists(config)) {
      throw new SettingException(config.toString(), "the config file does not exist",
          "check the --config path");
    }
    Path file = configFile();
    Path read = ConfigLoader.confined(input, file, display(file),
        settings.get(Setting.ALLOW_OUTSIDE_INPUT.key()));
    return ConfigLoader.load(read, display(file), settings, OPTIONS);
  }

  /**
   * One setting from the command line alone, or its default: for a command that reads no config
   * file, such as {@code bench}.
   */
  public <T> T commandLineValue(Setting<T> setting) throws SettingException {
    String text = settings.getOrDefault(setting.key(), setting.defaultValue());
    try {
      return setting.parse(text);
    } catch (IllegalArgumentException e) {
      throw new SettingException("command line", setting.key() + ": " + e.getMessage(),
          "expected " + setting.valid());
    }
  }

  /** The longest path accepted: Linux's PATH_MAX; no system opens a longer one. */
  static final int MAX_PATH = 4096;

  /** A folder or file option's path; empty text is refused rather than read as the working folder. */
  static Path path(Option o, String text) throws SettingException {
    String option = "--" + o.name();
    if (text.isBlank()) {
      throw new SettingException("command line", option + " is empty",
          "name a folder or file, such as " + option + " " + option.substring(2));
    }
    if (text.length() > MAX_PATH) {
      throw new SettingException("command line", option + " \"" + Setting.cut(text) + "\" is "
          + text.length() + " characters long, more than a path can be (" + MAX_PATH + ")",
          "name a folder or file, such as " + option + " " + option.substring(2));
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new SettingException("command line", option + " \"" + Setting.cut(text)
          + "\" is not a valid path", "name a folder or file, such as " + option + " "
          + option.substring(2));
    }
  }

  /** A path as the user sees it: relative to the working folder when inside it, with '/'. */
  static String display(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    String s = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : p.toString();
    return s.replace('\\', '/');
  }
}
