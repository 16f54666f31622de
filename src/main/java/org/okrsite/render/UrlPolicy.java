package org.okrsite.render;

import java.util.Locale;

/**
 * Which URLs written in content may become an {@code href} or {@code src}: links may be http,
 * https, mailto or relative to the site; images only relative (the site loads nothing from
 * outside). Everything else becomes {@code #}. The URL is judged the way a browser reads it:
 * leading and trailing spaces and control characters dropped, tabs and line breaks removed anywhere
 * ({@code java\tscript:} is {@code javascript:}). Entities ({@code &#106;}) are decoded before this
 * point by whoever parsed the HTML or Markdown, so the text judged is the text emitted.
 *
 * <p>Protocol-relative URLs ({@code //host}, and {@code /\host}, which browsers read alike) are
 * refused too: the site is meant to be opened from the file system as well, where {@code //host}
 * means {@code file://host} — on Windows a network share that leaks credentials.
 *
 * <pre>{@code
 * UrlPolicy.link(" JaVaScRiPt:alert(1)"); // "#"
 * UrlPolicy.link("https://example.com");  // "https://example.com"
 * UrlPolicy.image("../assets/x.png");     // "../assets/x.png"
 * }</pre>
 */
final class UrlPolicy {
  /** What an unsafe URL becomes: a link to the top of the page it is on. */
  static final String BLOCKED = "#";

  private UrlPolicy() {}

  /** The URL, cleaned, when it is http, https, mailto or relative; else {@link #BLOCKED}. */
  static String link(String url) {
    String u = clean(url);
    if (u == null) return BLOCKED;
    if (isRelative(u)) return u;
    int colon = u.indexOf(':');
    if (colon < 0) return BLOCKED; // protocol-relative, or an entity before the path
    String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") ? u : BLOCKED;
  }

  /** The URL, cleaned, when it is relative to the site; else {@link #BLOCKED}. */
  static String image(String url) {
    String u = clean(url);
    return u != null && isRelative(u) ? u : BLOCKED;
  }

  /**
   * Whether a link (as returned by {@link #link}) leaves the site: it then gets {@code
   * rel="noopener noreferrer"}.
   */
  static boolean isExternal(String safeUrl) {
    String lower = safeUrl.toLowerCase(Locale.ROOT);
    return lower.startsWith("http:") || lower.startsWith("https:");
  }

  /**
   * No scheme and not protocol-relative. Any colon before the first {@code / ? #} is taken for a
   * scheme, even one a browser would not accept ({@code %6Aavascript:}), and so is an ampersand
   * there ({@code javascript&colon;}), in case some later step decodes it: refusing too much is
   * safe.
   */
  static boolean isRelative(String url) {
    if (url.length() >= 2 && isSlash(url.charAt(0)) && isSlash(url.charAt(1))) return false;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':' || c == '&') return false;
      if (c == '/' || c == '?' || c == '#') return true;
    }
    return true;
  }

  /**
   * The URL as a browser reads it, or null when nothing is left or a control character remains
   * inside it (no legitimate URL carries one; a browser might skip it and see a scheme).
   */
  static String clean(String url) {
    if (url == null) return null;
    StringBuilder b = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') b.append(c);
    }
    int start = 0;
    int end = b.length();
    while (start < end && isSpaceOrControl(b.charAt(start))) start++;
    while (end > start && isSpaceOrControl(b.charAt(end - 1))) end--;
    String u = b.substring(start, end);
    if (u.isEmpty()) return null;
    for (int i = 0; i < u.length(); i++) {
      if (Character.isISOControl(u.charAt(i)) || isInvisible(u.charAt(i))) return null;
    }
    return u;
  }

  private static boolean isSlash(char c) {
    return c == '/' || c == '\\';
  }

  private static boolean isSpaceOrControl(char c) {
    return c <= ' '
        || Character.isISOControl(c)
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || isInvisible(c);
  }

  /** Format characters (zero-width, bidi overrides, BOM): they hide what a URL says. */
  private static boolean isInvisible(char c) {
    return Character.getType(c) == Character.FORMAT;
  }
}
