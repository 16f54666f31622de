package org.okrsite.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.okrsite.content.Suggestions;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.AnnualGoal;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Objective;
import org.okrsite.model.Owner;
import org.okrsite.model.ParentRef;
import org.okrsite.model.Pillar;
import org.okrsite.model.Slug;

/**
 * Gives objectives their owners and ids, merges end-of-cycle scores into them, and resolves their
 * parents; reports duplicates, unknown or ambiguous references and parent loops.
 */
final class References {
  private final List<Objective> objectives;
  private final List<Objective> scores;
  private final List<AnnualGoal> goals;
  private final List<Pillar> pillars;
  private final Set<Object> hiddenThings;
  private final OrganisationBuilder org;
  private final Diagnostics d;
  private final Set<String> hiddenIds = new HashSet<>();

  References(
      List<Objective> objectives,
      List<Objective> scores,
      List<AnnualGoal> goals,
      List<Pillar> pillars,
      Set<Object> hidden,
      OrganisationBuilder org,
      Diagnostics d) {
    this.objectives = objectives;
    this.scores = scores;
    this.goals = goals;
    this.pillars = pillars;
    this.hiddenThings = hidden;
    this.org = org;
    this.d = d;
  }

  /** What must stay out of the site: hidden documents, and private objectives by id. */
  Hidden hidden() {
    return new Hidden(hiddenThings, hiddenIds);
  }

  List<Objective> resolve() {
    List<Objective> owned = new ArrayList<>();
    for (Objective o : objectives) {
      Owner r = org.resolve(o.owner(), o.position());
      if (r != null) owned.add(keepHidden(o, withOwner(o, r)));
    }
    List<Objective> merged = new ScoreMerger(d).merge(alignedInto(owned), ownedScores());
    List<Objective> withIds = assignIds(merged);
    checkKeyResultIds(withIds);
    checkGoalIds();
    List<Objective> linked = new ArrayList<>();
    ObjectiveIndex index = new ObjectiveIndex(withIds);
    for (Objective o : withIds) linked.add(keepHidden(o, o.withParents(parents(o, index))));
    new ParentLoops(d).check(linked);
    for (Objective o : linked) if (hiddenThings.contains(o)) hiddenIds.add(o.id());
    return linked;
  }

  /**
   * An alignment map names objectives that are often written in full elsewhere: where one matches
   * (same owner, cycle and title), it lends its parent links to that objective instead of adding a
   * second copy.
   */
  private List<Objective> alignedInto(List<Objective> os) {
    List<Objective> out = new ArrayList<>();
    List<Objective> fromMaps = new ArrayList<>();
    for (Objective o : os) (o.source().equals("alignment_map") ? fromMaps : out).add(o);
    for (Objective a : fromMaps) {
      int i = -1;
      for (int j = 0; j < out.size() && i < 0; j++) {
        Objective o = out.get(j);
        if (o.owner().key().equals(a.owner().key())
            && o.cycleId().equals(a.cycleId())
            && o.title().equalsIgnoreCase(a.title())) i = j;
      }
      if (i < 0) {
        out.add(a);
        continue;
      }
      Objective o = out.get(i);
      List<ParentRef> ps = new ArrayList<>(o.parents());
      for (ParentRef p : a.parents()) {
        if (ps.stream().noneMatch(x -> x.ref().equalsIgnoreCase(p.ref()))) ps.add(p);
      }
      out.set(i, keepHidden(o, o.withParents(ps)));
    }
    return out;
  }

  private List<Objective> ownedScores() {
    List<Objective> out = new ArrayList<>();
    for (Objective s : scores) {
      Owner r = org.resolve(s.owner(), s.position());
      if (r != null) out.add(keepHidden(s, withOwner(s, r)));
    }
    return out;
  }

  private Objective keepHidden(Objective before, Objective after) {
    if (hiddenThings.contains(before)) hiddenThings.add(after);
    return after;
  }

  private static Objective withOwner(Objective o, Owner owner) {
    return new Objective(
        o.id(),
        o.title(),
        owner,
        o.cycleId(),
        o.parents(),
        o.keyResults(),
        o.initiatives(),
        o.dependencies(),
        o.context(),
        o.tier(),
        o.lifecycle(),
        o.cancelledReason(),
        o.development(),
        o.recordedScore(),
        o.selfScore(),
        o.narrative(),
        o.revisions(),
        o.source(),
        o.position());
  }

  static Objective withId(Objective o, String id) {
    return new Objective(
        id,
        o.title(),
        o.owner(),
        o.cycleId(),
        o.parents(),
        o.keyResults(),
        o.initiatives(),
        o.dependencies(),
        o.context(),
        o.tier(),
        o.lifecycle(),
        o.cancelledReason(),
        o.development(),
        o.recordedScore(),
        o.selfScore(),
        o.narrative(),
        o.revisions(),
        o.source(),
        o.position());
  }

  private List<Objective> assignIds(List<Objective> os) {
    Map<String, Objective> byId = new HashMap<>();
    List<Objective> out = new ArrayList<>();
    for (Objective o : os) {
      boolean explicit = o.id() != null;
      String base =
          explicit
              ? Slug.of(o.id())
              : Slug.of(o.cycleId() + " " + o.owner().id() + " " + o.title());
      String id = base;
      Objective prev = byId.get(id);
      if (prev != null && explicit) {
        d.error(
            o.position(),
            Rule.DUPLICATE_ID,
            "objective id '" + id + "' is already used (at " + prev.position() + ")",
            "give each objective its own id");
      }
      for (int n = 2; byId.containsKey(id); n++) id = base + "-" + n;
      Objective withId = keepHidden(o, withId(o, id));
      byId.put(id, withId);
      out.add(withId);
    }
    return out;
  }

  private void checkKeyResultIds(List<Objective> os) {
    Map<String, KeyResult> seen = new HashMap<>();
    for (Objective o : os) {
      for (KeyResult kr : o.keyResults()) {
        String key = o.owner().key() + "|" + o.cycleId() + "|" + kr.id().toLowerCase(Locale.ROOT);
        KeyResult prev = seen.putIfAbsent(key, kr);
        if (prev != null) {
          d.error(
              kr.position(),
              Rule.DUPLICATE_KR_ID,
              "key result id '"
                  + kr.id()
                  + "' is already used by "
                  + o.owner().name()
                  + " in this cycle (at "
                  + prev.position()
                  + ")",
              "KR ids must be unique per owner and cycle: number them on, e.g. KR4");
        }
      }
    }
  }

  private void checkGoalIds() {
    Map<String, AnnualGoal> seen = new HashMap<>();
    for (AnnualGoal g : goals) {
      AnnualGoal prev = seen.putIfAbsent(g.id().toLowerCase(Locale.ROOT), g);
      if (prev != null) {
        d.error(
            g.position(),
            Rule.DUPLICATE_ID,
            "annual goal id '" + g.id() + "' is already used (at " + prev.position() + ")",
            "give each annual goal its own id");
      }
    }
    Map<String, Pillar> pseen = new HashMap<>();
    for (Pillar p : pillars) {
      Pillar prev = pseen.putIfAbsent(p.id(), p);
      if (prev != null) {
        d.error(
            p.position(),
            Rule.DUPLICATE_ID,
            "pillar '" + p.name() + "' is declared twice (first at " + prev.position() + ")",
            "declare each pillar once");
      }
    }
  }

  private List<ParentRef> parents(Objective o, ObjectiveIndex all) {
    List<ParentRef> out = new ArrayList<>();
    for (ParentRef p : o.parents()) {
      ParentRef r =
          switch (p.kind()) {
            case ANNUAL_GOAL -> goal(p);
            case PILLAR -> pillar(p);
            case OBJECTIVE -> objective(p, o, all);
          };
      // the same target twice is said once; a key result's link adds to the objective's own only
      // when the objective does not name that target itself
      if (r != null
          && (r.targetId() == null
              || out.stream()
                  .noneMatch(
                      x ->
                          x.kind() == r.kind()
                              && r.targetId().equals(x.targetId())
                              && (x.via() == null || x.via().equals(r.via()))))) {
        out.add(r);
      }
    }
    ParentRef named = contextGoal(o);
    if (named != null
        && out.stream()
            .noneMatch(
                x ->
                    x.kind() == ParentRef.Kind.ANNUAL_GOAL
                        && named.targetId().equals(x.targetId())
                        && x.via() == null)) out.add(named);
    return out;
  }

  /**
   * The annual goal {@code context: annual_goal:} opens with ("AG-2026-02 — Win 10 enterprise
   * customers"), or null: free text that names no goal id is context, not alignment.
   */
  private ParentRef contextGoal(Objective o) {
    String text = o.context() == null ? null : o.context().annualGoal();
    if (text == null) return null;
    String t = text.strip();
    for (AnnualGoal g : goals) {
      int n = g.id().length();
      if (t.regionMatches(true, 0, g.id(), 0, n) && (t.length() == n || !idChar(t.charAt(n))))
        return new ParentRef(ParentRef.Kind.ANNUAL_GOAL, g.id(), g.id(), o.position());
    }
    return null;
  }

  private static boolean idChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
  }

  private ParentRef goal(ParentRef p) {
    for (AnnualGoal g : goals) if (g.id().equalsIgnoreCase(p.ref())) return p.resolved(g.id());
    unknown(p, "annual goal", goals.stream().map(AnnualGoal::id).toList(), !goals.isEmpty());
    return p;
  }

  private ParentRef pillar(ParentRef p) {
    for (Pillar x : pillars) {
      if (x.name().equalsIgnoreCase(p.ref()) || x.id().equals(Slug.of(p.ref())))
        return p.resolved(x.id());
    }
    unknown(p, "pillar", pillars.stream().map(Pillar::name).toList(), !pillars.isEmpty());
    return p;
  }

  private ParentRef objective(ParentRef p, Objective child, ObjectiveIndex index) {
    Objective byId = index.byId(p.ref());
    if (byId != null) return p.resolved(byId.id());
    Map<String, Objective> byTitle = new LinkedHashMap<>();
    for (Objective o : index.byTitle(p.ref())) if (o != child) byTitle.put(o.id(), o);
    if (byTitle.size() > 1) {
      List<Objective> sameCycle =
          byTitle.values().stream().filter(o -> o.cycleId().equals(child.cycleId())).toList();
      if (sameCycle.size() == 1) return p.resolved(sameCycle.get(0).id());
      d.error(
          p.position(),
          Rule.AMBIGUOUS_PARENT,
          "parent '"
              + p.ref()
              + "' matches several objectives: "
              + String.join(", ", byTitle.keySet()),
          "refer to the parent by its id");
      return null;
    }
    if (byTitle.size() == 1) return p.resolved(byTitle.keySet().iterator().next());
    for (AnnualGoal g : goals) {
      if (g.id().equalsIgnoreCase(p.ref()))
        return new ParentRef(ParentRef.Kind.ANNUAL_GOAL, p.ref(), g.id(), p.position());
    }
    for (Pillar x : pillars) {
      if (x.name().equalsIgnoreCase(p.ref()))
        return new ParentRef(ParentRef.Kind.PILLAR, p.ref(), x.id(), p.position());
    }
    List<String> known = new ArrayList<>(index.ids());
    goals.forEach(g -> known.add(g.id()));
    unknown(p, "objective, annual goal or pillar", known, true);
    return null;
  }

  private void unknown(ParentRef p, String what, List<String> known, boolean error) {
    String near = Suggestions.nearest(p.ref(), known);
    String hint =
        near != null ? "did you mean '" + near + "'?" : "check the id, or declare the " + what;
    String msg = "parent '" + p.ref() + "' is not a known " + what;
    if (error) {
      d.error(p.position(), Rule.UNKNOWN_PARENT, msg, hint);
    } else {
      d.warning(p.position(), Rule.UNKNOWN_PARENT, msg + " (this site declares none)", hint);
    }
  }
}
