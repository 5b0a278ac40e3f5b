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
  /** Guards the switch to a new run against {@link #abandon()}. */
  private final Object switching = new Object();
  private boolean abandoned;
  private Path writing;
  private volatile boolean switched;

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
    OutputShape.check(output);
    Path latest = RunLayout.latest(output);
    Path runs = output.resolve(RunLayout.RUNS);
    Files.createDirectories(runs);
    removeLeftovers(runs);
    Path temp = runs.resolve(RunLayout.TEMP_PREFIX + runName);
    Path done = runs.resolve(runName);
    synchronized (switching) {
      if (abandoned) {
        throw new IOException("the run was stopped before it was written");
      }
      writing = temp;
    }
    List<String> files;
    try {
      Files.createDirectory(temp);
      files = content.write(temp);
      fsyncTree(temp);
    } catch (IOException | RuntimeException e) {
      deleteTree(temp);
      throw e;
    }
    // the switch is not stopped half way: a stop waits for it, then finds the run published
    synchronized (switching) {
      if (abandoned) {
        throw new IOException("the run was stopped before it was published");
      }
      try {
        move(temp, done);
        fsync(runs);
      } catch (IOException | RuntimeException e) {
        deleteTree(temp);
        throw e;
      } finally {
        writing = null;
      }
      Path link = output.resolve(RunLayout.TEMP_PREFIX + RunLayout.LATEST + "-" + runName);
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, Path.of(RunLayout.RUNS, runName));
      move(link, latest);
      fsync(output);
      switched = true;
    }
    return new Published(done, latest, files, prune(runs, runName));
  }

  /**
   * Stops this publisher from another thread (a shutdown on a signal): a run not yet switched to
   * is never published, and the folder it was being written into is deleted. Waits for a switch
   * already started, which then stands. Returns the folder deleted, or null when there was none.
   */
  public Path abandon() {
    if (switched) {
      return null;
    }
    Path temp;
    synchronized (switching) {
      abandoned = true;
      temp = writing;
    }
    if (temp == null) {
      return null;
    }
    // the run's writer threads may still be creating files in it: delete until it stays gone
    for (int i = 0; i < 50; i++) {
      try {
        deleteTree(temp);
      } catch (IOException e) {
        // a file appeared or went meanwhile; try again
      }
      if (!Files.exists(temp, LinkOption.NOFOLLOW_LINKS)) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        if (!Files.exists(temp, LinkOption.NOFOLLOW_LINKS)) {
          break;
        }
      }
    }
    return temp;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(to + ": this file system cannot rename atomically, so the output"
          + " cannot be published safely; choose an output folder on a local disk", e);
    }
  }

  /** Whether {@code latest} was switched to this publisher's run. */
  public boolean switched() {
    return switched;
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
    // a folder without this tool's manifest is not ours: it is neither counted nor deleted
    List<Path> all = runFolders(output).stream().filter(RunPublisher::ownRun).toList();
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

  /**
   * Whether {@code folder} is a run this tool wrote: it holds a {@code manifest.json} (a plain
   * file) naming this tool and the folder's own run name. Only such folders are ever pruned.
   */
  static boolean ownRun(Path folder) {
    Path m = folder.resolve(RunLayout.MANIFEST);
    if (!Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    String tool = null;
    String run = null;
    try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory()
        .createParser(Files.newInputStream(m, LinkOption.NOFOLLOW_LINKS))) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return false;
      }
      while ((tool == null || run == null)
          && p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String field = p.getCurrentName();
        com.fasterxml.jackson.core.JsonToken t = p.nextToken();
        if (t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING && field.equals("tool")) {
          tool = p.getText();
        } else if (t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING && field.equals("run")) {
          run = p.getText();
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return "stock-reaction".equals(tool) && folder.getFileName().toString().equals(run);
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
