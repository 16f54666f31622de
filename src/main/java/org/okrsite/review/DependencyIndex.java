package org.okrsite.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okrsite.model.Dependency;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;

/**
 * The model's dependencies by the unit that needs them and by the unit that delivers, made once and
 * read by every objective. One need is often written in several places: a {@code
 * dependency_contract}, the objective's {@code dependencies:} and an alignment map's {@code
 * cross_dependencies}; {@link #needs} counts it once.
 */
final class DependencyIndex {
  private final Map<String, List<Dependency>> byConsumer = new HashMap<>();
  private final Map<String, List<Dependency>> byProvider = new HashMap<>();
  private final Map<String, List<Objective>> byOwnerCycle = new HashMap<>();

  DependencyIndex(Model model) {
    for (Dependency dep : model.dependencies()) {
      add(byConsumer, dep.consumer(), dep);
      add(byProvider, dep.provider(), dep);
    }
    for (Objective o : model.objectives()) {
      for (Dependency dep : o.dependencies()) add(byProvider, dep.provider(), dep);
      byOwnerCycle.computeIfAbsent(ownerCycle(o), k -> new ArrayList<>()).add(o);
    }
  }

  private static void add(Map<String, List<Dependency>> m, String unit, Dependency dep) {
    if (unit != null) m.computeIfAbsent(lower(unit), k -> new ArrayList<>()).add(dep);
  }

  /**
   * One thing an objective needs from another unit, however many times it is written.
   *
   * @param main the declaration that says most: a contract (it has an id), else one with a status,
   *     else one with a date
   * @param declarations every declaration of it, in the order found
   */
  record Need(Dependency main, List<Dependency> declarations) {
    Need {
      declarations = List.copyOf(declarations);
    }

    /** The status of the contract, else of the first declaration that states one. */
    String status() {
      if (main.status() != null) return main.status();
      for (Dependency d : declarations) if (d.status() != null) return d.status();
      return null;
    }

    /** True when some declaration says by when: a date, or "by …" in its words. */
    boolean dated() {
      for (Dependency d : declarations) {
        if (d.neededBy() != null) return true;
        if (d.deliverable() != null && BY.matcher(d.deliverable()).find()) return true;
      }
      return false;
    }
  }

  private static final java.util.regex.Pattern BY =
      java.util.regex.Pattern.compile(
          "\\s(by|before|until)\\s+\\S", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * What the objective needs: its own {@code dependencies:}, and the contracts and alignment-map
   * needs of its owner in its cycle (those naming a key result only when it is one of this
   * objective's), each need once.
   */
  List<Need> needs(Objective o) {
    List<Dependency> all = new ArrayList<>(o.dependencies());
    for (Dependency dep : byConsumer.getOrDefault(lower(o.owner().name()), List.of())) {
      if (dep.cycleId() != null && !dep.cycleId().equals(o.cycleId())) continue;
      if (dep.consumerKr() != null && namesAnother(o, dep.consumerKr())) continue;
      if (!all.contains(dep)) all.add(dep);
    }
    return group(all);
  }

  /** The dependencies, one need per thing needed, in the order first written. */
  private static List<Need> group(List<Dependency> all) {
    List<List<Dependency>> groups = new ArrayList<>();
    for (Dependency dep : all) {
      List<Dependency> same = null;
      for (List<Dependency> g : groups) if (same(g.get(0), dep)) same = g;
      if (same == null) groups.add(same = new ArrayList<>());
      same.add(dep);
    }
    List<Need> out = new ArrayList<>();
    for (List<Dependency> g : groups) out.add(new Need(main(g), g));
    return out;
  }

  /**
   * The deliverables the objective owes other units: needs whose provider is its owner, in its
   * cycle, naming one of its key results (or any, when it is the owner's only objective there).
   */
  List<Need> owed(Objective o) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency dep : byProvider.getOrDefault(lower(o.owner().name()), List.of())) {
      if (dep.cycleId() != null && !dep.cycleId().equals(o.cycleId())) continue;
      if (alone(o) || dep.providerKr() != null && names(o, dep.providerKr())) out.add(dep);
    }
    return group(out);
  }

  private boolean alone(Objective o) {
    return byOwnerCycle.getOrDefault(ownerCycle(o), List.of()).size() == 1;
  }

  /** True when {@code krLabel} names a key result of another objective of the owner's cycle. */
  private boolean namesAnother(Objective o, String krLabel) {
    if (names(o, krLabel)) return false;
    for (Objective other : byOwnerCycle.getOrDefault(ownerCycle(o), List.of()))
      if (other != o && names(other, krLabel)) return true;
    return false;
  }

  private static boolean names(Objective o, String krLabel) {
    for (KeyResult kr : o.keyResults()) if (KeyResultText.isNamedBy(kr, krLabel)) return true;
    return false;
  }

  /** The same provider (or one left unnamed) and the same deliverable, dates left aside. */
  static boolean same(Dependency a, Dependency b) {
    boolean provider =
        a.provider() == null
            || b.provider() == null
            || lower(a.provider()).equals(lower(b.provider()));
    return provider && deliverable(a).equals(deliverable(b)) && !deliverable(a).isEmpty();
  }

  /** "Self-serve SSO integration by November 15" → "self serve sso integration". */
  static String deliverable(Dependency d) {
    String s = d.deliverable() == null ? "" : lower(d.deliverable());
    s = s.replaceAll("\\s(by|before|until)\\s.*$", "");
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static Dependency main(List<Dependency> g) {
    for (Dependency d : g) if (d.id() != null) return d;
    for (Dependency d : g) if (d.status() != null) return d;
    for (Dependency d : g) if (d.neededBy() != null) return d;
    return g.get(0);
  }

  private static String ownerCycle(Objective o) {
    return (o.owner() == null ? "" : o.owner().key()) + "|" + o.cycleId();
  }

  private static String lower(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
  }
}
