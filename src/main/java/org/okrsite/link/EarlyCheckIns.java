package org.okrsite.link;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.okrsite.config.CycleCalendar;
import org.okrsite.config.Settings;
import org.okrsite.content.SourceDocument;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlScalar;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.model.CheckIn;

/**
 * Reads check-in documents while the content is parsed, on the parsing threads, and hands back a
 * stand-in without the YAML tree: check-ins are most of a large organisation's files (one per owner
 * per week), and keeping every tree until linking made memory grow with the whole source. {@link
 * Linker} takes the check-in read here when it meets the stand-in, in the same order and with the
 * same diagnostics as if it had read the document itself. Thread-safe.
 *
 * <pre>{@code
 * EarlyCheckIns early = new EarlyCheckIns(settings, diagnostics);
 * List<SourceDocument> docs = ContentLoader.load(source, diagnostics, null, early::apply);
 * Model m = Linker.link(docs, settings, asOf, false, diagnostics, early);
 * }</pre>
 */
public final class EarlyCheckIns {
  private final CycleCalendar calendar;
  private final Settings settings;
  private final Diagnostics d;
  private final Map<SourceDocument, Read> read =
      Collections.synchronizedMap(new IdentityHashMap<>());

  /** A check-in read early (null when it had errors) and whether its document is private. */
  record Read(CheckIn checkIn, boolean priv) {}

  public EarlyCheckIns(Settings settings, Diagnostics d) {
    this.settings = settings;
    this.calendar = new CycleCalendar(settings);
    this.d = d;
  }

  /** The settings the check-ins were read with; linking must use the same. */
  public Settings settings() {
    return settings;
  }

  /** {@code doc} itself, or a stand-in without its tree when it is a check-in (read now). */
  public SourceDocument apply(SourceDocument doc) {
    if (doc.isMarkdown() || !isCheckIn(doc.data())) return doc;
    DocumentKind k = Linker.kindOf(doc, d);
    SourceDocument standIn =
        new SourceDocument(doc.path(), new YamlMapping(List.of(), doc.data().position()), null, 0);
    read.put(
        standIn,
        k == null
            ? new Read(null, false)
            : new Read(CheckInReader.read(k, calendar, d), "private".equals(k.visibility())));
    return standIn;
  }

  /** The check-in read for a stand-in, or null when {@code doc} is not one. */
  Read of(SourceDocument doc) {
    return read.get(doc);
  }

  /** Whether the document is a check-in by its {@code kind:} or its top-level key. */
  static boolean isCheckIn(YamlMapping data) {
    if (data.has("kind")) {
      return data.get("kind")
          .filter(v -> v instanceof YamlScalar)
          .map(v -> DocumentKind.normalise(((YamlScalar) v).text()).equals("checkin"))
          .orElse(false);
    }
    // as DocumentKind.of decides: the first key that names a kind
    for (YamlMapping.Entry e : data.entries()) {
      String k = DocumentKind.normalise(e.key().text());
      if (DocumentKind.KINDS.contains(k)) return k.equals("checkin");
    }
    return false;
  }
}
