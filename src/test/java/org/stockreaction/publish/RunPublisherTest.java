package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPublisherTest {

  @TempDir
  Path out;

  /** A run's files, with the manifest that marks the folder as this tool's own. */
  private static RunPublisher.Content writing(String text) {
    return folder -> {
      Files.writeString(folder.resolve("a.csv"), text);
      Files.writeString(folder.resolve("b.md"), text);
      String run = folder.getFileName().toString().substring(".tmp-".length());
      Files.writeString(folder.resolve("manifest.json"),
          "{\"format\": 1, \"tool\": \"stock-reaction\", \"run\": \"" + run + "\"}");
      return List.of("a.csv", "b.md", "manifest.json");
    };
  }

  private static String name(int second) {
    return RunLayout.runName(Instant.parse("2025-02-11T06:30:00Z").plusSeconds(second), second);
  }

  private String latestText() throws IOException {
    return Files.readString(RunLayout.latest(out).resolve("a.csv"));
  }

  @Test
  void runNameIsUtcTimeThenSixHexDigits() {
    assertEquals("20250211T063000000Z-00002a",
        RunLayout.runName(Instant.parse("2025-02-11T06:30:00Z"), 42));
    assertEquals("20250211T063000000Z-ffffff",
        RunLayout.runName(Instant.parse("2025-02-11T06:30:00Z"), -1));
  }

  @Test
  void publishesIntoRunsAndPointsLatestAtIt() throws Exception {
    RunPublisher p = new RunPublisher(out, 10);
    RunPublisher.Published first = p.publish(name(1), writing("one"));
    assertEquals(out.resolve("runs").resolve(name(1)), first.runFolder());
    assertEquals(Path.of("runs", name(1)), Files.readSymbolicLink(RunLayout.latest(out)));
    assertEquals("one", latestText());
    p.publish(name(2), writing("two"));
    assertEquals("two", latestText());
    assertEquals("one", Files.readString(out.resolve("runs").resolve(name(1)).resolve("a.csv")));
  }

  @Test
  void keepsTheNewestRunsOnly() throws Exception {
    RunPublisher p = new RunPublisher(out, 2);
    for (int i = 1; i <= 4; i++) {
      p.publish(name(i), writing("run " + i));
    }
    assertEquals(List.of(out.resolve("runs").resolve(name(3)), out.resolve("runs").resolve(name(4))),
        RunPublisher.runFolders(out));
    assertEquals("run 4", latestText());
  }

  @Test
  void prunesOnlyFoldersThatThisToolsManifestMarksAsItsOwn() throws Exception {
    // run-named folders someone else keeps there: no manifest, another tool's, another run's
    Path bare = Files.createDirectories(out.resolve("runs").resolve(name(1)));
    Files.writeString(bare.resolve("notes.txt"), "mine");
    Path foreign = Files.createDirectories(out.resolve("runs").resolve(name(2)));
    Files.writeString(foreign.resolve("manifest.json"), "{\"tool\": \"other\", \"run\": \""
        + name(2) + "\"}");
    Path copied = Files.createDirectories(out.resolve("runs").resolve(name(3)));
    Files.writeString(copied.resolve("manifest.json"), "{\"tool\": \"stock-reaction\","
        + " \"run\": \"" + name(9) + "\"}");
    Path broken = Files.createDirectories(out.resolve("runs").resolve(name(4)));
    Files.writeString(broken.resolve("manifest.json"), "{\"tool\": ");
    RunPublisher p = new RunPublisher(out, 1);
    for (int i = 5; i <= 7; i++) {
      p.publish(name(i), writing("run " + i));
    }
    assertEquals(List.of(bare, foreign, copied, broken, out.resolve("runs").resolve(name(7))),
        RunPublisher.runFolders(out));
    assertEquals("mine", Files.readString(bare.resolve("notes.txt")));
  }

  @Test
  void neverPrunesTheRunLatestNamesEvenWhenItIsNotTheNewestName() throws Exception {
    new RunPublisher(out, 1).publish(name(5), writing("five"));
    // a run whose clock was behind publishes an older-sorting name
    RunPublisher.Published p = new RunPublisher(out, 1).publish(name(3), writing("three"));
    assertEquals("three", latestText());
    assertEquals(List.of(name(5)), p.pruned());
  }

  @Test
  void aFailingWriteLeavesLatestAndNoTempFolder() throws Exception {
    RunPublisher p = new RunPublisher(out, 10);
    p.publish(name(1), writing("good"));
    assertThrows(IOException.class, () -> p.publish(name(2), folder -> {
      Files.writeString(folder.resolve("a.csv"), "half");
      throw new IOException("No space left on device");
    }));
    assertEquals("good", latestText());
    assertEquals(List.of(out.resolve("runs").resolve(name(1))), RunPublisher.runFolders(out));
    try (var s = Files.list(out.resolve("runs"))) {
      assertEquals(1, s.count(), "the temporary folder is removed");
    }
  }

  @Test
  void removesWhatAKilledRunLeftBehind() throws Exception {
    Path half = Files.createDirectories(out.resolve("runs/.tmp-" + name(1)));
    Files.writeString(half.resolve("a.csv"), "half");
    Files.createSymbolicLink(out.resolve(".tmp-latest-" + name(1)), Path.of("runs", name(1)));
    new RunPublisher(out, 10).publish(name(2), writing("whole"));
    assertFalse(Files.exists(half));
    assertFalse(Files.exists(out.resolve(".tmp-latest-" + name(1)), LinkOption.NOFOLLOW_LINKS));
    assertEquals("whole", latestText());
  }

  @Test
  void refusesToReplaceARealLatestFolder() throws Exception {
    Files.createDirectories(out.resolve("latest"));
    IOException e = assertThrows(IOException.class,
        () -> new RunPublisher(out, 10).publish(name(1), writing("x")));
    assertTrue(e.getMessage().contains("not the link this tool keeps"), e.getMessage());
    assertFalse(Files.exists(out.resolve("runs").resolve(name(1))));
  }

  @Test
  void keepRunsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new RunPublisher(out, 0));
  }
}
