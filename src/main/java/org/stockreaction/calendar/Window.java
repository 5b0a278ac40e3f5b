package org.stockreaction.calendar;

import java.util.Locale;

/**
 * A window of relative trading days, inclusive at both ends, such as [-1,+1].
 *
 * @param fromInclusive first relative day
 * @param toInclusive last relative day, not before {@code fromInclusive}
 */
public record Window(int fromInclusive, int toInclusive) implements Comparable<Window> {

  public Window {
    if (toInclusive < fromInclusive) {
      throw new IllegalArgumentException(
          "window end " + toInclusive + " is before its start " + fromInclusive);
    }
  }

  /** Number of trading days in the window. */
  public int length() {
    return toInclusive - fromInclusive + 1;
  }

  public boolean contains(int relDay) {
    return relDay >= fromInclusive && relDay <= toInclusive;
  }

  /** Parses {@code -1,1}, {@code [-1,+1]} or {@code -1..1}. */
  public static Window parse(String text) {
    String t = text.trim();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    String[] parts = t.contains("..") ? t.split("\\.\\.") : t.split(",");
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "window \"" + text + "\" is not two relative days (expected a form such as -1,+1)");
    }
    try {
      int a = Integer.parseInt(stripPlus(parts[0].trim()));
      int b = Integer.parseInt(stripPlus(parts[1].trim()));
      if (b < a) {
        throw new IllegalArgumentException(
            "window \"" + text + "\" ends before it starts (expected start <= end, such as -1,+1)");
      }
      return new Window(a, b);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "window \"" + text + "\" is not two whole numbers (expected a form such as -1,+1)");
    }
  }

  private static String stripPlus(String s) {
    return s.startsWith("+") ? s.substring(1) : s;
  }

  /** The bracketed form used in reports, such as {@code [-1,+1]}. */
  public String label() {
    return String.format(Locale.ROOT, "[%s,%s]", signed(fromInclusive), signed(toInclusive));
  }

  public static String signed(int d) {
    return d > 0 ? "+" + d : Integer.toString(d);
  }

  @Override
  public int compareTo(Window o) {
    int c = Integer.compare(fromInclusive, o.fromInclusive);
    return c != 0 ? c : Integer.compare(toInclusive, o.toInclusive);
  }

  @Override
  public String toString() {
    return label();
  }
}
