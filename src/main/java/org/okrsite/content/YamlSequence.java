package org.okrsite.content;

import java.util.List;
import org.okrsite.diagnostic.SourcePosition;

/** A YAML list. */
public record YamlSequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
  public YamlSequence {
    items = List.copyOf(items);
  }

  @Override
  public String typeName() {
    return "list";
  }
}
