package org.okrsite.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.PartialCode;
import java.io.StringReader;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The only way templates are compiled: every {@code {{value}}} is HTML-escaped, and an unescaped
 * {@code {{{value}}}} or {@code {{&value}}} is refused unless its name ends in {@code Html} or
 * {@code Svg} — the names Java gives to HTML it generated itself (rendered Markdown, chart SVG). A
 * theme author cannot accidentally print content text unescaped.
 */
final class SafeMustacheFactory extends DefaultMustacheFactory {
  private final Theme theme;

  SafeMustacheFactory(Theme theme) {
    this.theme = theme;
  }

  /** Whether a variable may be printed unescaped. */
  static boolean mayBeRaw(String variable) {
    return variable.endsWith("Html") || variable.endsWith("Svg");
  }

  /** The layout every page is wrapped in. */
  static final String LAYOUT = "baseof.mustache";

  /** The layout before and after the page's content, when it {@link #layoutSplits() splits}. */
  static final String LAYOUT_HEAD = "#layout-head.mustache";

  static final String LAYOUT_TAIL = "#layout-tail.mustache";
  private static final String CONTENT = "{{{contentHtml}}}";
  private volatile String[] layoutParts;

  @Override
  public java.io.Reader getReader(String resourceName) {
    if (resourceName.equals(LAYOUT_HEAD) || resourceName.equals(LAYOUT_TAIL)) {
      String[] parts = layoutParts();
      if (parts == null)
        throw new IllegalStateException("the layout does not split around " + CONTENT);
      return new StringReader(resourceName.equals(LAYOUT_HEAD) ? parts[0] : parts[1]);
    }
    return new StringReader(theme.text(resourceName));
  }

  /**
   * Whether the layout has its page content once, outside any section and with the usual
   * delimiters: then a page is rendered as head, content, tail straight into one writer, instead of
   * its content into a string first and that string into the layout.
   */
  boolean layoutSplits() {
    return layoutParts() != null;
  }

  private String[] layoutParts() {
    String[] parts = layoutParts;
    if (parts == null) {
      String text = theme.text(LAYOUT);
      int at = text.indexOf(CONTENT);
      boolean once = at >= 0 && text.indexOf(CONTENT, at + 1) < 0 && !text.contains("{{=");
      String head = once ? text.substring(0, at) : "";
      boolean topLevel = once && count(head, "{{#") + count(head, "{{^") == count(head, "{{/");
      parts = topLevel ? new String[] {head, text.substring(at + CONTENT.length())} : new String[0];
      layoutParts = parts;
    }
    return parts.length == 0 ? null : parts;
  }

  private static int count(String text, String tag) {
    int n = 0;
    for (int i = text.indexOf(tag); i >= 0; i = text.indexOf(tag, i + 1)) n++;
    return n;
  }

  /** Partials are named from the theme root ({@code {{> partials/footer}}}), wherever used. */
  @Override
  public String resolvePartialPath(String dir, String name, String extension) {
    return name + extension;
  }

  /**
   * Partials whose output is shared between pages ({@link SharedFragments}) when their view allows
   * it: the built-in ones only, whose output depends on their own view and nothing around it.
   */
  private static final Set<String> SHARED_PARTIALS = Set.of("partials/checkin");

  private static final Pattern PARTIAL_TAG = Pattern.compile("\\{\\{>\\s*([^}\\s]+)\\s*}}");

  /** Whether {@code partial} and every partial it includes come from the default theme. */
  private boolean builtIn(String partial, int depth) {
    String file = partial + ".mustache";
    if (!theme.isDefault(file) || depth > 4) return false;
    Matcher m = PARTIAL_TAG.matcher(theme.text(file));
    while (m.find()) if (!builtIn(m.group(1), depth + 1)) return false;
    return true;
  }

  /**
   * A partial whose output is copied from an earlier page when the view is {@link
   * SharedFragments.Shared}.
   */
  private static final class SharedPartialCode extends PartialCode {
    SharedPartialCode(TemplateContext tc, DefaultMustacheFactory df, String variable) {
      super(tc, df, variable);
    }

    @Override
    protected Writer executePartial(Writer writer, List<Object> scopes) {
      Object top = scopes.get(scopes.size() - 1);
      if (!(top instanceof SharedFragments.Shared view) || !(writer instanceof Utf8Writer out)) {
        return super.executePartial(writer, scopes);
      }
      SharedFragments shared = view.sharedFragments();
      byte[] done = shared.use(view.sharedItem(), view.sharedDepth());
      if (done == null) {
        Utf8Writer own = new Utf8Writer(4096);
        super.executePartial(own, scopes);
        done = own.toByteArray();
        shared.keep(view.sharedItem(), view.sharedDepth(), done);
      }
      out.writeUtf8(done);
      return writer;
    }
  }

  @Override
  public MustacheVisitor createMustacheVisitor() {
    return new DefaultMustacheVisitor(this) {
      @Override
      public void partial(TemplateContext tc, String variable, String indent) {
        if (SHARED_PARTIALS.contains(variable) && builtIn(variable, 0)) {
          list.add(
              new SharedPartialCode(
                  new TemplateContext("{{", "}}", tc.file(), tc.line(), tc.startOfLine()),
                  df,
                  variable));
        } else {
          super.partial(tc, variable, indent);
        }
      }

      @Override
      public void value(TemplateContext tc, String variable, boolean encoded) {
        if (!encoded && !mayBeRaw(variable)) {
          throw new MustacheException(
              "unescaped value '"
                  + variable
                  + "' in "
                  + tc.file()
                  + ": only names ending in Html or Svg may use {{{ }}}",
              tc);
        }
        super.value(tc, variable, encoded);
      }
    };
  }
}
