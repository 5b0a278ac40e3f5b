package org.stockreaction.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockreaction.calendar.Window;
import org.stockreaction.ingest.InputException;
import org.stockreaction.ingest.InputFolder;
import org.stockreaction.ingest.Names;

/**
 * Reads the study config file ({@code key = value} lines, {@code #} comments) and merges it with
 * the defaults and the command line, in that order of precedence: command line over file over
 * default. Every value is parsed and checked by its {@link Setting} declaration, the same way
 * whether it comes from the file or the command line.
 */
public final class ConfigLoader {

  /** Where a raw value came from, for error messages. */
  private record Raw(String value, String source, int line, int column) {}

  private ConfigLoader() {}

  /**
   * @param file the config file, or null when there is none
   * @param displayName how to name the file in messages
   * @param overrides settings from the command line, by key
   * @throws SettingException when a setting is unknown or not valid
   * @throws InputException when the config file cannot be read
   */
  public static StudyConfig load(Path file, String displayName, Map<String, String> overrides)
      throws InputException {
    return load(file, displayName, overrides, List.of());
  }

  /**
   * As {@link #load(Path, String, Map)}, for a front end whose own options (the folders, the
   * config file, how much to print) are {@code commandLineOnly}: such a key in the config file is
   * answered with where it belongs instead of a guess at a setting.
   */
  public static StudyConfig load(Path file, String displayName, Map<String, String> overrides,
      List<CommandLineArgs.Option> commandLineOnly) throws InputException {
    Map<Setting<?>, Raw> raw = new LinkedHashMap<>();
    for (Setting<?> s : Setting.all()) {
      raw.put(s, new Raw(s.defaultValue(), "default", 0, 0));
    }
    if (file != null && Files.exists(file)) {
      readFile(file, displayName, raw, commandLineOnly);
    }
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      Setting<?> s = Setting.fromKey(e.getKey());
      if (s == null) {
        throw new SettingException("command line", "unknown option --" + e.getKey(),
            hintFor(e.getKey(), "--"));
      }
      raw.put(s, new Raw(e.getValue(), "command line", 0, 0));
    }
    return build(raw);
  }

  /**
   * The real path of the config file {@code file} when it exists, which must be a regular file
   * inside the input folder unless the command line's {@code allow-outside-input} (null when not
   * given) says true: the config file itself cannot allow its own reading. {@code file} as it is
   * when it does not exist.
   */
  public static Path confined(Path input, Path file, String displayName, String allowOutside)
      throws InputException {
    if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return file;
    }
    boolean outside = false;
    if (allowOutside != null) {
      try {
        outside = Setting.ALLOW_OUTSIDE_INPUT.parse(allowOutside);
      } catch (IllegalArgumentException e) {
        throw new SettingException("command line", Setting.ALLOW_OUTSIDE_INPUT.key() + ": "
            + e.getMessage(), "expected " + Setting.ALLOW_OUTSIDE_INPUT.valid());
      }
    }
    try {
      return new InputFolder(input, outside).regularFile(file.toAbsolutePath(), displayName,
          "config file");
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException(displayName, "the config file is a link to nothing",
          "point the link at the config file, or remove it");
    }
  }

  /** The first line of {@code file} that is not valid UTF-8 (1-based), or 0 when unknown. */
  private static int notUtf8Line(Path file) {
    try {
      byte[] b = Files.readAllBytes(file);
      java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder();
      int line = 1;
      for (int from = 0; from <= b.length; line++) {
        int to = from;
        while (to < b.length && b[to] != '\n') {
          to++;
        }
        try {
          d.decode(java.nio.ByteBuffer.wrap(b, from, to - from));
        } catch (java.nio.charset.CharacterCodingException e) {
          return line;
        }
        from = to + 1;
      }
    } catch (IOException e) {
      // the caller reports the file
    }
    return 0;
  }

  private static void readFile(Path file, String displayName, Map<Setting<?>, Raw> raw,
      List<CommandLineArgs.Option> commandLineOnly) throws InputException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InputException(displayName, notUtf8Line(file), 0, "a byte is not UTF-8 text",
          "save the config file as UTF-8; plain ASCII is UTF-8");
    } catch (IOException e) {
      throw new InputException(displayName, "cannot read the config file: " + e.getMessage(),
          "check that it is readable");
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new SettingException(displayName, i + 1, 1,
            "line \"" + Setting.cut(trimmed) + "\" is not a setting (expected key = value)",
            "write one setting per line, such as model = market, or start the line with #");
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      int hash = value.indexOf(" #");
      if (hash >= 0) {
        value = value.substring(0, hash).strip();
      }
      Setting<?> s = Setting.fromKey(key);
      if (s == null) {
        // a front end's own option: say where it belongs rather than guess at a setting
        for (CommandLineArgs.Option o : commandLineOnly) {
          if (o.name().equals(key)) {
            throw new SettingException(displayName, i + 1, line.indexOf(key) + 1,
                "\"" + key + "\" is a command-line option, not a setting of the config file",
                "give it on the command line, such as --" + key
                    + (o.label() == null ? "" : " " + o.label()) + ", and remove the line");
          }
        }
      }
      if (s == null) {
        throw new SettingException(displayName, i + 1, line.indexOf(key) + 1,
            "unknown setting \"" + Setting.cut(key) + "\"", hintFor(key, ""));
      }
      Raw earlier = raw.get(s);
      if (earlier != null && earlier.source().equals(displayName)) {
        throw new SettingException(displayName, i + 1, line.indexOf(key) + 1,
            key + " is set twice (also on line " + earlier.line() + ")",
            "keep one of the two lines");
      }
      raw.put(s, new Raw(value, displayName, i + 1, eq + 2));
    }
  }

  private static StudyConfig build(Map<Setting<?>, Raw> raw) throws SettingException {
    Map<Setting<?>, Object> values = new LinkedHashMap<>();
    for (Map.Entry<Setting<?>, Raw> e : raw.entrySet()) {
      values.put(e.getKey(), parse(e.getKey(), e.getValue()));
    }
    StudyConfig cfg = new StudyConfig(values);
    Window est = cfg.estimationWindow();
    int start = cfg.widestEventWindow().fromInclusive();
    if (est.toInclusive() >= start) {
      throw error(raw.get(Setting.ESTIMATION_WINDOW), "estimation window " + est.label()
          + " overlaps the event windows, which start at " + Window.signed(start),
          "end the estimation window before the earliest event window, e.g. -250,-11");
    }
    if (cfg.minEstimationObs() > est.length()) {
      throw error(raw.get(Setting.MIN_ESTIMATION_OBS), Setting.MIN_ESTIMATION_OBS.key() + " "
          + cfg.minEstimationObs() + " is more than the " + est.length() + " days of the"
          + " estimation window " + est.label(), "lower it, or widen the estimation window");
    }
    try {
      cfg.priceFormat();
    } catch (IllegalArgumentException e) {
      Raw r = raw.get(Setting.DELIMITER);
      throw error(r, Setting.DELIMITER.key() + ": " + e.getMessage(),
          "expected " + Setting.DELIMITER.valid() + ", other than the decimal mark");
    }
    return cfg;
  }

  private static Object parse(Setting<?> s, Raw r) throws SettingException {
    try {
      return s.parse(r.value());
    } catch (IllegalArgumentException e) {
      String problem = s.key() + ": " + e.getMessage();
      throw error(r, problem, problem.contains("(expected") ? "" : "expected " + s.valid());
    }
  }

  private static SettingException error(Raw r, String problem, String hint) {
    return new SettingException(r.source(), r.line(), r.column(), problem, hint);
  }

  /**
   * What to do about an unknown setting: the known key it looks like a misspelling of, written
   * after {@code prefix}, or where the settings are listed.
   */
  static String hintFor(String key, String prefix) {
    return Names.near(key, Setting.allKeys()).map(k -> "did you mean " + prefix + k + "?")
        .orElse("stock-reaction --help lists every setting");
  }
}
