package org.okrsite.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.okrsite.config.CycleCalendar;
import org.okrsite.content.FieldReader;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.content.YamlScalar;
import org.okrsite.content.YamlSequence;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.Context;
import org.okrsite.model.Cycle;
import org.okrsite.model.Dependency;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Lifecycle;
import org.okrsite.model.Objective;
import org.okrsite.model.Owner;
import org.okrsite.model.ParentRef;
import org.okrsite.model.Tier;

/** Reads {@code okr} documents (one objective, or several under {@code objectives:}). */
final class ObjectiveReader {
  static final Set<String> HEADER =
      Set.of(
          "quarter",
          "cycle",
          "company",
          "department",
          "team",
          "person",
          "visibility",
          "status",
          "title",
          "objectives",
          "tier",
          "context",
          "not_doing");
  static final Set<String> OBJECTIVE =
      Set.of(
          "id",
          "objective",
          "key_results",
          "initiatives",
          "parent_annual_goal",
          "annual_goal",
          "parent",
          "parents",
          "pillar",
          "tier",
          "status",
          "cancelled_reason",
          "development",
          "context",
          "not_doing",
          "dependencies",
          "self_score",
          "objective_score",
          "narrative",
          "revisions",
          "visibility");

  private ObjectiveReader() {}

  /** The objectives of an {@code okr} document, owner and cycle read from its header. */
  static List<Objective> read(DocumentKind doc, CycleCalendar cal, Diagnostics d) {
    FieldReader f = new FieldReader(doc.fields(), "okr", d);
    Set<String> allowed = new HashSet<>(HEADER);
    boolean many = f.has("objectives");
    if (!many) allowed.addAll(OBJECTIVE);
    f.allowOnly(allowed);
    Owner owner = Reading.owner(f, "okr", true);
    Cycle cycle = Reading.cycle(f, cal, "okr", true);
    List<Objective> out = new ArrayList<>();
    if (owner == null || cycle == null) return out;
    if (many) {
      for (YamlMapping m : Reading.mappings(f, "objectives", "objective")) {
        FieldReader of = new FieldReader(m, "objective", d);
        of.allowOnly(OBJECTIVE);
        Objective o = objective(of, f, owner, cycle, doc, d);
        if (o != null) out.add(o);
      }
    } else {
      Objective o = objective(f, f, owner, cycle, doc, d);
      if (o != null) out.add(o);
    }
    return out;
  }

  private static Objective objective(
      FieldReader f,
      FieldReader header,
      Owner owner,
      Cycle cycle,
      DocumentKind doc,
      Diagnostics d) {
    String title = f.requiredText("objective");
    if (title == null) return null;
    List<KeyResult> krs = keyResults(f, d);
    if (krs.isEmpty() && !f.has("key_results")) {
      d.error(
          f.mapping().position(),
          Rule.MISSING_FIELD,
          "objective '" + title + "' has no key_results",
          "add 'key_results:' with 2–4 measurable results");
    }
    Lifecycle life = lifecycle(f.has("status") ? f : header, d);
    String reason = f.text("cancelled_reason");
    if (life == Lifecycle.CANCELLED && reason == null) {
      d.error(
          f.at("status"),
          Rule.CANCELLED_WITHOUT_REASON,
          "objective '" + title + "' is cancelled without a reason",
          "add 'cancelled_reason:' saying what changed");
    }
    String narrative = f.text("narrative");
    if (doc.body() != null && !doc.body().isBlank()) narrative = doc.body();
    return new Objective(
        f.text("id"),
        title.trim(),
        owner,
        cycle.id(),
        withKeyResultParents(parents(f), f),
        krs,
        f.textList("initiatives"),
        dependencies(f, owner, cycle, d),
        context(f.has("context") || f.has("not_doing") ? f : header),
        tier(f.has("tier") ? f : header, d),
        life,
        reason,
        Boolean.TRUE.equals(f.bool("development")),
        f.fraction("objective_score", Rule.SCORE_RANGE),
        f.fraction("self_score", Rule.SCORE_RANGE),
        narrative,
        RevisionReader.read(f, krs, d),
        "okr",
        f.mapping().position());
  }

  static List<KeyResult> keyResults(FieldReader f, Diagnostics d) {
    List<KeyResult> out = new ArrayList<>();
    var seq = f.list("key_results");
    if (seq == null) return out;
    int n = 1;
    for (YamlNode item : seq.items()) {
      KeyResult kr = KeyResultReader.read(item, "KR" + n, d);
      if (kr != null) out.add(kr);
      n++;
    }
    return out;
  }

  /** Keys that name the annual goal an objective, or one of its key results, serves. */
  static final List<String> GOAL_KEYS = List.of("parent_annual_goal", "annual_goal");

  static List<ParentRef> parents(FieldReader f) {
    List<ParentRef> out = new ArrayList<>(goals(f, null));
    for (String key : List.of("parent", "parents")) {
      if (!f.has(key)) continue;
      var node = f.mapping().get(key).orElseThrow();
      if (node instanceof YamlScalar s) {
        out.add(new ParentRef(ParentRef.Kind.OBJECTIVE, s.text().trim(), null, s.position()));
      } else if (node instanceof YamlSequence seq) {
        for (YamlNode n : seq.items()) {
          String t = Reading.text(n);
          if (t != null)
            out.add(new ParentRef(ParentRef.Kind.OBJECTIVE, t.trim(), null, n.position()));
        }
      } else {
        f.textList(key);
      }
    }
    String pillar = f.text("pillar");
    if (pillar != null)
      out.add(new ParentRef(ParentRef.Kind.PILLAR, pillar.trim(), null, f.at("pillar")));
    return out;
  }

  /** {@code parent_annual_goal:} (or {@code annual_goal:}) as a key of {@code f}'s mapping. */
  static List<ParentRef> goals(FieldReader f, String via) {
    List<ParentRef> out = new ArrayList<>();
    for (String key : GOAL_KEYS) {
      String ag = f.text(key);
      if (ag != null && !ag.isBlank())
        out.add(new ParentRef(ParentRef.Kind.ANNUAL_GOAL, ag.trim(), null, f.at(key), via));
    }
    return out;
  }

  /**
   * {@code parents} followed by the annual goals the objective's key results name ({@code
   * parent_annual_goal:} under a key result), each marked with the key result's id.
   */
  static List<ParentRef> withKeyResultParents(List<ParentRef> parents, FieldReader f) {
    var seq = f.list("key_results");
    if (seq == null) return parents;
    List<ParentRef> out = new ArrayList<>(parents);
    out.addAll(keyResultGoals(seq, 1, f.diagnostics()));
    return out;
  }

  /**
   * The annual goals named under the key results of {@code seq}, numbered from {@code first} like
   * {@link KeyResultReader} numbers those without an id.
   */
  static List<ParentRef> keyResultGoals(YamlSequence seq, int first, Diagnostics d) {
    List<ParentRef> out = new ArrayList<>();
    int n = first;
    for (YamlNode item : seq.items()) {
      if (item instanceof YamlMapping m) {
        // KeyResultReader reports a bad id; the goal keys are read (and reported) only here
        String id = new FieldReader(m, "key result", new Diagnostics()).text("id");
        out.addAll(goals(new FieldReader(m, "key result", d), id == null ? "KR" + n : id.trim()));
      }
      n++;
    }
    return out;
  }

  static Context context(FieldReader f) {
    List<String> notDoing = f.textList("not_doing");
    YamlMapping c = f.mappingField("context");
    if (c == null)
      return notDoing.isEmpty() ? Context.EMPTY : new Context(null, null, null, notDoing);
    FieldReader cf = new FieldReader(c, "context", f.diagnostics());
    cf.allowOnly(Set.of("annual_goal", "key_assumption", "biggest_risk", "not_doing"));
    List<String> nd = new ArrayList<>(notDoing);
    nd.addAll(cf.textList("not_doing"));
    return new Context(
        cf.text("annual_goal"), cf.text("key_assumption"), cf.text("biggest_risk"), nd);
  }

  private static Tier tier(FieldReader f, Diagnostics d) {
    String t = f.text("tier");
    if (t == null) return Tier.ASPIRATIONAL;
    for (Tier x : Tier.values()) if (x.yamlName().equals(t.trim())) return x;
    d.error(
        f.at("tier"),
        Rule.BAD_TIER,
        "tier '" + t + "' is not known",
        "use committed or aspirational");
    return Tier.ASPIRATIONAL;
  }

  private static Lifecycle lifecycle(FieldReader f, Diagnostics d) {
    String s = f.text("status");
    if (s == null) return Lifecycle.APPROVED;
    var l = Lifecycle.fromYaml(s.trim());
    if (l.isEmpty()) {
      d.error(
          f.at("status"),
          Rule.BAD_STATUS,
          "status '" + s + "' is not known",
          "use draft, proposed, approved, closed or cancelled");
    }
    return l.orElse(Lifecycle.APPROVED);
  }

  private static List<Dependency> dependencies(
      FieldReader f, Owner owner, Cycle cycle, Diagnostics d) {
    List<Dependency> out = new ArrayList<>();
    var seq = f.list("dependencies");
    if (seq == null) return out;
    for (YamlNode n : seq.items()) {
      if (n instanceof YamlScalar s && !s.isNull()) {
        out.add(
            new Dependency(
                null,
                null,
                owner.name(),
                s.text(),
                null,
                null,
                null,
                null,
                null,
                cycle.id(),
                s.position()));
      } else if (n instanceof YamlMapping m) {
        FieldReader df = new FieldReader(m, "dependency", d);
        df.allowOnly(Set.of("team", "from", "need", "by", "status", "kr"));
        String provider = df.has("team") ? df.text("team") : df.text("from");
        out.add(
            new Dependency(
                null,
                provider,
                owner.name(),
                df.requiredText("need"),
                df.date("by"),
                null,
                df.text("kr"),
                null,
                df.text("status"),
                cycle.id(),
                m.position()));
      }
    }
    return out;
  }
}
