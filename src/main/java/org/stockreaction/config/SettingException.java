package org.stockreaction.config;

import org.stockreaction.ingest.InputException;

/**
 * A setting that is not valid, in the config file or on the command line, or that the data show
 * cannot work (an {@code as-of} date before the first price): a usage error, found before any
 * result is computed. The message is one line naming where the value came from.
 */
public final class SettingException extends InputException {

  public SettingException(String source, int line, int column, String problem, String hint) {
    super(source, line, column, problem, hint);
  }

  public SettingException(String source, String problem, String hint) {
    super(source, problem, hint);
  }
}
