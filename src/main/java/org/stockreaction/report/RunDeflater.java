package org.stockreaction.report;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * A zlib stream (RFC 1950 around RFC 1951 deflate blocks) that looks for repeats at only two
 * distances: one pixel back and one image row back. This is zlib's {@code Z_RLE} idea, widened to
 * the row above, which {@link java.util.zip.Deflater} does not offer.
 *
 * <p>Why it exists: a 1600 x 900 chart is 4.3 MB of raw rows, mostly long runs of white, and
 * writing 80 of them was a visible part of the {@code large} benchmark. Measured on a 2-core
 * machine with a warm JIT, {@code Deflater} at {@code BEST_SPEED} took about 20 ms per chart (JMH:
 * 19.2 ms; its {@code HUFFMAN_ONLY} strategy was slower, {@code FILTERED} the same) for a 165 KB
 * file, most of it hashing every byte to find matches a chart does not have. Checking two fixed
 * distances, with vectorised comparisons for long runs, takes about 4 ms (see {@link PngEncoder}).
 *
 * <p>Greedy parse: at each position the longer of the two repeats is taken if it is at least
 * {@value #MIN_MATCH} bytes (the shorter distance on a tie), otherwise one literal byte. Long
 * repeats are cut into deflate matches of at most {@value #MAX_MATCH} bytes. The symbols are kept
 * and written a block of {@value #BLOCK} at a time, each block with Huffman codes built from its
 * own symbol counts ({@link HuffmanCode}) or with deflate's fixed codes, whichever is shorter: a
 * chart has few colours and mostly the longest matches, which the fixed codes spend 8 to 9 bits
 * on. The output depends only on the input bytes.
 */
final class RunDeflater {

  static final int MIN_MATCH = 3;
  static final int MAX_MATCH = 258;
  /** The longest distance a deflate match may reach back. */
  static final int WINDOW = 32768;
  /** Symbols per block. */
  static final int BLOCK = 1 << 16;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** A token that is a match: this bit, the length shifted left by one, and 1 for the far one. */
  private static final int MATCH = 1 << 20;
  private static final int END_OF_BLOCK = 256;
  private static final int LIT_SYMBOLS = 286;
  private static final int DIST_SYMBOLS = 30;
  /** The order in which a block header lists the code lengths of the code-length code. */
  private static final int[] CL_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2,
      14, 1, 15};

  /** Deflate's fixed codes (RFC 1951, 3.2.6): their lengths and codes, as a block would build. */
  private static final int[] FIXED_LIT_LEN = new int[288];
  private static final int[] FIXED_LIT_CODE;
  private static final int[] FIXED_DIST_LEN = new int[DIST_SYMBOLS];
  private static final int[] FIXED_DIST_CODE;

  /** Symbol of each match length 3..258, and the value and count of its extra bits. */
  private static final int[] LEN_SYM = new int[MAX_MATCH + 1];
  private static final int[] LEN_XVAL = new int[MAX_MATCH + 1];
  private static final int[] LEN_XBITS = new int[MAX_MATCH + 1];

  private static final int[] LEN_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
      35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
  private static final int[] LEN_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3,
      3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
  private static final int[] DIST_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129,
      193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};

  static {
    for (int v = 0; v < 288; v++) {
      FIXED_LIT_LEN[v] = v < 144 ? 8 : v < 256 ? 9 : v < 280 ? 7 : 8;
    }
    FIXED_LIT_CODE = HuffmanCode.codes(FIXED_LIT_LEN);
    Arrays.fill(FIXED_DIST_LEN, 5);
    FIXED_DIST_CODE = HuffmanCode.codes(FIXED_DIST_LEN);
    for (int s = 0; s < LEN_BASE.length; s++) {
      int next = s + 1 < LEN_BASE.length ? LEN_BASE[s + 1] : MAX_MATCH + 1;
      for (int len = LEN_BASE[s]; len < next; len++) {
        LEN_SYM[len] = 257 + s;
        LEN_XVAL[len] = len - LEN_BASE[s];
        LEN_XBITS[len] = LEN_EXTRA[s];
      }
    }
  }

  private final Bits out;
  private final Adler32 adler = new Adler32();
  private final int near;
  private final int far;
  /** Symbol, extra-bit value and extra-bit count of the near and far distances; null if unusable. */
  private final int[] nearCode;
  private final int[] farCode;
  private final int[] tokens = new int[BLOCK];
  private int count;
  /** Counts of the block's literal/length and distance symbols, kept as the symbols come. */
  private final int[] litFreq = new int[LIT_SYMBOLS];
  private final int[] distFreq = new int[DIST_SYMBOLS];
  /** How many bytes are encoded. */
  private long done;

  /**
   * Starts a stream that matches repeats at distances {@code near} and {@code far} (each ignored
   * if outside 1..{@value #WINDOW}); {@code expected} is a guess of the compressed size.
   */
  RunDeflater(int near, int far, int expected) {
    this.near = near;
    this.far = far;
    this.nearCode = distance(near);
    this.farCode = distance(far);
    out = new Bits(Math.max(64, expected));
    out.putByte(0x78); // deflate, 32 KB window
    out.putByte(0x01); // fastest compression; 0x7801 is a multiple of 31
  }

  /** The zlib stream of {@code data[0, length)}. */
  static byte[] zlib(byte[] data, int length, int near, int far) {
    RunDeflater z = new RunDeflater(near, far, length / 16);
    z.encode(data, 0, length);
    return z.finish();
  }

  /**
   * Encodes {@code data[from, to)} as the next bytes of the stream. The bytes before {@code from}
   * must be the bytes encoded last (as many of them as the array holds), so matches can reach back
   * into them: a caller can keep only the last {@code far} bytes and reuse one small array.
   */
  void encode(byte[] data, int from, int to) {
    if (from < 0 || to < from || to > data.length) {
      throw new IndexOutOfBoundsException(from + ".." + to + " of " + data.length);
    }
    adler.update(data, from, to - from);
    // The earliest byte a match may copy from: the start of the stream or of the array.
    int lowest = from - (int) Math.min(from, done);
    int nearFrom = nearCode == null ? Integer.MAX_VALUE : lowest + near;
    int farFrom = farCode == null ? Integer.MAX_VALUE : lowest + far;
    int i = from;
    while (i < to) {
      int n = i < nearFrom || data[i] != data[i - near] ? 0 : run(data, i, near, to);
      int f = 0;
      // The far repeat can only be longer if it also covers the byte where the near one stops.
      if (i >= farFrom && (i + n == to || data[i + n] == data[i + n - far])
          && data[i] == data[i - far]) {
        f = run(data, i, far, to);
      }
      int len = Math.max(n, f);
      if (len < MIN_MATCH) {
        int v = data[i] & 0xFF;
        token(v);
        litFreq[v]++;
        i++;
        continue;
      }
      int farBit = n >= f ? 0 : 1;
      int[] d = n >= f ? nearCode : farCode;
      i += len;
      while (len > 0) {
        int chunk = Math.min(len, MAX_MATCH);
        if (len - chunk > 0 && len - chunk < MIN_MATCH) {
          chunk = len - MIN_MATCH;
        }
        token(MATCH | chunk << 1 | farBit);
        litFreq[LEN_SYM[chunk]]++;
        distFreq[d[0]]++;
        len -= chunk;
      }
    }
    done += to - from;
  }

  /** Ends the last block and the stream; the encoder is used up. */
  byte[] finish() {
    block(true);
    out.alignToByte();
    int a = (int) adler.getValue();
    out.putByte(a >>> 24);
    out.putByte(a >>> 16);
    out.putByte(a >>> 8);
    out.putByte(a);
    return out.toByteArray();
  }

  private void token(int t) {
    if (count == BLOCK) {
      block(false);
    }
    tokens[count++] = t;
  }

  /**
   * Writes the symbols kept so far as one block, with its own codes or the fixed ones, whichever
   * takes fewer bits, and empties the buffer.
   */
  private void block(boolean last) {
    litFreq[END_OF_BLOCK] = 1;
    int[] litLen = HuffmanCode.lengths(litFreq, 15);
    int[] distLen = HuffmanCode.lengths(distFreq, 15);
    CodeLengths header = new CodeLengths(litLen, distLen);
    long dynamicBits = header.bits() + cost(litFreq, litLen) + cost(distFreq, distLen);
    long fixedBits = cost(litFreq, FIXED_LIT_LEN) + cost(distFreq, FIXED_DIST_LEN);
    out.put(last ? 1 : 0, 1);
    if (dynamicBits < fixedBits) {
      out.put(2, 2);
      header.write(out);
      symbols(litLen, HuffmanCode.codes(litLen), distLen, HuffmanCode.codes(distLen));
    } else {
      out.put(1, 2);
      symbols(FIXED_LIT_LEN, FIXED_LIT_CODE, FIXED_DIST_LEN, FIXED_DIST_CODE);
    }
    count = 0;
    Arrays.fill(litFreq, 0);
    Arrays.fill(distFreq, 0);
  }

  private static long cost(int[] freq, int[] len) {
    long bits = 0;
    for (int s = 0; s < freq.length; s++) {
      bits += (long) freq[s] * len[s];
    }
    return bits;
  }

  private void symbols(int[] litLen, int[] litCode, int[] distLen, int[] distCode) {
    for (int k = 0; k < count; k++) {
      int t = tokens[k];
      if (t < MATCH) {
        out.put(litCode[t], litLen[t]);
      } else {
        int len = (t >>> 1) & 0x1FF;
        int s = LEN_SYM[len];
        int lenBits = litLen[s] + LEN_XBITS[len];
        int[] d = (t & 1) == 0 ? nearCode : farCode;
        long dist = distCode[d[0]] | d[1] << distLen[d[0]];
        // at most 20 + 28 bits: one call
        out.put(litCode[s] | LEN_XVAL[len] << litLen[s] | dist << lenBits,
            lenBits + distLen[d[0]] + d[2]);
      }
    }
    out.put(litCode[END_OF_BLOCK], litLen[END_OF_BLOCK]);
  }

  /**
   * A dynamic block's header (RFC 1951, 3.2.7): the code lengths of both codes, run-length coded
   * with the code-length alphabet (16: repeat the last length 3 to 6 times; 17 and 18: 3 to 10 and
   * 11 to 138 zeros), which has its own Huffman code of lengths up to 7.
   */
  private static final class CodeLengths {
    private final int hlit;
    private final int hdist;
    /** The code-length symbols, each with its extra bits' value and count. */
    private final int[] sym;
    private final int[] xval;
    private final int[] xbits;
    private int n;
    private final int[] clLen;
    private final int hclen;

    CodeLengths(int[] litLen, int[] distLen) {
      int l = LIT_SYMBOLS;
      while (l > 257 && litLen[l - 1] == 0) {
        l--;
      }
      int d = DIST_SYMBOLS;
      while (d > 1 && distLen[d - 1] == 0) {
        d--;
      }
      hlit = l;
      hdist = d;
      int[] all = new int[l + d];
      System.arraycopy(litLen, 0, all, 0, l);
      System.arraycopy(distLen, 0, all, l, d);
      sym = new int[all.length];
      xval = new int[all.length];
      xbits = new int[all.length];
      for (int i = 0; i < all.length; ) {
        int v = all[i];
        int run = 1;
        while (i + run < all.length && all[i + run] == v) {
          run++;
        }
        i += run;
        if (v == 0) {
          for (; run >= 11; run -= Math.min(run, 138)) {
            add(18, Math.min(run, 138) - 11, 7);
          }
          if (run >= 3) {
            add(17, run - 3, 3);
            run = 0;
          }
        } else {
          add(v, 0, 0);
          run--;
          for (; run >= 3; run -= Math.min(run, 6)) {
            add(16, Math.min(run, 6) - 3, 2);
          }
        }
        for (; run > 0; run--) {
          add(v, 0, 0);
        }
      }
      int[] freq = new int[19];
      for (int k = 0; k < n; k++) {
        freq[sym[k]]++;
      }
      clLen = HuffmanCode.lengths(freq, 7);
      int h = CL_ORDER.length;
      while (h > 4 && clLen[CL_ORDER[h - 1]] == 0) {
        h--;
      }
      hclen = h;
    }

    private void add(int s, int value, int bits) {
      sym[n] = s;
      xval[n] = value;
      xbits[n] = bits;
      n++;
    }

    long bits() {
      long bits = 5 + 5 + 4 + 3L * hclen;
      for (int k = 0; k < n; k++) {
        bits += clLen[sym[k]] + xbits[k];
      }
      return bits;
    }

    void write(Bits out) {
      out.put(hlit - 257, 5);
      out.put(hdist - 1, 5);
      out.put(hclen - 4, 4);
      for (int k = 0; k < hclen; k++) {
        out.put(clLen[CL_ORDER[k]], 3);
      }
      int[] code = HuffmanCode.codes(clLen);
      for (int k = 0; k < n; k++) {
        out.put(code[sym[k]] | xval[k] << clLen[sym[k]], clLen[sym[k]] + xbits[k]);
      }
    }
  }

  /** How many bytes from {@code i} on (before {@code end}) equal the bytes {@code d} earlier. */
  static int run(byte[] data, int i, int d, int end) {
    if (i + 8 <= end) {
      long x = (long) LONGS.get(data, i) ^ (long) LONGS.get(data, i - d);
      if (x != 0) {
        return Long.numberOfTrailingZeros(x) >>> 3;
      }
      // A long run: the JDK's vectorised comparison is faster than eight bytes at a time.
      int m = Arrays.mismatch(data, i + 8, end, data, i + 8 - d, end - d);
      return m < 0 ? end - i : 8 + m;
    }
    int j = i;
    while (j < end && data[j] == data[j - d]) {
      j++;
    }
    return j - i;
  }

  /**
   * The symbol of distance {@code d}, the value of its extra bits and their count; null if no
   * match may use it.
   */
  private static int[] distance(int d) {
    if (d < 1 || d > WINDOW) {
      return null;
    }
    int s = DIST_BASE.length - 1;
    while (DIST_BASE[s] > d) {
      s--;
    }
    int extra = s < 2 ? 0 : s / 2 - 1;
    return new int[] {s, d - DIST_BASE[s], extra};
  }

  /**
   * Bits packed least significant first into a growing byte array. Each call stores all eight
   * bytes of the accumulator and keeps the bits of the last unfinished byte, so no branch depends
   * on how full it is.
   */
  private static final class Bits {
    private byte[] buf;
    private int size;
    /** The bits not yet counted in {@code size}: fewer than 8 between calls. */
    private long acc;
    private int count;

    Bits(int capacity) {
      buf = new byte[capacity];
    }

    /** Appends the low {@code n} bits of {@code bits} (n at most 56). */
    void put(long bits, int n) {
      acc |= bits << count;
      count += n;
      if (size + 8 > buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      LONGS.set(buf, size, acc);
      int bytes = count >>> 3;
      size += bytes;
      acc >>>= bytes << 3;
      count &= 7;
    }

    void alignToByte() {
      put(0, (8 - count) & 7);
    }

    /** Appends one byte; only at a byte boundary. */
    void putByte(int b) {
      put(b & 0xFF, 8);
    }

    byte[] toByteArray() {
      alignToByte();
      return Arrays.copyOf(buf, size);
    }
  }
}
