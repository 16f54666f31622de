package org.okrsite.chart;

import java.util.Optional;
import org.jfree.chart.JFreeChart;

/**
 * One chart kind applied to its data. Everything but {@link #draw()} is cheap, so a cached chart
 * only pays for its title, description and table.
 */
abstract class ChartDrawing {

  /**
   * A short stable name of the kind, e.g. {@code kr-trend}; used in the cache key and CSS class.
   */
  abstract String kind();

  abstract String title();

  /** A sentence or two saying what the chart shows, for {@code <desc>} and screen readers. */
  abstract String description();

  abstract DataTable table();

  /** The message to show instead of a chart when the data is too thin, or empty to draw. */
  abstract Optional<String> placeholder();

  /** The drawing's height in SVG units; the width is always {@link ChartLook#WIDTH}. */
  int height() {
    return ChartLook.HEIGHT;
  }

  /** Builds the JFreeChart; only called when {@link #placeholder()} is empty. */
  abstract JFreeChart draw();

  /** Writes every input that affects the drawing (data, thresholds) into {@code text}. */
  abstract void describeInput(CanonicalText text);

  /** The cache key: kind, input, palette and renderer version, hashed. */
  final String key() {
    CanonicalText text = new CanonicalText().add(ChartRenderer.VERSION).add(kind());
    for (ChartColor c : ChartColor.values()) {
      text.add(c.property()).add(c.paint().getRGB());
    }
    text.add(ChartLook.WIDTH).add(ChartLook.HEIGHT);
    describeInput(text);
    return text.sha256();
  }
}
