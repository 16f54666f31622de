package org.okrsite.chart;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Chart markup parsed by the JDK's XML parser (no DTDs, no external entities), with queries. */
final class SvgDocument {

  final Document document;
  final Element root;

  private SvgDocument(Document document) {
    this.document = document;
    this.root = document.getDocumentElement();
  }

  static SvgDocument parse(String markup) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return new SvgDocument(builder.parse(new InputSource(new StringReader(markup))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + markup, e);
    }
  }

  /** All elements with this local name, in document order. */
  List<Element> elements(String localName) {
    NodeList nodes = document.getElementsByTagNameNS(SvgMarkup.SVG_NS, localName);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }

  List<Element> elements(String localName, Predicate<Element> filter) {
    return elements(localName).stream().filter(filter).toList();
  }

  /** All elements in document order. */
  List<Element> allElements() {
    return elements("*");
  }

  /**
   * A property as it applies to the element: for fill and stroke, its theme class ({@code cf-x} is
   * {@code var(--chart-x)} as the fill, {@code cs-x} as the stroke) or its attribute; for others
   * its attribute; else the nearest ancestor's.
   */
  static String style(Element element, String property) {
    String prefix = property.equals("fill") ? "cf-" : property.equals("stroke") ? "cs-" : null;
    for (Node n = element; n instanceof Element e; n = e.getParentNode()) {
      if (prefix != null) {
        for (String c : e.getAttribute("class").split(" ")) {
          if (c.startsWith(prefix)) return "var(--chart-" + c.substring(3) + ")";
        }
      }
      if (e.hasAttribute(property)) return e.getAttribute(property);
    }
    return "";
  }

  static Predicate<Element> stroke(String property) {
    return e ->
        style(e, "stroke").equals("var(" + property + ")") && style(e, "fill").equals("none");
  }

  static Predicate<Element> fill(String property) {
    return e -> style(e, "fill").equals("var(" + property + ")");
  }

  static double number(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  /** The points of a path made only of M and L commands, e.g. {@code M1 2 L3 4} → two points. */
  static List<double[]> polyline(Element path) {
    String d = path.getAttribute("d").strip();
    List<double[]> points = new ArrayList<>();
    for (String command : d.split("(?=[ML])")) {
      String[] xy = command.substring(1).strip().split("[ ,]+");
      points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
    }
    return points;
  }

  static boolean isPolyline(Element path) {
    return path.getAttribute("d").matches("M[-0-9. ]+(L[-0-9. ]+)*");
  }

  /**
   * The series line: the M/L path stroked in the colour with most points, then widest (the legend
   * sample is a short two-point line).
   */
  List<double[]> seriesLine(String property) {
    java.util.Comparator<List<double[]>> bySize = java.util.Comparator.comparingInt(List::size);
    return elements("path", stroke(property)).stream()
        .filter(SvgDocument::isPolyline)
        .map(SvgDocument::polyline)
        .max(bySize.thenComparingDouble(p -> p.get(p.size() - 1)[0] - p.get(0)[0]))
        .orElseThrow(() -> new AssertionError("no line stroked " + property));
  }

  /** The y of the horizontal {@code <line>} stroked in the colour (e.g. a target marker). */
  double horizontalLineY(String property) {
    List<Element> lines = elements("line", stroke(property));
    if (lines.size() != 1) {
      throw new AssertionError(lines.size() + " lines stroked " + property);
    }
    Element line = lines.get(0);
    if (number(line, "y1") != number(line, "y2")) {
      throw new AssertionError("not horizontal");
    }
    return number(line, "y1");
  }

  /** The text of every {@code <text>} element, in document order. */
  List<String> texts() {
    return elements("text").stream().map(Element::getTextContent).toList();
  }
}
