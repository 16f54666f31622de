package org.okrsite.content;

import java.util.Map;
import org.okrsite.content.YamlScalar.Type;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** The standard scalar tags we accept, and what each makes of a scalar. */
final class ScalarTags {
  private static final Map<Tag, Type> TYPES =
      Map.of(
          Tag.STR, Type.STRING,
          Tag.INT, Type.INT,
          Tag.FLOAT, Type.FLOAT,
          Tag.BOOL, Type.BOOL,
          Tag.NULL, Type.NULL,
          Tag.TIMESTAMP, Type.DATE);

  /** One resolver for every file: it only reads its tables once built. */
  static final Resolver RESOLVER = new QuickResolver();

  private ScalarTags() {}

  /**
   * The type for a scalar with this (explicit or resolved) tag, or {@code null} when the tag is not
   * allowed. A plain {@code <<} resolves to the merge tag; merging is not applied, so it is text.
   */
  static Type typeOf(Tag tag, boolean plain, String value) {
    if (tag.equals(Tag.MERGE) && plain && value.equals("<<")) return Type.STRING;
    return TYPES.get(tag);
  }

  /** Whether an explicitly tagged value is one the tag can describe ({@code !!int abc} is not). */
  static boolean valueFits(Tag tag, String value) {
    if (tag.equals(Tag.STR) || !TYPES.containsKey(tag)) return true;
    Tag implicit = RESOLVER.resolve(NodeId.scalar, value, true);
    if (tag.equals(Tag.FLOAT)) return implicit.equals(Tag.FLOAT) || implicit.equals(Tag.INT);
    return implicit.equals(tag);
  }

  /**
   * SnakeYAML's resolver, with the tag of the commonest plain values (words, whole numbers,
   * decimals, dates) found without its regular expressions, which were an eighth of reading the
   * files. Everything else goes to SnakeYAML; {@code ScalarTagsTest} checks that the two always
   * agree.
   */
  static final class QuickResolver extends Resolver {
    /** SnakeYAML's {@link Resolver#BOOL} and {@link Resolver#NULL} words. */
    private static final Map<String, Tag> WORDS = words();

    private static Map<String, Tag> words() {
      Map<String, Tag> words = new java.util.HashMap<>();
      for (String w :
          "yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF".split(" "))
        words.put(w, Tag.BOOL);
      for (String w : "null Null NULL".split(" ")) words.put(w, Tag.NULL);
      return Map.copyOf(words);
    }

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
      if (kind == NodeId.scalar && implicit && !value.isEmpty() && value.length() <= 20) {
        char first = value.charAt(0);
        boolean letter = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z');
        // Only booleans (yes, no, true, off…) and null start with a letter.
        if (letter) return value.length() > 5 ? Tag.STR : WORDS.getOrDefault(value, Tag.STR);
        if (first >= '1' && first <= '9'
            || (first == '0' && value.length() > 1 && value.charAt(1) == '.')) {
          Tag number = number(value);
          if (number != null) return number;
        }
        if (isDate(value)) return Tag.TIMESTAMP;
      }
      return super.resolve(kind, value, implicit);
    }

    /**
     * {@code 12} is an int and {@code 12.5} or {@code 0.45} a float; anything else is left to
     * SnakeYAML.
     */
    private static Tag number(String value) {
      int dots = 0;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '.') dots++;
        else if (c < '0' || c > '9') return null;
      }
      return dots == 0 ? Tag.INT : dots == 1 ? Tag.FLOAT : null;
    }

    /** {@code 2026-11-20}. */
    private static boolean isDate(String value) {
      if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') return false;
      for (int i = 0; i < 10; i++) {
        if (i != 4 && i != 7 && (value.charAt(i) < '0' || value.charAt(i) > '9')) return false;
      }
      return true;
    }
  }

  /** A tag as the author wrote it: {@code !!python/object}, {@code !foo}. */
  static String display(Tag tag) {
    String value = tag.getValue();
    return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
  }
}
