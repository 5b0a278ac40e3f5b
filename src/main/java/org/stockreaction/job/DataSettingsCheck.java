package org.stockreaction.job;

import java.util.Optional;
import java.util.Set;
import org.stockreaction.calendar.Window;
import org.stockreaction.config.Setting;
import org.stockreaction.config.SettingException;
import org.stockreaction.config.StudyConfig;
import org.stockreaction.ingest.PriceLibrary;
import org.stockreaction.ingest.PriceSeries;

/**
 * The settings that only the prices can refute, checked once the benchmarks are read and before
 * any event is computed, so that a run that cannot work for any event stops as a usage error.
 */
final class DataSettingsCheck {

  private DataSettingsCheck() {}

  /**
   * Refuses settings that the benchmarks' prices show cannot work for any event: an {@code as-of}
   * before every benchmark's first price, or an estimation window longer than the longest
   * benchmark's data. A benchmark that cannot be read is left to fail its own events.
   */
  static void check(StudyConfig config, Set<String> benchmarkTickers, PriceSource prices)
      throws SettingException {
    PriceSeries longest = null;
    for (String b : benchmarkTickers) {
      Optional<PriceLibrary.Entry> e = PriceLibrary.tickerProblem(b).isPresent()
          ? Optional.empty() : prices.get(b);
      if (e.isPresent() && e.get().series() != null
          && (longest == null || e.get().series().size() > longest.size())) {
        longest = e.get().series();
      }
    }
    if (longest == null) {
      return;
    }
    if (longest.size() == 0) {
      throw new SettingException(Setting.AS_OF.key() + " " + config.asOf(), "is before the first"
          + " price of " + (benchmarkTickers.size() == 1 ? "the benchmark " : "every benchmark,"
          + " such as ") + longest.ticker() + ", so no trading day is left",
          "choose a later as-of date, or leave it empty to use every price");
    }
    Window est = config.estimationWindow();
    int returns = longest.size() - 1;
    if (est.length() > returns) {
      throw new SettingException(Setting.ESTIMATION_WINDOW.key() + " "
          + Setting.ESTIMATION_WINDOW.format(est), "spans " + est.length()
          + " trading days, but the benchmark "
          + longest.ticker() + " has only " + returns + " daily returns (" + longest.firstDate()
          + " to " + longest.lastDate() + (config.asOf() == null ? "" : ", as-of "
          + config.asOf()) + ")", "shorten the estimation window, or add earlier prices");
    }
  }

}
