package org.stockreaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in README.md and in the pages under src/site/markdown points to a file that
 * exists, and a link to a heading ({@code page.md#heading}) to a heading that page has, named the
 * way GitHub names heading anchors. Links to web addresses are not followed.
 */
class DocsLinksTest {

  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

  @Test
  void everyRelativeLinkPointsToAnExistingFileAndHeading() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(Path.of("README.md"));
    try (Stream<Path> pages = Files.list(Path.of("src/site/markdown"))) {
      pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path doc : docs) {
      for (String target : links(Files.readString(doc, StandardCharsets.UTF_8))) {
        if (target.matches("(?i)(https?|mailto|ftp):.*")) {
          continue;
        }
        checked++;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? doc : doc.toAbsolutePath().getParent().resolve(file)
            .normalize();
        if (!Files.exists(resolved)) {
          broken.add(doc + ": " + target + " (no file " + resolved + ")");
        } else if (hash >= 0 && resolved.toString().endsWith(".md")) {
          String anchor = target.substring(hash + 1);
          if (!anchors(Files.readString(resolved, StandardCharsets.UTF_8)).contains(anchor)) {
            broken.add(doc + ": " + target + " (no heading #" + anchor + " in " + file + ")");
          }
        }
      }
    }
    assertTrue(checked >= 10, "the README and the pages link to each other; found " + checked);
    assertEquals(List.of(), broken, "broken links");
  }

  @Test
  void anchorsAreNamedTheWayGitHubNamesThem() {
    // GitHub: lower case, punctuation dropped, spaces to hyphens, a repeated heading gets -1.
    assertEquals(Set.of("many-events-group-tests", "price-file-caps", "from-cron", "from-cron-1",
        "csv-encoding-and-spreadsheet-safety", "what-it-prints-real-output-of-the-default-job"),
        anchors("# Many events (group tests)\n```\n# not a heading\n```\n## Price file caps\n"
            + "### From cron\n## From cron\n"
            + "## CSV encoding and spreadsheet safety\n"
            + "## What it prints (real output of the default job)\n"));
    assertEquals(List.of("a.md", "b.md#x", "https://x"),
        links("see [a](a.md), `[not](c.md)`,\n```\n[no](d.md)\n```\n[b](b.md#x) [w](https://x)"));
  }

  /** The link targets of a Markdown text, outside fenced code blocks and code spans. */
  static List<String> links(String markdown) {
    List<String> out = new ArrayList<>();
    boolean fenced = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", ""));
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** The anchors GitHub gives the headings of a Markdown text. */
  static Set<String> anchors(String markdown) {
    Set<String> out = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean fenced = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      Matcher m = HEADING.matcher(line);
      if (fenced || !m.matches()) {
        continue;
      }
      String slug = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "")
          .replace(' ', '-');
      int n = seen.merge(slug, 1, Integer::sum);
      out.add(n == 1 ? slug : slug + "-" + (n - 1));
    }
    return out;
  }
}
