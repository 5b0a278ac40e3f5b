package org.stockreaction.job;

import java.nio.file.Path;

/** Public access to {@link Outputs} for tests in other packages. */
public final class OutputsAccess {
  private OutputsAccess() {}

  public static Path published(Path outputFolder) {
    return Outputs.published(outputFolder);
  }
}
