package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestsTest {

  /** FIPS 180-2, appendix B.1: SHA-256("abc"). */
  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void aDigestStartedEarlyIsThePublishedOne(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("a.csv"), "abc");
    try (Digests d = new Digests()) {
      d.start(List.of(f, dir.resolve("./a.csv")));
      for (long end = System.nanoTime() + 10_000_000_000L; !d.finished(f)
          && System.nanoTime() < end; ) {
        Thread.sleep(1);
      }
      // the bytes change after the early digest: the manifest gets the digest of what was read
      Files.writeString(f, "abd");
      assertEquals(ABC, d.sha256(dir.resolve("a.csv")));
    }
  }

  @Test
  void aFileNotStartedIsHashedOnTheCallingThread(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("b.csv"), "abc");
    try (Digests d = new Digests()) {
      assertEquals(ABC, d.sha256(f));
    }
  }

  @Test
  void aFileGoneReportsTheErrorWhereTheManifestAsksForIt(@TempDir Path dir) {
    Path f = dir.resolve("missing.csv");
    try (Digests d = new Digests()) {
      d.start(List.of(f));
      assertThrows(NoSuchFileException.class, () -> d.sha256(f));
    }
  }

  @Test
  void filesGatheredLaterStartTogetherWhenOneIsAskedForOrEnoughAreGathered(@TempDir Path dir)
      throws Exception {
    Path a = Files.writeString(dir.resolve("a.csv"), "abc");
    Path b = Files.writeString(dir.resolve("b.csv"), "abc");
    try (Digests d = new Digests()) {
      d.later(List.of(a));
      d.later(List.of(b, a));
      assertFalse(d.finished(a) || d.finished(b), "a few bytes wait to be asked for");
      assertEquals(ABC, d.sha256(a));
      waitFor(d, b); // started with a, though only a was asked for
      assertEquals(ABC, d.sha256(b));

      Path big = dir.resolve("big.bin");
      byte[] bytes = new byte[(int) Digests.BATCH_BYTES];
      new java.util.Random(1).nextBytes(bytes);
      Files.write(big, bytes);
      d.later(List.of(big));
      waitFor(d, big); // enough bytes: started without being asked for
      assertEquals(java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(bytes)), d.sha256(big));
    }
  }

  private static void waitFor(Digests d, Path f) throws InterruptedException {
    long end = System.nanoTime() + 20_000_000_000L;
    while (!d.finished(f) && System.nanoTime() < end) {
      Thread.sleep(1);
    }
    assertTrue(d.finished(f), f + " was not hashed");
  }
}
