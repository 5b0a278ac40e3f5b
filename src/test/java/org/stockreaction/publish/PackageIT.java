package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tarball for cron hosts, as an operator uses it: unpacked into a fresh folder, its launcher
 * run from another working folder on the sample study it ships. The exit code comes through, the
 * reports are published, and the second run starts from the class-data archive the first made.
 */
class PackageIT {

  static Path tarball() {
    Path t = Path.of(System.getProperty("stockreaction.tarball",
        "target/stock-reaction-0.1.0.tar.gz")).toAbsolutePath();
    assertTrue(Files.isRegularFile(t), t + " is missing: run mvn package first");
    return t;
  }

  record Run(int exitCode, String out, String err) {}

  static Run run(Path workDir, Map<String, String> env, String... cmd)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("pkg-out", ".txt");
    Path err = Files.createTempFile("pkg-err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "did not finish in 300 s: " + List.of(cmd));
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Path unpack(Path dir) throws IOException, InterruptedException {
    return unpack(dir, "opt");
  }

  private static Path unpack(Path dir, String folder) throws IOException, InterruptedException {
    Path install = Files.createDirectories(dir.resolve(folder));
    Run tar = run(install, Map.of(), "tar", "xzf", tarball().toString());
    assertEquals(0, tar.exitCode(), tar.err());
    try (Stream<Path> s = Files.list(install)) {
      List<Path> top = s.toList();
      assertEquals(1, top.size(), "one folder in the tarball: " + top);
      return top.get(0);
    }
  }

  @Test
  void launcherRunsTheSampleFromAnotherFolderAndReusesItsClassDataArchive(@TempDir Path dir)
      throws Exception {
    Path home = unpack(dir);
    assertTrue(home.getFileName().toString().startsWith("stock-reaction-"), home.toString());
    assertTrue(Files.isExecutable(home.resolve("bin/stock-reaction")));
    assertTrue(Files.isRegularFile(home.resolve("examples/crontab")));
    assertTrue(Files.isRegularFile(home.resolve("examples/stock-reaction.service")));
    assertTrue(Files.isRegularFile(home.resolve("examples/stock-reaction.timer")));
    Path work = Files.createDirectories(dir.resolve("elsewhere"));
    String launcher = home.resolve("bin/stock-reaction").toString();
    Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"));
    // relative paths are read from the working folder, as with java -jar
    org.stockreaction.TestData.copyFolder(home.resolve("examples/study"), work.resolve("study"));

    Run first = run(work, env, launcher, "--input", "study", "--output", "out");
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.err().contains("info: done: exit 0 (ok); events 5 ok"), first.err());
    Path latest = work.resolve("out/latest");
    for (String f : List.of("summary.csv", "car.csv", "abnormal_returns.csv",
        "group_summary.csv", "report.html", "report.md", "manifest.json")) {
      assertTrue(Files.isRegularFile(latest.resolve(f)), f);
    }
    List<Path> archives;
    try (Stream<Path> s = Files.list(home.resolve("lib/cds"))) {
      archives = s.toList();
    }
    assertEquals(1, archives.size(), "the first run leaves one class-data archive: " + archives);
    assertTrue(archives.get(0).getFileName().toString().endsWith(".jsa")
        || archives.get(0).getFileName().toString().endsWith(".aot"), archives.toString());

    // The second run loads the tool's classes from the archive; the log shows where from.
    Path classLog = dir.resolve("classes.txt");
    Map<String, String> logging = new java.util.HashMap<>(env);
    logging.put("STOCK_REACTION_JAVA_OPTS", "-XX:+UseParallelGC -XX:TieredStopAtLevel=1"
        + " -Xlog:class+load=info:file=" + classLog);
    Run second = run(work, logging, launcher, "--input", "study", "--output", "out", "--quiet");
    assertEquals(0, second.exitCode(), second.err());
    assertEquals("", second.err(), "nothing on stderr under --quiet, not even about the archive");
    String loaded = Files.readString(classLog, StandardCharsets.UTF_8);
    assertTrue(loaded.lines().anyMatch(l -> l.contains("org.stockreaction.job.StudyJob ")
        && l.contains("shared objects file")), "StudyJob comes from the archive");

    // Arguments and exit codes pass through: a usage error is 2, from any folder.
    Run bad = run(work, env, launcher, "--input", "study", "--output", "out", "--no-such-option");
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().contains("--no-such-option"), bad.err());
  }

  /**
   * A signal during the first run's training stops it at once and leaves no process, archive or
   * temporary folder; the next run makes the archive and uses it.
   */
  @Test
  void launcherStopsCleanlyDuringTraining(@TempDir Path dir) throws Exception {
    Path home = unpack(dir);
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    String launcher = home.resolve("bin/stock-reaction").toString();
    Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"),
        "TMPDIR", tmp.toString());
    ProcessBuilder pb = new ProcessBuilder(launcher, "--input",
        home.resolve("examples/study").toString(), "--output", dir.resolve("out1").toString())
        .directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("killed.txt").toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    Thread.sleep(700);
    List<ProcessHandle> training = p.descendants().toList();
    assertTrue(!training.isEmpty(), "the first run trains the archive in a child process");
    p.destroy(); // SIGTERM
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher stops on SIGTERM");
    assertEquals(143, p.exitValue());
    for (ProcessHandle h : training) {
      h.onExit().get(10, TimeUnit.SECONDS);
      assertTrue(!h.isAlive(), "training process " + h.pid() + " was stopped");
    }
    try (Stream<Path> cds = Files.list(home.resolve("lib/cds"));
        Stream<Path> t = Files.list(tmp)) {
      assertEquals(List.of(), cds.toList(), "no archive, whole or partial");
      assertEquals(List.of(), t.toList(), "no temporary folder left");
    }
    assertClassesComeFromTheArchive(dir, env, launcher, home, dir.resolve("out2"));
  }

  /**
   * An install and folders whose paths have spaces run; before Java 25 the
   * launcher makes no archive there (Java would not take the tool's classes from it), from 25 on
   * it makes one and uses it.
   */
  @Test
  void launcherRunsFromAnInstallPathWithSpaces(@TempDir Path dir) throws Exception {
    Path home = unpack(dir, "my opt");
    String launcher = home.resolve("bin/stock-reaction").toString();
    Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"));
    Path out = dir.resolve("out put");
    if (Runtime.version().feature() < 25) {
      Run r = run(dir, env, launcher, "--input", home.resolve("examples/study").toString(),
          "--output", out.toString(), "--quiet");
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(Files.isRegularFile(out.resolve("latest/summary.csv")));
      try (Stream<Path> cds = Files.list(home.resolve("lib/cds"))) {
        assertEquals(List.of(), cds.toList(), "no archive that Java 17 would not use");
      }
    } else {
      assertClassesComeFromTheArchive(dir, env, launcher, home, out);
    }
  }

  /** Runs the sample twice; the second run loads the tool's classes from the archive. */
  private static void assertClassesComeFromTheArchive(Path dir, Map<String, String> env,
      String launcher, Path home, Path out) throws Exception {
    String input = home.resolve("examples/study").toString();
    Run first = run(dir, env, launcher, "--input", input, "--output", out.toString(), "--quiet");
    assertEquals(0, first.exitCode(), first.err());
    Path classLog = dir.resolve("classes.txt");
    Map<String, String> logging = new java.util.HashMap<>(env);
    logging.put("STOCK_REACTION_JAVA_OPTS", "-XX:+UseParallelGC -XX:TieredStopAtLevel=1"
        + " -Xlog:class+load=info:file=" + classLog);
    Run second = run(dir, logging, launcher, "--input", input, "--output", out.toString(),
        "--quiet");
    assertEquals(0, second.exitCode(), second.err());
    assertTrue(Files.readString(classLog, StandardCharsets.UTF_8).lines()
        .anyMatch(l -> l.contains("org.stockreaction.job.StudyJob ")
            && l.contains("shared objects file")), "StudyJob comes from the archive");
  }

  @Test
  void launcherRefusesAJavaOlderThan17WithAClearMessage(@TempDir Path dir) throws Exception {
    Path home = unpack(dir);
    Path oldJava = Files.createDirectories(dir.resolve("jdk-11/bin"));
    Files.writeString(dir.resolve("jdk-11/release"), "JAVA_VERSION=\"11.0.2\"\n"
        + "JAVA_RUNTIME_VERSION=\"11.0.2+9\"\n");
    Path java = oldJava.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.2\"' >&2\nexit 0\n");
    assertTrue(java.toFile().setExecutable(true));
    Run r = run(dir, Map.of("JAVA_HOME", dir.resolve("jdk-11").toString()),
        home.resolve("bin/stock-reaction").toString(), "--help");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("is Java 11.0.2+9; stock-reaction needs Java 17 or later"),
        r.err());
  }
}
