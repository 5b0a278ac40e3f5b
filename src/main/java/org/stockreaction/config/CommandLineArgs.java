package org.stockreaction.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.stockreaction.ingest.Names;

/**
 * A command line, parsed: the command given (or none), the front end's own options and every
 * {@link Setting} given as {@code --KEY VALUE} or {@code --KEY=VALUE}, each kept as text. A front
 * end (the {@code stock-reaction} command, the Spark runner) declares its own options and
 * commands; the settings' options come from their declarations, so every front end takes the same
 * settings the same way, and {@link ConfigLoader} checks their values as it checks the config
 * file's.
 *
 * <p>The rules: an option may come before or after the command; each option at most once; a
 * value may start with '-' ({@code --event-windows -1,+1}, {@code --estimation-window=-250,-11})
 * but not be another known option; a true-or-false setting ({@link Setting#isSwitch()}) and a
 * flag may stand alone ({@code --allow-outside-input}, meaning true) or take {@code =true} or
 * {@code =false} (a setting also a following {@code true} or {@code false}); short flags may be
 * grouped ({@code -qv}). Anything else is a {@link SettingException} of one line.
 *
 * <p>Hand-written rather than a library: picocli 4.7.7, used before, ships Java 5 class files,
 * which class-data sharing cannot archive ("Pre JDK 6 class not supported by CDS"), so its 172
 * classes were loaded from the jar, verified the old way and interpreted on every run. Without it
 * {@code --version} took 0.14 s instead of 0.42 to 0.44 s, and the default job 1.49 to 1.82 s
 * instead of 1.71 to 2.03 s (medians of 9 alternating runs in two sittings, C1 only, on a loaded
 * 2-core machine; src/site/markdown/performance.md).
 *
 * @param command the command given, such as {@code validate}, or null
 * @param options the front end's options given, by long name without dashes; a flag as
 *     {@code true} or {@code false}
 * @param settings the settings given, by key, as text; a switch given alone as {@code true}
 */
public record CommandLineArgs(String command, Map<String, String> options,
    Map<String, String> settings) {

  /** Where a command-line error is said to be. */
  private static final String SOURCE = "command line";

  public CommandLineArgs {
    options = Map.copyOf(options);
    settings = Map.copyOf(settings);
  }

  /**
   * An option of a front end.
   *
   * @param name the long name without dashes, such as {@code input}
   * @param shortName the one-letter name without the dash, or 0 for none
   * @param label the label of its value, such as {@code DIR}, or null for a flag
   * @param description what it does, for the help
   */
  public record Option(String name, char shortName, String label, String description) {
    public Option {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
    }

    /** An option taking a value: {@code --name VALUE} or {@code --name=VALUE}. */
    public static Option value(String name, String label, String description) {
      return new Option(name, (char) 0, Objects.requireNonNull(label, "label"), description);
    }

    /** A flag, with a short name or 0: {@code --name}, {@code -n}. */
    public static Option flag(String name, char shortName, String description) {
      return new Option(name, shortName, null, description);
    }

    public boolean isFlag() {
      return label == null;
    }
  }

  /**
   * A command of a front end, such as {@code validate}, with the options that only it takes;
   * they are known once the command has been read.
   */
  public record Command(String name, List<Option> options) {
    public Command {
      Objects.requireNonNull(name, "name");
      options = List.copyOf(options);
    }
  }

  /** Whether the flag {@code name} was given (and not as {@code =false}). */
  public boolean flag(String name) {
    return "true".equals(options.get(name));
  }

  /** The value of the option {@code name}, or {@code otherwise} when it was not given. */
  public String option(String name, String otherwise) {
    return options.getOrDefault(name, otherwise);
  }

  /**
   * What a front end takes besides the settings.
   *
   * @param options the front end's options, taken everywhere
   * @param commands the front end's commands; at most one may be given
   * @param help where a user finds the options, ending every error's hint, such as
   *     {@code see --help for the options}
   */
  public record Syntax(List<Option> options, List<Command> commands, String help) {
    public Syntax {
      options = List.copyOf(options);
      commands = List.copyOf(commands);
      Objects.requireNonNull(help, "help");
    }

    /**
     * Parses {@code args}.
     *
     * @throws SettingException for an unknown option, a missing value, an option given twice or
     *     an argument that is neither an option nor a command
     */
    public CommandLineArgs parse(String... args) throws SettingException {
      return new Parser(this).parse(args);
    }
  }

  /** The parsing of one command line. */
  private static final class Parser {
    private final List<Command> commands;
    private final String help;
    private final Map<String, Option> known = new LinkedHashMap<>();
    private String command;
    private final Map<String, String> given = new LinkedHashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();

    Parser(Syntax syntax) {
      this.commands = syntax.commands();
      this.help = syntax.help();
      syntax.options().forEach(this::know);
    }

    private void know(Option o) {
      known.put("--" + o.name(), o);
      if (o.shortName() != 0) {
        known.put("-" + o.shortName(), o);
      }
    }

    CommandLineArgs parse(String[] args) throws SettingException {
      for (int i = 0; i < args.length; i++) {
        String a = Objects.requireNonNull(args[i], "argument");
        if (a.startsWith("-") && a.length() > 1 && !a.equals("--")) {
          i = option(args, i);
        } else {
          command(a);
        }
      }
      return new CommandLineArgs(command, given, settings);
    }

    /** Reads the option at {@code args[i]}; returns the index of the last argument it used. */
    private int option(String[] args, int i) throws SettingException {
      String a = args[i];
      int eq = a.startsWith("--") ? a.indexOf('=') : -1;
      String name = eq < 0 ? a : a.substring(0, eq);
      String inline = eq < 0 ? null : a.substring(eq + 1);
      Option own = known.get(name);
      Setting<?> setting = own == null && name.startsWith("--")
          ? Setting.fromKey(name.substring(2)) : null;
      if (own == null && setting == null) {
        if (!a.startsWith("--") && flags(a)) {
          return i;
        }
        throw unknown(name);
      }
      String key = own != null ? own.name() : setting.key();
      if (given.containsKey(key) || settings.containsKey(key)) {
        throw new SettingException(SOURCE, display(key) + " is given twice", "give each option"
            + " once; " + help);
      }
      if (own != null && own.isFlag()) {
        given.put(key, truth(name, inline == null ? "true" : inline));
        return i;
      }
      boolean isSwitch = setting != null && setting.isSwitch();
      String value = inline;
      int last = i;
      if (value == null && i + 1 < args.length && (isSwitch ? isTruth(args[i + 1])
          : !isOption(args[i + 1]))) {
        value = args[++last];
      }
      if (value == null && isSwitch) {
        value = "true";
      }
      if (value == null) {
        String label = own != null ? own.label() : setting.paramLabel();
        throw new SettingException(SOURCE, display(key) + " needs a value " + label,
            (setting != null ? setting.valid() + "; " : "") + help);
      }
      (own != null ? given : settings).put(key, value);
      return last;
    }

    /** Grouped short flags such as {@code -qv}, each read; false when one is not a short flag. */
    private boolean flags(String a) throws SettingException {
      List<Option> group = new ArrayList<>();
      for (int c = 1; c < a.length(); c++) {
        Option o = known.get("-" + a.charAt(c));
        if (o == null || !o.isFlag()) {
          return false;
        }
        group.add(o);
      }
      for (Option o : group) {
        if (given.putIfAbsent(o.name(), "true") != null) {
          throw new SettingException(SOURCE, display(o.name()) + " is given twice",
              "give each option once; " + help);
        }
      }
      return true;
    }

    private void command(String a) throws SettingException {
      if (command == null) {
        for (Command c : commands) {
          if (c.name().equals(a)) {
            command = a;
            c.options().forEach(this::know);
            return;
          }
        }
      }
      List<String> names = commands.stream().map(Command::name).toList();
      if (a.equals("--")) {
        throw new SettingException(SOURCE, "\"--\" (the end of the options) is not used: the"
            + " command takes options only, no other arguments", "remove it; " + help);
      }
      throw new SettingException(SOURCE, "unexpected argument \"" + Setting.cut(a) + "\"",
          "options start with --" + (command != null || names.isEmpty() ? ""
              : "; the commands are " + String.join(", ", names)) + "; " + help);
    }

    /** Whether {@code a} names a known option, alone or with {@code =VALUE}. */
    private boolean isOption(String a) {
      int eq = a.startsWith("--") ? a.indexOf('=') : -1;
      String name = eq < 0 ? a : a.substring(0, eq);
      return known.containsKey(name)
          || name.startsWith("--") && Setting.fromKey(name.substring(2)) != null;
    }

    private SettingException unknown(String name) {
      for (Command c : commands) {
        for (Option o : c.options()) {
          if (name.equals("--" + o.name()) || o.shortName() != 0
              && name.equals("-" + o.shortName())) {
            return new SettingException(SOURCE, name + " is an option of " + c.name(),
                "give it after " + c.name() + "; " + help);
          }
        }
      }
      String bare = name.replaceFirst("^-+", "");
      List<String> names = new ArrayList<>();
      for (Option o : known.values()) {
        names.add(o.name());
      }
      names.addAll(Setting.allKeys());
      String suggestion = bare.length() > 1
          ? Names.near(bare, names).map(n -> "; did you mean --" + n + "?").orElse("") : "";
      return new SettingException(SOURCE, "unknown option " + Setting.cut(name) + suggestion,
          help);
    }

    /** How the option {@code key} is written, with its short name when it has one. */
    private String display(String key) {
      Option o = known.get("--" + key);
      return "--" + key + (o != null && o.shortName() != 0 ? " (-" + o.shortName() + ")" : "");
    }

    private static boolean isTruth(String v) {
      return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
    }

    private String truth(String name, String v) throws SettingException {
      if (!isTruth(v)) {
        throw new SettingException(SOURCE, name + " takes no value, or true or false, not \""
            + Setting.cut(v) + "\"", help);
      }
      return v.toLowerCase(Locale.ROOT);
    }
  }
}
