package org.stockreaction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  @Test
  void writesPlainFixedDecimalsWithoutExponentOrNegativeZero() {
    assertEquals("0.000100", Decimals.format(1e-4, 6));
    assertEquals("-4.698984", Decimals.format(-4.6989838, 6));
    assertEquals("0.000000", Decimals.format(-1e-9, 6));
    assertEquals("123456789.500000", Decimals.format(123456789.5, 6));
    assertEquals("", Decimals.format(Double.NaN, 6));
    assertEquals("1.310000", Decimals.pct(0.0131));
    assertEquals("3", Decimals.format(2.5, 0));
  }

  @Test
  void agreesWithBigDecimalHalfUpOnRandomValues() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int i = 0; i < 100_000; i++) {
      double v = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-8, 9));
      int d = rnd.nextInt(0, 11);
      String expected = new BigDecimal(v).setScale(d, RoundingMode.HALF_UP).toPlainString();
      if (new BigDecimal(expected).signum() == 0 && expected.startsWith("-")) {
        expected = expected.substring(1);
      }
      assertEquals(expected, Decimals.format(v, d), "v=" + v + " d=" + d);
    }
  }

  @Test
  void neutralisesFormulaCells() {
    assertEquals("'=HYPERLINK(\"http://x\",\"click\")", CsvTable.text("=HYPERLINK(\"http://x\",\"click\")"));
    assertEquals("'@SUM(1+1)", CsvTable.text("@SUM(1+1)"));
    assertEquals("'-2+3", CsvTable.text("-2+3"));
    assertEquals("BABA", CsvTable.text("BABA"));
  }
}
