package org.stockreaction.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The input folder and the rule for what may be read from it: every input file is resolved to its
 * real path (links followed, {@code ..} taken out) and must lie inside the folder's real path,
 * unless {@code allow-outside-input} is set; and it must be a regular file, never a folder, FIFO,
 * device or socket. A file refused here is never opened, so nothing of its content is shown.
 */
public final class InputFolder {

  private final Path root;
  private final Path realRoot;
  private final boolean allowOutside;

  /**
   * @param root the input folder
   * @param allowOutside whether files outside it may be read (the {@code allow-outside-input}
   *     setting)
   */
  public InputFolder(Path root, boolean allowOutside) {
    this.root = root;
    this.allowOutside = allowOutside;
    Path real;
    try {
      real = root.toRealPath();
    } catch (IOException e) {
      real = root.toAbsolutePath().normalize();
    }
    this.realRoot = real;
  }

  /** A folder that reads any regular file, inside it or not (for tools and tests). */
  public static InputFolder unconfined(Path root) {
    return new InputFolder(root, true);
  }

  public Path root() {
    return root;
  }

  public boolean allowsOutside() {
    return allowOutside;
  }

  /**
   * The real path of the regular file {@code file} (relative to the input folder, or absolute).
   *
   * @param displayName how to name the file in messages
   * @param what what the file is, for messages ("events file", "price file")
   * @throws NoSuchFileException when it does not exist
   * @throws InputException when it lies outside the input folder or is not a regular file
   */
  public Path regularFile(Path file, String displayName, String what)
      throws InputException, NoSuchFileException {
    Path real = inside(file, displayName, what);
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new InputException(displayName, "cannot read the " + what + ": " + e.getMessage(),
          "check that it exists and is readable");
    }
    if (a.isDirectory()) {
      throw new InputException(displayName, "the " + what + " is a folder, not a file",
          "name the file itself");
    }
    if (!a.isRegularFile()) {
      throw new InputException(displayName, "the " + what + " is not a regular file (a FIFO,"
          + " device or socket); only regular files are read", "copy the data into a file");
    }
    return real;
  }

  /**
   * The real path of the folder {@code dir}, which must lie inside the input folder unless
   * outside input is allowed.
   *
   * @throws NoSuchFileException when it does not exist
   */
  public Path folder(Path dir, String displayName, String what)
      throws InputException, NoSuchFileException {
    Path real = inside(dir, displayName, what);
    if (!Files.isDirectory(real)) {
      throw new InputException(displayName, "the " + what + " is not a folder",
          "point it at the folder holding the files");
    }
    return real;
  }

  private Path inside(Path file, String displayName, String what)
      throws InputException, NoSuchFileException {
    Path real;
    try {
      real = root.resolve(file).toRealPath();
    } catch (NoSuchFileException e) {
      throw e;
    } catch (IOException e) {
      throw new InputException(displayName, "cannot resolve the " + what + ": " + e.getMessage(),
          "check the path and its permissions");
    }
    if (!allowOutside && !real.startsWith(realRoot)) {
      throw new InputException(displayName, "the " + what + " lies outside the input folder"
          + " (it resolves to " + InputText.quote(real.toString()) + ")",
          "copy it into the input folder, or " + (what.equals("config file")
              ? "pass --allow-outside-input on the command line (a config file cannot allow its"
                  + " own reading)"
              : "set allow-outside-input = true to read files outside it"));
    }
    return real;
  }
}
