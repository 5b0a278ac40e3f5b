package org.stockreaction.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

  private static byte[] png(BufferedImage img) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PngEncoder.write(img, out);
    return out.toByteArray();
  }

  /** The JDK's own PNG decoder reads back every pixel exactly. */
  private static void assertDecodesToTheSamePixels(BufferedImage img) throws Exception {
    byte[] png = png(img);
    assertChunksHaveTheirCrc(png);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
    int w = img.getWidth();
    int h = img.getHeight();
    assertEquals(w, back.getWidth());
    assertEquals(h, back.getHeight());
    int[] want = img.getRGB(0, 0, w, h, null, 0, w);
    int[] got = back.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < want.length; i++) {
      assertEquals(want[i], got[i], "pixel " + i % w + "," + i / w);
    }
  }

  /**
   * Walks the chunks after the signature, checking each CRC-32 (of type and data, ISO/IEC 15948
   * section 5.3) with {@link CRC32}, since ImageIO does not check them; returns the chunk types.
   */
  static List<String> assertChunksHaveTheirCrc(byte[] png) {
    ByteBuffer b = ByteBuffer.wrap(png);
    byte[] signature = new byte[8];
    b.get(signature);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, signature);
    List<String> types = new ArrayList<>();
    while (b.hasRemaining()) {
      int length = b.getInt();
      int start = b.position();
      String type = new String(png, start, 4, StandardCharsets.US_ASCII);
      CRC32 crc = new CRC32();
      crc.update(png, start, 4 + length);
      b.position(start + 4 + length);
      assertEquals(crc.getValue(), b.getInt() & 0xFFFFFFFFL, "CRC of " + type);
      types.add(type);
    }
    assertEquals("IHDR", types.get(0));
    assertEquals("IEND", types.get(types.size() - 1));
    return types;
  }

  @Test
  void imageIoDecodesEveryPixelBack() throws Exception {
    BufferedImage img = new BufferedImage(173, 61, BufferedImage.TYPE_INT_RGB);
    Random rnd = new Random(42);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        img.setRGB(x, y, y % 7 == 0 ? 0xFFFFFF : rnd.nextInt(0x1000000));
      }
    }
    assertDecodesToTheSamePixels(img);
  }

  /** Runs of one colour, rows equal to the row above, and short runs, as a chart has. */
  @Test
  void runsAndRepeatedRowsDecodeBack() throws Exception {
    BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    Random rnd = new Random(3);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = y > 0 && y % 5 != 0 ? img.getRGB(x, y - 1) & 0xFFFFFF
            : x > 0 && rnd.nextInt(10) > 0 ? img.getRGB(x - 1, y) & 0xFFFFFF
            : rnd.nextInt(0x1000000);
        img.setRGB(x, y, rgb);
      }
    }
    assertDecodesToTheSamePixels(img);
  }

  @Test
  void aRowOfRunsIsTheSameBytesAsPixelByPixel() {
    Random rnd = new Random(11);
    for (int trial = 0; trial < 2000; trial++) {
      int n = 1 + rnd.nextInt(trial < 1000 ? 12 : 400);
      int[] px = new int[n + 2];
      int colour = rnd.nextInt(1 << 24);
      for (int i = 0; i < px.length; i++) {
        if (rnd.nextInt(1 + rnd.nextInt(40)) == 0) {
          colour = rnd.nextInt(4) == 0 ? px[Math.max(0, i - 1)] ^ 1 : rnd.nextInt(1 << 24);
        }
        px[i] = colour;
      }
      int from = rnd.nextInt(2);
      int to = from + n;
      byte[] want = new byte[3 * n + 5];
      byte[] got = new byte[3 * n + 5];
      int k = 2;
      for (int i = from; i < to; i++) {
        want[k++] = (byte) (px[i] >>> 16);
        want[k++] = (byte) (px[i] >>> 8);
        want[k++] = (byte) px[i];
      }
      assertEquals(k, PngEncoder.row(px, from, to, got, 2));
      assertArrayEquals(want, got, "trial " + trial);
    }
  }

  @Test
  void tinyAndOddSizedImagesDecodeBack() throws Exception {
    Random rnd = new Random(8);
    for (int[] size : new int[][] {{1, 1}, {1, 9}, {9, 1}, {2, 2}, {3, 17}, {86, 3}}) {
      BufferedImage img = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < size[1]; y++) {
        for (int x = 0; x < size[0]; x++) {
          img.setRGB(x, y, rnd.nextBoolean() ? 0xFFFFFF : rnd.nextInt(0x1000000));
        }
      }
      assertDecodesToTheSamePixels(img);
    }
  }

  /** A row longer than deflate's 32 KB window: the row above is out of reach and not matched. */
  @Test
  void rowsWiderThanTheWindowDecodeBack() throws Exception {
    BufferedImage img = new BufferedImage(11_000, 3, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < img.getWidth(); x++) {
      int rgb = (x / 100) * 0x010203;
      img.setRGB(x, 0, rgb);
      img.setRGB(x, 1, rgb);
      img.setRGB(x, 2, x % 2 == 0 ? rgb : 0xFFFFFF);
    }
    assertDecodesToTheSamePixels(img);
  }

  /** A real 2 x 2 event-style chart: the file decodes to the drawn image, pixel for pixel. */
  @Test
  void aRealChartDecodesToTheDrawnPixelsAndIsDeterministic() throws Exception {
    double[] x = new double[61];
    double[] y = new double[61];
    double[] lo = new double[61];
    double[] hi = new double[61];
    Random rnd = new Random(1);
    for (int i = 0; i < x.length; i++) {
      x[i] = i - 30;
      y[i] = (i == 0 ? 0 : y[i - 1]) + rnd.nextGaussian() * 0.01;
      lo[i] = y[i] - 0.02 - 0.001 * i;
      hi[i] = y[i] + 0.02 + 0.001 * i;
    }
    Chart chart = new Chart("CAR around the announcement", "synthetic", "trading day", "CAR",
        List.of(new Chart.Band("95% band", "#0072b2", x, lo, hi),
            new Chart.Line("CAR", "#0072b2", x, y, false, true),
            new Chart.Line("AR", "#d55e00", x, lo, true, false),
            new Chart.VRule(null, "#666666", 0, true, "day 0"),
            new Chart.HRule(null, "#222222", 0, false, null)),
        List.of(), true);
    BufferedImage img = ChartFiles.render(List.of(chart, chart, chart, chart));
    assertEquals(ChartFiles.WIDTH, img.getWidth());
    assertDecodesToTheSamePixels(img);
    byte[] first = png(img);
    assertArrayEquals(first, png(img), "same image, same bytes");
    // Compression is still worth having: 4.3 MB of pixels in well under half a megabyte.
    assertTrue(first.length < 450_000, first.length + " bytes");
  }
}
