package org.okrsite.content;

import java.util.List;
import java.util.Optional;
import org.okrsite.diagnostic.SourcePosition;

/** A YAML mapping; keys are scalars, entries in source order. */
public record YamlMapping(List<Entry> entries, SourcePosition position) implements YamlNode {

  /** One {@code key: value} pair; the key carries its own position. */
  public record Entry(YamlScalar key, YamlNode value) {}

  public YamlMapping {
    entries = List.copyOf(entries);
  }

  /** The value of the first entry with this key. */
  public Optional<YamlNode> get(String key) {
    for (Entry e : entries) if (e.key().text().equals(key)) return Optional.of(e.value());
    return Optional.empty();
  }

  /** The first entry with this key (to point a diagnostic at the key itself). */
  public Optional<Entry> entry(String key) {
    for (Entry e : entries) if (e.key().text().equals(key)) return Optional.of(e);
    return Optional.empty();
  }

  public boolean has(String key) {
    return entry(key).isPresent();
  }

  public List<String> keys() {
    return entries.stream().map(e -> e.key().text()).toList();
  }

  @Override
  public String typeName() {
    return "mapping";
  }
}
