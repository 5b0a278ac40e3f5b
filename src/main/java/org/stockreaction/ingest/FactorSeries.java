package org.stockreaction.ingest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Daily factor returns from one factor file (Kenneth French's layout or a plain CSV), as fractions
 * per day ({@code 0.0130} for French's {@code 1.30}). NaN marks a value the file gives as missing
 * ({@code -99.99} or {@code -999}).
 *
 * @param source the file as the user named it
 * @param vintage the file's vintage, such as {@code 202604 CRSP database}; empty when the file
 *     does not state one
 * @param days dates as epoch days, strictly increasing
 * @param names factor names as written in the column line, such as {@code Mkt-RF}
 * @param values {@code values[j][t]}: factor {@code j} on day {@code t}, a fraction
 */
public record FactorSeries(
    String source, String vintage, int[] days, List<String> names, double[][] values) {

  public FactorSeries {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(vintage, "vintage");
    Objects.requireNonNull(days, "days");
    names = List.copyOf(names);
    Objects.requireNonNull(values, "values");
    if (values.length != names.size()) {
      throw new IllegalArgumentException("one value column per factor name is needed");
    }
    for (double[] col : values) {
      if (col.length != days.length) {
        throw new IllegalArgumentException("a factor column differs in length from the dates");
      }
    }
    for (int i = 1; i < days.length; i++) {
      if (days[i] <= days[i - 1]) {
        throw new IllegalArgumentException("factor dates must be strictly increasing");
      }
    }
  }

  public int size() {
    return days.length;
  }

  public LocalDate firstDate() {
    return LocalDate.ofEpochDay(days[0]);
  }

  public LocalDate lastDate() {
    return LocalDate.ofEpochDay(days[days.length - 1]);
  }

  /** Row of the date {@code epochDay}, or a negative number when the file has no such date. */
  public int indexOf(int epochDay) {
    return Arrays.binarySearch(days, epochDay);
  }

  /**
   * Column of a factor, matched ignoring case and spaces ({@code MOM} finds {@code Mom}), or -1.
   */
  public int column(String name) {
    String want = key(name);
    for (int j = 0; j < names.size(); j++) {
      if (key(names.get(j)).equals(want)) {
        return j;
      }
    }
    return -1;
  }

  private static String key(String name) {
    return name.replace(" ", "").toLowerCase(Locale.ROOT);
  }
}
