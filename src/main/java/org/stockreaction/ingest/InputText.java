package org.stockreaction.ingest;

/**
 * Text taken from an input file, made safe to show: control characters written as a backslash, u
 * and four hex digits (ESC as backslash-u001b),
 * so that nothing from a file can move a terminal's cursor or change its colours, and a quote of
 * at most {@link #QUOTE_LIMIT} characters so that a huge value cannot flood a message.
 */
public final class InputText {

  /** The most characters of a file's text that a message quotes. */
  public static final int QUOTE_LIMIT = 80;

  private InputText() {}

  /**
   * {@code s} with every control character (C0, DEL, C1) and every character that reorders or
   * hides text (bidirectional overrides and isolates, zero-width marks, line and paragraph
   * separators) written as a backslash, u and four hex digits; everything else as it is.
   */
  public static String escapeControls(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !unsafe(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (unsafe(c)) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x200b && c <= 0x200f)
        || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff;
  }

  /**
   * {@code s} in double quotes for a message: control characters escaped, and cut to
   * {@link #QUOTE_LIMIT} characters with {@code ...} and the full length when longer.
   */
  public static String quote(String s) {
    String e = escapeControls(s);
    if (e.length() <= QUOTE_LIMIT) {
      return "\"" + e + "\"";
    }
    int cut = QUOTE_LIMIT;
    if (Character.isHighSurrogate(e.charAt(cut - 1))) {
      cut--;
    }
    int slash = e.lastIndexOf("\\" + "u", cut - 1);
    if (slash >= 0 && slash > cut - 6) {
      cut = slash;
    }
    return "\"" + e.substring(0, cut) + "...\" (" + s.length() + " characters)";
  }
}
