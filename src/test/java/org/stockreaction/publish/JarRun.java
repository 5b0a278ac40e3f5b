package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the packaged jar as a separate process, the way cron or an analyst would. */
final class JarRun {

  /** The jar that {@code mvn package} built; failsafe passes its path. */
  static Path jar() {
    Path jar = Path.of(System.getProperty("stockreaction.jar", "target/stock-reaction.jar"))
        .toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), jar + " is missing: run mvn package first");
    return jar;
  }

  static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** A finished run: its exit code and what it printed. */
  record Result(int exitCode, String out, String err) {}

  final Process process;
  private final Path stdout;
  private final Path stderr;

  private JarRun(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts {@code java <jvm> -jar stock-reaction.jar <args>} in {@code dir}. */
  static JarRun start(Path dir, List<String> jvm, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(java().toString());
    cmd.addAll(jvm);
    cmd.add("-jar");
    cmd.add(jar().toString());
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("jar-out", ".txt");
    Path err = Files.createTempFile("jar-err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    return new JarRun(pb.start(), out, err);
  }

  /** Runs to the end (at most two minutes) under the default JVM settings. */
  static Result run(Path dir, String... args) throws IOException, InterruptedException {
    return start(dir, List.of(), args).await();
  }

  Result await() throws IOException, InterruptedException {
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("the run did not end within two minutes: " + read(stderr));
    }
    return new Result(process.exitValue(), read(stdout), read(stderr));
  }

  /** kill -9: the process gets no chance to clean up. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  private static String read(Path p) throws IOException {
    String s = Files.readString(p, StandardCharsets.UTF_8);
    Files.deleteIfExists(p);
    return s;
  }
}
