package org.stockreaction.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** A {@link Canvas} that draws on a Java2D surface, for the PNG chart files. */
final class PngCanvas implements Canvas {

  private static final float[] DASH = {6f, 4f};

  private final Graphics2D g;

  /** Draws on {@code g}; the caller has already translated and scaled it to one panel. */
  PngCanvas(Graphics2D g) {
    this.g = g;
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
        RenderingHints.VALUE_FRACTIONALMETRICS_ON);
  }

  private static Color color(String hex, double opacity) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF,
        (int) Math.round(255 * Math.max(0, Math.min(1, opacity))));
  }

  private void stroke(String color, double width, boolean dashed) {
    g.setColor(color(color, 1));
    g.setStroke(dashed
        ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASH, 0f)
        : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
  }

  @Override
  public void fillRect(double x, double y, double w, double h, String color, double opacity) {
    g.setColor(color(color, opacity));
    g.fill(new Rectangle2D.Double(x, y, w, h));
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String color, double width,
      boolean dashed) {
    stroke(color, width, dashed);
    g.draw(new Line2D.Double(x1, y1, x2, y2));
  }

  private static Path2D path(double[] xs, double[] ys, int count) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(xs[0], ys[0]);
    for (int i = 1; i < count; i++) {
      p.lineTo(xs[i], ys[i]);
    }
    return p;
  }

  @Override
  public void polyline(double[] xs, double[] ys, int count, String color, double width,
      boolean dashed) {
    stroke(color, width, dashed);
    g.draw(path(xs, ys, count));
  }

  @Override
  public void fillPolygon(double[] xs, double[] ys, int count, String color, double opacity) {
    Path2D p = path(xs, ys, count);
    p.closePath();
    g.setColor(color(color, opacity));
    g.fill(p);
  }

  @Override
  public void circle(double cx, double cy, double r, String color) {
    g.setColor(color(color, 1));
    g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
  }

  @Override
  public void text(double x, double y, String s, double size, Anchor anchor, boolean bold,
      String color, boolean vertical) {
    Font font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    g.setFont(font);
    g.setColor(color(color, 1));
    double w = g.getFontMetrics().getStringBounds(s, g).getWidth();
    double dx = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? -w / 2 : -w;
    AffineTransform saved = g.getTransform();
    g.translate(x, y);
    if (vertical) {
      g.rotate(-Math.PI / 2);
    }
    g.drawString(s, (float) dx, 0f);
    g.setTransform(saved);
  }
}
