package org.stockreaction.report;

import java.util.ArrayList;
import java.util.List;
import org.stockreaction.report.Canvas.Anchor;

/**
 * Lays a {@link Chart} out on a {@link Canvas}: title, legend, axes with round-number ticks and
 * labelled units, then the layers back to front. Every size is in units of a {@value #WIDTH} x
 * {@value #HEIGHT} panel, so the SVG scales with the page and the PNG is scaled on drawing.
 */
final class ChartPainter {

  static final double WIDTH = 640;
  static final double HEIGHT = 360;

  private static final double LEFT = 70;
  private static final double RIGHT = 18;
  private static final double TOP = 62;
  private static final double BOTTOM = 50;
  private static final String INK = "#222222";
  private static final String GRID = "#e4e4e4";

  private ChartPainter() {}

  /** Round-number ticks covering {@code [lo, hi]}: the step and the first and last tick. */
  record Scale(double lo, double hi, double step, int decimals) {

    static Scale of(double lo, double hi, int target, boolean integers) {
      if (!(hi > lo)) {
        double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
        lo -= pad;
        hi += pad;
      }
      double raw = (hi - lo) / target;
      double mag = Math.pow(10, Math.floor(Math.log10(raw)));
      double norm = raw / mag;
      double unit = norm < 1.5 ? 1 : norm < 2.25 ? 2 : norm < 3.5 ? 2.5 : norm < 7.5 ? 5 : 10;
      double step = unit * mag;
      if (integers) {
        step = Math.max(1, Math.rint(step));
      }
      int decimals = integers ? 0
          : (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9) + (unit == 2.5 ? 1 : 0));
      return new Scale(Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step,
          step, decimals);
    }

    List<Chart.Tick> ticks() {
      List<Chart.Tick> t = new ArrayList<>();
      int n = (int) Math.round((hi - lo) / step);
      for (int i = 0; i <= n; i++) {
        double v = lo + i * step;
        t.add(new Chart.Tick(v, Decimals.format(v, decimals)));
      }
      return t;
    }
  }

  static void paint(Chart chart, Canvas c) {
    double[] xr = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    double[] yr = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    boolean integers = true;
    for (Chart.Layer l : chart.layers()) {
      if (l instanceof Chart.Line v) {
        span(xr, v.x());
        span(yr, v.y());
        integers &= integral(v.x());
      } else if (l instanceof Chart.Band v) {
        span(xr, v.x());
        span(yr, v.lo());
        span(yr, v.hi());
      } else if (l instanceof Chart.Bars v) {
        for (double x : v.x()) {
          span(xr, new double[] {x - v.width() / 2 - 0.15, x + v.width() / 2 + 0.15});
        }
        span(yr, v.y());
        span(yr, new double[] {0});
      } else if (l instanceof Chart.Whiskers v) {
        span(yr, v.lo());
        span(yr, v.hi());
      } else if (l instanceof Chart.XSpan v) {
        span(xr, new double[] {v.from(), v.to()});
      } else if (l instanceof Chart.HRule v) {
        span(yr, new double[] {v.y()});
      } else if (l instanceof Chart.VRule v) {
        span(xr, new double[] {v.x()});
      }
    }
    if (chart.yIncludesZero()) {
      span(yr, new double[] {0});
    }
    if (xr[0] > xr[1]) {
      xr = new double[] {0, 1};
    }
    if (yr[0] > yr[1]) {
      yr = new double[] {0, 1};
    }
    double pad = (yr[1] - yr[0]) * 0.06;
    Scale ys = Scale.of(yr[0] - (yr[0] == 0 ? 0 : pad), yr[1] + (yr[1] == 0 ? 0 : pad), 5, false);
    List<Chart.Tick> xTicks = chart.xTicks();
    double x0 = xr[0];
    double x1 = xr[1];
    if (xTicks.isEmpty()) {
      Scale xs = Scale.of(xr[0], xr[1], 8, integers);
      xTicks = new ArrayList<>();
      for (Chart.Tick t : xs.ticks()) {
        if (t.at() >= xr[0] - 1e-9 && t.at() <= xr[1] + 1e-9) {
          xTicks.add(t);
        }
      }
    }
    Frame f = new Frame(x0, x1, ys.lo(), ys.hi());

    c.fillRect(0, 0, WIDTH, HEIGHT, "#ffffff", 1);
    c.text(12, 22, chart.title(), 16, Anchor.START, true, INK, false);
    legend(chart, c);
    for (Chart.Tick t : ys.ticks()) {
      double y = f.y(t.at());
      c.line(LEFT, y, WIDTH - RIGHT, y, GRID, 1, false);
      c.text(LEFT - 6, y + 4, t.label(), 12.5, Anchor.END, false, INK, false);
    }
    for (Chart.Tick t : xTicks) {
      double x = f.x(t.at());
      c.line(x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 4, INK, 1, false);
      c.text(x, HEIGHT - BOTTOM + 17, t.label(), 12.5, Anchor.MIDDLE, false, INK, false);
    }
    c.text(LEFT + (WIDTH - LEFT - RIGHT) / 2, HEIGHT - 10, chart.xLabel(), 13.5, Anchor.MIDDLE,
        false, INK, false);
    c.text(17, TOP + (HEIGHT - TOP - BOTTOM) / 2, chart.yLabel(), 13.5, Anchor.MIDDLE, false, INK,
        true);

    for (Chart.Layer l : chart.layers()) {
      draw(l, f, c);
    }
    c.line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, INK, 1, false);
    c.line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, INK, 1, false);
  }

  /** Data to canvas coordinates. */
  private record Frame(double x0, double x1, double y0, double y1) {
    double x(double v) {
      return LEFT + (v - x0) / (x1 - x0) * (WIDTH - LEFT - RIGHT);
    }

    double y(double v) {
      return HEIGHT - BOTTOM - (v - y0) / (y1 - y0) * (HEIGHT - TOP - BOTTOM);
    }
  }

  private static void draw(Chart.Layer l, Frame f, Canvas c) {
    if (l instanceof Chart.XSpan v) {
      c.fillRect(f.x(v.from()), TOP, f.x(v.to()) - f.x(v.from()), HEIGHT - TOP - BOTTOM,
          v.color(), 0.16);
    } else if (l instanceof Chart.Band v) {
      int n = v.x().length;
      int i = 0;
      while (i < n) {
        while (i < n && (Double.isNaN(v.lo()[i]) || Double.isNaN(v.hi()[i]))) {
          i++;
        }
        int from = i;
        while (i < n && !Double.isNaN(v.lo()[i]) && !Double.isNaN(v.hi()[i])) {
          i++;
        }
        int m = i - from;
        if (m == 0) {
          continue;
        }
        double[] px = new double[2 * m];
        double[] py = new double[2 * m];
        for (int k = 0; k < m; k++) {
          px[k] = f.x(v.x()[from + k]);
          py[k] = f.y(v.hi()[from + k]);
          px[2 * m - 1 - k] = px[k];
          py[2 * m - 1 - k] = f.y(v.lo()[from + k]);
        }
        c.fillPolygon(px, py, 2 * m, v.color(), 0.2);
      }
    } else if (l instanceof Chart.Bars v) {
      double half = (f.x(v.width()) - f.x(0)) / 2;
      for (int i = 0; i < v.x().length; i++) {
        double y = v.y()[i];
        if (Double.isNaN(y)) {
          continue;
        }
        String color = v.colors() != null && v.colors()[i] != null ? v.colors()[i] : v.color();
        double top = Math.min(f.y(y), f.y(0));
        c.fillRect(f.x(v.x()[i]) - half, top, 2 * half, Math.abs(f.y(y) - f.y(0)), color, 0.9);
        if (v.labels() != null && v.labels()[i] != null) {
          double ly = y >= 0 ? f.y(y) - 5 : f.y(y) + 14;
          c.text(f.x(v.x()[i]), ly, v.labels()[i], 12.5, Anchor.MIDDLE, true, INK, false);
        }
      }
    } else if (l instanceof Chart.Whiskers v) {
      for (int i = 0; i < v.x().length; i++) {
        if (Double.isNaN(v.lo()[i]) || Double.isNaN(v.hi()[i])) {
          continue;
        }
        double x = f.x(v.x()[i]);
        c.line(x, f.y(v.lo()[i]), x, f.y(v.hi()[i]), v.color(), 1.6, false);
        c.line(x - 6, f.y(v.lo()[i]), x + 6, f.y(v.lo()[i]), v.color(), 1.6, false);
        c.line(x - 6, f.y(v.hi()[i]), x + 6, f.y(v.hi()[i]), v.color(), 1.6, false);
      }
    } else if (l instanceof Chart.Line v) {
      int n = v.x().length;
      double[] px = new double[n];
      double[] py = new double[n];
      int m = 0;
      for (int i = 0; i <= n; i++) {
        if (i < n && !Double.isNaN(v.y()[i])) {
          px[m] = f.x(v.x()[i]);
          py[m] = f.y(v.y()[i]);
          m++;
          continue;
        }
        if (m > 0) {
          c.polyline(px, py, m, v.color(), 2, v.dashed());
          if (v.dots()) {
            for (int k = 0; k < m; k++) {
              c.circle(px[k], py[k], 3, v.color());
            }
          }
        }
        m = 0;
      }
    } else if (l instanceof Chart.HRule v) {
      double y = f.y(v.y());
      c.line(LEFT, y, WIDTH - RIGHT, y, v.color(), v.dashed() ? 1.8 : 1, v.dashed());
      if (v.label() != null) {
        c.text(WIDTH - RIGHT - 4, y - 5, v.label(), 12.5, Anchor.END, true, v.color(), false);
      }
    } else if (l instanceof Chart.VRule v) {
      double x = f.x(v.x());
      c.line(x, TOP, x, HEIGHT - BOTTOM, v.color(), 1.2, v.dashed());
      if (v.label() != null) {
        boolean right = x + 4 + Canvas.textWidth(v.label(), 12.5) > WIDTH - RIGHT;
        c.text(right ? x - 4 : x + 4, TOP + 13, v.label(), 12.5, right ? Anchor.END : Anchor.START,
            false, v.color(), false);
      }
    }
  }

  private static void legend(Chart chart, Canvas c) {
    double x = 14;
    double y = 45;
    for (Chart.Layer l : chart.layers()) {
      if (l.name() == null) {
        continue;
      }
      if (l instanceof Chart.Line v) {
        c.line(x, y - 4, x + 18, y - 4, v.color(), 2.5, v.dashed());
      } else if (l instanceof Chart.HRule v) {
        c.line(x, y - 4, x + 18, y - 4, v.color(), 2, v.dashed());
      } else if (l instanceof Chart.VRule v) {
        c.line(x + 9, y - 10, x + 9, y + 2, v.color(), 1.5, v.dashed());
      } else if (l instanceof Chart.Whiskers v) {
        c.line(x + 9, y - 10, x + 9, y + 2, v.color(), 1.6, false);
      } else if (l instanceof Chart.Bars v) {
        c.fillRect(x + 3, y - 10, 12, 11, v.color(), 0.9);
      } else {
        c.fillRect(x, y - 10, 18, 11, l.color(), l instanceof Chart.Band ? 0.25 : 0.22);
      }
      c.text(x + 23, y, l.name(), 12.5, Anchor.START, false, INK, false);
      x += 23 + Canvas.textWidth(l.name(), 12.5) + 16;
    }
  }

  private static void span(double[] range, double[] values) {
    for (double v : values) {
      if (!Double.isNaN(v) && !Double.isInfinite(v)) {
        range[0] = Math.min(range[0], v);
        range[1] = Math.max(range[1], v);
      }
    }
  }

  private static boolean integral(double[] xs) {
    for (double x : xs) {
      if (x != Math.rint(x)) {
        return false;
      }
    }
    return true;
  }
}
