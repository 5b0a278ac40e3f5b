package org.stockreaction.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks that an output folder has the shape this tool keeps, before any input is read and again
 * before a run is published: {@code .lock} a plain file, {@code runs} a folder, {@code latest} a
 * link into the output folder, and the {@code .tmp-*} leftovers of killed runs folders (in
 * {@code runs/}) or links (next to {@code latest}) that stay inside the output folder. Anything
 * else is named with what to do, and the run changes nothing.
 */
public final class OutputShape {

  private OutputShape() {}

  /** What is wrong with the output folder's shape, or empty when nothing is (or it is new). */
  public static Optional<String> problem(Path output) {
    try {
      if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      if (!Files.isDirectory(output)) {
        return Optional.of(output + ": --output names a file, not a folder (point it at a folder;"
            + " it is created when missing)");
      }
      Path root = output.toRealPath();
      Path lock = output.resolve(RunLayout.LOCK);
      if (Files.exists(lock, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(lock + ": the lock is " + kind(lock) + ", not the plain file this tool"
            + " keeps (remove it and run again)");
      }
      Path runs = output.resolve(RunLayout.RUNS);
      if (Files.exists(runs, LinkOption.NOFOLLOW_LINKS)) {
        Optional<String> p = folderInside(runs, root, "the folder of runs");
        if (p.isPresent()) {
          return p;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(runs, RunLayout.TEMP_PREFIX + "*")) {
          for (Path t : ds) {
            p = folderInside(t, root, "a run folder left by a stopped run");
            if (p.isPresent()) {
              return p;
            }
          }
        }
      }
      Path latest = RunLayout.latest(output);
      if (Files.exists(latest, LinkOption.NOFOLLOW_LINKS)) {
        Optional<String> p = linkInside(latest, root);
        if (p.isPresent()) {
          return p;
        }
      }
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(output, RunLayout.TEMP_PREFIX + "*")) {
        for (Path t : ds) {
          Optional<String> p = linkInside(t, root);
          if (p.isPresent()) {
            return p;
          }
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(output + ": cannot check the output folder: " + e.getMessage()
          + " (check its permissions)");
    }
  }

  /** Throws when the shape is wrong; for the publisher, which holds the lock. */
  static void check(Path output) throws IOException {
    Optional<String> p = problem(output);
    if (p.isPresent()) {
      throw new IOException(p.get());
    }
  }

  /** A folder, or a link to a folder inside the output folder. */
  private static Optional<String> folderInside(Path p, Path root, String what) throws IOException {
    if (Files.isSymbolicLink(p)) {
      Path target = p.toRealPath();
      if (!target.startsWith(root)) {
        return Optional.of(p + ": " + what + " is a link leading out of the output folder (to "
            + target + "); this tool writes only inside it (remove the link and run again)");
      }
    }
    if (!Files.isDirectory(p)) {
      return Optional.of(p + ": " + what + " is " + kind(p) + ", not a folder (move it away and"
          + " run again)");
    }
    return Optional.empty();
  }

  /** A link whose target, taken as written, stays inside the output folder. */
  private static Optional<String> linkInside(Path p, Path root) throws IOException {
    if (!Files.isSymbolicLink(p)) {
      return Optional.of(p + " is " + kind(p) + ", not the link this tool keeps (move it away and"
          + " run again)");
    }
    Path target = p.getParent().toRealPath().resolve(Files.readSymbolicLink(p)).normalize();
    if (!target.startsWith(root)) {
      return Optional.of(p + " is a link leading out of the output folder (to " + target
          + "); this tool writes only inside it (remove the link and run again)");
    }
    return Optional.empty();
  }

  private static String kind(Path p) {
    if (Files.isSymbolicLink(p)) {
      return "a link";
    }
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      return "a folder";
    }
    return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? "a file"
        : "a special file (a FIFO, device or socket)";
  }
}
