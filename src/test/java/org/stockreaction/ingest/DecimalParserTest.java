package org.stockreaction.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast decimal parser agrees bit for bit with {@link Double#parseDouble}. */
class DecimalParserTest {

  static double parse(String s, char point) {
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    return DecimalParser.parse(b, 0, b.length, (byte) point);
  }

  @Test
  void agreesWithTheJdkOnRandomDecimals() {
    SplittableRandom r = new SplittableRandom(20250211);
    for (int k = 0; k < 300_000; k++) {
      String s = switch (k % 4) {
        case 0 -> Double.toString(r.nextDouble() * Math.pow(10, r.nextInt(-10, 10)));
        case 1 -> String.valueOf(Double.longBitsToDouble(r.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL));
        case 2 -> r.nextLong(1, 1_000_000) + "." + r.nextLong(0, Long.MAX_VALUE);
        default -> r.nextLong(1, 100_000) + "e" + r.nextInt(-40, 40);
      };
      assertEquals(Double.doubleToLongBits(Double.parseDouble(s)),
          Double.doubleToLongBits(parse(s, '.')), s);
    }
  }

  @Test
  void readsTheShippedFilesDigitsExactly() {
    assertEquals(125.85669708251953, parse("125.85669708251953", '.'), 0.0);
    assertEquals(232.62, parse("232,62", ','), 0.0);
    assertEquals(-0.0045, parse("-0.0045", '.'), 0.0);
    assertEquals(1.2e-5, parse("1.2e-05", '.'), 0.0);
  }

  @Test
  void refusesWhatIsNotAPlainDecimal() {
    for (String s : new String[] {"", "-", ".", "1O5.3", "$5", "1,234.5", "1e", "5 ", "1..2"}) {
      assertTrue(Double.isNaN(parse(s, '.')), s);
    }
  }
}
