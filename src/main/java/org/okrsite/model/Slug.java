package org.okrsite.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns names into ids that are safe as file names on Linux, macOS and Windows: lowercase ASCII
 * letters, digits and single dashes, never empty, never a reserved device name, never {@code ..}.
 */
public final class Slug {
  private static final int MAX = 60;
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final Set<String> RESERVED =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
          "com0", "lpt0", "index", "assets", "data");

  /** What an id written in content may look like: it may end up in a file name or a URL. */
  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");

  private Slug() {}

  /**
   * Whether an id written as-is in content (an annual goal's {@code AG-2026-01}, a key result's
   * {@code KR1}) is safe as a file name everywhere: ASCII letters, digits, {@code . _ -}, starting
   * with a letter or digit, not ending with a dot, at most 60 chars, no Windows device name.
   */
  public static boolean isSafeId(String id) {
    if (id == null || !ID.matcher(id).matches() || id.endsWith(".")) return false;
    int dot = id.indexOf('.');
    String base = (dot < 0 ? id : id.substring(0, dot)).toLowerCase(Locale.ROOT);
    return !RESERVED.contains(base)
        || base.equals("index")
        || base.equals("assets")
        || base.equals("data");
  }

  /** {@code "Product & Engineering"} → {@code product-engineering}. */
  public static String of(String text) {
    String s =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
            .transform(t -> MARKS.matcher(t).replaceAll(""))
            .toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < MAX; i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    while (b.length() > 0 && b.charAt(b.length() - 1) == '-') b.setLength(b.length() - 1);
    String out = b.length() == 0 ? "x" : b.toString();
    return RESERVED.contains(out) ? out + "-1" : out;
  }
}
