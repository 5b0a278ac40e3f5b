package org.stockreaction.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file, for the workbook's about sheet and the run manifest. */
public final class FileDigest {

  private FileDigest() {}

  /**
   * Where a file's SHA-256 comes from: {@link #sha256} here, or a digest already computed for the
   * run's manifest, so the workbook does not hash every input a second time.
   */
  @FunctionalInterface
  public interface Source {
    String sha256(Path file) throws IOException;
  }

  /** The SHA-256 of a file's bytes, as lower-case hex. */
  public static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
