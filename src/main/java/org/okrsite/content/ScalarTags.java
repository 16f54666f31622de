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

  private static final Resolver RESOLVER = new Resolver();

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

  /** A tag as the author wrote it: {@code !!python/object}, {@code !foo}. */
  static String display(Tag tag) {
    String value = tag.getValue();
    return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
  }
}
