package org.stockreaction.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.stockreaction.Seeded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every stream is read back by the JDK's zlib ({@link Inflater}), which also checks its Adler-32. */
class RunDeflaterTest {

  /** Inflates a whole zlib stream, failing unless it ends exactly where the bytes end. */
  static byte[] inflate(byte[] z, int expectedLength) throws DataFormatException {
    Inflater inf = new Inflater();
    try {
      inf.setInput(z);
      byte[] out = new byte[expectedLength + 1];
      int n = 0;
      while (true) {
        int got = inf.inflate(out, n, out.length - n);
        n += got;
        if (n == out.length) {
          throw new DataFormatException("stream holds more than " + expectedLength + " bytes");
        }
        if (inf.finished()) {
          break;
        }
        if (got == 0 && (inf.needsInput() || inf.needsDictionary())) {
          throw new DataFormatException("stream ends early after " + n + " bytes");
        }
      }
      assertEquals(0, inf.getRemaining(), "bytes after the end of the stream");
      return Arrays.copyOf(out, n);
    } finally {
      inf.end();
    }
  }

  private static void assertRoundTrip(byte[] data, int near, int far) throws Exception {
    byte[] z = RunDeflater.zlib(data, data.length, near, far);
    assertArrayEquals(data, inflate(z, data.length));
    Adler32 adler = new Adler32();
    adler.update(data);
    long trailer = ((z[z.length - 4] & 0xFFL) << 24) | ((z[z.length - 3] & 0xFF) << 16)
        | ((z[z.length - 2] & 0xFF) << 8) | (z[z.length - 1] & 0xFF);
    assertEquals(adler.getValue(), trailer, "Adler-32 trailer");
  }

  /**
   * Bytes that have what the encoder looks for: pieces of random bytes, runs of one byte, and
   * copies from {@code near} or {@code far} bytes back, of lengths around the 3 and 258 limits.
   */
  static byte[] structured(long seed, int length, int near, int far) {
    Random rnd = new Random(seed);
    byte[] b = new byte[length];
    int i = 0;
    while (i < length) {
      int kind = rnd.nextInt(4);
      int[] lengths = {1, 2, 3, 4, 257, 258, 259, 260, 261, 516, 517, 1 + rnd.nextInt(5000)};
      int n = Math.min(length - i, lengths[rnd.nextInt(lengths.length)]);
      for (int k = 0; k < n; k++, i++) {
        if (kind == 0 || (kind == 2 && i < near) || (kind == 3 && i < far)) {
          b[i] = (byte) rnd.nextInt(256);
        } else if (kind == 1) {
          b[i] = k == 0 ? (byte) rnd.nextInt(256) : b[i - 1];
        } else {
          b[i] = b[i - (kind == 2 ? near : far)];
        }
      }
    }
    return b;
  }

  @Test
  void randomBytesComeBack() {
    Seeded.check(0x5EED_0001L, 200, g ->
        assertRoundTrip(g.bytes(3000), g.intBetween(1, 40), g.intBetween(1, 5000)));
  }

  @Test
  void structuredBytesComeBack() {
    Seeded.check(0x5EED_0002L, 200, g -> {
      long seed = g.anyLong();
      int length = g.intBetween(0, 120_000);
      int near = g.intBetween(1, 8);
      int far = g.intBetween(1, 40_000);
      assertRoundTrip(structured(seed, length, near, far), near, far);
    });
  }

  /** Pieces passed one at a time in a small reused array that keeps only the last far bytes. */
  @Test
  void encodingInPiecesGivesAValidStream() {
    Seeded.check(0x5EED_0003L, 100, g -> {
      long seed = g.anyLong();
      int length = g.intBetween(0, 60_000);
      int piece = g.intBetween(1, 7000);
      int far = g.intBetween(1, 6000);
      byte[] data = structured(seed, length, 3, far);
      RunDeflater z = new RunDeflater(3, far, 16);
      byte[] window = new byte[far + piece];
      for (int from = 0; from < length; from += piece) {
        int kept = Math.min(from, far);
        int n = Math.min(piece, length - from);
        System.arraycopy(data, from - kept, window, far - kept, kept + n);
        z.encode(window, far, far + n);
      }
      assertArrayEquals(data, inflate(z.finish(), length));
    });
  }

  /** More symbols than one block holds: several blocks, each with its own codes or the fixed. */
  @Test
  void streamsOfManyBlocksComeBack() {
    Seeded.check(0x5EED_0004L, 6, g -> {
      int length = g.intBetween(3 * RunDeflater.BLOCK, 6 * RunDeflater.BLOCK);
      assertRoundTrip(g.bytes(length), 3, 4801);
      assertRoundTrip(structured(g.anyLong(), length, 3, 4801), 3, 4801);
    });
  }

  /** A block's own codes beat the fixed ones on chart-like bytes: few values, long repeats. */
  @Test
  void chartLikeBytesTakeLessThanTheFixedCodesWould() throws Exception {
    byte[] data = new byte[300_000];
    java.util.Random rnd = new java.util.Random(7);
    for (int i = 0; i < data.length; i++) {
      data[i] = i % 997 < 900 ? (byte) 0xFF : (byte) (0x40 + rnd.nextInt(4));
    }
    byte[] z = RunDeflater.zlib(data, data.length, 3, 4801);
    assertArrayEquals(data, inflate(z, data.length));
    // each of the ~30,000 literals costs 8 bits with the fixed codes; two with its own
    assertTrue(z.length < 20_000, z.length + " bytes");
  }

  @Test
  void refusesARangeOutsideTheArray() {
    RunDeflater z = new RunDeflater(3, 10, 16);
    assertThrows(IndexOutOfBoundsException.class, () -> z.encode(new byte[4], 2, 5));
    assertThrows(IndexOutOfBoundsException.class, () -> z.encode(new byte[4], 3, 2));
  }

  @Test
  void emptyInputIsAValidEmptyStream() throws Exception {
    assertRoundTrip(new byte[0], 3, 4801);
    byte[] z = RunDeflater.zlib(new byte[0], 0, 3, 4801);
    // header, one end-of-block code padded to a byte, Adler-32 of nothing (1)
    assertArrayEquals(new byte[] {0x78, 0x01, 0x03, 0x00, 0, 0, 0, 1}, z);
  }

  @Test
  void oneByteComesBack() throws Exception {
    for (int v = 0; v < 256; v++) {
      assertRoundTrip(new byte[] {(byte) v}, 3, 4801);
    }
  }

  /** Runs just under, at and just over the 3-byte minimum and the 258-byte maximum of a match. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 257, 258, 259, 260, 261, 262, 263, 516, 517, 518, 519,
      774, 775, 100_000})
  void runsOfEveryAwkwardLengthComeBack(int run) throws Exception {
    for (int near : new int[] {1, 3}) {
      byte[] data = new byte[near + run + 1];
      for (int k = 0; k < near; k++) {
        data[k] = (byte) (0x41 + k);
      }
      for (int k = near; k < near + run; k++) {
        data[k] = data[k - near];
      }
      data[near + run] = 0x7F;
      assertRoundTrip(data, near, 4801);
    }
  }

  @Test
  void longRunsShrinkToAFewBytesPerMaximalMatch() throws Exception {
    byte[] white = new byte[100_000];
    Arrays.fill(white, (byte) 0xFF);
    byte[] z = RunDeflater.zlib(white, white.length, 3, 4801);
    assertArrayEquals(white, inflate(z, white.length));
    // 100,000 / 258 matches of 13 bits each is about 630 bytes.
    assertTrue(z.length < 700, z.length + " bytes");
  }

  /** Copies from the whole 32 KB window, from past it (not matched), and over many windows. */
  @ParameterizedTest
  @ValueSource(ints = {4801, 32767, 32768, 32769, 40_000})
  void farDistancesUpToTheWindowComeBack(int far) throws Exception {
    byte[] data = structured(far, 5 * far + 1234, 3, far);
    assertRoundTrip(data, 3, far);
    byte[] row = structured(7, far, 3, 0);
    byte[] rows = new byte[far * 4];
    for (int k = 0; k < 4; k++) {
      System.arraycopy(row, 0, rows, k * far, far);
    }
    byte[] z = RunDeflater.zlib(rows, rows.length, 3, far);
    assertArrayEquals(rows, inflate(z, rows.length));
    if (far <= RunDeflater.WINDOW) {
      assertTrue(z.length < far * 1.2 + 2000, "the repeated rows cost little: " + z.length);
    }
  }

  @Test
  void aWrongChecksumIsRefusedSoTheTrailerIsChecked() throws Exception {
    byte[] data = structured(11, 50_000, 3, 4801);
    byte[] z = RunDeflater.zlib(data, data.length, 3, 4801);
    z[z.length - 1] ^= 1;
    assertThrows(DataFormatException.class, () -> inflate(z, data.length));
  }

  @Test
  void sameBytesGiveTheSameStream() {
    byte[] data = structured(5, 80_000, 3, 4801);
    assertArrayEquals(RunDeflater.zlib(data, data.length, 3, 4801),
        RunDeflater.zlib(data.clone(), data.length, 3, 4801));
  }

  @Test
  void encodesOnlyTheGivenLength() throws Exception {
    byte[] data = structured(9, 1000, 3, 100);
    byte[] z = RunDeflater.zlib(data, 600, 3, 100);
    assertArrayEquals(Arrays.copyOf(data, 600), inflate(z, 600));
    assertThrows(IndexOutOfBoundsException.class, () -> RunDeflater.zlib(data, 1001, 3, 100));
  }
}
