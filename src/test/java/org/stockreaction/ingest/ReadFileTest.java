package org.stockreaction.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files read whole share a buffer per thread: each read sees only its own file's bytes. */
class ReadFileTest {

  @TempDir
  Path dir;

  private static String file(int rows, String price, String tail) {
    StringBuilder sb = new StringBuilder("Date,Close\n");
    LocalDate d = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < rows; i++) {
      sb.append(d.plusDays(i)).append(',').append(price).append('\n');
    }
    return sb.append(tail).toString();
  }

  @Test
  void aShortFileAfterALongOneIsReadAlone() throws IOException, InputException {
    // the long file's later rows would sit in the buffer past the short file's end; a short file
    // without a final line end would run on into them if the read went past its own length
    String longText = file(5000, "12.5", "");
    String shortText = file(3, "7", "2024-01-04,8");
    Path longFile = Files.writeString(dir.resolve("LONG.csv"), longText);
    Path shortFile = Files.writeString(dir.resolve("SHORT.csv"), shortText);
    PriceFile first = PriceFileReader.readFile(longFile, "LONG.csv", PriceFormat.AUTO, 0);
    PriceFile second = PriceFileReader.readFile(shortFile, "SHORT.csv", PriceFormat.AUTO, 0);
    PriceSeries expected = PriceFileReader.parse(shortText.getBytes(StandardCharsets.UTF_8),
        "SHORT.csv", PriceFormat.AUTO, 0).series().values().iterator().next();
    PriceSeries s = second.series().values().iterator().next();
    assertEquals(5000, first.series().values().iterator().next().size());
    assertEquals(4, s.size());
    assertArrayEquals(expected.days(), s.days());
    assertArrayEquals(new double[] {7, 7, 7, 8}, s.close());
    assertEquals(expected.warnings(), s.warnings());
  }
}
