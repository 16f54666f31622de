package org.okrsite.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.okrsite.json.Json;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.Doc;
import org.okrsite.model.Objective;
import org.okrsite.site.SitePaths;

/**
 * What search finds: objectives, key results, people, teams, check-ins and handbook pages, each
 * with a title, its text and its site path. Built at build time from the published model (private
 * and draft content is already gone), written as {@code data/search-index.json} and listed on the
 * search page, where {@code assets/search.js} filters the list.
 */
final class SearchIndex {
  /** One thing search can find; {@code url} is relative to the output root. */
  record Entry(String kind, String title, String text, String url) {}

  private SearchIndex() {}

  /**
   * The entries, made as they are read: an organisation of 50,000 people has over a million, so the
   * index is never held whole. Each iteration makes them afresh, in the same order.
   */
  static Iterable<Entry> build(SiteIndex site, List<Doc> docs) {
    return () -> entries(site, docs).iterator();
  }

  /** How many entries {@link #build} yields, without making them. */
  static int count(SiteIndex site, List<Doc> docs) {
    int n = site.units().size() + site.people().size() + site.model.checkIns().size() + docs.size();
    for (Objective o : site.model.objectives()) n += 1 + o.keyResults().size();
    return n;
  }

  private static Stream<Entry> entries(SiteIndex site, List<Doc> docs) {
    Cycle cur = site.current;
    Stream<Entry> objectives =
        site.model.objectives().stream()
            .flatMap(
                o -> {
                  Cycle c = site.cycleOf(o);
                  String url = SitePaths.objective(c.id(), o.id());
                  Entry first =
                      new Entry(
                          "Objective",
                          o.title(),
                          join(
                              c.name(),
                              o.owner() == null ? null : o.owner().name(),
                              plain(o.narrative())),
                          url);
                  return Stream.concat(
                      Stream.of(first),
                      o.keyResults().stream()
                          .map(
                              kr ->
                                  new Entry(
                                      "Key result",
                                      kr.id()
                                          + " — "
                                          + (kr.metric() == null
                                              ? Cards.nz(kr.text())
                                              : kr.metric()),
                                      join(o.title(), kr.measurement(), kr.owner(), kr.narrative()),
                                      url + "#" + SitePaths.krAnchor(kr.id()))));
                });
    Stream<Entry> units =
        site.units().stream()
            .map(
                u ->
                    new Entry(
                        "Team",
                        u.name(),
                        join(u.level().key(), u.lead()),
                        SitePaths.unit(cur.id(), u.id())));
    Stream<Entry> people =
        site.people().stream()
            .map(
                p ->
                    new Entry(
                        "Person",
                        p.name(),
                        Cards.nz(p.role()),
                        SitePaths.person(cur.id(), p.id())));
    Stream<Entry> checkIns =
        site.model.checkIns().stream()
            .map(
                ci -> {
                  Cycle c = site.model.cycle(ci.cycleId()).orElse(cur);
                  StringBuilder text = new StringBuilder();
                  for (CheckIn.Update u : ci.updates()) text.append(Cards.nz(u.note())).append(' ');
                  for (CheckIn.Blocker b : ci.issues()) text.append(Cards.nz(b.text())).append(' ');
                  for (CheckIn.Priority p : ci.plan()) text.append(Cards.nz(p.text())).append(' ');
                  return new Entry(
                      "Check-in",
                      "Check-in "
                          + (ci.owner() == null ? "" : ci.owner().name())
                          + " — "
                          + ci.date(),
                      text.toString().strip(),
                      SitePaths.week(c.id(), Formats.weekId(ci.date()))
                          + "#"
                          + CheckInViews.checkInAnchor(ci));
                });
    Stream<Entry> handbook =
        docs.stream()
            .map(d -> new Entry("Handbook", d.title(), plain(d.markdown()), SitePaths.doc(d.id())));
    return Stream.of(objectives, units, people, checkIns, handbook).flatMap(s -> s);
  }

  /** Writes {@code data/search-index.json} one entry at a time. */
  static void json(Iterable<Entry> entries, java.io.Writer out) throws java.io.IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put(
        "entries",
        Json.each(
            entries,
            e -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("kind", e.kind());
              m.put("title", e.title());
              m.put("text", e.text());
              m.put("url", e.url());
              return m;
            }));
    Json.pretty(root, out);
  }

  private static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts)
      if (p != null && !p.isBlank()) b.append(b.length() == 0 ? "" : " · ").append(p.strip());
    return b.toString();
  }

  /** Markdown reduced to words for searching: no markup, single spaces, at most 600 characters. */
  static String plain(String markdown) {
    if (markdown == null) return "";
    String s = markdown.replaceAll("[#*_`>|\\[\\]()-]+", " ").replaceAll("\\s+", " ").strip();
    return s.length() > 600 ? s.substring(0, 600) : s;
  }
}
