package org.stockreaction.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;
import org.stockreaction.Seeded;

class HuffmanCodeTest {

  /** RFC 1951, 3.2.2: lengths (3, 3, 3, 3, 3, 2, 4, 4) for A..H give these codes. */
  @Test
  void canonicalCodesAreTheRfcExample() {
    int[] lengths = {3, 3, 3, 3, 3, 2, 4, 4};
    String[] rfc = {"010", "011", "100", "101", "110", "00", "1110", "1111"};
    int[] codes = HuffmanCode.codes(lengths);
    for (int s = 0; s < lengths.length; s++) {
      // written least significant bit first: reverse back to read it as the RFC prints it
      int msbFirst = Integer.reverse(codes[s]) >>> (32 - lengths[s]);
      String bits = Integer.toBinaryString(msbFirst);
      assertEquals(rfc[s], "0".repeat(lengths[s] - bits.length()) + bits, "symbol " + s);
    }
  }

  /** The optimal cost of a prefix code for {@code freq}: the sum of Huffman's merged weights. */
  private static long optimalCost(int[] freq) {
    PriorityQueue<Long> q = new PriorityQueue<>();
    for (int f : freq) {
      if (f > 0) {
        q.add((long) f);
      }
    }
    long cost = 0;
    while (q.size() > 1) {
      long merged = q.poll() + q.poll();
      cost += merged;
      q.add(merged);
    }
    return cost;
  }

  private static double kraft(int[] lengths) {
    double sum = 0;
    for (int l : lengths) {
      sum += l > 0 ? Math.pow(2, -l) : 0;
    }
    return sum;
  }

  @Test
  void lengthsAreOptimalAndCompleteWhenTheLimitDoesNotBind() {
    Seeded.check(0x5EED_0101L, 300, g -> {
      int[] freq = new int[g.intBetween(2, 286)];
      int used = 0;
      for (int s = 0; s < freq.length; s++) {
        freq[s] = g.intBetween(0, 3) == 0 ? 0 : g.intBetween(1, 1000);
        used += freq[s] > 0 ? 1 : 0;
      }
      if (used < 2) {
        freq[0] = 1;
        freq[1] = 1;
      }
      // a limit no tree of these counts reaches, so the lengths must be Huffman's own
      int[] len = HuffmanCode.lengths(freq, 40);
      long cost = 0;
      for (int s = 0; s < freq.length; s++) {
        cost += (long) freq[s] * len[s];
        assertEquals(freq[s] > 0, len[s] > 0, "symbol " + s);
      }
      assertEquals(optimalCost(freq), cost);
      assertEquals(1.0, kraft(len), 1e-12);
      int[] limited = HuffmanCode.lengths(freq, 15);
      assertTrue(java.util.Arrays.stream(limited).max().getAsInt() <= 15);
      assertTrue(kraft(limited) <= 1.0 + 1e-12, "a prefix code");
    });
  }

  /** Fibonacci counts make a Huffman tree as deep as it gets: the limit must hold. */
  @Test
  void theLengthLimitHoldsOnTheDeepestTree() {
    int[] freq = new int[40];
    freq[0] = 1;
    freq[1] = 1;
    for (int s = 2; s < freq.length; s++) {
      freq[s] = freq[s - 1] + freq[s - 2];
    }
    for (int max : new int[] {7, 15}) {
      int[] len = HuffmanCode.lengths(freq, max);
      for (int s = 0; s < freq.length; s++) {
        assertTrue(len[s] >= 1 && len[s] <= max, "symbol " + s + ": " + len[s]);
      }
      assertTrue(kraft(len) <= 1.0 + 1e-12, "a prefix code");
    }
  }

  /** One symbol or none still makes a complete code of two, which every decoder accepts. */
  @Test
  void fewerThanTwoSymbolsStillMakeACompleteCode() {
    assertArrayEquals(new int[] {1, 1, 0, 0}, HuffmanCode.lengths(new int[4], 15));
    int[] one = HuffmanCode.lengths(new int[] {0, 0, 9, 0}, 15);
    assertArrayEquals(new int[] {1, 0, 1, 0}, one);
  }
}
