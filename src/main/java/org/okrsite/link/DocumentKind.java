package org.okrsite.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.okrsite.content.SourceDocument;
import org.okrsite.content.Suggestions;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlScalar;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.mdokr.MarkdownOkrReader;
import org.okrsite.mdokr.Translation;

/**
 * What a document is, and the mapping that holds its fields: the value under its top-level key (the
 * seed shapes), or the front matter itself when it says {@code kind:}.
 *
 * @param body the Markdown body (narrative), or null
 * @param visibility "private" or null, from the document's fields or its front matter
 */
record DocumentKind(
    String kind, YamlMapping fields, Object value, SourceDocument doc, String body) {

  /** Every kind of document the site reads, by its top-level key. */
  static final List<String> KINDS =
      List.of(
          "okr",
          "okr_score",
          "retrospective",
          "annual_goal",
          "strategic_pillars",
          "alignment_map",
          "individual_commitment",
          "kpi_dashboard",
          "dependency_contract",
          "solo_okr",
          "checkin",
          "strategy",
          "organisation",
          "doc");

  /** Keys allowed beside the kind's key at the top of a document. */
  static final Set<String> ENVELOPE = Set.of("visibility", "status", "title", "weight");

  /**
   * The documents with each Markdown OKR document (no kind key; the seed's Markdown templates,
   * heading-and-bullet OKR files) replaced by the YAML-shaped documents it stands for.
   */
  static List<SourceDocument> translateMarkdown(List<SourceDocument> documents, Diagnostics d) {
    List<SourceDocument> out = new java.util.ArrayList<>();
    for (SourceDocument doc : documents) {
      boolean hasKind =
          doc.data().has("kind")
              || doc.data().keys().stream().anyMatch(k -> KINDS.contains(normalise(k)));
      Optional<Translation> t =
          doc.isMarkdown() && !hasKind ? MarkdownOkrReader.read(doc, d) : Optional.empty();
      if (t.isPresent()) out.addAll(t.get().documents());
      else out.add(doc);
    }
    return out;
  }

  static Optional<DocumentKind> of(SourceDocument doc, Diagnostics d) {
    YamlMapping data = doc.data();
    if (data.has("kind")) {
      String kind =
          data.get("kind")
              .filter(v -> v instanceof YamlScalar)
              .map(v -> ((YamlScalar) v).text())
              .orElse("");
      kind = normalise(kind);
      if (!KINDS.contains(kind)) {
        unknownKind(d, data.get("kind").get().position(), kind);
        return Optional.empty();
      }
      List<YamlMapping.Entry> rest =
          data.entries().stream().filter(e -> !e.key().text().equals("kind")).toList();
      return Optional.of(
          new DocumentKind(kind, new YamlMapping(rest, data.position()), null, doc, doc.body()));
    }
    for (YamlMapping.Entry e : data.entries()) {
      String k = normalise(e.key().text());
      if (KINDS.contains(k)) {
        for (YamlMapping.Entry other : data.entries()) {
          if (other != e && !ENVELOPE.contains(other.key().text())) {
            d.error(
                other.key().position(),
                Rule.UNKNOWN_KEY,
                "unknown key '" + other.key().text() + "' beside '" + e.key().text() + "'",
                "indent it under '" + e.key().text() + ":' or remove it");
          }
        }
        YamlMapping fields = e.value() instanceof YamlMapping m ? m : null;
        return Optional.of(new DocumentKind(k, fields, e.value(), doc, doc.body()));
      }
    }
    if (doc.isMarkdown()
        && (doc.path().startsWith("docs/") || data.entries().isEmpty() || data.has("title"))) {
      return Optional.of(new DocumentKind("doc", data, null, doc, doc.body()));
    }
    if (data.entries().isEmpty()) return Optional.empty();
    YamlMapping.Entry first = data.entries().get(0);
    unknownKind(d, first.key().position(), first.key().text());
    return Optional.empty();
  }

  static String normalise(String k) {
    return switch (k) {
      case "organization" -> "organisation";
      case "check_in", "check-in" -> "checkin";
      default -> k;
    };
  }

  private static void unknownKind(
      Diagnostics d, org.okrsite.diagnostic.SourcePosition at, String k) {
    String near = Suggestions.nearest(k, KINDS);
    d.error(
        at,
        Rule.UNKNOWN_KIND,
        "'" + k + "' is not a kind of document okrsite knows",
        (near != null ? "did you mean '" + near + "'? " : "")
            + "start the file with one of: "
            + String.join(", ", KINDS));
  }

  /** The document's visibility ("private" or null), from its fields or its envelope. */
  String visibility() {
    String v = scalar(fields, "visibility");
    return v != null ? v : scalar(doc.data(), "visibility");
  }

  /** The document's lifecycle status as written, or null. */
  String status() {
    String v = scalar(fields, "status");
    return v != null ? v : scalar(doc.data(), "status");
  }

  private static String scalar(YamlMapping m, String key) {
    if (m == null) return null;
    return m.get(key)
        .filter(v -> v instanceof YamlScalar s && !s.isNull())
        .map(v -> ((YamlScalar) v).text())
        .orElse(null);
  }
}
