package org.stockreaction.cli;

import java.util.ArrayList;
import java.util.List;
import org.stockreaction.config.CommandLineArgs.Command;
import org.stockreaction.config.CommandLineArgs.Option;
import org.stockreaction.config.Setting;

/**
 * The text of {@code --help}, for the tool and each of its commands: a usage line, what it does,
 * every option (the settings' from their declarations, with default and valid values), examples
 * and exit codes, wrapped at {@value #WIDTH} columns.
 */
final class Help {

  /** The widest line of the help. */
  static final int WIDTH = 80;
  /** Where the options' descriptions start. */
  private static final int DESCRIPTION_COLUMN = 28;
  /** How far a description's further lines are indented beyond its first. */
  private static final int CONTINUATION = 2;

  private static final List<String> TOOL = List.of(
      "Measures how stocks reacted to news (an event study): abnormal returns around each event,"
          + " their significance, and whether the moves reported in the press hold up.",
      "",
      "Reads <input>/events.csv, <input>/prices/<TICKER>.csv and <input>/study.properties;"
          + " writes report.html, report.md, summary/car/abnormal_returns.csv (.json and"
          + " results.xlsx too with formats), loadings.csv, group_summary.csv, aar.csv,"
          + " charts/*.png and manifest.json into a new"
          + " folder <output>/runs/<UTC time>-<id>, then points <output>/latest at it. Factor"
          + " models read French's daily files in <input>/factors/. 'validate' checks the same"
          + " without writing anything; 'bench' measures speed on synthetic data.",
      "Every setting of the config file is also an option below; options win over the file.");

  private static final List<String> TOOL_FOOTER = List.of(
      "Examples:",
      "  java -jar target/stock-reaction.jar",
      "      run the shipped study: input/ -> output/latest/",
      "  java -jar target/stock-reaction.jar --model market-adjusted \\",
      "        --event-windows '0,0; -1,+1'",
      "      the same events with another model and windows",
      "  java -jar target/stock-reaction.jar --model ff3",
      "      Fama-French three factors from input/factors/ (also carhart4, ff5); the US",
      "      factors leave out the Hong Kong events (exit 4: some events failed)",
      "  java -jar target/stock-reaction.jar --input ~/study --output ~/study/out \\",
      "        --benchmark KWEB",
      "      another folder, with KWEB as the default benchmark",
      "  java -jar target/stock-reaction.jar validate --as-of 2025-06-30",
      "      check the config and inputs, say what a run would compute; write nothing",
      "  java -Xmx2g -jar target/stock-reaction.jar bench --size large",
      "      benchmark on a generated synthetic universe (see bench --help)",
      "",
      "Exit codes: 0 ok; 1 internal error or the run could not be written (latest unchanged);"
          + " 2 usage or config error, or an output folder of the wrong shape; 3 input error,"
          + " nothing computed or published; 4 some events failed (the rest were published);"
          + " 5 another run holds the output folder's lock; 130/143 stopped by SIGINT/SIGTERM"
          + " (latest unchanged).",
      "Output: <output>/latest links to the newest complete run in <output>/runs/; keep-runs"
          + " (default 10) run folders are kept.");

  private static final List<String> VALIDATE = List.of(
      "Checks the config and every input a run would read, computes the events in memory and"
          + " prints what a run would compute and write. Writes nothing and takes no lock. Exit"
          + " codes as for a run: 0 all events would compute, 2 config error, 3 input error or no"
          + " event would compute, 4 some events would fail.");

  private static final List<String> BENCH = List.of(
      "Generates a seeded SYNTHETIC universe once (reused afterwards) and runs the full job on it,"
          + " printing per stage: wall time, MB/s read, price rows/s, events/s and peak heap, next"
          + " to the floor of a bare single pass over the same bytes.",
      "Sizes: small (50 tickers x 2,520 days x 500 events), large (3,000 x 2,520 x 30,000 in 30"
          + " groups, per-ticker files), panel (large as one long-format file), large2x (twice"
          + " large).");

  private static final List<String> BENCH_FOOTER = List.of(
      "Example:",
      "  java -XX:+UseParallelGC -Xmx2g -jar target/stock-reaction.jar \\",
      "        bench --size large --runs 5");

  private Help() {}

  /** The help of the tool ({@code command} null) or of one of its commands. */
  static String of(String command) {
    List<String> lines = new ArrayList<>();
    if (command == null) {
      lines.add("Usage: stock-reaction [validate | bench] [OPTION...]");
      paragraphs(lines, TOOL);
    } else {
      lines.add("Usage: stock-reaction " + command + " [OPTION...]");
      paragraphs(lines, command.equals(StudyCommand.VALIDATE.name()) ? VALIDATE : BENCH);
    }
    lines.add("");
    lines.add("Options, as --NAME VALUE or --NAME=VALUE (a command's own options after it):");
    for (Option o : StudyArgs.OPTIONS) {
      option(lines, o.shortName(), o.isFlag() ? "--" + o.name() : "--" + o.name() + "="
          + o.label(), o.description());
    }
    if (command != null && command.equals(BenchCommand.COMMAND.name())) {
      for (Option o : BenchCommand.COMMAND.options()) {
        option(lines, o.shortName(), "--" + o.name() + "=" + o.label(), o.description());
      }
    }
    for (Setting<?> s : Setting.all()) {
      option(lines, (char) 0, "--" + s.key() + (s.isSwitch() ? "[=" + s.paramLabel() + "]"
          : "=" + s.paramLabel()), s.description() + " (default: "
          + (s.defaultValue().isEmpty() ? "empty" : s.defaultValue()) + "; " + s.valid() + ")");
    }
    if (command == null) {
      lines.add("");
      lines.add("Commands:");
      command(lines, StudyCommand.VALIDATE, "check the config and every input a run would read"
          + " and say what it would compute; writes nothing (see validate --help)");
      command(lines, BenchCommand.COMMAND, "measure speed on a generated synthetic universe"
          + " (see bench --help)");
      lines.add("");
      paragraphs(lines, TOOL_FOOTER);
    } else if (command.equals(BenchCommand.COMMAND.name())) {
      lines.add("");
      paragraphs(lines, BENCH_FOOTER);
    }
    return String.join(System.lineSeparator(), lines) + System.lineSeparator();
  }

  private static void paragraphs(List<String> lines, List<String> text) {
    for (String t : text) {
      int indent = 0;
      while (indent < t.length() && t.charAt(indent) == ' ') {
        indent++;
      }
      wrap(lines, t.substring(0, indent), t.substring(indent),
          indent == 0 ? "" : " ".repeat(indent + 4));
    }
  }

  /** One option: its names, then its description from column {@value #DESCRIPTION_COLUMN}. */
  private static void option(List<String> lines, char shortName, String names,
      String description) {
    String head = (shortName == 0 ? "      " : "  -" + shortName + ", ") + names;
    if (head.length() < DESCRIPTION_COLUMN) {
      head = head + " ".repeat(DESCRIPTION_COLUMN - head.length());
    } else {
      lines.add(head);
      head = " ".repeat(DESCRIPTION_COLUMN);
    }
    wrap(lines, head, description, " ".repeat(DESCRIPTION_COLUMN + CONTINUATION));
  }

  private static void command(List<String> lines, Command c, String summary) {
    String head = "  " + c.name();
    wrap(lines, head + " ".repeat(12 - head.length()), summary, " ".repeat(14));
  }

  /**
   * {@code text} after {@code first}, broken at spaces into lines of at most {@value #WIDTH}
   * characters, the further lines after {@code rest}; a word too long for a line is cut.
   */
  static void wrap(List<String> lines, String first, String text, String rest) {
    StringBuilder line = new StringBuilder(first);
    int start = first.length();
    for (String word : text.split(" ", -1)) {
      if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        start = rest.length();
      }
      if (line.length() > start) {
        line.append(' ');
      }
      while (line.length() + word.length() > WIDTH) {
        int room = WIDTH - line.length();
        lines.add(line.append(word, 0, room).toString());
        word = word.substring(room);
        line = new StringBuilder(rest);
        start = rest.length();
      }
      line.append(word);
    }
    lines.add(line.toString());
  }
}
