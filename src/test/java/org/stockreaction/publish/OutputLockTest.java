package org.stockreaction.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("try") // the locks are held for the length of the try blocks
class OutputLockTest {

  @TempDir
  Path out;

  @Test
  void secondHolderIsTurnedAwayWithTheFirstOnesPid() throws Exception {
    try (OutputLock first = OutputLock.acquire(out)) {
      OutputLock.HeldException e =
          assertThrows(OutputLock.HeldException.class, () -> OutputLock.acquire(out));
      assertTrue(e.holder().startsWith("pid " + ProcessHandle.current().pid() + " since "),
          e.holder());
    }
    try (OutputLock again = OutputLock.acquire(out)) {
      assertTrue(Files.readString(out.resolve(".lock")).startsWith("pid "));
    }
  }

  @Test
  void aLockFileWithoutAHolderDoesNotBlock() throws Exception {
    Files.writeString(out.resolve(".lock"), "pid 999999 since 2020-01-01T00:00:00Z and a long tail"
        + " that must not survive the rewrite");
    try (OutputLock lock = OutputLock.acquire(out)) {
      String text = Files.readString(out.resolve(".lock"));
      assertEquals(-1, text.indexOf("999999"), text);
      assertEquals(-1, text.indexOf("tail"), text);
    }
  }
}
