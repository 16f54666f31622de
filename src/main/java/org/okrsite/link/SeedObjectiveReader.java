package org.okrsite.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.okrsite.config.CycleCalendar;
import org.okrsite.content.FieldReader;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.content.YamlSequence;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;
import org.okrsite.model.Context;
import org.okrsite.model.Cycle;
import org.okrsite.model.Dependency;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Level;
import org.okrsite.model.Lifecycle;
import org.okrsite.model.Objective;
import org.okrsite.model.Owner;
import org.okrsite.model.ParentRef;
import org.okrsite.model.Slug;
import org.okrsite.model.Tier;

/**
 * Reads the seed shapes that carry objectives besides {@code okr}: {@code okr_score} (end-of-cycle
 * scores), {@code solo_okr} and {@code alignment_map}.
 */
final class SeedObjectiveReader {
  private SeedObjectiveReader() {}

  /** An {@code okr_score}: an objective whose KRs carry actuals and agreed scores. */
  static Objective score(DocumentKind doc, CycleCalendar cal, Diagnostics d) {
    FieldReader f = new FieldReader(doc.fields(), "okr_score", d);
    f.allowOnly(
        Set.of(
            "quarter",
            "cycle",
            "company",
            "department",
            "team",
            "person",
            "id",
            "objective",
            "objective_score",
            "self_score",
            "key_results",
            "lessons",
            "carry_forward",
            "visibility",
            "narrative"));
    Owner owner = Reading.owner(f, "okr_score", true);
    Cycle cycle = Reading.cycle(f, cal, "okr_score", true);
    String title = f.requiredText("objective");
    List<KeyResult> krs = ObjectiveReader.keyResults(f, d);
    if (owner == null || cycle == null || title == null) return null;
    String narrative =
        doc.body() != null && !doc.body().isBlank() ? doc.body() : f.text("narrative");
    List<String> notes = new ArrayList<>();
    for (String l : f.textList("lessons")) notes.add("Lesson: " + l);
    for (String c : f.textList("carry_forward")) notes.add("Carry forward: " + c);
    return new Objective(
        f.text("id"),
        title.trim(),
        owner,
        cycle.id(),
        List.of(),
        krs,
        notes,
        List.of(),
        Context.EMPTY,
        Tier.ASPIRATIONAL,
        Lifecycle.CLOSED,
        null,
        false,
        f.fraction("objective_score", Rule.SCORE_RANGE),
        f.fraction("self_score", Rule.SCORE_RANGE),
        narrative,
        List.of(),
        "okr_score",
        f.mapping().position());
  }

  /** A {@code solo_okr}: {@code objective_N} keys, each followed by its own {@code key_results}. */
  static List<Objective> solo(DocumentKind doc, CycleCalendar cal, Diagnostics d) {
    YamlMapping m = doc.fields();
    FieldReader f = new FieldReader(m, "solo_okr", d);
    List<Objective> out = new ArrayList<>();
    Cycle cycle = Reading.cycle(f, cal, "solo_okr", true);
    Owner owner = Reading.owner(f, "solo_okr", false);
    if (owner == null) owner = new Owner(Level.COMPANY, "company", "Company");
    List<String> notes = new ArrayList<>();
    String title = null;
    SourcePosition at = null;
    int krNumber = 1;
    for (YamlMapping.Entry e : m.entries()) {
      String k = e.key().text();
      if (k.matches("objective(_\\d+)?")) {
        title = Reading.text(e.value());
        at = e.key().position();
      } else if (k.equals("key_results")) {
        if (title == null) {
          d.error(
              e.key().position(),
              Rule.SOLO_OKR_ORDER,
              "key_results comes before any objective_N",
              "write 'objective_1: ...' first, then its key_results");
          continue;
        }
        List<KeyResult> krs = new ArrayList<>();
        List<ParentRef> goals = new ArrayList<>();
        if (e.value() instanceof YamlSequence seq) {
          goals.addAll(ObjectiveReader.keyResultGoals(seq, krNumber, d));
          for (YamlNode n : seq.items()) {
            KeyResult kr = KeyResultReader.read(n, "KR" + krNumber++, d);
            if (kr != null) krs.add(kr);
          }
        }
        if (cycle != null) {
          out.add(
              new Objective(
                  null,
                  title.trim(),
                  owner,
                  cycle.id(),
                  goals,
                  krs,
                  List.of(),
                  List.of(),
                  Context.EMPTY,
                  Tier.ASPIRATIONAL,
                  Lifecycle.APPROVED,
                  null,
                  false,
                  null,
                  null,
                  null,
                  List.of(),
                  "solo_okr",
                  at));
        }
        title = null;
      } else if (k.endsWith("_ritual")) {
        notes.add(Reading.text(e.value()));
      } else if (!Set.of(
              "quarter", "cycle", "visibility", "company", "department", "team", "person")
          .contains(k)) {
        d.error(
            e.key().position(),
            Rule.UNKNOWN_KEY,
            "unknown key '" + k + "' in solo_okr",
            "use quarter, objective_N with key_results, and *_ritual keys");
      }
    }
    if (title != null) {
      d.error(
          at,
          Rule.MISSING_FIELD,
          "objective '" + title + "' has no key_results after it",
          "add 'key_results:' right after it");
    }
    if (!notes.isEmpty()) {
      List<Objective> withRituals = new ArrayList<>();
      for (Objective o : out) {
        withRituals.add(
            new Objective(
                o.id(),
                o.title(),
                o.owner(),
                o.cycleId(),
                o.parents(),
                o.keyResults(),
                notes,
                o.dependencies(),
                o.context(),
                o.tier(),
                o.lifecycle(),
                null,
                false,
                null,
                null,
                null,
                o.revisions(),
                o.source(),
                o.position()));
      }
      return withRituals;
    }
    return out;
  }

  /**
   * An {@code alignment_map}: the company objective and the team objectives under it, with the
   * cross-team dependencies. It names no cycle, so it belongs to {@code quarter:} or the current
   * one.
   */
  static List<Objective> alignment(
      DocumentKind doc,
      CycleCalendar cal,
      Cycle current,
      Diagnostics d,
      List<Dependency> dependencies) {
    FieldReader f = new FieldReader(doc.fields(), "alignment_map", d);
    f.allowOnly(
        Set.of(
            "company_objective",
            "team_contributions",
            "cross_dependencies",
            "quarter",
            "cycle",
            "visibility",
            "company",
            "parent_annual_goal",
            "annual_goal"));
    Cycle cycle =
        f.has("quarter") || f.has("cycle")
            ? Reading.cycle(f, cal, "alignment_map", false)
            : current;
    String companyTitle = f.requiredText("company_objective");
    List<Objective> out = new ArrayList<>();
    if (cycle == null || companyTitle == null) return out;
    String companyName = f.text("company") != null ? f.text("company") : "Company";
    Owner company = new Owner(Level.COMPANY, Slug.of(companyName), companyName);
    Objective top =
        new Objective(
            null,
            companyTitle.trim(),
            company,
            cycle.id(),
            ObjectiveReader.goals(f, null),
            List.of(),
            List.of(),
            List.of(),
            Context.EMPTY,
            Tier.ASPIRATIONAL,
            Lifecycle.APPROVED,
            null,
            false,
            null,
            null,
            null,
            List.of(),
            "alignment_map",
            f.at("company_objective"));
    out.add(top);
    for (YamlMapping m : Reading.mappings(f, "team_contributions", "team contribution")) {
      FieldReader tf = new FieldReader(m, "team contribution", d);
      tf.allowOnly(
          Set.of(
              "team",
              "department",
              "person",
              "objective",
              "key_results",
              "parent_annual_goal",
              "annual_goal"));
      Owner owner = Reading.owner(tf, "team contribution", true);
      String title = tf.requiredText("objective");
      if (owner == null || title == null) continue;
      List<KeyResult> krs = ObjectiveReader.keyResults(tf, d);
      List<ParentRef> parents = new ArrayList<>();
      parents.add(
          new ParentRef(ParentRef.Kind.OBJECTIVE, companyTitle.trim(), null, tf.at("objective")));
      parents.addAll(ObjectiveReader.withKeyResultParents(ObjectiveReader.goals(tf, null), tf));
      out.add(
          new Objective(
              null,
              title.trim(),
              owner,
              cycle.id(),
              parents,
              krs,
              List.of(),
              List.of(),
              Context.EMPTY,
              Tier.ASPIRATIONAL,
              Lifecycle.APPROVED,
              null,
              false,
              null,
              null,
              null,
              List.of(),
              "alignment_map",
              m.position()));
    }
    for (YamlMapping m : Reading.mappings(f, "cross_dependencies", "dependency")) {
      FieldReader df = new FieldReader(m, "cross dependency", d);
      df.allowOnly(Set.of("from", "to", "need", "by", "status"));
      dependencies.add(
          new Dependency(
              null,
              df.requiredText("to"),
              df.requiredText("from"),
              df.requiredText("need"),
              df.date("by"),
              null,
              null,
              null,
              df.text("status"),
              cycle.id(),
              m.position()));
    }
    return out;
  }
}
