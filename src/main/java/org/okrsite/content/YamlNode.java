package org.okrsite.content;

import org.okrsite.diagnostic.SourcePosition;

/**
 * A YAML value with the place it was written. The tree is immutable; mappings keep their entries in
 * source order (duplicates included, where the loader allowed them).
 */
public sealed interface YamlNode permits YamlScalar, YamlSequence, YamlMapping {
  SourcePosition position();

  /** A short name of the node's type for messages: "text", "number", "list", "mapping"... */
  String typeName();
}
