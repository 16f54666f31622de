package org.okrsite.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Graphics2D} that writes what JFreeChart draws straight into compact SVG that fits the
 * site's Content-Security-Policy: no {@code style} attributes, colours as the theme classes {@code
 * cf-<role>} (fill) and {@code cs-<role>} (stroke) of {@code assets/charts.css}, geometry in device
 * coordinates rounded to two decimals. It does no DOM and no number formatting through {@code
 * DecimalFormat}, which made Batik's generator most of a build's chart time.
 *
 * <p>Only what okrsite's charts use is supported: solid {@link ChartColor} sentinel paints, {@link
 * BasicStroke}, alpha composites, clipping and text. Images and other paints are a programming
 * error. Not thread-safe; one instance (and its {@link #create() copies}) draws one chart.
 */
final class SvgGraphics extends Graphics2D {
  /** Text is measured like this everywhere, so layout is the same on every thread and run. */
  static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  static final ThreadLocal<Graphics2D> METRICS =
      ThreadLocal.withInitial(
          () -> {
            Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
            g.setRenderingHint(
                RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(
                RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return g;
          });

  /**
   * What all copies of one graphics write into. Elements go straight into {@code out}, grouped as
   * they come: a run of elements with the same look becomes one {@code <g>} carrying it, and an
   * element that stands alone carries its look itself. So the look of the last element is held back
   * ({@code heldStyle}) until the next element shows whether a run starts; it is then inserted into
   * {@code out}, which only moves that one element.
   */
  private static final class Sink {
    final StringBuilder out;

    /** The element being written, and its look (see {@link SvgGraphics#emit}). */
    final StringBuilder element = new StringBuilder(256);

    final StringBuilder style = new StringBuilder(128);

    /**
     * The look of the last element, or null; where that element starts and its name ends in {@code
     * out}.
     */
    String heldStyle;

    int heldStart;
    int heldNameEnd;

    /** A {@code <g>} with look {@code heldStyle} is open. */
    boolean group;

    final Map<String, String> clipIds = new HashMap<>();
    final String idPrefix;
    final Rectangle2D canvas;

    Sink(String idPrefix, Rectangle2D canvas, StringBuilder out) {
      this.idPrefix = idPrefix;
      this.canvas = canvas;
      this.out = out;
    }

    /** Takes {@code element} with look {@code style}. */
    void emit() {
      if (heldStyle != null && heldStyle.contentEquals(style)) {
        if (!group) {
          out.insert(heldStart, "<g>").insert(heldStart + 2, heldStyle);
          group = true;
        }
        out.append(element);
        return;
      }
      flush();
      heldStart = out.length();
      heldNameEnd = heldStart + element.indexOf(" ");
      out.append(element);
      heldStyle = style.toString();
    }

    /** Markup written as it is, never grouped. */
    void raw(String markup) {
      flush();
      out.append(markup);
    }

    /** Closes an open group, or gives the last element its look. */
    void flush() {
      if (group) {
        out.append("</g>");
        group = false;
      } else if (heldStyle != null) {
        out.insert(heldNameEnd, heldStyle);
      }
      heldStyle = null;
    }
  }

  private final Sink sink;
  private AffineTransform transform = new AffineTransform();
  private Paint paint = Color.BLACK;
  private Color background = Color.WHITE;
  private Stroke stroke = new BasicStroke(1f);
  private Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private Composite composite = AlphaComposite.SrcOver;

  /** The clip in device space; null means none. */
  private Shape clip;

  private final RenderingHints hints = new RenderingHints(null);

  /**
   * A graphics for one chart of {@code width} x {@code height} that appends its elements to {@code
   * out}.
   */
  SvgGraphics(String idPrefix, int width, int height, StringBuilder out) {
    this.sink = new Sink(idPrefix, new Rectangle2D.Double(0, 0, width, height), out);
  }

  private SvgGraphics(SvgGraphics parent) {
    this.sink = parent.sink;
    this.transform = new AffineTransform(parent.transform);
    this.paint = parent.paint;
    this.background = parent.background;
    this.stroke = parent.stroke;
    this.font = parent.font;
    this.composite = parent.composite;
    this.clip = parent.clip;
    this.hints.putAll(parent.hints);
  }

  /** Writes what is still held back; call once, when the chart is drawn. */
  void finish() {
    sink.flush();
  }

  // ---- drawing ---------------------------------------------------------------------------

  @Override
  public void draw(Shape s) {
    if (!(stroke instanceof BasicStroke bs)) {
      fill(stroke.createStrokedShape(s));
      return;
    }
    shape(s, false, bs);
  }

  @Override
  public void fill(Shape s) {
    shape(s, true, null);
  }

  private void shape(Shape s, boolean filled, BasicStroke bs) {
    ChartColor role = role(paint);
    if (role == null) return; // fully transparent
    double half = filled ? 0 : bs.getLineWidth() / 2 * scale();
    Rectangle2D bounds = transform.createTransformedShape(s).getBounds2D();
    String clipRef = clipFor(bounds, half);
    if (clipRef == NOTHING) return;
    StringBuilder o = sink.element;
    o.setLength(0);
    boolean plain =
        transform.getType() == AffineTransform.TYPE_IDENTITY
            || transform.getType() == AffineTransform.TYPE_TRANSLATION;
    if (s instanceof Line2D line && !filled) {
      double[] p = {line.getX1(), line.getY1(), line.getX2(), line.getY2()};
      transform.transform(p, 0, p, 0, 2);
      o.append("<line x1=\"");
      num(o, p[0]).append("\" y1=\"");
      num(o, p[1]).append("\" x2=\"");
      num(o, p[2]).append("\" y2=\"");
      num(o, p[3]).append('"');
    } else if (s instanceof Rectangle2D r && plain) {
      o.append("<rect x=\"");
      num(o, r.getX() + transform.getTranslateX()).append("\" y=\"");
      num(o, r.getY() + transform.getTranslateY()).append("\" width=\"");
      num(o, r.getWidth()).append("\" height=\"");
      num(o, r.getHeight()).append('"');
    } else if (s instanceof Ellipse2D e && plain && e.getWidth() == e.getHeight()) {
      o.append("<circle cx=\"");
      num(o, e.getCenterX() + transform.getTranslateX()).append("\" cy=\"");
      num(o, e.getCenterY() + transform.getTranslateY()).append("\" r=\"");
      num(o, e.getWidth() / 2).append('"');
    } else {
      o.append("<path d=\"");
      path(o, s.getPathIterator(transform));
      o.append('"');
    }
    o.append("/>");
    StringBuilder st = sink.style;
    st.setLength(0);
    if (filled) {
      st.append(" class=\"cf-").append(role.role()).append('"');
      opacity(st, "fill-opacity");
    } else {
      st.append(" fill=\"none\" class=\"cs-").append(role.role()).append('"');
      opacity(st, "stroke-opacity");
      strokeAttributes(st, bs);
    }
    if (clipRef != null) st.append(" clip-path=\"url(#").append(clipRef).append(")\"");
    emit();
  }

  /**
   * Hands the element in {@code sink.element} with its look {@code sink.style} to the sink, which
   * groups runs.
   */
  private void emit() {
    sink.emit();
  }

  @Override
  public void drawString(String text, float x, float y) {
    if (text == null || text.isEmpty()) return;
    ChartColor role = role(paint);
    if (role == null) return;
    StringBuilder o = sink.element;
    o.setLength(0);
    o.append("<text");
    boolean plain =
        transform.getType() == AffineTransform.TYPE_IDENTITY
            || transform.getType() == AffineTransform.TYPE_TRANSLATION;
    if (plain) {
      o.append(" x=\"");
      num(o, x + transform.getTranslateX()).append("\" y=\"");
      num(o, y + transform.getTranslateY()).append('"');
    } else {
      double[] m = new double[6];
      transform.getMatrix(m);
      o.append(" x=\"");
      num(o, x).append("\" y=\"");
      num(o, y).append("\" transform=\"matrix(");
      for (int i = 0; i < 6; i++) {
        if (i > 0) o.append(',');
        num(o, m[i]);
      }
      o.append(")\"");
    }
    o.append('>');
    SvgMarkup.escape(o, text, false);
    o.append("</text>");
    StringBuilder st = sink.style;
    st.setLength(0);
    st.append(" class=\"cf-").append(role.role()).append('"');
    opacity(st, "fill-opacity");
    if (font.getSize2D() != 12f) {
      st.append(" font-size=\"");
      num(st, font.getSize2D()).append('"');
    }
    if (font.isBold()) st.append(" font-weight=\"bold\"");
    if (font.isItalic()) st.append(" font-style=\"italic\"");
    emit();
  }

  @Override
  public void drawString(String str, int x, int y) {
    drawString(str, (float) x, (float) y);
  }

  @Override
  public void drawString(AttributedCharacterIterator iterator, int x, int y) {
    drawString(iterator, (float) x, (float) y);
  }

  @Override
  public void drawString(AttributedCharacterIterator iterator, float x, float y) {
    StringBuilder b = new StringBuilder();
    for (char c = iterator.first(); c != AttributedCharacterIterator.DONE; c = iterator.next())
      b.append(c);
    drawString(b.toString(), x, y);
  }

  @Override
  public void drawGlyphVector(GlyphVector g, float x, float y) {
    fill(g.getOutline(x, y));
  }

  // ---- the SVG bits ------------------------------------------------------------------------

  /** Marks a shape that lies wholly outside the clip: not written at all. */
  private static final String NOTHING = "";

  /**
   * The id of the clip path to refer to, null when the shape lies inside the clip (or there is no
   * clip), {@link #NOTHING} when it lies wholly outside. Clips are rectangles in JFreeChart, so
   * most shapes need no reference, which keeps charts small.
   */
  private String clipFor(Rectangle2D bounds, double pad) {
    if (clip == null) return null;
    Rectangle2D c = clip.getBounds2D();
    double x0 = bounds.getMinX() - pad;
    double y0 = bounds.getMinY() - pad;
    double x1 = bounds.getMaxX() + pad;
    double y1 = bounds.getMaxY() + pad;
    boolean rectangular = clip instanceof Rectangle2D;
    if (rectangular
        && x0 >= c.getMinX() - 0.01
        && y0 >= c.getMinY() - 0.01
        && x1 <= c.getMaxX() + 0.01
        && y1 <= c.getMaxY() + 0.01) {
      return null;
    }
    if (x1 < c.getMinX() || y1 < c.getMinY() || x0 > c.getMaxX() || y0 > c.getMaxY())
      return NOTHING;
    StringBuilder d = new StringBuilder();
    path(d, clip.getPathIterator(null));
    String key = d.toString();
    String id = sink.clipIds.get(key);
    if (id == null) {
      id = sink.idPrefix + "-clip" + (sink.clipIds.size() + 1);
      sink.clipIds.put(key, id);
      sink.raw("<clipPath id=\"" + id + "\"><path d=\"" + key + "\"/></clipPath>");
    }
    return id;
  }

  private void strokeAttributes(StringBuilder o, BasicStroke bs) {
    double width = bs.getLineWidth() * scale();
    if (width != 1) {
      o.append(" stroke-width=\"");
      num(o, width).append('"');
    }
    // the root <svg> sets Java's defaults, square caps and a miter limit of 10 (SvgMarkup)
    switch (bs.getEndCap()) {
      case BasicStroke.CAP_ROUND -> o.append(" stroke-linecap=\"round\"");
      case BasicStroke.CAP_BUTT -> o.append(" stroke-linecap=\"butt\"");
      default -> {}
    }
    switch (bs.getLineJoin()) {
      case BasicStroke.JOIN_ROUND -> o.append(" stroke-linejoin=\"round\"");
      case BasicStroke.JOIN_BEVEL -> o.append(" stroke-linejoin=\"bevel\"");
      default -> {
        if (bs.getMiterLimit() != 10f) {
          o.append(" stroke-miterlimit=\"");
          num(o, Math.max(1, bs.getMiterLimit())).append('"');
        }
      }
    }
    float[] dash = bs.getDashArray();
    if (dash != null && dash.length > 0) {
      o.append(" stroke-dasharray=\"");
      for (int i = 0; i < dash.length; i++) {
        if (i > 0) o.append(',');
        num(o, dash[i] * scale());
      }
      o.append('"');
      if (bs.getDashPhase() != 0) {
        o.append(" stroke-dashoffset=\"");
        num(o, bs.getDashPhase() * scale()).append('"');
      }
    }
  }

  private void opacity(StringBuilder o, String attribute) {
    double alpha = alpha();
    if (alpha < 1) {
      o.append(' ').append(attribute).append("=\"");
      num(o, alpha).append('"');
    }
  }

  /** The paint's alpha times the composite's. */
  private double alpha() {
    double a = paint instanceof Color c ? c.getAlpha() / 255.0 : 1;
    if (composite instanceof AlphaComposite ac) a *= ac.getAlpha();
    return a;
  }

  /** The stroke scale of the current transform (charts only translate and rotate). */
  private double scale() {
    return Math.sqrt(Math.abs(transform.getDeterminant()));
  }

  private ChartColor role(Paint p) {
    if (!(p instanceof Color c)) {
      throw new IllegalStateException("charts paint with theme colours only, not " + p);
    }
    if (alpha() == 0) return null;
    ChartColor role = ChartColor.fromRgb(c.getRGB() & 0xFFFFFF);
    if (role != null) return role;
    if ((c.getRGB() & 0xFFFFFF) == 0) return ChartColor.TEXT; // Graphics2D's default paint
    if ((c.getRGB() & 0xFFFFFF) == 0xFFFFFF) return ChartColor.BACKGROUND;
    throw new IllegalStateException("colour without a theme role: " + c);
  }

  private static void path(StringBuilder o, PathIterator it) {
    double[] c = new double[6];
    for (; !it.isDone(); it.next()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> points(o.append('M'), c, 1);
        case PathIterator.SEG_LINETO -> points(o.append('L'), c, 1);
        case PathIterator.SEG_QUADTO -> points(o.append('Q'), c, 2);
        case PathIterator.SEG_CUBICTO -> points(o.append('C'), c, 3);
        default -> o.append('Z');
      }
    }
  }

  private static void points(StringBuilder o, double[] c, int n) {
    for (int i = 0; i < n * 2; i++) {
      if (i > 0) o.append(' ');
      num(o, c[i]);
    }
  }

  /** Appends {@code v} rounded to two decimals, without trailing zeros, never "-0". */
  static StringBuilder num(StringBuilder o, double v) {
    long hundredths = Math.round(v * 100);
    if (hundredths < 0) {
      o.append('-');
      hundredths = -hundredths;
    }
    long whole = hundredths / 100;
    if (whole < WHOLE.length) {
      o.append(WHOLE[(int) whole]);
    } else {
      o.append(whole);
    }
    return o.append(FRACTION[(int) (hundredths % 100)]);
  }

  /**
   * The text of small whole numbers and of every two-decimal fraction: {@link #num} appends
   * strings, not digits.
   */
  private static final String[] WHOLE = new String[2048];

  private static final String[] FRACTION = new String[100];

  static {
    for (int i = 0; i < WHOLE.length; i++) WHOLE[i] = Integer.toString(i);
    for (int f = 0; f < 100; f++) {
      FRACTION[f] = f == 0 ? "" : f % 10 == 0 ? "." + f / 10 : "." + f / 10 + f % 10;
    }
  }

  // ---- state -------------------------------------------------------------------------------

  @Override
  public Graphics create() {
    return new SvgGraphics(this);
  }

  @Override
  public void dispose() {
    // nothing to free: the sink is a string builder
  }

  @Override
  public void setPaint(Paint p) {
    if (p != null) paint = p;
  }

  @Override
  public Paint getPaint() {
    return paint;
  }

  @Override
  public Color getColor() {
    return paint instanceof Color c ? c : Color.BLACK;
  }

  @Override
  public void setColor(Color c) {
    if (c != null) paint = c;
  }

  @Override
  public void setStroke(Stroke s) {
    if (s != null) stroke = s;
  }

  @Override
  public Stroke getStroke() {
    return stroke;
  }

  @Override
  public void setComposite(Composite c) {
    if (c != null) composite = c;
  }

  @Override
  public Composite getComposite() {
    return composite;
  }

  @Override
  public void setBackground(Color c) {
    if (c != null) background = c;
  }

  @Override
  public Color getBackground() {
    return background;
  }

  @Override
  public Font getFont() {
    return font;
  }

  @Override
  public void setFont(Font f) {
    if (f != null) font = f;
  }

  @Override
  public FontMetrics getFontMetrics(Font f) {
    return METRICS.get().getFontMetrics(f);
  }

  @Override
  public FontRenderContext getFontRenderContext() {
    return FRC;
  }

  @Override
  public void setRenderingHint(RenderingHints.Key key, Object value) {
    hints.put(key, value);
  }

  @Override
  public Object getRenderingHint(RenderingHints.Key key) {
    return hints.get(key);
  }

  @Override
  public void setRenderingHints(Map<?, ?> map) {
    hints.clear();
    hints.putAll(map);
  }

  @Override
  public void addRenderingHints(Map<?, ?> map) {
    hints.putAll(map);
  }

  @Override
  public RenderingHints getRenderingHints() {
    return (RenderingHints) hints.clone();
  }

  @Override
  public void translate(int x, int y) {
    transform.translate(x, y);
  }

  @Override
  public void translate(double tx, double ty) {
    transform.translate(tx, ty);
  }

  @Override
  public void rotate(double theta) {
    transform.rotate(theta);
  }

  @Override
  public void rotate(double theta, double x, double y) {
    transform.rotate(theta, x, y);
  }

  @Override
  public void scale(double sx, double sy) {
    transform.scale(sx, sy);
  }

  @Override
  public void shear(double shx, double shy) {
    transform.shear(shx, shy);
  }

  @Override
  public void transform(AffineTransform tx) {
    transform.concatenate(tx);
  }

  @Override
  public void setTransform(AffineTransform tx) {
    transform = new AffineTransform(tx);
  }

  @Override
  public AffineTransform getTransform() {
    return new AffineTransform(transform);
  }

  // ---- clipping (kept in device space) -------------------------------------------------------

  @Override
  public Shape getClip() {
    if (clip == null) return null;
    try {
      return transform.createInverse().createTransformedShape(clip);
    } catch (NoninvertibleTransformException e) {
      return null;
    }
  }

  @Override
  public void setClip(Shape s) {
    if (s == null) {
      clip = null;
      return;
    }
    Shape device = transform.createTransformedShape(s);
    Rectangle2D b = device.getBounds2D();
    boolean rectangle =
        s instanceof Rectangle2D && (transform.getType() & ~AffineTransform.TYPE_TRANSLATION) == 0;
    clip = rectangle ? b : device;
    if (rectangle && b.contains(sink.canvas)) clip = null; // the whole canvas clips nothing
  }

  @Override
  public void clip(Shape s) {
    if (clip == null) {
      setClip(s);
      return;
    }
    Shape device = transform.createTransformedShape(s);
    if (clip instanceof Rectangle2D r && device instanceof Rectangle2D d) {
      clip = r.createIntersection(d);
    } else {
      Area a = new Area(clip);
      a.intersect(new Area(device));
      clip = a.isRectangular() ? a.getBounds2D() : a;
    }
  }

  @Override
  public Rectangle getClipBounds() {
    Shape c = getClip();
    return c == null ? null : c.getBounds();
  }

  @Override
  public void clipRect(int x, int y, int width, int height) {
    clip(new Rectangle(x, y, width, height));
  }

  @Override
  public void setClip(int x, int y, int width, int height) {
    setClip(new Rectangle(x, y, width, height));
  }

  @Override
  public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
    Shape shape = onStroke ? stroke.createStrokedShape(s) : s;
    return transform.createTransformedShape(shape).intersects(rect);
  }

  @Override
  public GraphicsConfiguration getDeviceConfiguration() {
    return null;
  }

  // ---- Graphics's int shapes, in terms of the above ---------------------------------------------

  @Override
  public void drawLine(int x1, int y1, int x2, int y2) {
    draw(new Line2D.Double(x1, y1, x2, y2));
  }

  @Override
  public void fillRect(int x, int y, int width, int height) {
    fill(new Rectangle(x, y, width, height));
  }

  @Override
  public void clearRect(int x, int y, int width, int height) {
    Paint saved = paint;
    paint = background;
    fill(new Rectangle(x, y, width, height));
    paint = saved;
  }

  @Override
  public void drawRoundRect(int x, int y, int w, int h, int aw, int ah) {
    draw(new java.awt.geom.RoundRectangle2D.Double(x, y, w, h, aw, ah));
  }

  @Override
  public void fillRoundRect(int x, int y, int w, int h, int aw, int ah) {
    fill(new java.awt.geom.RoundRectangle2D.Double(x, y, w, h, aw, ah));
  }

  @Override
  public void drawOval(int x, int y, int w, int h) {
    draw(new Ellipse2D.Double(x, y, w, h));
  }

  @Override
  public void fillOval(int x, int y, int w, int h) {
    fill(new Ellipse2D.Double(x, y, w, h));
  }

  @Override
  public void drawArc(int x, int y, int w, int h, int start, int extent) {
    draw(new java.awt.geom.Arc2D.Double(x, y, w, h, start, extent, java.awt.geom.Arc2D.OPEN));
  }

  @Override
  public void fillArc(int x, int y, int w, int h, int start, int extent) {
    fill(new java.awt.geom.Arc2D.Double(x, y, w, h, start, extent, java.awt.geom.Arc2D.PIE));
  }

  @Override
  public void drawPolyline(int[] xs, int[] ys, int n) {
    java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
    for (int i = 0; i < n; i++) {
      if (i == 0) p.moveTo(xs[i], ys[i]);
      else p.lineTo(xs[i], ys[i]);
    }
    draw(p);
  }

  @Override
  public void drawPolygon(int[] xs, int[] ys, int n) {
    draw(new java.awt.Polygon(xs, ys, n));
  }

  @Override
  public void fillPolygon(int[] xs, int[] ys, int n) {
    fill(new java.awt.Polygon(xs, ys, n));
  }

  @Override
  public void setPaintMode() {
    composite = AlphaComposite.SrcOver;
  }

  @Override
  public void setXORMode(Color c) {
    throw unsupported("XOR mode");
  }

  @Override
  public void copyArea(int x, int y, int width, int height, int dx, int dy) {
    throw unsupported("copyArea");
  }

  // ---- images: charts have none ------------------------------------------------------------

  @Override
  public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
    throw unsupported("images");
  }

  @Override
  public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
    throw unsupported("images");
  }

  @Override
  public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
    throw unsupported("images");
  }

  @Override
  public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
    throw unsupported("images");
  }

  @Override
  public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
    throw unsupported("images");
  }

  @Override
  public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
    throw unsupported("images");
  }

  @Override
  public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
    throw unsupported("images");
  }

  @Override
  public boolean drawImage(
      Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
    throw unsupported("images");
  }

  @Override
  public boolean drawImage(
      Image img,
      int dx1,
      int dy1,
      int dx2,
      int dy2,
      int sx1,
      int sy1,
      int sx2,
      int sy2,
      ImageObserver observer) {
    throw unsupported("images");
  }

  @Override
  public boolean drawImage(
      Image img,
      int dx1,
      int dy1,
      int dx2,
      int dy2,
      int sx1,
      int sy1,
      int sx2,
      int sy2,
      Color bgcolor,
      ImageObserver observer) {
    throw unsupported("images");
  }

  private static UnsupportedOperationException unsupported(String what) {
    return new UnsupportedOperationException("okrsite's chart graphics do not support " + what);
  }
}
