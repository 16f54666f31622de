package org.okrsite.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apache.batik.svggen.SVGCSSStyler;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns Batik's DOM into compact inline SVG: sentinel colours become CSS custom properties,
 * presentation attributes move into {@code style} (where {@code var()} is allowed), and the root
 * gets a viewBox, an accessible name, and {@code <title>}/{@code <desc>} as its first children.
 */
final class SvgMarkup {

  private static final Set<String> COLOUR_ATTRIBUTES =
      Set.of("fill", "stroke", "stop-color", "flood-color", "lighting-color", "color");
  /** Hints a browser ignores or defaults anyway; dropping them saves about a fifth of the bytes. */
  private static final Set<String> NOISE =
      Set.of("color-interpolation", "color-rendering", "image-rendering");

  private SvgMarkup() {}

  /** The chart drawn by Batik as one {@code <svg>} element. */
  static String of(Element batikRoot, ChartDrawing drawing, int height, String idPrefix) {
    String canvasClip = removeCanvasClip(batikRoot, ChartLook.WIDTH, height);
    theme(batikRoot, canvasClip);
    SVGCSSStyler.style(batikRoot);
    StringBuilder out = new StringBuilder(16_384);
    open(out, drawing, ChartLook.WIDTH, height, idPrefix);
    for (Node child = batikRoot.getFirstChild(); child != null; child = child.getNextSibling()) {
      write(out, child);
    }
    return out.append("</svg>").toString();
  }

  /** A small chart-sized notice, e.g. "Not enough check-ins yet", with the same title and desc. */
  static String placeholder(ChartDrawing drawing, String message, String idPrefix) {
    int height = 80;
    StringBuilder out = new StringBuilder(512);
    open(out, drawing, ChartLook.WIDTH, height, idPrefix);
    out.append("<text x=\"")
        .append(ChartLook.WIDTH / 2)
        .append("\" y=\"45\" text-anchor=\"middle\" style=\"fill:")
        .append(ChartColor.TEXT.cssValue())
        .append(";font-size:14px\">");
    escape(out, message, false);
    return out.append("</text></svg>").toString();
  }

  private static void open(
      StringBuilder out, ChartDrawing drawing, int width, int height, String idPrefix) {
    String titleId = idPrefix + "-title";
    String descId = idPrefix + "-desc";
    out.append("<svg xmlns=\"").append(BatikSvg.SVG_NS).append('"')
        .append(" viewBox=\"0 0 ").append(width).append(' ').append(height).append('"')
        .append(" width=\"100%\" class=\"okr-chart okr-chart-").append(drawing.kind()).append('"')
        .append(" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId)
        .append("\" style=\"font-family:sans-serif\">");
    out.append("<title id=\"").append(titleId).append("\">");
    escape(out, drawing.title(), false);
    out.append("</title><desc id=\"").append(descId).append("\">");
    escape(out, drawing.description(), false);
    out.append("</desc>");
  }

  /**
   * Removes the clip path that is just the whole canvas (JFreeChart sets it first, so Batik refers
   * to it from almost every element) and returns the reference to drop, e.g. {@code url(#p-c1)}.
   */
  private static String removeCanvasClip(Element root, int width, int height) {
    String canvas = "M0 0 L" + width + " 0 L" + width + " " + height + " L0 " + height + " L0 0 Z";
    NodeList clips = root.getElementsByTagNameNS(BatikSvg.SVG_NS, "clipPath");
    for (int i = 0; i < clips.getLength(); i++) {
      Element clip = (Element) clips.item(i);
      Node path = clip.getFirstChild();
      if (path instanceof Element p && p.getNextSibling() == null
          && canvas.equals(p.getAttribute("d"))) {
        clip.getParentNode().removeChild(clip);
        return "url(#" + clip.getAttribute("id") + ")";
      }
    }
    return "";
  }

  /** Replaces sentinel colours by {@code var(--chart-…)}, drops noise and empty defs. */
  private static void theme(Element element, String canvasClip) {
    if (element.getAttribute("clip-path").equals(canvasClip)) {
      element.removeAttribute("clip-path");
    }
    for (String name : COLOUR_ATTRIBUTES) {
      if (element.hasAttribute(name)) {
        element.setAttribute(name, themed(element, element.getAttribute(name)));
      }
    }
    NOISE.forEach(element::removeAttribute);
    if ("defs".equals(element.getLocalName()) && "genericDefs".equals(element.getAttribute("id"))) {
      element.removeAttribute("id"); // Batik's fixed id would repeat in every inline chart
    }
    List<Element> children = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        children.add(e);
      }
    }
    for (Element child : children) {
      theme(child, canvasClip);
      if ("defs".equals(child.getLocalName()) && !child.hasChildNodes()) {
        element.removeChild(child);
      }
    }
  }

  private static String themed(Element element, String value) {
    String v = value.strip();
    if (v.equals("none") || v.equals("transparent") || v.startsWith("url(")) {
      return v;
    }
    ChartColor role = ChartColor.fromSvgValue(v);
    if (role == null) {
      role =
          switch (v) {
            case "black" -> ChartColor.TEXT; // Batik's root defaults, overridden by every drawing
            case "white" -> ChartColor.BACKGROUND;
            default -> throw new IllegalStateException(
                "colour without a theme role: " + v + " on <" + element.getLocalName() + ">");
          };
    }
    return role.cssValue();
  }

  private static void write(StringBuilder out, Node node) {
    if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      escape(out, node.getNodeValue(), false);
      return;
    }
    if (!(node instanceof Element element)) {
      return; // comments, processing instructions
    }
    String name = element.getLocalName() != null ? element.getLocalName() : element.getNodeName();
    out.append('<').append(name);
    TreeMap<String, String> attributes = new TreeMap<>();
    NamedNodeMap map = element.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      Node a = map.item(i);
      if (!a.getNodeName().startsWith("xmlns")) {
        attributes.put(a.getNodeName(), a.getNodeValue());
      }
    }
    attributes.forEach(
        (k, v) -> {
          out.append(' ').append(k).append("=\"");
          escape(out, k.equals("style") ? v.replace("; ", ";").strip() : v, true);
          out.append('"');
        });
    if (!element.hasChildNodes()) {
      out.append("/>");
      return;
    }
    out.append('>');
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      write(out, child);
    }
    out.append("</").append(name).append('>');
  }

  /**
   * Escapes markup characters, and replaces characters XML forbids (control characters, lone
   * surrogates) by U+FFFD, so untrusted labels can neither break out nor break the parser.
   */
  static void escape(StringBuilder out, String text, boolean attribute) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\t', '\n', '\r' -> out.append(attribute ? " " : Character.toString(c));
        default -> {
          boolean allowed =
              c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF);
          out.appendCodePoint(allowed ? c : 0xFFFD);
        }
      }
    }
  }
}
