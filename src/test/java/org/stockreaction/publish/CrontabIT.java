package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the crontab line from the README's "From cron" section, as cron would (with /bin/sh),
 * on a scratch copy of the project: the log goes to the file, and the line prints (so cron mails)
 * only when the exit code is not 0.
 */
class CrontabIT {

  private static final String PLACEHOLDER = "/srv/stock-reaction";

  @TempDir
  Path dir;

  static String crontabLine() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int op = readme.indexOf("## From cron");
    assertTrue(op >= 0, "README has a From cron section");
    int marker = readme.indexOf("<!-- crontab:", op);
    assertTrue(marker > 0, "README marks its crontab line");
    int fence = readme.indexOf("```\n", marker);
    int end = readme.indexOf("\n```", fence + 4);
    String line = readme.substring(fence + 4, end).strip();
    assertEquals(-1, line.indexOf('\n'), "one crontab line");
    return line;
  }

  /** The command part of a crontab line, as cron hands it to the shell. */
  static String command(String crontabLine) {
    String[] f = crontabLine.split("\\s+", 6);
    assertEquals(6, f.length, "five schedule fields and a command");
    assertTrue(f[0].matches("[0-9*,/-]+") && f[4].matches("[0-9*,/-]+"), crontabLine);
    // cron turns an unescaped % into a newline and \% into %
    String cmd = f[5];
    assertTrue(!cmd.replace("\\%", "").contains("%"), "every % is escaped");
    return cmd.replace("\\%", "%");
  }

  private String[] runCron(String cmd) throws Exception {
    Path out = dir.resolve("cron-stdout.txt");
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", cmd)
        .redirectOutput(out.toFile()).redirectErrorStream(true);
    pb.environment().put("PATH", JarRun.java().getParent() + ":/usr/bin:/bin");
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    return new String[] {Integer.toString(p.exitValue()), Files.readString(out)};
  }

  @Test
  void readmeCrontabLineRunsLogsAndReportsFailure() throws Exception {
    Path home = dir.resolve("project");
    SyntheticStudy.copyShippedInput(home.resolve("input"));
    Files.createDirectories(home.resolve("target"));
    Files.createSymbolicLink(home.resolve("target/stock-reaction.jar"), JarRun.jar());
    String cmd = command(crontabLine()).replace(PLACEHOLDER, home.toString());

    String[] ok = runCron(cmd);
    assertEquals("0", ok[0]);
    assertEquals("", ok[1], "a good run prints nothing, so cron sends no mail");
    String log = Files.readString(home.resolve("log/nightly.log"));
    assertTrue(log.contains("done: exit 0 (ok)"), log);
    var manifest = new ObjectMapper().readTree(
        home.resolve("output/latest/manifest.json").toFile());
    assertEquals(0, manifest.get("exit_code").asInt());
    assertTrue(manifest.get("config").get("as-of").asText().matches("\\d{4}-\\d{2}-\\d{2}"));

    Files.writeString(home.resolve("input/study.properties"), "model = nosuch\n");
    String[] bad = runCron(cmd);
    assertTrue(bad[1].contains("stock-reaction exited with code 2"), bad[1]);
    String log2 = Files.readString(home.resolve("log/nightly.log"));
    assertTrue(log2.contains("error: input/study.properties:1:"), log2);
    assertTrue(log2.contains("done: exit 0 (ok)"), "the log is appended to, not replaced");
  }
}
