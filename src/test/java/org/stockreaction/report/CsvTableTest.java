package org.stockreaction.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stockreaction.Seeded;

class CsvTableTest {

  /** OWASP CSV Injection: cells must not begin with = + - @ tab or carriage return. */
  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1+2", "@SUM(1+1)", "\t=1", "\r=1",
      "=HYPERLINK(\"http://x\",\"click\")", "=cmd|' /C calc'!A0"})
  void guardsEveryOwaspLeadingCharacter(String hostile) {
    assertEquals("'" + hostile, CsvTable.text(hostile));
  }

  /** OWASP ASVS 1.2.10 adds NUL; a spreadsheet that trims spaces on import sees the sign after them. */
  @ParameterizedTest
  @ValueSource(strings = {"\0=1", "\n=1", "  =1+1", "\u00A0@SUM(1)", "\u3000=1",
      "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(1)"})
  void guardsNulLineFeedFullWidthAndSignsAfterSpaces(String hostile) {
    assertEquals("'" + hostile, CsvTable.text(hostile));
  }

  @ParameterizedTest
  @ValueSource(strings = {"BABA", "Apple chooses Alibaba", "1=1", "a-b", "百度：苹果选择阿里巴巴",
      "   spaced"})
  void leavesOrdinaryTextAlone(String ordinary) {
    assertEquals(ordinary, CsvTable.text(ordinary));
  }

  @Test
  void guardsALeadingApostropheSoTheGuardCanBeUndone() {
    assertEquals("''=x", CsvTable.text("'=x"));
    assertEquals("'=x", CsvTable.untext(CsvTable.text("'=x")));
  }

  /** Any text, or text built from the characters the guard looks at. */
  private static String anyText(Seeded.Gen g) {
    return g.oneIn(2) ? g.anyString(20)
        : g.string(8, "=+-@\t\r\n\0 '\u00A0\u3000\uFF1D\uFF0B\uFF0D\uFF20a1");
  }

  @Test
  void untextUndoesText() {
    Seeded.check(0x5EED_0011L, 1000, g -> {
      String s = anyText(g);
      assertEquals(s, CsvTable.untext(CsvTable.text(s)));
    });
  }

  @Test
  void noGuardedCellStartsWithAFormulaCharacter() {
    Seeded.check(0x5EED_0012L, 1000, g -> {
      String cell = CsvTable.text(anyText(g));
      assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, cell);
    });
  }

  @Test
  void writesUtf8WithBomAndQuotesCellsASemicolonSpreadsheetWouldSplit() throws Exception {
    CsvTable t = new CsvTable(List.of("label", "ar_pct"));
    t.add(CsvTable.text("百度; =1+1"), "-1.250000");
    t.add(CsvTable.text("a|b\tc"), "2.000000");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    t.write(out);
    byte[] bytes = out.toByteArray();
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        java.util.Arrays.copyOf(bytes, 3));
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertEquals("label,ar_pct\n\"百度; =1+1\",-1.250000\n\"a|b\tc\",2.000000\n", text);
  }
}
