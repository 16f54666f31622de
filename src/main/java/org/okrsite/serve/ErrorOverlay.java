package org.okrsite.serve;

import java.util.List;
import org.okrsite.check.Report;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.escape.Html;

/**
 * Shows a failed build in the browser: a box over the last good page listing the contract lines
 * ({@code PATH:LINE:COLUMN: error: MESSAGE [rule]}), or a page of its own before any good build.
 * Styled by a same-origin stylesheet so a strict Content-Security-Policy still allows it.
 */
final class ErrorOverlay {
  /** Marks the overlay in a page; tests and the reload script look for it. */
  static final String ID = "okrsite-error-overlay";

  static final String CSS_PATH = "/__okrsite/overlay.css";
  static final String CSS =
      "#"
          + ID
          + "{position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.92);color:#fff;font:14px/1.5"
          + " ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:2rem}#"
          + ID
          + " h2{color:#ff8a80;font:600 1.2rem system-ui,sans-serif;margin:0 0 1rem}"
          + "#"
          + ID
          + " li{margin:.25rem 0;white-space:pre-wrap}#"
          + ID
          + " p{font-family:system-ui,sans-serif;color:#ccc}\n";

  private ErrorOverlay() {}

  /** The overlay markup, to put at the start of a page's body. */
  static String fragment(List<Diagnostic> errors) {
    StringBuilder b = new StringBuilder();
    b.append("<link rel=\"stylesheet\" href=\"").append(CSS_PATH).append("\">");
    b.append("<div id=\"")
        .append(ID)
        .append("\" role=\"alert\"><h2>okrsite: the content has errors</h2>");
    b.append("<p>")
        .append(Html.text(Report.summary(errors)))
        .append(
            ". The last good site is shown underneath; fix a file and this page reloads.</p><ol>");
    for (Diagnostic d : errors) b.append("<li>").append(Html.text(d.line())).append("</li>");
    return b.append("</ol></div>").toString();
  }

  /** A page of its own, for when there is no good site yet. */
  static String page(List<Diagnostic> errors) {
    return "<!DOCTYPE html>\n"
        + "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>okrsite: errors</title>"
        + "</head><body>"
        + fragment(errors)
        + "</body></html>\n";
  }
}
