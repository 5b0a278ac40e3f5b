package org.stockreaction.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The floor the job is measured against: one bare pass over the same CSV bytes on one thread,
 * parsing each row's ISO date into an epoch day and every numeric field into a double array, with
 * nothing else (no validation, no layout detection, no sorting).
 */
public final class FloorScan {

  /** What the pass read. */
  public record Result(long bytes, long rows, double checksum) {}

  private FloorScan() {}

  public static Result scan(List<Path> files) throws IOException {
    long bytes = 0;
    long rows = 0;
    double checksum = 0;
    byte[] buf = new byte[1 << 16];
    int[] dates = new int[4096];
    double[] values = new double[4096 * 8];
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        int n;
        boolean header = true;
        int field = 0;
        boolean isTicker = false;
        int y = 0;
        int dateDigits = 0;
        long mant = 0;
        int scale = -1;
        boolean neg = false;
        int row = 0;
        int col = 0;
        while ((n = in.read(buf)) > 0) {
          bytes += n;
          for (int i = 0; i < n; i++) {
            byte b = buf[i];
            if (header) {
              if (b == '\n') {
                header = false;
              } else if (field == 0 && (b == 't' || b == 'T') && col == 0) {
                isTicker = true;
              }
              col++;
              continue;
            }
            if (b == ',' || b == '\n') {
              int dateField = isTicker ? 1 : 0;
              if (field == dateField) {
                dates[row & 4095] = y;
              } else if (field > dateField) {
                double v = scale < 0 ? mant : mant / POW10[Math.min(scale, 22)];
                values[(row & 4095) * 8 + (field & 7)] = neg ? -v : v;
              }
              mant = 0;
              scale = -1;
              neg = false;
              y = 0;
              dateDigits = 0;
              if (b == '\n') {
                checksum += values[(row & 4095) * 8 + 1] + dates[row & 4095];
                row++;
                rows++;
                field = 0;
              } else {
                field++;
              }
              continue;
            }
            int dateField = isTicker ? 1 : 0;
            if (field == dateField) {
              if (b >= '0' && b <= '9') {
                y = y * 10 + (b - '0');
                dateDigits++;
                if (dateDigits == 8) {
                  y = epochDay(y / 10000, (y / 100) % 100, y % 100);
                }
              }
            } else if (field > dateField) {
              if (b >= '0' && b <= '9') {
                mant = mant * 10 + (b - '0');
                if (scale >= 0) {
                  scale++;
                }
              } else if (b == '.') {
                scale = 0;
              } else if (b == '-') {
                neg = true;
              }
            }
          }
        }
      }
    }
    return new Result(bytes, rows, checksum);
  }

  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
      1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

  /** Days since 1970-01-01 of a proleptic Gregorian date (as LocalDate.toEpochDay). */
  static int epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y;
    if (y >= 0) {
      total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    }
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
      if (!leap) {
        total--;
      }
    }
    return (int) (total - 719528);
  }
}
