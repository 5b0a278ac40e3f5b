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
   * hundred milliseconds on a cold JVM) overlaps the study's computation instead of adding to it;
   * then draws and encodes one full-size chart of every kind of layer into nothing, so the JIT has
   * compiled the drawing and encoding loops before the first real chart (a cold run otherwise
   * interprets them for its first charts).
   */
  public static void warmUp() {
    Thread t = new Thread(() -> {
      try {
        PngEncoder.write(render(List.of(sample(), sample())), OutputStream.nullOutputStream());
      } catch (Throwable e) {
        // only a warm-up, on a daemon thread: whatever fails here (no fonts on a bare host: an
        // Error), the real charts report
      }
    }, "chart-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** A chart with one layer of each kind and a legend, for {@link #warmUp}. */
  private static Chart sample() {
    double[] x = new double[41];
    double[] y = new double[x.length];
    double[] lo = new double[x.length];
    double[] hi = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i - 20;
      y[i] = Math.sin(i / 3.0);
      lo[i] = y[i] - 0.5;
      hi[i] = y[i] + 0.5;
    }
    return new Chart("warm-up", "", "day", "%", List.of(
        new Chart.XSpan("span", "#dddddd", -5, 5),
        new Chart.Band("band", "#0072b2", x, lo, hi),
        new Chart.Bars("bars", "#009e73", x, y, 0.8, new String[x.length], new String[x.length]),
        new Chart.Whiskers("whiskers", "#cc79a7", x, lo, hi),
        new Chart.Line("line", "#d55e00", x, y, true, true),
        new Chart.HRule(null, "#222222", 0, false, "0"),
        new Chart.VRule(null, "#222222", 0, true, "day 0")), List.of(), true);
  }
}
