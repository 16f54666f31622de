package org.okrsite.publish;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.okrsite.escape.Xml;

/** Writes one Atom 1.0 document (RFC 4287); every text is escaped for XML. */
final class AtomWriter {
  static final String NS = "http://www.w3.org/2005/Atom";
  private final String baseUrl;
  private final String author;
  private final OffsetDateTime whenEmpty;

  AtomWriter(String baseUrl, String author, OffsetDateTime whenEmpty) {
    this.baseUrl = baseUrl;
    this.author = author;
    this.whenEmpty = whenEmpty;
  }

  String feed(String path, String idPart, String title, String page, List<FeedEntry> entries) {
    OffsetDateTime updated =
        entries.stream().map(FeedEntry::updated).max(OffsetDateTime::compareTo).orElse(whenEmpty);
    String self =
        baseUrl == null || baseUrl.isBlank()
            ? path.substring(path.lastIndexOf('/') + 1)
            : FeedLinks.href(baseUrl, path, path);
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    b.append("<feed xmlns=\"").append(NS).append("\">\n");
    b.append("  <id>").append(FeedLinks.TAG).append(Xml.text(idPart)).append("</id>\n");
    b.append("  <title>").append(Xml.text(title)).append("</title>\n");
    b.append("  <updated>").append(date(updated)).append("</updated>\n");
    b.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
        .append(Xml.text(self))
        .append("\"/>\n");
    b.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(Xml.text(FeedLinks.href(baseUrl, path, page)))
        .append("\"/>\n");
    b.append("  <author><name>").append(Xml.text(author)).append("</name></author>\n");
    b.append("  <generator>okrsite</generator>\n");
    for (FeedEntry e : entries) entry(b, path, e);
    return b.append("</feed>\n").toString();
  }

  private void entry(StringBuilder b, String path, FeedEntry e) {
    b.append("  <entry>\n");
    b.append("    <id>").append(Xml.text(e.id())).append("</id>\n");
    b.append("    <title>").append(Xml.text(e.title())).append("</title>\n");
    b.append("    <updated>").append(date(e.updated())).append("</updated>\n");
    b.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(Xml.text(FeedLinks.href(baseUrl, path, e.page())))
        .append("\"/>\n");
    if (e.author() != null && !e.author().isBlank()) {
      b.append("    <author><name>").append(Xml.text(e.author())).append("</name></author>\n");
    }
    b.append("    <category term=\"")
        .append(Xml.text(e.owner().key()))
        .append("\" label=\"")
        .append(Xml.text(e.owner().name()))
        .append("\"/>\n");
    b.append("    <content type=\"text\">").append(Xml.text(e.summary())).append("</content>\n");
    b.append("  </entry>\n");
  }

  /** RFC 3339 with the offset of the site's time zone on that date. */
  static String date(OffsetDateTime t) {
    return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
