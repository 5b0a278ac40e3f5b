package org.stockreaction.report;

/**
 * The few drawing operations a {@link ChartPainter} needs, in a y-down coordinate space. Colours
 * are {@code #rrggbb}; sizes are in the canvas's units (pixels of a 640 x 360 panel).
 */
interface Canvas {

  /** Where a text's anchor point sits along the text. */
  enum Anchor { START, MIDDLE, END }

  void fillRect(double x, double y, double w, double h, String color, double opacity);

  void line(double x1, double y1, double x2, double y2, String color, double width, boolean dashed);

  /** An open line through the points. */
  void polyline(double[] xs, double[] ys, int n, String color, double width, boolean dashed);

  void fillPolygon(double[] xs, double[] ys, int n, String color, double opacity);

  void circle(double cx, double cy, double r, String color);

  /** Text with its baseline at {@code y}; {@code vertical} turns it 90 degrees anticlockwise. */
  void text(double x, double y, String s, double size, Anchor anchor, boolean bold, String color,
      boolean vertical);

  /** The width {@code s} takes at {@code size}, as the painter should lay it out. */
  static double textWidth(String s, double size) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      w += c >= 0x2E80 ? 1.0 : "il.,:;|!'()[] ".indexOf(c) >= 0 ? 0.32
          : Character.isUpperCase(c) || c == 'm' || c == 'w' || c == '%' ? 0.72 : 0.56;
    }
    return w * size;
  }
}
