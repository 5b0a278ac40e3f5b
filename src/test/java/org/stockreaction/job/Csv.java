package org.stockreaction.job;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an output CSV into rows keyed by column name (drops the UTF-8 BOM). */
public final class Csv {
  private Csv() {}

  public static List<Map<String, String>> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVReader csv = new CSVReader(r)) {
      List<String[]> all = csv.readAll();
      String[] header = all.get(0);
      header[0] = header[0].replace("\uFEFF", "");
      List<Map<String, String>> rows = new ArrayList<>();
      for (int i = 1; i < all.size(); i++) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
          m.put(header[c], c < all.get(i).length ? all.get(i)[c] : "");
        }
        rows.add(m);
      }
      return rows;
    } catch (com.opencsv.exceptions.CsvException e) {
      throw new IOException(e);
    }
  }
}
