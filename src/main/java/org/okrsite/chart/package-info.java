/**
 * Charts as inline SVG: {@link org.okrsite.chart.ChartRenderer} draws key-result trends,
 * leading-indicator readings, confidence over time, objective scores by unit, the score
 * distribution at cycle end, KPI trends and the company burn-up with JFreeChart, through okrsite's
 * own SVG graphics (SvgGraphics), from plain records defined here (other packages map their model
 * into them). Each result is an {@link org.okrsite.chart.Svg}: a standalone {@code <svg>} with
 * {@code role="img"}, {@code <title>} and {@code <desc>} first, a {@code viewBox} and {@code
 * width="100%"}, plus a {@link org.okrsite.chart.DataTable} of the same data for an accessible
 * table. The markup is byte-identical for the same data in any default locale or time zone, escapes
 * every label, and is cached by a SHA-256 of its input ({@link org.okrsite.chart.ChartCache}), in
 * memory and optionally on disk across runs.
 *
 * <p>Charts carry no colours of their own. They are drawn with sentinel colours that are then
 * rewritten to CSS custom properties in {@code style} attributes, which a theme defines (values for
 * light and dark in the theme's {@code themes/default/assets/charts.css}):
 *
 * <ul>
 *   <li>{@code --chart-bg} chart background (transparent by default), {@code --chart-text} labels
 *       and legend, {@code --chart-axis} axis lines and ticks, {@code --chart-grid} grid lines;
 *   <li>{@code --chart-series-1} … {@code --chart-series-6} data lines and bars (more series repeat
 *       the colours);
 *   <li>{@code --chart-baseline}, {@code --chart-target}, {@code --chart-pace} (expected pace and
 *       burn-up expectation), {@code --chart-forecast} (dashed forecast);
 *   <li>{@code --chart-band-red}, {@code --chart-band-yellow}, {@code --chart-band-green}
 *       confidence bands (drawn at 15% opacity), {@code --chart-highlight} the 0.6–0.7 score sweet
 *       spot (30% opacity).
 * </ul>
 *
 * <p>A JFreeChart drawing costs a millisecond or a few; draw them for detail pages and cache them,
 * and show progress as plain HTML/CSS bars. Text is measured with the fonts installed on the
 * building machine, so the bytes are stable per machine, not across machines with other fonts.
 */
package org.okrsite.chart;
