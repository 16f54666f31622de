package org.okrsite.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.okrsite.json.Json;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.Doc;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Objective;
import org.okrsite.model.Person;
import org.okrsite.model.Unit;

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

  static List<Entry> build(SiteIndex site, List<Doc> docs) {
    List<Entry> out = new ArrayList<>();
    Cycle cur = site.current;
    for (Objective o : site.model.objectives()) {
      Cycle c = site.cycleOf(o);
      String url = SitePaths.objective(c.id(), o.id());
      out.add(new Entry("Objective", o.title(), join(c.name(), o.owner() == null ? null : o.owner().name(), plain(o.narrative())), url));
      for (KeyResult kr : o.keyResults()) {
        out.add(new Entry("Key result", kr.id() + " — " + (kr.metric() == null ? Cards.nz(kr.text()) : kr.metric()),
            join(o.title(), kr.measurement(), kr.owner(), kr.narrative()), url + "#" + SitePaths.krAnchor(kr.id())));
      }
    }
    for (Unit u : site.units()) out.add(new Entry("Team", u.name(), join(u.level().key(), u.lead()), SitePaths.unit(cur.id(), u.id())));
    for (Person p : site.people()) out.add(new Entry("Person", p.name(), Cards.nz(p.role()), SitePaths.person(cur.id(), p.id())));
    for (CheckIn ci : site.model.checkIns()) {
      Cycle c = site.model.cycle(ci.cycleId()).orElse(cur);
      StringBuilder text = new StringBuilder();
      for (CheckIn.Update u : ci.updates()) text.append(Cards.nz(u.note())).append(' ');
      for (CheckIn.Blocker b : ci.issues()) text.append(Cards.nz(b.text())).append(' ');
      for (CheckIn.Priority p : ci.plan()) text.append(Cards.nz(p.text())).append(' ');
      out.add(new Entry("Check-in", "Check-in " + (ci.owner() == null ? "" : ci.owner().name()) + " — " + ci.date(),
          text.toString().strip(), SitePaths.week(c.id(), Formats.weekId(ci.date())) + "#" + CheckInViews.checkInAnchor(ci)));
    }
    for (Doc d : docs) out.add(new Entry("Handbook", d.title(), plain(d.markdown()), SitePaths.doc(d.id())));
    return out;
  }

  static String json(List<Entry> entries) {
    List<Object> list = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", e.kind());
      m.put("title", e.title());
      m.put("text", e.text());
      m.put("url", e.url());
      list.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("entries", list);
    return Json.pretty(root);
  }

  private static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) if (p != null && !p.isBlank()) b.append(b.length() == 0 ? "" : " · ").append(p.strip());
    return b.toString();
  }

  /** Markdown reduced to words for searching: no markup, single spaces, at most 600 characters. */
  static String plain(String markdown) {
    if (markdown == null) return "";
    String s = markdown.replaceAll("[#*_`>|\\[\\]()-]+", " ").replaceAll("\\s+", " ").strip();
    return s.length() > 600 ? s.substring(0, 600) : s;
  }
}
