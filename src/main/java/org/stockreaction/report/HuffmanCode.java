package org.stockreaction.report;

import java.util.Arrays;

/**
 * Length-limited Huffman codes in deflate's canonical form (RFC 1951, 3.2.2), for {@link
 * RunDeflater}'s blocks with codes of their own.
 *
 * <p>Written here rather than taken from a library: the JDK's {@link java.util.zip.Deflater} does
 * not take the encoder's symbols, only bytes, and the deflater exists to choose its own matches.
 */
final class HuffmanCode {

  private HuffmanCode() {}

  /**
   * Code lengths for symbols with the counts {@code freq}, none longer than {@code maxBits}. Every
   * used symbol gets a length; so do one or two unused ones when fewer than two are used, so
   * that the code is always complete (some decoders refuse a code with one symbol). The result
   * depends only on the counts: ties go to the lower symbol.
   */
  static int[] lengths(int[] freq, int maxBits) {
    int n = freq.length;
    long[] f = new long[n];
    int used = 0;
    for (int s = 0; s < n; s++) {
      f[s] = freq[s];
      used += freq[s] > 0 ? 1 : 0;
    }
    for (int s = 0; used < 2 && s < n; s++) {
      if (f[s] == 0) {
        f[s] = 1;
        used++;
      }
    }
    while (true) {
      int[] len = depths(f);
      if (Arrays.stream(len).max().orElse(0) <= maxBits) {
        return len;
      }
      // flatten the counts and build again: rare, and only costs a little compression
      for (int s = 0; s < n; s++) {
        f[s] = f[s] == 0 ? 0 : (f[s] + 1) / 2;
      }
    }
  }

  /** Depth of each used symbol in a Huffman tree of the counts {@code f} (two-queue method). */
  private static int[] depths(long[] f) {
    int n = f.length;
    Integer[] order = new Integer[n];
    int leaves = 0;
    for (int s = 0; s < n; s++) {
      if (f[s] > 0) {
        order[leaves++] = s;
      }
    }
    Integer[] sorted = Arrays.copyOf(order, leaves);
    Arrays.sort(sorted, (a, b) -> f[a] != f[b] ? Long.compare(f[a], f[b]) : Integer.compare(a, b));
    // nodes 0..leaves-1 are the leaves in that order; internal nodes follow as they are made
    long[] weight = new long[2 * leaves - 1];
    int[] parent = new int[2 * leaves - 1];
    for (int i = 0; i < leaves; i++) {
      weight[i] = f[sorted[i]];
    }
    int nextLeaf = 0;
    int nextInner = leaves;
    for (int made = leaves; made < 2 * leaves - 1; made++) {
      int[] pick = new int[2];
      for (int k = 0; k < 2; k++) {
        boolean leaf = nextLeaf < leaves
            && (nextInner >= made || weight[nextLeaf] <= weight[nextInner]);
        pick[k] = leaf ? nextLeaf++ : nextInner++;
      }
      weight[made] = weight[pick[0]] + weight[pick[1]];
      parent[pick[0]] = made;
      parent[pick[1]] = made;
    }
    int[] depth = new int[2 * leaves - 1];
    for (int node = 2 * leaves - 3; node >= 0; node--) {
      depth[node] = depth[parent[node]] + 1;
    }
    int[] len = new int[n];
    for (int i = 0; i < leaves; i++) {
      len[sorted[i]] = depth[i];
    }
    return len;
  }

  /**
   * The canonical code of each symbol with a length, bit-reversed as deflate writes it (least
   * significant bit first); 0 for symbols without one.
   */
  static int[] codes(int[] lengths) {
    int max = Arrays.stream(lengths).max().orElse(0);
    int[] count = new int[max + 1];
    for (int l : lengths) {
      if (l > 0) {
        count[l]++;
      }
    }
    int[] next = new int[max + 1];
    int code = 0;
    for (int bits = 1; bits <= max; bits++) {
      code = (code + count[bits - 1]) << 1;
      next[bits] = code;
    }
    int[] codes = new int[lengths.length];
    for (int s = 0; s < lengths.length; s++) {
      int l = lengths[s];
      if (l > 0) {
        codes[s] = Integer.reverse(next[l]++) >>> (32 - l);
      }
    }
    return codes;
  }
}
