package org.okrsite.content;

import java.util.List;
import java.util.Optional;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;

/** Turns one decoded file into documents: Markdown with front matter, or a YAML stream. */
final class DocumentReader {
  private DocumentReader() {}

  /** One document: the front matter (an empty mapping when there is none) and the body. */
  static List<SourceDocument> markdown(String path, String text, Diagnostics diagnostics) {
    Optional<FrontMatter> split = FrontMatter.split(text);
    if (split.isEmpty()) {
      diagnostics.error(
          SourcePosition.ofFile(path),
          Rule.FRONT_MATTER_UNCLOSED,
          "front matter opened with '---' is never closed",
          "end the front matter with a line holding only '---'");
      return List.of();
    }
    FrontMatter fm = split.get();
    YamlMapping data = new YamlMapping(List.of(), SourcePosition.ofFile(path));
    if (fm.yaml() != null) {
      SafeYaml.Parsed parsed =
          SafeYaml.parse(path, fm.yaml(), FrontMatter.YAML_FIRST_LINE - 1, diagnostics);
      if (parsed.failed()) return List.of();
      if (!parsed.documents().isEmpty()) data = parsed.documents().get(0);
    }
    return List.of(new SourceDocument(path, data, fm.body(), fm.bodyLine()));
  }

  /** One document per non-empty YAML document of the stream, in order. */
  static List<SourceDocument> yaml(String path, String text, Diagnostics diagnostics) {
    SafeYaml.Parsed parsed = SafeYaml.parse(path, text, 0, diagnostics);
    if (parsed.documents().isEmpty() && !parsed.failed()) {
      diagnostics.warning(
          SourcePosition.ofFile(path),
          Rule.CONTENT_EMPTY,
          "file holds no YAML values, only comments or empty documents",
          "add content to the file or delete it");
    }
    return parsed.documents().stream().map(m -> new SourceDocument(path, m, null, 0)).toList();
  }
}
