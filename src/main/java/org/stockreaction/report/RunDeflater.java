package org.stockreaction.report;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * A zlib stream (RFC 1950 around one RFC 1951 deflate block with the fixed Huffman codes) that
 * looks for repeats at only two distances: one pixel back and one image row back. This is zlib's
 * {@code Z_RLE} idea, widened to the row above, which {@link java.util.zip.Deflater} does not
 * offer.
 *
 * <p>Why it exists: a 1600 x 900 chart is 4.3 MB of raw rows, mostly long runs of white, and
 * writing 80 of them was a visible part of the {@code large} benchmark. Measured on a 2-core
 * machine with a warm JIT, {@code Deflater} at {@code BEST_SPEED} took about 20 ms per chart (JMH:
 * 19.2 ms; its {@code HUFFMAN_ONLY} strategy was slower, {@code FILTERED} the same) for a 165 KB
 * file, most of it hashing every byte to find matches a chart does not have. Checking two fixed
 * distances, with vectorised comparisons for long runs, takes 4.0 ms for a 240 KB file (see
 * {@link PngEncoder}); the file is about 45 % larger, the price of fixed codes and two distances.
 *
 * <p>Greedy parse: at each position the longer of the two repeats is taken if it is at least
 * {@value #MIN_MATCH} bytes (the shorter distance on a tie, its code is shorter), otherwise one
 * literal byte. Long repeats are cut into deflate matches of at most {@value #MAX_MATCH} bytes. The
 * output depends only on the input bytes.
 */
final class RunDeflater {

  static final int MIN_MATCH = 3;
  static final int MAX_MATCH = 258;
  /** The longest distance a deflate match may reach back. */
  static final int WINDOW = 32768;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Fixed Huffman code of each literal byte, bit-reversed as deflate writes it, and its length. */
  private static final int[] LIT_CODE = new int[256];
  private static final int[] LIT_BITS = new int[256];
  /** Code plus extra bits of each match length 3..258, ready to write, and their bit count. */
  private static final int[] LEN_CODE = new int[MAX_MATCH + 1];
  private static final int[] LEN_BITS = new int[MAX_MATCH + 1];

  private static final int[] LEN_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
      35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
  private static final int[] LEN_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3,
      3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
  private static final int[] DIST_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129,
      193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};

  static {
    for (int v = 0; v < 256; v++) {
      if (v < 144) {
        LIT_CODE[v] = reverse(0x30 + v, 8);
        LIT_BITS[v] = 8;
      } else {
        LIT_CODE[v] = reverse(0x190 + v - 144, 9);
        LIT_BITS[v] = 9;
      }
    }
    for (int s = 0; s < LEN_BASE.length; s++) {
      int symbol = 257 + s;
      int code = symbol < 280 ? reverse(symbol - 256, 7) : reverse(0xC0 + symbol - 280, 8);
      int bits = symbol < 280 ? 7 : 8;
      int next = s + 1 < LEN_BASE.length ? LEN_BASE[s + 1] : MAX_MATCH + 1;
      for (int len = LEN_BASE[s]; len < next; len++) {
        LEN_CODE[len] = code | (len - LEN_BASE[s]) << bits;
        LEN_BITS[len] = bits + LEN_EXTRA[s];
      }
    }
  }

  private static int reverse(int code, int bits) {
    return Integer.reverse(code) >>> (32 - bits);
  }

  private final Bits out;
  private final Adler32 adler = new Adler32();
  private final int near;
  private final int far;
  private final int[] nearCode;
  private final int[] farCode;
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
    out.put(1 | 1 << 1, 3); // final block, fixed Huffman codes
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
        out.put(LIT_CODE[v], LIT_BITS[v]);
        i++;
        continue;
      }
      int[] d = n >= f ? nearCode : farCode;
      i += len;
      while (len > 0) {
        int chunk = Math.min(len, MAX_MATCH);
        if (len - chunk > 0 && len - chunk < MIN_MATCH) {
          chunk = len - MIN_MATCH;
        }
        out.put(LEN_CODE[chunk] | (long) d[0] << LEN_BITS[chunk], LEN_BITS[chunk] + d[1]);
        len -= chunk;
      }
    }
    done += to - from;
  }

  /** Ends the block and the stream; the encoder is used up. */
  byte[] finish() {
    out.put(0, 7); // end of block: symbol 256 is seven zero bits
    out.alignToByte();
    int a = (int) adler.getValue();
    out.putByte(a >>> 24);
    out.putByte(a >>> 16);
    out.putByte(a >>> 8);
    out.putByte(a);
    return out.toByteArray();
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
   * The fixed code of distance {@code d} with its extra bits, ready to write, and its bit count;
   * null if no match may use it.
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
    return new int[] {reverse(s, 5) | (d - DIST_BASE[s]) << 5, 5 + extra};
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

    /** Appends the low {@code n} bits of {@code bits} (n at most 32). */
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
