package org.stockreaction.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@value ChartFiles#WIDTH} x {@value ChartFiles#HEIGHT} chart file: drawing a 2 x 2 grid of
 * seeded synthetic event-style charts ({@link #render}) and writing it as PNG ({@link #encode}).
 * It lives in the report package because the encoder is package-private.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PngEncodeBenchmark {

  private List<Chart> panels;
  private BufferedImage image;

  @Setup
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(17);
    panels = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      int n = 31 + 30 * k;
      double[] x = new double[n];
      double[] y = new double[n];
      double[] lo = new double[n];
      double[] hi = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = i - n / 2;
        y[i] = (i == 0 ? 0 : y[i - 1]) + (rnd.nextDouble() - 0.5) * 0.02;
        lo[i] = y[i] - 0.01 - 0.0005 * i;
        hi[i] = y[i] + 0.01 + 0.0005 * i;
      }
      panels.add(new Chart("Panel " + (k + 1), "synthetic, seed 17", "trading day", "return",
          List.of(new Chart.XSpan(null, "#eeeeee", -1, 1),
              new Chart.Band("95% band", "#0072b2", x, lo, hi),
              new Chart.Line("CAR", "#0072b2", x, y, false, k % 2 == 0),
              new Chart.VRule(null, "#666666", 0, true, "day 0"),
              new Chart.HRule(null, "#222222", 0, false, null)),
          List.of(), true));
    }
    image = ChartFiles.render(panels);
  }

  @Benchmark
  public BufferedImage render() {
    return ChartFiles.render(panels);
  }

  @Benchmark
  public int encode() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 19);
    PngEncoder.write(image, out);
    return out.size();
  }
}
