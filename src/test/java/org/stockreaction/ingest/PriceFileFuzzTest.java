package org.stockreaction.ingest;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

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

  @Provide
  Arbitrary<byte[]> mutatedFiles() {
    Arbitrary<String> stray = Arbitraries.oneOf(
        Arbitraries.of(",", ";", "\"", "\n", "\r", "\r\n", "\t", "|", "\uFEFF", "null", "-", ".",
            "1e999", "0", "-1", "$", "2025-02-30", "1,2", "\"\"", "\u00A0"),
        Arbitraries.strings().ofMinLength(1).ofMaxLength(6));
    Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 5),
        Arbitraries.doubles().between(0, 0.999).ofScale(4), Arbitraries.doubles().between(0, 0.999).ofScale(4), stray)
        .as(Mutation::new);
    return Combinators.combine(Arbitraries.of(FILES), mutation.list().ofMinSize(1).ofMaxSize(6))
        .as((file, ms) -> {
          byte[] b = file;
          for (Mutation m : ms) {
            b = m.apply(b);
          }
          return b;
        });
  }

  @Property(tries = 3000)
  void mutatedFileGivesASeriesOrAnInputError(@ForAll("mutatedFiles") byte[] file) {
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
    Statistics.collect(outcome);
  }
}
