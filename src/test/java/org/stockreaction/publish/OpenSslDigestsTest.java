package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digests from the system's openssl are the ones Java computes, and anything unexpected
 * (openssl missing, failing, printing something else, a file gone) gives no digests, so the caller
 * falls back to Java.
 */
class OpenSslDigestsTest {

  /** FIPS 180-2, appendix B.1: SHA-256("abc"). */
  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @AfterEach
  void clear() {
    System.clearProperty(OpenSslDigests.PROGRAM);
    OpenSslDigests.waitSeconds = 30;
  }

  /** A stand-in for openssl: a shell script with {@code body}, made executable. */
  private static Path script(Path dir, String name, String body) throws IOException {
    Path fake = dir.resolve(name);
    Files.writeString(fake, "#!/bin/sh\n" + body + "\n");
    try {
      Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no POSIX permissions here");
    }
    return fake;
  }

  private static boolean hasOpenSsl() {
    try {
      Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The background digests of {@code fs}, through whatever path they take, are Java's. */
  private static void assertDigestsThreadGivesJavas(List<Path> fs) throws Exception {
    try (Digests d = new Digests()) {
      d.start(fs);
      for (Path f : fs) {
        assertEquals(javaSha256(f), d.sha256(f));
      }
    }
  }

  private static String javaSha256(Path f) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(f)));
  }

  /** Random files of {@code sizes} bytes, with names a shell or a parser could trip on. */
  private static List<Path> files(Path dir, int... sizes) throws IOException {
    String[] names = {"a.csv", "with space.csv", "dollar$HOME;`x`.csv", "-dash.csv", "quote'\".csv",
        "back\\slash.csv", "star*.csv", "long-" + "x".repeat(150) + ".csv"};
    Random r = new Random(7);
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      byte[] b = new byte[sizes[i]];
      r.nextBytes(b);
      Path f;
      try {
        f = Files.write(dir.resolve(i + names[i % names.length]), b);
      } catch (InvalidPathException | IOException e) {
        f = Files.write(dir.resolve(i + "-plain.csv"), b); // a locale without UTF-8 file names
      }
      out.add(f);
    }
    return out;
  }

  @Test
  void digestsMatchJavasOnAwkwardNamesAndSizes(@TempDir Path dir) throws Exception {
    assumeTrue(hasOpenSsl(), "openssl is not on this machine; the Java path is the only one");
    List<Path> fs = files(dir, 600 << 10, 0, 1, 55, 56, 63, 64, 65, 1 << 20, 3, 4, 5);
    String[] got = OpenSslDigests.sha256(fs);
    assertNotNull(got, "openssl gave the digests");
    String[] want = new String[fs.size()];
    for (int i = 0; i < fs.size(); i++) {
      want[i] = javaSha256(fs.get(i));
    }
    assertArrayEquals(want, got);
  }

  @Test
  void aKnownVectorFromOpenSsl(@TempDir Path dir) throws Exception {
    assumeTrue(hasOpenSsl(), "openssl is not on this machine");
    Path big = files(dir, (int) OpenSslDigests.MIN_BYTES).get(0);
    Path abc = Files.writeString(dir.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
    String[] got = OpenSslDigests.sha256(List.of(big, abc));
    assertNotNull(got);
    assertEquals(ABC, got[1]);
  }

  @Test
  void manyFilesAreSplitOverSeveralProcessesInOrder(@TempDir Path dir) throws Exception {
    assumeTrue(hasOpenSsl(), "openssl is not on this machine");
    int[] sizes = new int[700];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = 1000 + i;
    }
    List<Path> fs = files(dir, sizes);
    String[] got = OpenSslDigests.sha256(fs);
    assertNotNull(got);
    for (int i = 0; i < fs.size(); i += 97) {
      assertEquals(javaSha256(fs.get(i)), got[i], fs.get(i).toString());
    }
    assertEquals(javaSha256(fs.get(699)), got[699]);
  }

  @Test
  void tooFewBytesAreLeftToJava(@TempDir Path dir) throws Exception {
    assertNull(OpenSslDigests.sha256(files(dir, 1000, 2000)));
  }

  @Test
  void aMissingProgramOrAFileGoneGivesNoDigests(@TempDir Path dir) throws Exception {
    assumeTrue(hasOpenSsl(), "openssl is not on this machine");
    List<Path> fs = new ArrayList<>(files(dir, 1 << 20));
    fs.add(dir.resolve("gone.csv"));
    assertNull(OpenSslDigests.sha256(fs), "openssl fails on a missing file: Java reports it");
    System.setProperty(OpenSslDigests.PROGRAM, "none");
    assertNull(OpenSslDigests.sha256(fs.subList(0, 1)));
  }

  @Test
  void aProgramPrintingSomethingElseGivesNoDigests(@TempDir Path dir) throws Exception {
    List<Path> fs = files(dir, 1 << 20);
    // stand-ins that exit 0 but print a digest for another path, nothing, or a line too many
    for (String body : List.of(
        "printf '%064d *%s\\n' 0 /elsewhere.csv",
        "true",
        "printf '%064d *%s\\n' 0 \"$5\"; printf 'extra\\n'")) {
      Path fake = script(dir, "fake-openssl-" + body.length(), body);
      System.setProperty(OpenSslDigests.PROGRAM, fake.toString());
      assertNull(OpenSslDigests.sha256(fs), body);
    }
  }

  @Test
  void aProgramThatDoesNotEndIsStoppedAndJavaTakesOver(@TempDir Path dir) throws Exception {
    List<Path> fs = files(dir, 1 << 20);
    // the child keeps the output open after its parent is killed, as a hung mount would
    Path fake = script(dir, "stuck-openssl", "sleep 60 & wait");
    System.setProperty(OpenSslDigests.PROGRAM, fake.toString());
    OpenSslDigests.waitSeconds = 1;
    long t0 = System.nanoTime();
    assertNull(OpenSslDigests.sha256(fs));
    assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "gave up after about a second");
  }

  @Test
  void opensslIsUsedForPlainNamesAndJavaForOthers(@TempDir Path dir) throws Exception {
    assumeTrue(hasOpenSsl(), "openssl is not on this machine");
    List<Path> fs = new ArrayList<>(files(dir, 1 << 20, 100));
    Path odd;
    try {
      odd = Files.write(dir.resolve("caf\u00e9.csv"), new byte[] {1, 2, 3});
    } catch (InvalidPathException e) {
      odd = null;
    }
    assumeTrue(odd != null, "this locale cannot name the file");
    fs.add(odd);
    Path marker = dir.resolve("used");
    Path wrapper = script(dir, "recording-openssl", "echo \"$@\" >> '" + marker + "'\n"
        + "exec openssl \"$@\"");
    System.setProperty(OpenSslDigests.PROGRAM, wrapper.toString());
    String[] got = OpenSslDigests.sha256(fs);
    assertNotNull(got);
    assertEquals(javaSha256(fs.get(0)), got[0]);
    assertEquals(javaSha256(fs.get(1)), got[1]);
    assertNull(got[2], "a name outside printable ASCII is left to Java");
    String calls = Files.readString(marker);
    assertTrue(calls.contains(fs.get(0).toString()) && !calls.contains("caf"), calls);
    assertDigestsThreadGivesJavas(fs);
  }

  @Test
  void theDigestsThreadGivesJavasDigestWhenOpenSslIsOff(@TempDir Path dir) throws Exception {
    System.setProperty(OpenSslDigests.PROGRAM, "none");
    List<Path> fs = files(dir, 1 << 20, 10);
    assertDigestsThreadGivesJavas(fs);
  }

  @Test
  void theDigestsThreadGivesTheSameDigestsThroughOpenSsl(@TempDir Path dir) throws Exception {
    assumeTrue(hasOpenSsl(), "openssl is not on this machine");
    List<Path> fs = files(dir, 1 << 20, 10, 0);
    assertDigestsThreadGivesJavas(fs);
  }
}
