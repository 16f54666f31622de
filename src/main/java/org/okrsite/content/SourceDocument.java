package org.okrsite.content;

import org.okrsite.diagnostic.SourcePosition;

/**
 * One document read from the source folder: a YAML file (each {@code ---}-separated document of
 * it), or a Markdown file's front matter with its body.
 *
 * @param path the file, relative to the source folder, with {@code /} separators
 * @param data the YAML mapping (front matter, or the YAML file's top level); an empty mapping for a
 *     Markdown file without front matter
 * @param body the Markdown body, or {@code null} for a YAML file
 * @param bodyLine the 1-based line in the file where the body starts (0 for YAML files)
 */
public record SourceDocument(String path, YamlMapping data, String body, int bodyLine) {

  public boolean isMarkdown() {
    return body != null;
  }

  public SourcePosition start() {
    return SourcePosition.ofFile(path);
  }
}
