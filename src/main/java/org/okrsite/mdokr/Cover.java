package org.okrsite.mdokr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.okrsite.content.SourceDocument;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.content.YamlScalar;
import org.okrsite.diagnostic.SourcePosition;

/**
 * Whose OKRs a Markdown document holds, for which cycle and date: from its front matter, else its
 * title ({@code # Q1 2026 OKRs — Growth}), else its path ({@code okrs/2026-q1/growth.md}). Each
 * value is a scalar placed where it was read, so the linker's diagnostics about it land there.
 *
 * @param ownerKey team, department, person or company; null when the owner cannot be told
 * @param extra front-matter entries passed through (visibility, status, tier, author, ...)
 */
record Cover(
    String ownerKey,
    YamlScalar owner,
    String cycleKey,
    YamlScalar cycle,
    YamlScalar date,
    List<YamlMapping.Entry> extra) {

  static final List<String> OWNER_KEYS = List.of("team", "department", "person", "company");

  /** Front-matter keys a Markdown OKR document may carry; any other key means it is not one. */
  static final Set<String> FRONT_MATTER =
      Set.of(
          "team",
          "department",
          "person",
          "company",
          "quarter",
          "cycle",
          "date",
          "title",
          "visibility",
          "status",
          "tier",
          "author",
          "goal_confidence",
          "weight");

  private static final Set<String> GENERIC =
      Set.of(
          "okrs",
          "okr",
          "index",
          "readme",
          "_index",
          "weekly",
          "updates",
          "update",
          "checkins",
          "checkin",
          "check-ins",
          "teams",
          "team",
          "content",
          "goals",
          "objectives",
          "docs",
          "people",
          "departments");

  /** True when the front matter holds only keys a Markdown OKR document may carry. */
  static boolean frontMatterFits(YamlMapping data) {
    return data.keys().stream().allMatch(FRONT_MATTER::contains);
  }

  /** Reads the cover of {@code doc}; {@code title} is its first level-1 heading, or null. */
  static Cover of(SourceDocument doc, Block.Heading title) {
    YamlMapping fm = doc.data();
    String ownerKey = null;
    YamlScalar owner = null;
    String cycleKey = "quarter";
    YamlScalar cycle = null;
    YamlScalar date = null;
    List<YamlMapping.Entry> extra = new ArrayList<>();
    for (YamlMapping.Entry e : fm.entries()) {
      String k = e.key().text();
      YamlScalar v = e.value() instanceof YamlScalar s && !s.isNull() ? s : null;
      if (OWNER_KEYS.contains(k) && v != null && ownerKey == null) {
        ownerKey = k;
        owner = v;
      } else if ((k.equals("quarter") || k.equals("cycle")) && v != null) {
        cycleKey = k;
        cycle = v;
      } else if (k.equals("date") && v != null) {
        date = v;
      } else if (!k.equals("title")) {
        extra.add(e);
      }
    }
    if (title != null) {
      if (owner == null) owner = ownerFromTitle(title);
      if (owner != null && ownerKey == null) ownerKey = "team";
      if (cycle == null)
        cycle = Phrases.quarter(title.text()).map(q -> Tree.text(q, title.at())).orElse(null);
      if (date == null)
        date =
            Phrases.date(title.text()).map(x -> Tree.plain(x.toString(), title.at())).orElse(null);
    }
    SourcePosition file = SourcePosition.ofFile(doc.path());
    String[] segments = doc.path().replaceAll("\\.md$", "").split("/");
    if (owner == null) {
      String name = ownerFromPath(segments);
      if (name != null) {
        owner = Tree.text(name, file);
        ownerKey = segments.length > 1 && segments[0].equals("people") ? "person" : "team";
      }
    }
    for (int i = segments.length - 1; i >= 0 && cycle == null; i--) {
      String seg = segments[i];
      cycle = Phrases.quarter(seg.replace('-', ' ')).map(q -> Tree.text(q, file)).orElse(null);
    }
    for (int i = segments.length - 1; i >= 0 && date == null; i--) {
      date = Phrases.date(segments[i]).map(x -> Tree.plain(x.toString(), file)).orElse(null);
    }
    return new Cover(ownerKey, owner, cycleKey, cycle, date, extra);
  }

  /** The owner a title names once its cycle, date and words like "OKRs" are taken out. */
  private static YamlScalar ownerFromTitle(Block.Heading title) {
    String t =
        Phrases.withoutCycleAndDate(title.text())
            .replaceAll(
                "(?i)\\b(weekly\\s+)?(okrs?|objectives and key"
                    + " results)(\\s+(update|check-?in))?\\b",
                " ")
            .replaceAll("(?i)\\b(weekly update|check-?in|status update)\\b", " ");
    List<String> parts = new ArrayList<>();
    for (String p : t.split("[—–:|,()]|\\s-\\s")) {
      String s =
          p.strip()
              .replaceAll("(?i)^(for|of)\\s+", "")
              .replaceAll("(?i)^the\\s+", "")
              .replaceAll("(?i)^team\\s+|\\s+team$|'s$", "")
              .strip();
      if (!s.isEmpty() && !s.matches("[\\p{Punct}\\s]+")) parts.add(s);
    }
    if (parts.size() != 1 || parts.get(0).contains("[")) return null;
    return Tree.text(parts.get(0), title.at());
  }

  /** The owner a path names: the file's stem, else the nearest folder, skipping generic names. */
  private static String ownerFromPath(String[] segments) {
    for (int i = segments.length - 1; i >= 0; i--) {
      String s = segments[i].toLowerCase(Locale.ROOT);
      if (GENERIC.contains(s) || Phrases.date(s).isPresent()) continue;
      s =
          Phrases.withoutCycleAndDate(s.replaceAll("[-_]", " "))
              .replaceAll("\\b(okrs?|objectives|weekly|update)\\b", " ")
              .strip();
      if (s.isEmpty() || !s.matches("[a-z][a-z0-9 ]*")) continue;
      StringBuilder b = new StringBuilder();
      for (String w : s.split("[-_ ]+")) {
        if (w.isEmpty()) continue;
        if (b.length() > 0) b.append(' ');
        b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
      return b.toString();
    }
    return null;
  }

  /** The header entries of a synthesized document: owner, cycle, and the passed-through keys. */
  void putHeader(Tree.Map m, Set<String> passThrough, YamlScalar cycleOverride) {
    m.put(ownerKey, owner);
    YamlScalar c = cycleOverride != null ? cycleOverride : cycle;
    if (c != null) m.put(cycleOverride != null ? "quarter" : cycleKey, c);
    for (YamlMapping.Entry e : extra) {
      if (passThrough.contains(e.key().text()) && !m.has(e.key().text()))
        m.put(e.key().text(), e.value());
    }
  }

  /** The value of a passed-through front-matter key, or null. */
  YamlNode extra(String key) {
    return extra.stream()
        .filter(e -> e.key().text().equals(key))
        .map(YamlMapping.Entry::value)
        .findFirst()
        .orElse(null);
  }
}
