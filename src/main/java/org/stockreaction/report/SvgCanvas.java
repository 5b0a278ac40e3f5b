package org.stockreaction.report;

/**
 * A {@link Canvas} that writes an inline SVG element for the HTML report. The element carries no
 * namespace URL (HTML puts {@code <svg>} in the SVG namespace itself), so the page names no URL at
 * all; it scales to the width of its container and keeps its aspect ratio through its viewBox.
 */
final class SvgCanvas implements Canvas {

  private final StringBuilder sb = new StringBuilder(16_384);

  SvgCanvas(String title) {
    sb.append("<svg class=\"chart\" viewBox=\"0 0 ").append(n(ChartPainter.WIDTH)).append(' ')
        .append(n(ChartPainter.HEIGHT)).append("\" role=\"img\" aria-label=\"")
        .append(HtmlReport.escape(title)).append("\" font-family=\"DejaVu Sans, Helvetica, Arial,"
            + " sans-serif\">");
  }

  /** Paints the chart and returns the SVG element. */
  static String of(Chart chart) {
    SvgCanvas c = new SvgCanvas(chart.title());
    ChartPainter.paint(chart, c);
    return c.finish();
  }

  String finish() {
    return sb.append("</svg>").toString();
  }

  private static String n(double v) {
    return Decimals.format(v, 1);
  }

  private static String dash(boolean dashed) {
    return dashed ? " stroke-dasharray=\"6 4\"" : "";
  }

  private static String opacity(String attribute, double o) {
    return o >= 1 ? "" : " " + attribute + "=\"" + Decimals.format(o, 2) + "\"";
  }

  @Override
  public void fillRect(double x, double y, double w, double h, String color, double o) {
    sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
        .append(n(w)).append("\" height=\"").append(n(h)).append("\" fill=\"").append(color)
        .append('"').append(opacity("fill-opacity", o)).append("/>");
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, String color, double width,
      boolean dashed) {
    sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"")
        .append(n(x2)).append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(color)
        .append("\" stroke-width=\"").append(n(width)).append('"').append(dash(dashed))
        .append("/>");
  }

  private void points(double[] xs, double[] ys, int count) {
    sb.append(" points=\"");
    for (int i = 0; i < count; i++) {
      sb.append(i > 0 ? " " : "").append(n(xs[i])).append(',').append(n(ys[i]));
    }
    sb.append('"');
  }

  @Override
  public void polyline(double[] xs, double[] ys, int count, String color, double width,
      boolean dashed) {
    sb.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"")
        .append(n(width)).append("\" stroke-linejoin=\"round\"").append(dash(dashed));
    points(xs, ys, count);
    sb.append("/>");
  }

  @Override
  public void fillPolygon(double[] xs, double[] ys, int count, String color, double o) {
    sb.append("<polygon fill=\"").append(color).append('"').append(opacity("fill-opacity", o));
    points(xs, ys, count);
    sb.append("/>");
  }

  @Override
  public void circle(double cx, double cy, double r, String color) {
    sb.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"")
        .append(n(r)).append("\" fill=\"").append(color).append("\"/>");
  }

  @Override
  public void text(double x, double y, String s, double size, Anchor anchor, boolean bold,
      String color, boolean vertical) {
    sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
        .append(n(size)).append('"');
    if (anchor != Anchor.START) {
      sb.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
    }
    if (bold) {
      sb.append(" font-weight=\"bold\"");
    }
    if (!"#222222".equals(color)) {
      sb.append(" fill=\"").append(color).append('"');
    }
    if (vertical) {
      sb.append(" transform=\"rotate(-90 ").append(n(x)).append(' ').append(n(y)).append(")\"");
    }
    sb.append('>').append(HtmlReport.escape(s)).append("</text>");
  }
}
