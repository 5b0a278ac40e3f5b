package org.stockreaction.report;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.stockreaction.ingest.PriceLibrary;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.StudyResult;

/**
 * PNG charts for slides and email, in {@code <output>/charts/}: one file per computed event holding
 * its {@link EventCharts} as a 2 x 2 grid, {@value #WIDTH} x {@value #HEIGHT} pixels (16:9). The
 * file name is built from the ticker only after {@link PriceLibrary#tickerProblem} accepts it, and
 * every path is checked to stay inside the charts folder.
 */
public final class ChartFiles {

  public static final String FOLDER = "charts";
  public static final int WIDTH = 1600;
  public static final int HEIGHT = 900;

  static {
    // Drawing into an image needs no display; without this a desktop JVM may open a window system
    // session (a Dock icon on macOS) just to write a file.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ChartFiles() {}

  /** The chart file name of a computed event, such as {@code BABA_2025-02-12_line2.png}. */
  public static String fileName(EventOutcome o) {
    Optional<String> bad = PriceLibrary.tickerProblem(o.ticker());
    if (bad.isPresent()) {
      throw new IllegalArgumentException(bad.get());
    }
    return o.ticker() + "_" + o.result().day0() + "_line" + o.line() + ".png";
  }

  /**
   * Writes one PNG per computed event (the first {@value MarkdownReport#MAX_EVENTS_LISTED}, as the
   * reports for people list), two at a time (each image is drawn on its own); returns the
   * paths written, relative to {@code folder}, in events-file order.
   */
  public static List<String> write(StudyResult study, Path folder) throws IOException {
    Path dir = folder.resolve(FOLDER);
    Files.createDirectories(dir);
    List<EventOutcome> ok = MarkdownReport.listed(HtmlReport.computed(study));
    try {
      return ok.parallelStream().map(o -> {
        String name = fileName(o);
        try {
          writePng(EventCharts.of(o, study.config()), inside(dir, name));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return FOLDER + "/" + name;
      }).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** {@code dir/name}, refusing any name that would leave {@code dir}. */
  static Path inside(Path dir, String name) {
    Path base = dir.toAbsolutePath().normalize();
    Path p = base.resolve(name).normalize();
    if (!p.getParent().equals(base) || name.contains("/") || name.contains("\\")) {
      throw new IllegalArgumentException("chart file name \"" + name + "\" leaves " + dir);
    }
    return p;
  }

  /** Up to four charts as a 2 x 2 grid in one PNG (a group's CAAR chart can use this too). */
  public static void writePng(List<Chart> panels, Path file) throws IOException {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      double scale = (WIDTH / 2.0) / ChartPainter.WIDTH;
      for (int k = 0; k < Math.min(4, panels.size()); k++) {
        Graphics2D panel = (Graphics2D) g.create();
        try {
          panel.translate((k % 2) * WIDTH / 2.0, (k / 2) * HEIGHT / 2.0);
          panel.scale(scale, scale);
          ChartPainter.paint(panels.get(k), new PngCanvas(panel));
        } finally {
          panel.dispose();
        }
      }
    } finally {
      g.dispose();
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      PngEncoder.write(img, out);
    }
  }

  /**
   * Starts loading the Java2D and font machinery on a background thread, so that cost (a few
   * hundred milliseconds on a cold JVM) overlaps the study's computation instead of adding to it.
   */
  public static void warmUp() {
    Thread t = new Thread(() -> {
      BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      try {
        PngCanvas c = new PngCanvas(g);
        c.text(0, 6, "0", 12.5, Canvas.Anchor.START, true, "#222222", false);
        c.text(0, 6, "0", 12.5, Canvas.Anchor.START, false, "#222222", true);
        c.fillPolygon(new double[] {0, 8, 4}, new double[] {0, 0, 8}, 3, "#0072b2", 0.2);
        c.polyline(new double[] {0, 8, 2}, new double[] {1, 5, 7}, 3, "#0072b2", 2, true);
      } finally {
        g.dispose();
      }
    }, "chart-warm-up");
    t.setDaemon(true);
    t.start();
  }
}
