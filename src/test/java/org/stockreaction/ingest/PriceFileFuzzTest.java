package org.stockreaction.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.stockreaction.Seeded;

/**
 * Thousands of mutated valid price files (truncated lines, swapped bytes, stray delimiters and
 * quotes, random Unicode, deleted and repeated ranges) each end in a series or the tool's own
 * {@link InputException}: never another exception, never a hang.
 */
class PriceFileFuzzTest {

  static final List<String> FIXTURES = List.of("yahoo-web/BABA.csv", "yfinance/BABA.csv",
      "yfinance-download/BABA.csv", "yfinance-download-multi/download.csv",
      "yfinance-history/BABA.csv", "nasdaq/BABA.csv", "investing/BABA.csv",
      "investing-month-names/BABA.csv", "investing-thousands/SPX.csv", "lower-case/BABA.csv",
      "european/BABA.csv", "panel/prices.csv", "crsp/crsp.csv");

  static final List<byte[]> FILES = FIXTURES.stream().map(f -> {
    try {
      return Files.readAllBytes(Path.of("src/test/resources/ingest").resolve(f));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }).toList();

  /** One change to a file: what, where (a fraction of the length), and what to put there. */
  record Mutation(int kind, double at, double to, String text) {
    byte[] apply(byte[] b) {
      int n = b.length;
      int i = (int) (at * n);
      int j = Math.min(n, i + 1 + (int) (to * Math.min(n - i, 40)));
      ByteArrayOutputStream out = new ByteArrayOutputStream(n + 16);
      switch (kind) {
        case 0 -> out.write(b, 0, i);
        case 1 -> {
          byte[] c = b.clone();
          if (n > 1) {
            int k = Math.min(n - 1, (int) (to * n));
            byte t = c[i % n];
            c[i % n] = c[k];
            c[k] = t;
          }
          out.writeBytes(c);
        }
        case 2 -> {
          out.write(b, 0, i);
          out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
          out.write(b, i, n - i);
        }
        case 3 -> {
          out.write(b, 0, i);
          out.write(b, j, n - j);
        }
        case 4 -> {
          out.write(b, 0, j);
          out.write(b, i, n - i);
        }
        default -> {
          byte[] c = b.clone();
          if (n > 0) {
            c[i % n] = (byte) (to * 256);
          }
          out.writeBytes(c);
        }
      }
      return out.toByteArray();
    }
  }

  /** A shipped layout's file with one to six mutations applied in turn. */
  static byte[] mutatedFile(Seeded.Gen g) {
    byte[] b = g.of(FILES);
    for (Mutation m : g.list(1, 6, PriceFileFuzzTest::mutation)) {
      b = m.apply(b);
    }
    return b;
  }

  private static Mutation mutation(Seeded.Gen g) {
    String stray = g.oneIn(2)
        ? g.of(",", ";", "\"", "\n", "\r", "\r\n", "\t", "|", "\uFEFF", "null", "-", ".",
            "1e999", "0", "-1", "$", "2025-02-30", "1,2", "\"\"", "\u00A0")
        : nonEmpty(g.anyString(6));
    // fractions of the length on a 1/10,000 grid, as the cut points were drawn before
    return new Mutation(g.intBetween(0, 5), g.intBetween(0, 9990) / 10_000.0,
        g.intBetween(0, 9990) / 10_000.0, stray);
  }

  private static String nonEmpty(String s) {
    return s.isEmpty() ? "x" : s;
  }

  @Test
  void mutatedFileGivesASeriesOrAnInputError() {
    Map<String, Integer> outcomes = new TreeMap<>();
    Seeded.check(0x5EED_0031L, 3000, g -> {
      byte[] file = mutatedFile(g);
      String outcome = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
        try {
          PriceFile f = PriceFileReader.parse(file, "f.csv", PriceFormat.AUTO, Integer.MAX_VALUE);
          assertFalse(f.series().isEmpty());
          for (PriceSeries s : f.series().values()) {
            assertTrue(s.size() > 0);
          }
          return "series";
        } catch (InputException e) {
          assertTrue(e.getMessage().startsWith("f.csv"), e.getMessage());
          return "input error";
        }
      });
      outcomes.merge(outcome, 1, Integer::sum);
    });
    // the mutations are neither all harmless nor all fatal: both ends are reached
    assertEquals(2, outcomes.size(), outcomes.toString());
  }
}
