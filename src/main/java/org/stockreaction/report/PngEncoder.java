package org.stockreaction.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB image as PNG (8-bit truecolour, the Sub filter on every row, fastest deflate).
 * The chart files use it instead of ImageIO's writer, which takes four to five times as long on a
 * chart for a few percent smaller files; start-up time is what the default job is short of.
 */
final class PngEncoder {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private PngEncoder() {}

  static void write(BufferedImage img, OutputStream out) throws IOException {
    if (img.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("only TYPE_INT_RGB images are written");
    }
    int w = img.getWidth();
    int h = img.getHeight();
    int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
    DataOutputStream d = new DataOutputStream(out);
    d.write(SIGNATURE);
    ByteArrayOutputStream header = new ByteArrayOutputStream(13);
    DataOutputStream hd = new DataOutputStream(header);
    hd.writeInt(w);
    hd.writeInt(h);
    hd.writeByte(8); // bit depth
    hd.writeByte(2); // colour type: truecolour
    hd.writeByte(0); // deflate
    hd.writeByte(0); // adaptive filtering
    hd.writeByte(0); // no interlace
    chunk(d, "IHDR", header.toByteArray());
    ByteArrayOutputStream data = new ByteArrayOutputStream(w * h / 4);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 1 << 16)) {
      byte[] row = new byte[1 + 3 * w];
      row[0] = 1; // Sub: each byte minus the byte one pixel to the left
      for (int y = 0; y < h; y++) {
        int prev = 0;
        for (int x = 0, k = 1; x < w; x++, k += 3) {
          int p = px[y * w + x];
          row[k] = (byte) ((p >> 16) - (prev >> 16));
          row[k + 1] = (byte) ((p >> 8) - (prev >> 8));
          row[k + 2] = (byte) (p - prev);
          prev = p;
        }
        z.write(row);
      }
    } finally {
      deflater.end();
    }
    chunk(d, "IDAT", data.toByteArray());
    chunk(d, "IEND", new byte[0]);
    d.flush();
  }

  private static void chunk(DataOutputStream d, String type, byte[] body) throws IOException {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(body);
    d.writeInt(body.length);
    d.write(t);
    d.write(body);
    d.writeInt((int) crc.getValue());
  }
}
