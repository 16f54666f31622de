package org.okrsite.chart;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.DefaultErrorHandler;
import org.apache.batik.svggen.DefaultExtensionHandler;
import org.apache.batik.svggen.DefaultStyleHandler;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Draws a JFreeChart through Apache Batik's SVG generator into a fresh DOM tree. */
final class BatikSvg {

  static final String SVG_NS = "http://www.w3.org/2000/svg";

  static {
    ensureHeadless();
    // JFreeChart draws rotated text (the value axis title) as a TextLayout by default, which Batik
    // turns into glyph outlines: bigger, and not text for search or screen readers.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private static final DOMImplementation DOM = domImplementation();

  private BatikSvg() {}

  /** Charts never need a display; must run before the first AWT graphics environment exists. */
  static void ensureHeadless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /**
   * Draws {@code chart} at {@code width × height}. Every id Batik generates (clip paths) starts
   * with {@code idPrefix}, so several charts can sit inline in one HTML page without clashing.
   */
  static Element draw(JFreeChart chart, int width, int height, String idPrefix) {
    Document document = DOM.createDocument(SVG_NS, "svg", null);
    SVGGraphics2D graphics = new SVGGraphics2D(new Context(document, idPrefix), false);
    graphics.setSVGCanvasSize(new Dimension(width, height));
    chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
    Element root = graphics.getRoot();
    graphics.dispose();
    return root;
  }

  private static DOMImplementation domImplementation() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().getDOMImplementation();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser is missing", e);
    }
  }

  /**
   * Batik's default context, minus what breaks determinism and threads: no generator comment, a
   * fresh id counter per chart, and a private number format (Batik shares static DecimalFormats
   * between all contexts, which is unsafe when charts are drawn on several threads).
   */
  private static final class Context extends SVGGeneratorContext {
    Context(Document document, String idPrefix) {
      super(document);
      setIDGenerator(new PrefixedIds(idPrefix));
      setExtensionHandler(new DefaultExtensionHandler());
      setImageHandler(new ImageHandlerBase64Encoder());
      setStyleHandler(new DefaultStyleHandler());
      setErrorHandler(new DefaultErrorHandler());
      setComment(null);
      setPrecision(2);
      decimalFormat = new DecimalFormat("#.##", DecimalFormatSymbols.getInstance(Locale.US));
    }
  }

  private static final class PrefixedIds extends SVGIDGenerator {
    private final String prefix;

    PrefixedIds(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public String generateID(String kind) {
      return super.generateID(prefix + "-" + kind);
    }
  }
}
