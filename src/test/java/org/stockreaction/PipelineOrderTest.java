package org.stockreaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of {@code src/main} are the pipeline's stages, and a package uses only the stages
 * before it: every reference to {@code org.stockreaction.<stage>} in a source file (an import, a
 * static import or a fully qualified name) is checked against the order below. A reference back
 * up the pipeline is allowed only when the package's {@code package-info.java} explains it in a
 * sentence of the form "Uses {@code org.stockreaction.<stage>} against the pipeline order because
 * ...". The order is also the one src/site/markdown/architecture.md states.
 */
class PipelineOrderTest {

  /** The stages, first to last: a package may use the ones before it. */
  static final List<String> ORDER = List.of("ingest", "calendar", "model", "stats", "config",
      "job", "report", "tables", "publish", "bench", "cli");

  private static final Path MAIN = Path.of("src/main/java/org/stockreaction");
  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.stockreaction\\.(\\w+)");
  private static final Pattern EXCEPTION = Pattern.compile(
      "Uses \\{@code org\\.stockreaction\\.(\\w+)} against the pipeline order because \\S");

  @Test
  void everyPackageIsAStageOfThePipeline() throws IOException {
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(MAIN)) {
      dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
    }
    assertEquals(new TreeSet<>(ORDER), packages,
        "a new package needs its place in PipelineOrderTest.ORDER and architecture.md");
  }

  @Test
  void noReferenceRunsBackUpThePipeline() throws IOException {
    List<String> upward = new ArrayList<>();
    for (Map.Entry<String, Map<String, Set<String>>> from : graph().entrySet()) {
      Set<String> allowed = exceptions(from.getKey());
      for (Map.Entry<String, Set<String>> to : from.getValue().entrySet()) {
        if (ORDER.indexOf(to.getKey()) > ORDER.indexOf(from.getKey())
            && !allowed.contains(to.getKey())) {
          upward.add(from.getKey() + " -> " + to.getKey() + " in " + to.getValue());
        }
      }
    }
    assertTrue(upward.isEmpty(), "references back up the pipeline " + ORDER + ", without a"
        + " reason in the package's package-info.java: " + upward);
  }

  @Test
  void findsAReferenceBackUpInSourceText() {
    String source = "package org.stockreaction.ingest;\n"
        + "// org.stockreaction.report in a comment does not count\n"
        + "import org.stockreaction.calendar.Window;\n"
        + "class X { String s = \"org.stockreaction.job\"; Object o = org.stockreaction.report"
        + ".Decimals.format(1, 2); }\n";
    // the package line names its own stage, which graph() leaves out
    assertEquals(Set.of("calendar", "ingest", "report"), references(source));
  }

  @Test
  void architecturePageStatesTheSameOrder() throws IOException {
    String page = Files.readString(Path.of("src/site/markdown/architecture.md"),
        StandardCharsets.UTF_8);
    assertTrue(page.contains(String.join(" -> ", ORDER)),
        "architecture.md should state the order " + String.join(" -> ", ORDER));
  }

  /** Package to the stages it references, each with the files that do. */
  static Map<String, Map<String, Set<String>>> graph() throws IOException {
    Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(MAIN)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path f : files) {
      String from = MAIN.relativize(f).getName(0).toString();
      for (String to : references(Files.readString(f, StandardCharsets.UTF_8))) {
        if (!to.equals(from)) {
          graph.computeIfAbsent(from, k -> new TreeMap<>())
              .computeIfAbsent(to, k -> new TreeSet<>()).add(f.getFileName().toString());
        }
      }
    }
    return graph;
  }

  /** The stages a source text names outside comments and string literals. */
  static Set<String> references(String source) {
    Set<String> out = new TreeSet<>();
    Matcher m = REFERENCE.matcher(code(source));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The stages a package's package-info.java gives a reason for using against the order. */
  private static Set<String> exceptions(String pkg) throws IOException {
    Path info = MAIN.resolve(pkg).resolve("package-info.java");
    Set<String> out = new TreeSet<>();
    if (Files.exists(info)) {
      Matcher m = EXCEPTION.matcher(Files.readString(info, StandardCharsets.UTF_8)
          .replaceAll("\\s*\\n\\s*\\*\\s*", " "));
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** The text with comments, string and character literals blanked out. */
  private static String code(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (s.startsWith("//", i)) {
        int e = s.indexOf('\n', i);
        i = e < 0 ? s.length() : e;
      } else if (s.startsWith("/*", i)) {
        int e = s.indexOf("*/", i + 2);
        i = e < 0 ? s.length() : e + 2;
        out.append(' ');
      } else if (s.startsWith("\"\"\"", i)) {
        int e = s.indexOf("\"\"\"", i + 3);
        i = e < 0 ? s.length() : e + 3;
        out.append(' ');
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != c) {
          j += s.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
        out.append(' ');
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
