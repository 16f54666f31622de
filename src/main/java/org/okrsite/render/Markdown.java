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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.okrsite.escape.Html;

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

  /**
   * @param rawHtml whether raw HTML in Markdown is kept, sanitised ({@code markdown.raw_html})
   */
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
    renderer =
        HtmlRenderer.builder(options)
            .attributeProviderFactory(
                new IndependentAttributeProviderFactory() {
                  @Override
                  public AttributeProvider apply(LinkResolverContext context) {
                    return Markdown::sanitise;
                  }
                })
            .build();
  }

  /**
   * How much processor time one document may take to render. flexmark 0.64.8 can run for minutes on
   * a few hundred bytes of nested brackets and backslashes (found by fuzzing; see
   * src/test/resources/fuzz-findings/markdown/); content must never hang a build. The budget is the
   * rendering thread's own CPU time, not the clock: on a busy machine an ordinary page waits for a
   * core but uses the same few milliseconds, so whether a page is formatted does not depend on the
   * load (the site stays byte-identical), while a runaway parse still spends its budget.
   */
  static final long TIME_LIMIT_MS = 2_000;

  /** However busy the machine, a document is given up on after this much wall-clock time. */
  static final long WALL_LIMIT_MS = 60_000;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "okrsite-markdown");
            t.setDaemon(true);
            return t;
          });

  /**
   * Renders Markdown to an HTML fragment; null or blank gives an empty string. A document that
   * takes longer than {@link #TIME_LIMIT_MS} is shown as escaped plain text with a note, never
   * hangs.
   */
  public String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) return "";
    // the worker's own thread and its CPU time when it started this document (threads are reused)
    AtomicReference<Thread> worker = new AtomicReference<>();
    AtomicLong startCpu = new AtomicLong();
    Future<String> f =
        WORKERS.submit(
            () -> {
              startCpu.set(cpuNanos(Thread.currentThread()));
              worker.set(Thread.currentThread());
              return renderNow(markdown);
            });
    long wallDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WALL_LIMIT_MS);
    try {
      while (true) {
        try {
          return f.get(50, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          Thread t = worker.get();
          long used = t == null ? 0 : (cpuNanos(t) - startCpu.get()) / 1_000_000;
          if (used < TIME_LIMIT_MS && System.nanoTime() < wallDeadline) continue;
          f.cancel(true);
          stop(worker.get());
          return plainText(markdown);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return plainText(markdown);
    } catch (ExecutionException e) {
      return plainText(markdown);
    }
  }

  /**
   * The processor time {@code t} has used, in nanoseconds; where the JVM cannot tell, 0 (and the
   * wall limit alone applies).
   */
  private static long cpuNanos(Thread t) {
    if (!THREADS.isThreadCpuTimeSupported()) return 0;
    long nanos = THREADS.getThreadCpuTime(t.getId());
    return Math.max(nanos, 0);
  }

  /** Renders on the calling thread, with no time limit (for the fuzz tests). */
  String renderNow(String markdown) {
    String html = renderer.render(parser.parse(markdown));
    return rawHtml ? HtmlSanitiser.clean(html) : html;
  }

  /** The text as written, escaped, when it could not be formatted in time. */
  static String plainText(String markdown) {
    return "<p class=\"md-fallback\">This text could not be formatted in time and is shown as"
        + " written.</p>\n"
        + "<pre>"
        + Html.text(markdown)
        + "</pre>\n";
  }

  // flexmark does not check for interruption: a runaway parse is stopped outright where the JDK
  // still allows it (Java 17); later JDKs refuse, and the daemon thread is left to finish alone.
  @SuppressWarnings({"deprecation", "removal"})
  private static void stop(Thread t) {
    if (t == null) return;
    try {
      t.stop();
    } catch (UnsupportedOperationException | SecurityException e) {
      // cannot be stopped on this JDK; it is a daemon and cannot keep the process alive
    }
  }

  private static void sanitise(Node node, AttributablePart part, MutableAttributes attributes) {
    if (node instanceof Link
        || node instanceof LinkRef
        || node instanceof AutoLink
        || node instanceof MailLink) {
      String safe = UrlPolicy.link(attributes.getValue("href"));
      attributes.replaceValue("href", safe);
      if (UrlPolicy.isExternal(safe)) attributes.replaceValue("rel", "noopener noreferrer");
    } else if (node instanceof Image || node instanceof ImageRef) {
      attributes.replaceValue("src", UrlPolicy.image(attributes.getValue("src")));
    }
  }
}
