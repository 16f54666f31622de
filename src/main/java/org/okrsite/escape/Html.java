package org.okrsite.escape;

/**
 * HTML escaping for text and attribute values: {@code < > & " '} become entities ({@code '} as
 * {@code &#39;}, which HTML 4 knows too), and characters XML 1.0 cannot carry become U+FFFD, as in
 * {@link Xml}, so a page is also well-formed XHTML text.
 *
 * <pre>{@code
 * Html.text("<script>");          // &lt;script&gt;
 * Html.attribute("x\" onload=\""); // x&quot; onload=&quot;
 * }</pre>
 */
public final class Html {
  private Html() {}

  /** Element text; {@code null} is empty. */
  public static String text(String s) {
    return Markup.escape(s, "&#39;");
  }

  /** A quoted attribute value (either quote); the same escaping as {@link #text}. */
  public static String attribute(String s) {
    return text(s);
  }
}
