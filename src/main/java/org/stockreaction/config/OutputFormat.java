package org.stockreaction.config;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A format the result tables are written in, chosen by the {@code formats} setting. The reports
 * for people (report.md, report.html, charts) and manifest.json are written whatever it says.
 */
public enum OutputFormat {
  /** One {@code <table>.csv} per table (UTF-8 with a byte-order mark). */
  CSV,
  /** {@code results.xlsx}: one sheet per table, typed cells, and an {@code about} sheet. */
  XLSX,
  /** One {@code <table>.json} per table streamed with its CSV (summary, car, abnormal_returns). */
  JSON;

  /** The name in the setting, lower case. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The formats of a comma-separated list such as {@code csv,xlsx}, in any order and case, spaces
   * allowed, CSV always among them: every table is in a CSV, which the reports point to, and JSON
   * and the workbook are copies beside it ({@code json} alone means {@code csv,json}).
   */
  public static Set<OutputFormat> parseList(String value) {
    EnumSet<OutputFormat> out = EnumSet.noneOf(OutputFormat.class);
    for (String part : value.split(",", -1)) {
      String k = part.trim().toLowerCase(Locale.ROOT);
      OutputFormat f = null;
      for (OutputFormat o : values()) {
        if (o.key().equals(k)) {
          f = o;
        }
      }
      if (f == null) {
        throw new IllegalArgumentException("unknown format \"" + part.trim()
            + "\" (expected csv, xlsx or json, comma-separated, e.g. csv,xlsx)");
      }
      out.add(f);
    }
    out.add(CSV);
    return out;
  }

  /** The setting's text for a set of formats, in a fixed order: {@code csv,xlsx,json}. */
  public static String describe(Set<OutputFormat> formats) {
    StringBuilder sb = new StringBuilder();
    for (OutputFormat f : values()) {
      if (formats.contains(f)) {
        sb.append(sb.length() > 0 ? "," : "").append(f.key());
      }
    }
    return sb.toString();
  }
}
