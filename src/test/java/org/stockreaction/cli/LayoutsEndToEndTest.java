package org.stockreaction.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default job, run through {@code --input} on the shipped study with its price files rewritten
 * in another layout (the same digits in each), writes the same result tables as on the originals.
 */
class LayoutsEndToEndTest {

  static final List<String> TICKERS = List.of("AAPL", "BABA", "BIDU", "SPY");
  static final List<String> TABLES = List.of("summary.csv", "car.csv", "abnormal_returns.csv");

  @TempDir static Path tmp;
  static Path baseline;

  /** One row of the shipped yfinance files: Date,Close,High,Low,Open,Volume. */
  record Row(LocalDate date, String close, String high, String low, String open, String volume) {}

  static List<Row> rows(String ticker) throws IOException {
    List<Row> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of("input/prices/" + ticker + ".csv"));
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",");
      out.add(new Row(LocalDate.parse(f[0]), f[1], f[2], f[3], f[4], f[5]));
    }
    return out;
  }

  static Path study(String name) throws IOException {
    Path in = tmp.resolve(name);
    Files.createDirectories(in.resolve("prices"));
    // the US events, whose price files this test writes in every layout
    Files.copy(org.stockreaction.TestData.usEvents(), in.resolve("events.csv"));
    return in;
  }

  static Path run(Path input) {
    Path out = input.resolveSibling(input.getFileName() + "-out");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--input", input.toString(), "--output", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    return out;
  }

  @BeforeAll
  static void runOnTheOriginals() throws IOException {
    Path in = study("original");
    for (String t : TICKERS) {
      Files.copy(Path.of("input/prices/" + t + ".csv"), in.resolve("prices/" + t + ".csv"));
    }
    baseline = run(in);
  }

  static void perTicker(Path in, String header, Function<Row, String> line, boolean newestFirst,
      boolean bomCrlf) throws IOException {
    for (String t : TICKERS) {
      List<Row> rows = rows(t);
      if (newestFirst) {
        Collections.reverse(rows);
      }
      StringBuilder sb = new StringBuilder(header).append('\n');
      for (Row r : rows) {
        sb.append(line.apply(r).replace("TICKER", t)).append('\n');
      }
      String text = bomCrlf ? "\uFEFF" + sb.toString().replace("\n", "\r\n") : sb.toString();
      Files.writeString(in.resolve("prices/" + t + ".csv"), text, StandardCharsets.UTF_8);
    }
  }

  static final DateTimeFormatter MDY = DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.ROOT);
  static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);

  static String comma(String v) {
    return v.replace('.', ',');
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"yfinance-download", "yfinance-history", "stooq", "nasdaq", "investing",
      "lower-case", "european", "panel"})
  void layoutGivesTheSameResultsAsTheOriginals(String layout) throws IOException {
    Path in = study(layout);
    switch (layout) {
      case "yfinance-download" -> perTicker(in,
          "Price,Close,High,Low,Open,Volume\nTicker,T,T,T,T,T\nDate,,,,,",
          r -> r.date() + "," + r.close() + "," + r.high() + "," + r.low() + "," + r.open() + ","
              + r.volume(), false, false);
      case "yfinance-history" -> perTicker(in,
          "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits",
          r -> r.date() + " 00:00:00-05:00," + r.open() + "," + r.high() + "," + r.low() + ","
              + r.close() + "," + r.volume() + ",0.0,0.0", false, false);
      case "stooq" -> perTicker(in, "Date,Open,High,Low,Close,Volume",
          r -> r.date() + "," + r.open() + "," + r.high() + "," + r.low() + "," + r.close() + ","
              + r.volume(), false, false);
      case "nasdaq" -> perTicker(in, "Date,Close/Last,Volume,Open,High,Low",
          r -> MDY.format(r.date()) + ",$" + r.close() + "," + r.volume() + ",$" + r.open() + ",$"
              + r.high() + ",$" + r.low(), true, false);
      case "investing" -> perTicker(in,
          "\"Date\",\"Price\",\"Open\",\"High\",\"Low\",\"Vol.\",\"Change %\"",
          r -> "\"" + MDY.format(r.date()) + "\",\"" + r.close() + "\",\"" + r.open() + "\",\""
              + r.high() + "\",\"" + r.low() + "\",\"1.00M\",\"0.00%\"", true, true);
      case "lower-case" -> perTicker(in, "volume,low,close,open,high,date",
          r -> r.volume() + "," + r.low() + "," + r.close() + "," + r.open() + "," + r.high() + ","
              + r.date(), false, false);
      case "european" -> perTicker(in, "Date;Open;High;Low;Close;Volume",
          r -> DMY.format(r.date()) + ";" + comma(r.open()) + ";" + comma(r.high()) + ";"
              + comma(r.low()) + ";" + comma(r.close()) + ";" + r.volume(), false, true);
      case "panel" -> {
        StringBuilder sb = new StringBuilder("symbol,date,close,high,low\n");
        for (String t : TICKERS) {
          for (Row r : rows(t)) {
            sb.append(t).append(',').append(r.date()).append(',').append(r.close()).append(',')
                .append(r.high()).append(',').append(r.low()).append('\n');
          }
        }
        Files.writeString(in.resolve("prices/all.csv"), sb.toString());
      }
      default -> throw new IllegalArgumentException(layout);
    }
    Path out = run(in);
    for (String table : TABLES) {
      assertEquals(Files.readString(baseline.resolve("latest").resolve(table)), Files.readString(out.resolve("latest").resolve(table)),
          layout + " " + table);
    }
  }
}
