package org.stockreaction.ingest;

import java.util.Objects;

/**
 * A user mistake in an input file: names the file, the line, the column, the raw text, what was
 * expected and a hint. The message is one line, fit to print without a stack trace.
 */
public class InputException extends Exception {
  private final String file;
  private final int line;
  private final int column;

  /**
   * @param file the file as the user named it (relative to where the tool runs, when possible)
   * @param line 1-based line number, or 0 when the problem is not on one line
   * @param column 1-based column number, or 0 when the problem is not in one column
   * @param problem what is wrong, including the raw text and what was expected
   * @param hint what to do about it, or empty
   */
  public InputException(String file, int line, int column, String problem, String hint) {
    super(format(file, line, column, problem, hint));
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
  }

  public InputException(String file, String problem, String hint) {
    this(file, 0, 0, problem, hint);
  }

  /** The one-line form {@code file:line:column: problem (hint)}, also used for warnings. */
  static String format(String file, int line, int column, String problem, String hint) {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ").append(problem);
    if (hint != null && !hint.isEmpty()) {
      sb.append(" (").append(hint).append(')');
    }
    return sb.toString();
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
