package org.stockreaction.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings' documentation, written from their declarations: the README's settings table and
 * the commented template {@code examples/study.properties.template}. A test checks that the files
 * hold exactly this text, so they cannot drift from {@link Setting}.
 */
public final class SettingsDocs {

  /** The header line of the README's settings table, by which the test finds it. */
  public static final String TABLE_HEADER = "| key | default | valid values | meaning |";

  private SettingsDocs() {}

  /** The settings table in Markdown, one row per setting, in declaration order. */
  public static List<String> markdownTable() {
    List<String> lines = new ArrayList<>();
    lines.add(TABLE_HEADER);
    lines.add("|---|---|---|---|");
    for (Setting<?> s : Setting.all()) {
      lines.add("| `" + s.key() + "` | " + (s.defaultValue().isEmpty() ? "(empty)"
          : "`" + s.defaultValue() + "`") + " | " + s.valid() + " | " + s.description() + " |");
    }
    return lines;
  }

  /**
   * A config file listing every setting with its description, valid values and default, each
   * setting commented out, so that the file as it stands changes nothing.
   */
  public static List<String> template() {
    List<String> lines = new ArrayList<>();
    lines.add("# stock-reaction study settings: key = value, one per line; '#' starts a comment.");
    lines.add("# Copy this file to <input>/study.properties and remove the '#' before each setting");
    lines.add("# you change. Every key is also a command-line option (--key value), which wins over");
    lines.add("# the file. Each setting below is shown at its default.");
    for (Setting<?> s : Setting.all()) {
      lines.add("");
      lines.add("# " + s.description() + ".");
      lines.add("# Valid: " + s.valid() + ".");
      lines.add("# " + s.key() + " = " + s.defaultValue());
    }
    return lines;
  }
}
