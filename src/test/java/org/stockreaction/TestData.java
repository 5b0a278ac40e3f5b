package org.stockreaction;

import java.nio.file.Path;
import org.stockreaction.ingest.InputException;
import org.stockreaction.ingest.PriceFileReader;
import org.stockreaction.ingest.PriceSeries;

/** Paths to the real shipped data, for tests. */
public final class TestData {
  private TestData() {}

  /** The shipped input folder (real prices copied from shared/data/prices). */
  public static Path input() {
    return Path.of("input").toAbsolutePath();
  }

  public static PriceSeries prices(String ticker) {
    try {
      return PriceFileReader.read(input().resolve("prices").resolve(ticker + ".csv"), ticker,
          "input/prices/" + ticker + ".csv");
    } catch (InputException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
