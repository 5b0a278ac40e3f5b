package org.stockreaction.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

  /** The JDK's own PNG decoder reads back every pixel exactly. */
  @Test
  void imageIoDecodesEveryPixelBack() throws Exception {
    BufferedImage img = new BufferedImage(173, 61, BufferedImage.TYPE_INT_RGB);
    Random rnd = new Random(42);
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        img.setRGB(x, y, y % 7 == 0 ? 0xFFFFFF : rnd.nextInt(0x1000000));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PngEncoder.write(img, out);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(173, back.getWidth());
    assertEquals(61, back.getHeight());
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        assertEquals(img.getRGB(x, y), back.getRGB(x, y), "pixel " + x + "," + y);
      }
    }
  }
}
