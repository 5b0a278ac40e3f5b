package org.stockreaction.report;

import java.util.List;
import java.util.Objects;

/**
 * A chart as data: what to draw, not how. {@link ChartPainter} lays it out on a {@link Canvas},
 * which is inline SVG for the HTML report and a Java2D image for the PNG files, so both show the
 * same picture.
 *
 * @param title the chart's title
 * @param note what the chart shows, in words, for a caption
 * @param xLabel the x axis label, with its unit
 * @param yLabel the y axis label, with its unit
 * @param layers what to draw, back to front
 * @param xTicks the x axis ticks, or empty to place them at round numbers
 * @param yIncludesZero whether the y axis must show zero
 */
public record Chart(String title, String note, String xLabel, String yLabel, List<Layer> layers,
    List<Tick> xTicks, boolean yIncludesZero) {

  public Chart {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(note, "note");
    layers = List.copyOf(layers);
    xTicks = List.copyOf(xTicks);
  }

  /** One tick on an axis. */
  public record Tick(double at, String label) {}

  /** Something drawn on the plot; a named layer appears in the legend. */
  public sealed interface Layer {
    /** The legend entry, or null for none. */
    String name();

    /** The colour, as {@code #rrggbb}. */
    String color();
  }

  /** A line through the points; a NaN breaks it. */
  public record Line(String name, String color, double[] x, double[] y, boolean dashed,
      boolean dots) implements Layer {}

  /** A filled band between two lines; a NaN breaks it. */
  public record Band(String name, String color, double[] x, double[] lo, double[] hi)
      implements Layer {}

  /**
   * Vertical bars from zero; {@code colors[i]} may override the colour of one bar, and
   * {@code labels[i]} is written at the bar's end (null for none).
   */
  public record Bars(String name, String color, double[] x, double[] y, double width,
      String[] colors, String[] labels) implements Layer {}

  /** Whiskers from {@code lo} to {@code hi} at each x. */
  public record Whiskers(String name, String color, double[] x, double[] lo, double[] hi)
      implements Layer {}

  /** A shaded span of x, the full height of the plot. */
  public record XSpan(String name, String color, double from, double to) implements Layer {}

  /** A horizontal rule at {@code y}, with an optional label at its right end. */
  public record HRule(String name, String color, double y, boolean dashed, String label)
      implements Layer {}

  /** A vertical rule at {@code x}, with an optional label at its top. */
  public record VRule(String name, String color, double x, boolean dashed, String label)
      implements Layer {}
}
