package org.stockreaction.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.junit.jupiter.api.Test;

class ProbabilitiesTest {

  /** The p-value is Commons Math's regularised incomplete beta to the last bit, df kept or not. */
  @Test
  void twoSidedTIsCommonsMathsIncompleteBetaBitForBit() {
    SplittableRandom rnd = new SplittableRandom(20250211);
    double[] dfs = {1, 2, 3, 4.5, 9, 10, 19, 30, 118, 236, 238, 239.5, 1000, 1e6};
    for (int i = 0; i < 200_000; i++) {
      // runs of one df, as a study has, and changes between them
      double df = dfs[(i / 1000 + (i % 7 == 0 ? 1 : 0)) % dfs.length];
      double t = (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(-6, 3));
      double expected = Beta.regularizedBeta(df / (df + t * t), 0.5 * df, 0.5);
      assertEquals(Double.doubleToLongBits(expected),
          Double.doubleToLongBits(Probabilities.twoSidedT(t, df)), "t=" + t + " df=" + df);
    }
  }

  @Test
  void twoSidedTAgreesWithTheDistribution() {
    for (double df : new double[] {1, 5, 238}) {
      TDistribution d = new TDistribution(df);
      for (double t : new double[] {0, 0.5, -1.96, 2.6, -12}) {
        assertEquals(2 * d.cumulativeProbability(-Math.abs(t)), Probabilities.twoSidedT(t, df),
            1e-13, "t=" + t + " df=" + df);
      }
    }
    assertEquals(0.0, Probabilities.twoSidedT(Double.POSITIVE_INFINITY, 10));
    assertEquals(Double.NaN, Probabilities.twoSidedT(Double.NaN, 10));
    assertEquals(Double.NaN, Probabilities.twoSidedT(1, 0));
  }

  @Test
  void twoSidedNormalAgreesWithTheDistribution() {
    NormalDistribution n = new NormalDistribution();
    for (double z : new double[] {0, 1, -1.96, 3.5}) {
      assertEquals(2 * n.cumulativeProbability(-Math.abs(z)), Probabilities.twoSidedNormal(z),
          1e-15);
    }
  }
}
