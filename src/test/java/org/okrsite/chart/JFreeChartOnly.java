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
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * For the benchmark's floor: JFreeChart laying out and drawing okrsite's key-result trend chart
 * into a {@link Graphics2D} that keeps its state (transform, clip, font, stroke, paint) and
 * measures text with {@link SvgGraphics}'s own metrics, but writes nothing. What is left is
 * JFreeChart's own cost, without okrsite's SVG.
 */
public final class JFreeChartOnly {
  private JFreeChartOnly() {}

  /** Builds and draws the chart for {@code trend}, output discarded. */
  public static void drawKrTrend(KrTrend trend) {
    KrTrendChart drawing = new KrTrendChart(trend);
    if (drawing.placeholder().isPresent()) return;
    drawing
        .draw()
        .draw(new NullGraphics(), new Rectangle2D.Double(0, 0, ChartLook.WIDTH, drawing.height()));
  }

  /** State without output. */
  private static final class NullGraphics extends Graphics2D {
    private AffineTransform transform = new AffineTransform();
    private Paint paint = Color.BLACK;
    private Color background = Color.WHITE;
    private Stroke stroke = new BasicStroke(1f);
    private Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private Composite composite = AlphaComposite.SrcOver;
    private Shape clip;
    private final RenderingHints hints = new RenderingHints(null);

    NullGraphics() {}

    private NullGraphics(NullGraphics p) {
      transform = new AffineTransform(p.transform);
      paint = p.paint;
      background = p.background;
      stroke = p.stroke;
      font = p.font;
      composite = p.composite;
      clip = p.clip;
      hints.putAll(p.hints);
    }

    @Override
    public void draw(Shape s) {}

    @Override
    public void fill(Shape s) {}

    @Override
    public void drawString(String str, int x, int y) {}

    @Override
    public void drawString(String str, float x, float y) {}

    @Override
    public void drawString(AttributedCharacterIterator it, int x, int y) {}

    @Override
    public void drawString(AttributedCharacterIterator it, float x, float y) {}

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {}

    @Override
    public Graphics create() {
      return new NullGraphics(this);
    }

    @Override
    public void dispose() {}

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
      background = c;
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
      return SvgGraphics.METRICS.get().getFontMetrics(f);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
      return SvgGraphics.FRC;
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

    @Override
    public Shape getClip() {
      return clip;
    }

    @Override
    public void setClip(Shape s) {
      clip = s;
    }

    @Override
    public void clip(Shape s) {
      clip = clip == null ? s : clip.getBounds2D().createIntersection(s.getBounds2D());
    }

    @Override
    public Rectangle getClipBounds() {
      return clip == null ? null : clip.getBounds();
    }

    @Override
    public void clipRect(int x, int y, int w, int h) {
      clip(new Rectangle(x, y, w, h));
    }

    @Override
    public void setClip(int x, int y, int w, int h) {
      setClip(new Rectangle(x, y, w, h));
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
      return false;
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
      return null;
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {}

    @Override
    public void fillRect(int x, int y, int w, int h) {}

    @Override
    public void clearRect(int x, int y, int w, int h) {}

    @Override
    public void drawRoundRect(int x, int y, int w, int h, int aw, int ah) {}

    @Override
    public void fillRoundRect(int x, int y, int w, int h, int aw, int ah) {}

    @Override
    public void drawOval(int x, int y, int w, int h) {}

    @Override
    public void fillOval(int x, int y, int w, int h) {}

    @Override
    public void drawArc(int x, int y, int w, int h, int start, int extent) {}

    @Override
    public void fillArc(int x, int y, int w, int h, int start, int extent) {}

    @Override
    public void drawPolyline(int[] xs, int[] ys, int n) {}

    @Override
    public void drawPolygon(int[] xs, int[] ys, int n) {}

    @Override
    public void fillPolygon(int[] xs, int[] ys, int n) {}

    @Override
    public void setPaintMode() {}

    @Override
    public void setXORMode(Color c) {}

    @Override
    public void copyArea(int x, int y, int w, int h, int dx, int dy) {}

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
      return true;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {}

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {}

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {}

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver o) {
      return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int w, int h, ImageObserver o) {
      return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bg, ImageObserver o) {
      return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int w, int h, Color bg, ImageObserver o) {
      return true;
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
        ImageObserver o) {
      return true;
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
        Color bg,
        ImageObserver o) {
      return true;
    }
  }
}
