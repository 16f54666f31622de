package org.okrsite.escape;

/**
 * XML 1.0 escaping for text and attribute values: {@code < > & " '} become entities, and characters
 * XML cannot carry become U+FFFD.
 *
 * <pre>{@code
 * Xml.text("R&D <team>");   // R&amp;D &lt;team&gt;
 * Xml.text("a\u0001b");     // a\uFFFDb
 * }</pre>
 */
public final class Xml {
  private Xml() {}

  /** Text content or a double- or single-quoted attribute value; {@code null} is empty. */
  public static String text(String s) {
    return Markup.escape(s, "&apos;");
  }

  /** The same escaping as {@link #text}: every one of the five special characters is an entity. */
  public static String attribute(String s) {
    return text(s);
  }
}
