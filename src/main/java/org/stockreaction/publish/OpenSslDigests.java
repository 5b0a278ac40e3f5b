package org.stockreaction.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * SHA-256 of many files at once by the system's {@code openssl dgst -sha256 -r}, for the run
 * manifest. Why a process and not {@link java.security.MessageDigest}: the launcher runs the JVM
 * with the C1 compiler only (start-up matters more than peak speed for runs of seconds), and
 * JDK 17 gives its SHA-256 instructions to C2 alone. Java's digest then runs at about 115 MB/s on
 * the 2-core benchmark machine, against about 1.2 GB/s for OpenSSL there; hashing rows-heavy's 82 MB
 * of price files was a quarter of that run's CPU samples.
 *
 * <p>Nothing depends on openssl being there: when it is missing, fails, runs too long or prints
 * anything but one {@code <64 hex digits> *<path>} line per file, in order, for exactly the paths
 * given, the caller hashes the files with Java, which also reports any error as it always did. The
 * digests are the same bytes either way ({@code OpenSslDigestsTest} checks them against {@link
 * java.security.MessageDigest} and published test vectors).
 */
final class OpenSslDigests {

  /** The system property naming the openssl program (for tests: a path, or "none"). */
  static final String PROGRAM = "stockreaction.openssl";
  /**
   * The fewest bytes worth a process: starting one costs a few milliseconds, about what Java's
   * digest takes for half a megabyte.
   */
  static final long MIN_BYTES = 512 << 10;
  /** Characters of paths per process, far below any system's limit on a command line. */
  private static final int ARGUMENT_CHARS = 64 << 10;
  private static final Pattern LINE = Pattern.compile("[0-9a-f]{64} \\*.*");

  /** The least time given to openssl, before a second per 10 MB (tests shorten it). */
  static volatile long waitSeconds = 30;
  /** The program that failed to start, if one did: later batches do not try it again. */
  private static volatile String missing = "";

  private OpenSslDigests() {}

  /** Stops {@code p} and whatever it started. */
  private static void kill(Process p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
  }

  /**
   * The SHA-256 of each file, in order, as lower-case hex; null when the files are too few bytes
   * to be worth a process, or openssl is not there or did not give every digest. A path that is
   * not plain printable ASCII is not passed to openssl (a name that is not valid in the platform's
   * encoding could reach it as another file's name): its entry is null, for Java to hash.
   */
  static String[] sha256(List<Path> files) {
    String program = System.getProperty(PROGRAM, "openssl");
    if (program.equals(missing) || files.isEmpty() || program.equals("none")) {
      return null;
    }
    List<Path> plain = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).toAbsolutePath().toString();
      if (name.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        plain.add(files.get(i));
        at.add(i);
      }
    }
    long bytes = bytes(plain);
    if (bytes < MIN_BYTES) {
      return null;
    }
    long seconds = waitSeconds + bytes / (10 << 20);
    String[] found = new String[plain.size()];
    int from = 0;
    while (from < plain.size()) {
      int to = from;
      int chars = 0;
      while (to < plain.size() && (to == from || chars < ARGUMENT_CHARS)) {
        chars += plain.get(to).toString().length() + 1;
        to++;
      }
      if (!run(program, plain.subList(from, to), seconds, found, from)) {
        return null;
      }
      from = to;
    }
    String[] out = new String[files.size()];
    for (int i = 0; i < found.length; i++) {
      out[at.get(i)] = found[i];
    }
    return out;
  }

  /** Their bytes in all; a file that cannot be read counts as none (Java then reports it). */
  private static long bytes(List<Path> files) {
    long n = 0;
    for (Path f : files) {
      try {
        n += Files.size(f);
      } catch (IOException e) {
        // counted as empty
      }
    }
    return n;
  }

  /**
   * Runs openssl on {@code files} into {@code out} from {@code at}; false when it did not, within
   * {@code seconds}. Its output is read on a thread of its own, so that a process that does not end
   * (nor close its output: a child of a stand-in script, a hung network mount) only costs that
   * thread; the process and anything it started are then killed, and the caller goes on with Java.
   */
  private static boolean run(String program, List<Path> files, long seconds, String[] out,
      int at) {
    List<String> command = new ArrayList<>(List.of(program, "dgst", "-sha256", "-r"));
    for (Path f : files) {
      // absolute, so no path can be read as an option
      command.add(f.toAbsolutePath().toString());
    }
    Process p;
    try {
      p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException | RuntimeException e) {
      missing = program;
      return false;
    }
    FutureTask<byte[]> output = new FutureTask<>(() -> {
      try (InputStream in = p.getInputStream()) {
        return in.readAllBytes();
      }
    });
    Thread reader = new Thread(output, "openssl-output");
    reader.setDaemon(true);
    reader.start();
    String text;
    try {
      text = new String(output.get(seconds, TimeUnit.SECONDS), StandardCharsets.UTF_8);
      if (!p.waitFor(seconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
        kill(p);
        return false;
      }
    } catch (ExecutionException | TimeoutException e) {
      kill(p);
      return false;
    } catch (InterruptedException e) {
      kill(p);
      Thread.currentThread().interrupt();
      return false;
    }
    String[] lines = text.split("\n", -1);
    if (lines.length != files.size() + 1 || !lines[files.size()].isEmpty()) {
      return false;
    }
    for (int i = 0; i < files.size(); i++) {
      String line = lines[i];
      if (!LINE.matcher(line).matches()
          || !line.substring(66).equals(command.get(4 + i))) {
        return false;
      }
      out[at + i] = line.substring(0, 64);
    }
    return true;
  }
}
