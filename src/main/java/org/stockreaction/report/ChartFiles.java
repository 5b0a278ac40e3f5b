package org.stockreaction.report;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stockreaction.ingest.PriceLibrary;
import org.stockreaction.job.EventOutcome;
import org.stockreaction.job.StudyResult;
import org.stockreaction.stats.GroupResult;

/**
 * PNG charts for slides and email, in {@code <output>/charts/}: one file per computed event holding
 * its {@link EventCharts} as a 2 x 2 grid, and one per group holding its {@link GroupCharts} chart,
 * each {@value #WIDTH} x {@value #HEIGHT} pixels (16:9). The file name is built from the ticker
 * only after {@link PriceLibrary#tickerProblem} accepts it, a group's from its name reduced to
 * {@code [A-Za-z0-9_-]} plus its position, and every path is checked to stay inside the charts
 * folder.
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
   * The chart file name of the {@code k}-th group (0-based), such as {@code group_all_1.png}: the
   * name's runs of characters outside {@code [A-Za-z0-9_-]} become one {@code _}, at most 40 are
   * kept, with no {@code _} or {@code -} at either end, and the position makes it unique. It ends
   * in {@code _<k>.png}, never in {@code _line<N>.png}, so it cannot be an event's file name.
   */
  public static String groupFileName(String group, int k) {
    String safe = group.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^[_-]+", "");
    safe = safe.substring(0, Math.min(safe.length(), 40)).replaceAll("[_-]+$", "");
    return "group_" + (safe.isEmpty() ? "" : safe + "_") + (k + 1) + ".png";
  }

  /**
   * The PNG files to write, one task each: one per charted event, then one per charted group with
   * a computed event ({@link ReportScope}). Each task draws its own image and returns the path it wrote (one), relative to
   * {@code folder}; the list keeps events in events-file order, then groups. Creates the charts
   * folder.
   */
  static List<ReportWriter.IoTask> tasks(StudyResult study, Path folder) throws IOException {
    Path dir = folder.resolve(FOLDER);
    Files.createDirectories(dir);
    List<ReportWriter.IoTask> jobs = new ArrayList<>();
    for (EventOutcome o : ReportScope.chartedEvents(study)) {
      jobs.add(() -> List.of(png(dir, fileName(o), EventCharts.of(o, study.config()))));
    }
    boolean[] charted = ReportScope.chartedGroups(study);
    for (int k = 0; k < study.groups().size(); k++) {
      GroupResult g = study.groups().get(k);
      String name = groupFileName(g.name(), k);
      if (charted[k] && !g.days().isEmpty()) {
        jobs.add(() -> List.of(png(dir, name, List.of(GroupCharts.chart(g)))));
      }
    }
    return jobs;
  }

  private static String png(Path dir, String name, List<Chart> panels) throws IOException {
    writePng(panels, inside(dir, name));
    return FOLDER + "/" + name;
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

  /** One chart filling the PNG, or up to four as a 2 x 2 grid. */
  public static void writePng(List<Chart> panels, Path file) throws IOException {
    BufferedImage img = render(panels);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      PngEncoder.write(img, out);
    }
  }

  /** The image {@link #writePng} writes. */
  static BufferedImage render(List<Chart> panels) {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      int columns = panels.size() == 1 ? 1 : 2;
      double scale = (WIDTH / (double) columns) / ChartPainter.WIDTH;
      for (int k = 0; k < Math.min(4, panels.size()); k++) {
        Graphics2D panel = (Graphics2D) g.create();
        try {
          panel.translate((k % columns) * WIDTH / (double) columns,
              (k / columns) * HEIGHT / (double) columns);
          panel.scale(scale, scale);
          ChartPainter.paint(panels.get(k), new PngCanvas(panel));
        } finally {
          panel.dispose();
        }
      }
    } finally {
      g.dispose();
    }
    return img;
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
