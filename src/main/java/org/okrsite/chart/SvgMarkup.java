package org.okrsite.chart;

import org.okrsite.escape.Html;

/**
 * The {@code <svg>} element around a chart drawn by {@link SvgGraphics}: a viewBox, an accessible
 * name, and {@code <title>}/{@code <desc>} as its first children. Nothing in it needs a {@code
 * style} attribute, so it fits the site's Content-Security-Policy as it is.
 */
final class SvgMarkup {

  static final String SVG_NS = "http://www.w3.org/2000/svg";

  private SvgMarkup() {}

  /** A small chart-sized notice, e.g. "Not enough check-ins yet", with the same title and desc. */
  static String placeholder(ChartDrawing drawing, String message, String idPrefix) {
    int height = 80;
    StringBuilder out = new StringBuilder(512);
    open(out, drawing, ChartLook.WIDTH, height, idPrefix);
    out.append("<text x=\"")
        .append(ChartLook.WIDTH / 2)
        .append("\" y=\"45\" text-anchor=\"middle\" class=\"cf-")
        .append(ChartColor.TEXT.role())
        .append("\" font-size=\"14\">");
    escape(out, message, false);
    return out.append("</text></svg>").toString();
  }

  /**
   * The {@code <svg>} start tag with its {@code <title>} and {@code <desc>}; the chart's elements
   * follow.
   */
  static void open(
      StringBuilder out, ChartDrawing drawing, int width, int height, String idPrefix) {
    String titleId = idPrefix + "-title";
    String descId = idPrefix + "-desc";
    out.append("<svg xmlns=\"")
        .append(SVG_NS)
        .append('"')
        .append(" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append('"')
        .append(" width=\"100%\" class=\"okr-chart okr-chart-")
        .append(drawing.kind())
        .append('"')
        .append(" role=\"img\" aria-labelledby=\"")
        .append(titleId)
        .append(' ')
        .append(descId)
        .append(
            "\" font-family=\"sans-serif\" font-size=\"12\" stroke-linecap=\"square\""
                + " stroke-miterlimit=\"10\">");
    out.append("<title id=\"").append(titleId).append("\">");
    escape(out, drawing.title(), false);
    out.append("</title><desc id=\"").append(descId).append("\">");
    escape(out, drawing.description(), false);
    out.append("</desc>");
  }

  /**
   * Escapes markup characters, and replaces characters XML forbids (control characters, lone
   * surrogates) by U+FFFD, so untrusted labels can neither break out nor break the parser. Charts
   * are inlined into HTML pages, so this is the HTML escaper ({@code &#39;} is an XML character
   * reference too); whitespace in an attribute is a space, as an XML parser would normalise it.
   */
  static void escape(StringBuilder out, String text, boolean attribute) {
    if (attribute)
      out.append(Html.attribute(text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ')));
    else out.append(Html.text(text));
  }
}
