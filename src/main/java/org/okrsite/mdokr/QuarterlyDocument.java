package org.okrsite.mdokr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.okrsite.content.SourceDocument;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.content.YamlScalar;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;
import org.okrsite.model.KeyResultSentence;

/**
 * Turns the cycles an {@link Outline} found into {@code okr} documents — one per cycle, each with
 * {@code objectives:} — exactly as a person would write them in YAML.
 */
final class QuarterlyDocument {
  private static final Set<String> PASS_THROUGH = Set.of("visibility", "status", "tier");

  private QuarterlyDocument() {}

  /** Drops objectives found only by their place whose key results hold no number. */
  static List<Outline.Group> kept(List<Outline.Group> groups) {
    List<Outline.Group> out = new ArrayList<>();
    for (Outline.Group g : groups) {
      g.objectives.removeIf(
          o -> o.generic && o.keyResults.stream().noneMatch(QuarterlyDocument::measurable));
      if (!g.objectives.isEmpty()) out.add(g);
    }
    return out;
  }

  /**
   * One {@code okr} document per group; reports {@code md-okr-cycle} for a group whose cycle cannot
   * be told. The caller has made sure the owner is known.
   */
  static List<SourceDocument> documents(
      String path, List<Outline.Group> groups, Cover cover, Diagnostics d) {
    List<SourceDocument> out = new ArrayList<>();
    for (Outline.Group g : groups) {
      YamlScalar cycle = g.cycle != null ? g.cycle : cover.cycle();
      if (cycle == null) {
        d.error(
            g.at,
            Rule.MD_OKR_CYCLE,
            "cannot tell which quarter the OKRs in " + path + " are for",
            "add front matter 'quarter: Q1 2026', put the quarter in the title ('# Q1 2026 OKRs —"
                + " Team'), or head the section '## Q1 2026'");
        continue;
      }
      Tree.Map okr = new Tree.Map(g.at);
      cover.putHeader(okr, PASS_THROUGH, g.cycle);
      okr.put("context", Outline.context(g));
      okr.list("not_doing", g.notDoing, g.at);
      okr.list("objectives", objectives(g), g.at);
      YamlMapping root = new Tree.Map(g.at).put("okr", okr.build()).build();
      out.add(new SourceDocument(path, root, null, 0));
    }
    return out;
  }

  private static List<YamlMapping> objectives(Outline.Group g) {
    List<YamlMapping> out = new ArrayList<>();
    Ids ids = new Ids(g);
    for (int n = 0; n < g.objectives.size(); n++) {
      Outline.Objective o = g.objectives.get(n);
      Tree.Map m = new Tree.Map(o.at).text("objective", o.title, o.at);
      List<YamlMapping> krs = new ArrayList<>();
      for (YamlNode kr : o.keyResults) krs.add(ids.apply(kr, n + 1));
      m.list("key_results", krs, o.at);
      m.list("initiatives", o.initiatives, o.at);
      List<YamlNode> deps = new ArrayList<>(o.dependencies);
      if (n == 0) deps.addAll(g.dependencies);
      m.list("dependencies", deps, o.at);
      if (!o.narrative.isEmpty()) m.text("narrative", String.join("\n\n", o.narrative), o.at);
      out.add(m.build());
    }
    return out;
  }

  /** Whether a key result states a number to measure, in its fields or its sentence. */
  static boolean measurable(YamlNode kr) {
    String text = kr instanceof YamlScalar s ? s.text() : null;
    if (kr instanceof YamlMapping m) {
      if (m.has("baseline") || m.has("target")) return true;
      text =
          m.get("metric")
              .filter(v -> v instanceof YamlScalar)
              .map(v -> ((YamlScalar) v).text())
              .orElse("");
    }
    KeyResultSentence s = KeyResultSentence.parse(text);
    return s.target().isPresent() || s.relativeChangePercent().isPresent();
  }

  /**
   * KR ids unique within a cycle, since check-ins name KRs by owner, cycle and id: written ids are
   * kept (prefixed {@code O2-} where two objectives reuse one), the others numbered on from KR1.
   */
  private static final class Ids {
    private final Map<String, Integer> written = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private int next = 1;

    Ids(Outline.Group g) {
      for (Outline.Objective o : g.objectives) {
        for (YamlNode kr : o.keyResults) {
          String id = id(kr);
          if (id != null) written.merge(id.toUpperCase(Locale.ROOT), 1, Integer::sum);
        }
      }
      used.addAll(written.keySet());
    }

    YamlMapping apply(YamlNode kr, int objective) {
      String id = id(kr);
      SourcePosition at = kr.position();
      if (id != null && written.get(id.toUpperCase(Locale.ROOT)) > 1)
        id = "O" + objective + "-" + id;
      if (id == null) {
        while (used.contains("KR" + next)) next++;
        id = "KR" + next;
        used.add(id);
      }
      Tree.Map m = new Tree.Map(at).text("id", id, at);
      if (kr instanceof YamlScalar s) return m.put("metric", s).build();
      for (YamlMapping.Entry e : ((YamlMapping) kr).entries()) {
        if (!e.key().text().equals("id")) m.put(e.key().text(), e.value());
      }
      return m.build();
    }

    private static String id(YamlNode kr) {
      if (!(kr instanceof YamlMapping m)) return null;
      return m.get("id").map(v -> ((YamlScalar) v).text()).orElse(null);
    }
  }
}
