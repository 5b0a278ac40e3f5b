package org.stockreaction.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's settings table and the template config file say what the declarations say. Run
 * with {@code -Dsettings.docs.write=true} to rewrite both from the declarations after changing one.
 */
class SettingsDocsTest {

  private static final Path README = Path.of("README.md");
  private static final Path TEMPLATE = Path.of("examples", "study.properties.template");
  private static final String HOW = " (a setting was declared or changed: rerun this test with"
      + " -Dsettings.docs.write=true to rewrite README.md's table and " + TEMPLATE + ")";

  private static boolean write() {
    return Boolean.getBoolean("settings.docs.write");
  }

  @Test
  void readmeSettingsTableIsTheDeclarations() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int from = lines.indexOf(SettingsDocs.TABLE_HEADER);
    assertTrue(from >= 0, "README.md has no line " + SettingsDocs.TABLE_HEADER + HOW);
    int to = from;
    while (to < lines.size() && lines.get(to).startsWith("|")) {
      to++;
    }
    List<String> expected = SettingsDocs.markdownTable();
    if (write()) {
      List<String> out = new ArrayList<>(lines.subList(0, from));
      out.addAll(expected);
      out.addAll(lines.subList(to, lines.size()));
      Files.writeString(README, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
      return;
    }
    assertEquals(String.join("\n", expected), String.join("\n", lines.subList(from, to)), HOW);
  }

  @Test
  void templateIsTheDeclarations() throws IOException {
    String expected = String.join("\n", SettingsDocs.template()) + "\n";
    if (write()) {
      Files.writeString(TEMPLATE, expected, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(expected, Files.readString(TEMPLATE, StandardCharsets.UTF_8), HOW);
  }

  @Test
  void everySettingIsInTheReadmeTableAndTheTemplate() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String template = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
    for (Setting<?> s : Setting.all()) {
      assertTrue(readme.contains("| `" + s.key() + "` |"), s.key() + " is not in README.md");
      assertTrue(template.contains("\n# " + s.key() + " = " + s.defaultValue() + "\n"),
          s.key() + " is not in " + TEMPLATE);
    }
  }

  @Test
  void templateWithEverySettingUncommentedGivesTheDefaults(@TempDir Path dir) throws Exception {
    StringBuilder sb = new StringBuilder();
    int settings = 0;
    for (String line : Files.readAllLines(TEMPLATE, StandardCharsets.UTF_8)) {
      if (line.matches("# [a-z0-9-]+ = .*")) {
        sb.append(line.substring(2)).append('\n');
        settings++;
      }
    }
    assertEquals(Setting.all().size(), settings);
    Path f = dir.resolve("study.properties");
    Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
    assertEquals(StudyConfig.defaults(), ConfigLoader.load(f, "study.properties", Map.of()));
    assertEquals(StudyConfig.defaults(), ConfigLoader.load(null, "none", Map.of()));
  }

  @Test
  void everyDefaultIsValidAndWrittenAsItIsFormatted() {
    for (Setting<?> s : Setting.all()) {
      assertEquals(s.defaultValue(), StudyConfig.defaults().describe().getOrDefault(s.key(),
          s.defaultValue()), s.key());
    }
  }
}
