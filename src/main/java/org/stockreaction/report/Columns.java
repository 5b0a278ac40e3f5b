package org.stockreaction.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The type of every column the tables write, by column name (a name means the same thing in every
 * table). The JSON files use it to write numbers as numbers; the JSON schema in
 * {@code src/site/markdown/outputs.md} lists it.
 */
public final class Columns {

  /** What a column holds. */
  public enum Type {
    /** Free text; in CSV through {@link CsvTable#text}, in JSON a string. */
    TEXT,
    /** A decimal number, fixed-point; empty when not available (JSON null). */
    NUMBER,
    /** A whole number; empty when not available (JSON null). */
    INTEGER,
    /** An ISO date, YYYY-MM-DD; empty when not available (JSON null). */
    DATE;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Map<String, Type> TYPES = new LinkedHashMap<>();

  static {
    for (String c : new String[] {"ticker", "event_date", "benchmark", "model", "verdict", "status",
        "reason", "label", "group", "factor", "vintage", "statistic", "reference_distribution",
        "compare_model", "compare_status"}) {
      TYPES.put(c, Type.TEXT);
    }
    for (String c : new String[] {"day0", "estimation_start", "estimation_end", "date"}) {
      TYPES.put(c, Type.DATE);
    }
    for (String c : new String[] {"est_obs", "events_line", "estimation_missing_days", "df",
        "window_start", "window_end", "days", "missing_days", "rel_day", "n", "positive_count",
        "excluded", "other_event_days", "estimation_left_out_days", "clusters", "missing"}) {
      TYPES.put(c, Type.INTEGER);
    }
    for (String c : new String[] {"alpha_pct", "beta", "r_squared", "sigma_pct",
        "reported_move_pct", "day0_return_pct", "day0_intraday_extreme_pct", "day0_ar_pct",
        "day0_ar_t", "day0_ar_p", "car_pct", "car_t", "car_p", "bhar_pct", "return_pct",
        "benchmark_return_pct", "expected_pct", "ar_pct", "ar_t", "ar_p", "ar_sd_pct",
        // loadings, group_summary and aar
        "estimate", "std_error", "t", "p", "value", "p_value", "caar_pct", "positive_share",
        "mean_bhar_pct", "kp_r", "aar_pct", "cross_sectional_t", "cross_sectional_p", "bmp_t",
        "bmp_p", "patell_z", "patell_p", "bmp_t_kp", "bmp_kp_p",
        // comparison
        "compare_car_pct", "compare_car_t", "compare_car_p",
        // cross_section
        "coefficient", "se", "se_hc1", "t_hc1", "p_hc1", "se_cluster", "t_cluster", "p_cluster"}) {
      TYPES.put(c, Type.NUMBER);
    }
  }

  private Columns() {}

  /** The type of a column; a column not listed here is text. */
  public static Type of(String column) {
    return TYPES.getOrDefault(column, Type.TEXT);
  }

  /** Whether the column has a declared type. */
  public static boolean declared(String column) {
    return TYPES.containsKey(column);
  }
}
