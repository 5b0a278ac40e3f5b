package org.stockreaction.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.stockreaction.job.Workers;

/**
 * Publishes one run into an output folder, all or nothing. The run is written into
 * {@code runs/.tmp-<run>}, every file and the folder are forced to disk, the folder is renamed to
 * {@code runs/<run>}, and {@code latest} is switched to it by renaming a new symbolic link over the
 * old one. A crash at any point leaves {@code latest} on the previous complete run. The caller must
 * hold the folder's {@link OutputLock}.
 */
public final class RunPublisher {

  /** Writes a run's files into the folder it is given and returns their names. */
  @FunctionalInterface
  public interface Content {
    List<String> write(Path folder) throws IOException;
  }

  /** What a publication did. */
  public record Published(Path runFolder, Path latest, List<String> files, List<String> pruned) {
    public Published {
      files = List.copyOf(files);
      pruned = List.copyOf(pruned);
    }
  }

  private final Path output;
  private final int keepRuns;

  /**
   * @param output the output folder
   * @param keepRuns how many run folders to keep, at least 1
   */
  public RunPublisher(Path output, int keepRuns) {
    if (keepRuns < 1) {
      throw new IllegalArgumentException("keepRuns must be at least 1, not " + keepRuns);
    }
    this.output = output;
    this.keepRuns = keepRuns;
  }

  /**
   * Writes a run named {@code runName} and makes it {@code latest}. Folders and links left by
   * killed runs are removed first; after the switch, run folders beyond {@code keepRuns} are
   * deleted, oldest first, never the one {@code latest} names.
   */
  public Published publish(String runName, Content content) throws IOException {
    Path latest = RunLayout.latest(output);
    if (Files.exists(latest, LinkOption.NOFOLLOW_LINKS)
        && !Files.isSymbolicLink(latest)) {
      throw new IOException(latest + " is a real folder or file, not the link this tool keeps;"
          + " move it away and run again");
    }
    Path runs = output.resolve(RunLayout.RUNS);
    Files.createDirectories(runs);
    removeLeftovers(runs);
    Path temp = runs.resolve(RunLayout.TEMP_PREFIX + runName);
    Path done = runs.resolve(runName);
    List<String> files;
    try {
      Files.createDirectory(temp);
      files = content.write(temp);
      fsyncTree(temp);
      move(temp, done);
      fsync(runs);
    } catch (IOException | RuntimeException e) {
      deleteTree(temp);
      throw e;
    }
    Path link = output.resolve(RunLayout.TEMP_PREFIX + RunLayout.LATEST + "-" + runName);
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, Path.of(RunLayout.RUNS, runName));
    move(link, latest);
    fsync(output);
    return new Published(done, latest, files, prune(runs, runName));
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(to + ": this file system cannot rename atomically, so the output"
          + " cannot be published safely; choose an output folder on a local disk", e);
    }
  }

  /** The run folders, oldest first. */
  public static List<Path> runFolders(Path output) throws IOException {
    Path runs = output.resolve(RunLayout.RUNS);
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(runs)) {
      return out;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(runs)) {
      for (Path p : ds) {
        if (RunLayout.RUN_NAME.matcher(p.getFileName().toString()).matches()
            && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          out.add(p);
        }
      }
    }
    out.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return out;
  }

  private List<String> prune(Path runs, String keep) throws IOException {
    List<Path> all = runFolders(output);
    List<String> pruned = new ArrayList<>();
    int excess = all.size() - keepRuns;
    for (Path p : all) {
      if (excess <= 0) {
        break;
      }
      String name = p.getFileName().toString();
      if (!name.equals(keep)) {
        deleteTree(p);
        pruned.add(name);
        excess--;
      }
    }
    if (!pruned.isEmpty()) {
      fsync(runs);
    }
    return pruned;
  }

  /** Half-written run folders and link files of runs that died; only the lock holder calls this. */
  private void removeLeftovers(Path runs) throws IOException {
    for (Path dir : List.of(runs, output)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, RunLayout.TEMP_PREFIX + "*")) {
        for (Path p : ds) {
          deleteTree(p);
        }
      }
    }
  }

  /** Deletes a file, or a folder and everything in it; nothing if it does not exist. */
  public static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> s = Files.list(p)) {
        for (Path c : (Iterable<Path>) s::iterator) {
          deleteTree(c);
        }
      }
    }
    Files.deleteIfExists(p);
  }

  /**
   * Forces every file under {@code root} to disk, several at a time (each force waits on the
   * disk, not the processor), then every folder, the deepest first.
   */
  static void fsyncTree(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    List<Path> folders = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s.sorted()::iterator) {
        (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? folders : files).add(p);
      }
    }
    try (Workers pool = new Workers(Math.max(1, Math.min(8, files.size())))) {
      pool.forEachIo(files.size(), i -> fsync(files.get(i)));
    }
    java.util.Collections.reverse(folders);
    for (Path d : folders) {
      fsync(d);
    }
  }

  static void fsync(Path p) throws IOException {
    boolean dir = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      if (!dir) {
        throw e;
      }
      // some systems cannot open a folder for syncing; the rename is still atomic there
    }
  }
}
