package org.okrsite.content;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Diagnostics;

/** Test helper: parse literal text, collect diagnostic lines. */
final class Parsing {
  final Diagnostics diagnostics = new Diagnostics();
  List<SourceDocument> documents;

  static Parsing of(String path, String text) {
    return of(path, text.getBytes(StandardCharsets.UTF_8));
  }

  static Parsing of(String path, byte[] bytes) {
    Parsing p = new Parsing();
    p.documents = ContentLoader.parse(path, bytes, p.diagnostics);
    return p;
  }

  List<String> lines() {
    return diagnostics.sorted().stream().map(Diagnostic::line).toList();
  }

  List<Diagnostic> all() {
    return diagnostics.sorted();
  }

  YamlMapping data() {
    return documents.get(0).data();
  }

  YamlMapping map(String key) {
    return (YamlMapping) data().get(key).orElseThrow();
  }
}
