package org.stockreaction.ingest;

import java.util.Locale;

/**
 * An explicit description of a price file's layout, from the config or the command line. Each part
 * left empty is recognised from the file itself; each part given overrides the guess.
 *
 * @param dateColumn the date column's header name, or its 1-based number; null to recognise it
 * @param priceColumn the price (or return) column's header name, or its number; null to recognise it
 * @param dateFormat a {@code java.time} pattern such as {@code dd.MM.yyyy}; null to recognise it
 * @param delimiter the field delimiter, or {@code 0} to recognise it
 * @param decimal the decimal mark, {@code .} or {@code ,}, or {@code 0} to recognise it
 */
public record PriceFormat(
    String dateColumn, String priceColumn, String dateFormat, char delimiter, char decimal) {

  /** Everything recognised from the file. */
  public static final PriceFormat AUTO = new PriceFormat(null, null, null, '\0', '\0');

  public PriceFormat {
    dateColumn = blankToNull(dateColumn);
    priceColumn = blankToNull(priceColumn);
    dateFormat = blankToNull(dateFormat);
    if (dateFormat != null) {
      DateKind.pattern(dateFormat);
    }
    if (decimal != '\0' && decimal != '.' && decimal != ',') {
      throw new IllegalArgumentException("decimal mark must be . or ,");
    }
    if (delimiter != '\0' && (delimiter == '"' || delimiter == '\n' || delimiter == '\r'
        || delimiter == decimal)) {
      throw new IllegalArgumentException("delimiter cannot be " + describe(delimiter));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Whether nothing is given, so the whole layout is recognised from the file. */
  public boolean isAuto() {
    return equals(AUTO);
  }

  /**
   * A delimiter setting: empty for automatic, one character, or {@code tab}, {@code comma},
   * {@code semicolon}, {@code pipe}.
   */
  public static char delimiterOf(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    switch (t) {
      case "":
      case "auto":
        return '\0';
      case "tab":
      case "\\t":
        return '\t';
      case "comma":
        return ',';
      case "semicolon":
        return ';';
      case "pipe":
        return '|';
      default:
        if (text.length() == 1) {
          return text.charAt(0);
        }
        throw new IllegalArgumentException("unknown delimiter \"" + text
            + "\" (expected one character such as ; or one of tab, comma, semicolon, pipe)");
    }
  }

  /** A decimal-mark setting: empty for automatic, {@code .}/{@code point} or {@code ,}/{@code comma}. */
  public static char decimalOf(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "":
      case "auto":
        return '\0';
      case ".":
      case "point":
      case "dot":
        return '.';
      case ",":
      case "comma":
        return ',';
      default:
        throw new IllegalArgumentException("unknown decimal mark \"" + text
            + "\" (expected . or ,)");
    }
  }

  /** A date-format setting, checked: empty for automatic, else a {@code java.time} pattern. */
  public static String dateFormatOf(String text) {
    String t = text.strip();
    if (!t.isEmpty()) {
      DateKind.pattern(t);
    }
    return t;
  }

  /** How a delimiter or decimal mark is written in the config file. */
  public static String describe(char c) {
    switch (c) {
      case '\0':
        return "";
      case '\t':
        return "tab";
      default:
        return String.valueOf(c);
    }
  }
}
