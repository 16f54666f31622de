package org.okrsite.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;

/**
 * The one door Markdown goes through: CommonMark plus tables, raw HTML escaped (shown as text)
 * unless the site opts in ({@code markdown.raw_html: true}), and then cleaned by {@link
 * HtmlSanitiser}. Link targets follow {@link UrlPolicy} — http, https, mailto and relative URLs;
 * anything else ({@code javascript:}, {@code data:}, in any spelling) becomes {@code #}. Images may
 * only come from the site itself (relative URLs), so no page loads anything from outside.
 *
 * <pre>{@code
 * new Markdown(false).toHtml("[x](vbscript:alert(1))"); // <p><a href="#">x</a></p>
 * }</pre>
 */
public final class Markdown {
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final boolean rawHtml;

  /** @param rawHtml whether raw HTML in Markdown is kept, sanitised ({@code markdown.raw_html}) */
  public Markdown(boolean rawHtml) {
    this.rawHtml = rawHtml;
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, !rawHtml);
    // Ids from headings would collide with the page's own ids; documents link by page, not heading.
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    options.set(HtmlRenderer.RENDER_HEADER_ID, false);
    options.set(TablesExtension.CLASS_NAME, "md-table");
    parser = Parser.builder(options).build();
    renderer = HtmlRenderer.builder(options).attributeProviderFactory(new IndependentAttributeProviderFactory() {
      @Override
      public AttributeProvider apply(LinkResolverContext context) {
        return Markdown::sanitise;
      }
    }).build();
  }

  /** Renders Markdown to an HTML fragment; null or blank gives an empty string. */
  public String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) return "";
    String html = renderer.render(parser.parse(markdown));
    return rawHtml ? HtmlSanitiser.clean(html) : html;
  }

  private static void sanitise(Node node, AttributablePart part, MutableAttributes attributes) {
    if (node instanceof Link || node instanceof LinkRef || node instanceof AutoLink || node instanceof MailLink) {
      String safe = UrlPolicy.link(attributes.getValue("href"));
      attributes.replaceValue("href", safe);
      if (UrlPolicy.isExternal(safe)) attributes.replaceValue("rel", "noopener noreferrer");
    } else if (node instanceof Image || node instanceof ImageRef) {
      attributes.replaceValue("src", UrlPolicy.image(attributes.getValue("src")));
    }
  }
}
