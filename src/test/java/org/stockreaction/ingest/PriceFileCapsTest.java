package org.stockreaction.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values no price file holds end in a clear error naming file, line and column and quoting at
 * most 80 characters: prices outside a sane range, returns beyond +100,000%, a line over 1 MiB and
 * a field over 1,000 bytes.
 */
class PriceFileCapsTest {

  private static final int TODAY = (int) LocalDate.of(2026, 1, 1).toEpochDay();

  @TempDir Path dir;

  private static String error(String text) {
    return assertThrows(InputException.class, () -> PriceFileReader.parse(
        text.getBytes(StandardCharsets.UTF_8), "X.csv", PriceFormat.AUTO, TODAY)).getMessage();
  }

  /** The error reading a file of {@code text} from disk. */
  private String fileError(String text) throws IOException {
    Path f = Files.writeString(dir.resolve("X.csv"), text);
    return assertThrows(InputException.class,
        () -> PriceFileReader.readFile(f, "X.csv", PriceFormat.AUTO, TODAY)).getMessage();
  }

  /** The quoted text of a message: between its first two double quotes. */
  private static String quoted(String message) {
    int a = message.indexOf('"');
    return message.substring(a + 1, message.indexOf('"', a + 1));
  }

  @Test
  void rejectsADenormalPrice() {
    assertEquals("X.csv:3:2: price \"1e-320\" is outside the range of a daily price, between"
            + " 0.000001 and 1000000000 (fix the Close value or remove the row; a value this far"
            + " out is a corrupt or misread file)",
        error("Date,Close\n2025-01-02,10\n2025-01-03,1e-320\n"));
  }

  @Test
  void rejectsAPriceNearTheLargestDouble() {
    String e = error("Date,Close\n2025-01-02,1e308\n2025-01-03,10\n");
    assertTrue(e.startsWith("X.csv:2:2: price \"1e308\" is outside the range"), e);
  }

  @Test
  void rejectsAHighOutsideTheRange() {
    String e = error("Date,High,Low,Close\n2025-01-02,1e300,9,10\n");
    assertTrue(e.startsWith("X.csv:2:2: price \"1e300\" is outside the range"), e);
  }

  @Test
  void rejectsAReturnBeyondAThousandfold() {
    String e = error("ticker,date,ret\nA,20250102,0.01\nA,20250103,1e308\n");
    assertTrue(e.startsWith("X.csv:3:3: return \"1e308\" is outside the range of a daily return,"
        + " at most 1000"), e);
  }

  @Test
  void rejectsReturnsThatCompoundBeyondTheRangeOfANumber() {
    StringBuilder f = new StringBuilder("ticker,date,ret\n");
    LocalDate d = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < 120; i++) {
      f.append("A,").append(d.plusDays(i).toString().replace("-", "")).append(",999\n");
    }
    // the index is 1000^k after the k-th return counted (the first row's is not used), k on line
    // k + 2; 1000^103 is beyond the largest double, so the index overflows on line 105
    String e = error(f.toString());
    assertTrue(e.startsWith("X.csv:105:3: the returns up to this row for A compound to a price"
        + " index of infinity"), e);
  }

  @Test
  void acceptsPricesAtTheEndsOfTheRange() throws InputException {
    PriceSeries s = PriceFileReader.parse(("Date,Close\n2025-01-02,0.000001\n"
        + "2025-01-03,1000000000\n").getBytes(StandardCharsets.UTF_8), "X.csv", PriceFormat.AUTO,
        TODAY).series("X").orElseThrow();
    assertEquals(1e-6, s.close()[0], 0);
    assertEquals(1e9, s.close()[1], 0);
  }

  @Test
  void aHugeValueIsAnErrorQuotingEightyCharacters() throws IOException {
    String e = fileError("Date,Close\n2025-01-02," + "9".repeat(5_000_000) + "\n");
    assertTrue(e.startsWith("X.csv:2:2: the field is longer than 1000 bytes: \"999"), e);
    assertEquals("9".repeat(80) + "...", quoted(e));
    assertTrue(e.length() < 400, e);
  }

  @Test
  void aHugeLineIsAnErrorQuotingEightyCharacters() throws IOException {
    String e = fileError("Date,Close\n2025-01-02,10" + ",1".repeat(1_000_000) + "\n");
    assertTrue(e.startsWith("X.csv:2: the row is longer than 1048576 bytes (1 MiB):"
        + " \"2025-01-02,10,1,1"), e);
    assertEquals(83, quoted(e).length(), e);
    assertTrue(e.length() < 400, e);
  }

  @Test
  void aHugeHeaderNameIsQuotedShort() {
    String e = error("Date," + "x".repeat(900) + "\n2025-01-02,10\n");
    assertTrue(e.startsWith("X.csv:1: no usable price column in header \"Date\", \"xxx"), e);
    assertTrue(e.length() < 400, e);
  }

  @Test
  void aHugeRowThatEndsEarlyIsQuotedShort() {
    String e = error("Date,Close,Volume\n2025-01-02" + " ".repeat(900) + "\n");
    assertTrue(e.startsWith("X.csv:2:2: the row ends after 1 field: \"2025-01-02   "), e);
    assertTrue(e.length() < 400, e);
  }
}
