package org.stockreaction.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rank tests and the CDA t through the command line on real prices with a missing estimation
 * day: BIDU, BIDUGAP (BIDU without its 2024-07-15 row, so two estimation returns are missing) and
 * AAPL, all on 2024-11-21, against SPY. The expected values come from {@code
 * src/test/python/rank_tests_bidu_gap.py}, an independent numpy/scipy computation on the same
 * price files. Before the ranks were placed on the common relative-day grid, BIDUGAP's
 * estimation ARs were stacked on consecutive days and [0,0] gave a Corrado z of -2.257.
 */
class RankTestsGapCliTest {

  @TempDir Path tmp;

  /** window, corrado z and p, grank t and p, cda t and p (df 239 for both t tests). */
  static final String[][] EXPECTED = {
    {"0,0", "-1.878530", "0.0603087411", "-1.815559", "0.0706911645", "-2.691480", "0.0076161885"},
    {"-1,1", "-0.908964", "0.3633692475", "-1.455566", "0.1468249704", "-1.642787",
        "0.1017420206"},
    {"0,1", "-1.779411", "0.0751724741", "-1.590511", "0.1130415211", "-2.348544",
        "0.0196626236"},
    {"-5,5", "1.782412", "0.0746821206", "1.500474", "0.1348114326", "0.564344",
        "0.5730490548"}};

  @Test
  void rankTestsAndCdaMatchAnIndependentComputationWithAMissingDay() throws IOException {
    Path in = tmp.resolve("in");
    Path prices = Files.createDirectories(in.resolve("prices"));
    for (String t : List.of("AAPL", "BIDU", "SPY")) {
      Files.copy(Path.of("input/prices", t + ".csv"), prices.resolve(t + ".csv"));
    }
    List<String> bidu = Files.readAllLines(prices.resolve("BIDU.csv"), StandardCharsets.UTF_8);
    List<String> gap = bidu.stream().filter(l -> !l.startsWith("2024-07-15"))
        .collect(Collectors.toList());
    assertEquals(bidu.size() - 1, gap.size());
    Files.write(prices.resolve("BIDUGAP.csv"), gap, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("events.csv"),
        "ticker,event_date\nBIDU,2024-11-21\nBIDUGAP,2024-11-21\nAAPL,2024-11-21\n");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--input", in.toString(), "--output",
        tmp.resolve("out").toString(), "--compare-model", "none", "-q"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    Map<String, String[]> rows = new HashMap<>();
    for (String line : Files.readAllLines(tmp.resolve("out/latest/group_summary.csv"))) {
      String[] f = line.replace("\uFEFF", "").split(",", -1);
      rows.put(f[1] + "," + f[2] + "," + f[4], f);
    }
    for (String[] e : EXPECTED) {
      check(rows.get(e[0] + ",corrado_rank_z"), e[1], e[2], "normal");
      check(rows.get(e[0] + ",grank_t"), e[3], e[4], "t(239)");
      check(rows.get(e[0] + ",cda_t"), e[5], e[6], "t(239)");
    }
  }

  private static void check(String[] row, String value, String p, String reference) {
    assertTrue(row != null, "missing row");
    String where = String.join(",", row);
    assertEquals(Double.parseDouble(value), Double.parseDouble(row[5]), 1.5e-6, where);
    assertEquals(Double.parseDouble(p), Double.parseDouble(row[6]), 1.5e-10, where);
    assertEquals(reference, row[7], where);
  }
}
