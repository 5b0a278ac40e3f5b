package org.stockreaction.job;

import java.nio.file.Path;

/** Where a run publishes its files inside an output folder. */
final class Outputs {
  private Outputs() {}

  static Path published(Path outputFolder) {
    return outputFolder.resolve("latest");
  }
}
