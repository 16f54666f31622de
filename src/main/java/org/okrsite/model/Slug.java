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
      Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
          "index", "assets", "data");

  private Slug() {}

  /** {@code "Product & Engineering"} → {@code product-engineering}. */
  public static String of(String text) {
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
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
