package org.okrsite.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.okrsite.model.Level;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.Organisation;
import org.okrsite.model.Person;
import org.okrsite.model.Unit;
import org.okrsite.review.ScopeInsights.Scope;

/**
 * Which objectives belong to a scope: the company holds all; a department its own, its teams' and
 * their people's; a team its own and its members'; a person their own.
 */
final class Scopes {
  private final Organisation org;

  Scopes(Model model) {
    this.org = model.organisation();
  }

  /** The company, then departments, teams and people in declared order. */
  List<Scope> all(List<Objective> objectives) {
    List<Scope> out = new ArrayList<>();
    Unit company = org.company().orElse(null);
    out.add(
        company != null
            ? new Scope(Level.COMPANY, company.id(), company.name())
            : new Scope(Level.COMPANY, "company", "Company"));
    for (Level l : List.of(Level.DEPARTMENT, Level.TEAM)) {
      for (Unit u : org.units()) if (u.level() == l) out.add(new Scope(l, u.id(), u.name()));
    }
    Set<String> owners = new TreeSet<>();
    for (Objective o : objectives)
      if (o.owner().level() == Level.PERSON) owners.add(o.owner().id());
    for (Person p : org.people())
      if (owners.remove(p.id())) out.add(new Scope(Level.PERSON, p.id(), p.name()));
    for (Objective o : objectives) {
      if (o.owner().level() == Level.PERSON && owners.remove(o.owner().id())) {
        out.add(new Scope(Level.PERSON, o.owner().id(), o.owner().name()));
      }
    }
    return out;
  }

  /**
   * The objectives of every scope, by {@link #key}, in the given order: one pass over the
   * objectives (each is in at most four scopes) instead of a {@link #contains} test per scope and
   * objective.
   */
  java.util.Map<String, List<Objective>> members(List<Objective> objectives) {
    java.util.Map<String, List<Objective>> out = new java.util.HashMap<>();
    for (Objective o : objectives) {
      add(out, key(Level.COMPANY, null), o);
      if (o.owner().level() == Level.PERSON) add(out, key(Level.PERSON, o.owner().id()), o);
      String unit = unitOf(o);
      if (unit == null) continue;
      Unit u = org.unit(unit).orElse(null);
      if (u == null) continue;
      if (u.level() == Level.DEPARTMENT || u.level() == Level.TEAM)
        add(out, key(u.level(), u.id()), o);
      Unit parent = u.parentId() == null ? null : org.unit(u.parentId()).orElse(null);
      if (parent != null && parent.level() == Level.DEPARTMENT && !parent.id().equals(u.id())) {
        add(out, key(Level.DEPARTMENT, parent.id()), o);
      }
    }
    return out;
  }

  private static void add(java.util.Map<String, List<Objective>> m, String key, Objective o) {
    List<Objective> list = m.computeIfAbsent(key, k -> new ArrayList<>());
    if (list.isEmpty() || list.get(list.size() - 1) != o) list.add(o);
  }

  /** A scope's key in {@link #members}: the company has one scope whatever its id. */
  static String key(Level level, String id) {
    return level == Level.COMPANY ? "company" : level + ":" + id;
  }

  static String key(Scope s) {
    return key(s.level(), s.id());
  }

  /** True when the objective's owner falls inside the scope. */
  boolean contains(Scope s, Objective o) {
    if (s.level() == Level.COMPANY) return true;
    String unit = unitOf(o);
    if (s.level() == Level.PERSON)
      return o.owner().level() == Level.PERSON && o.owner().id().equals(s.id());
    if (unit == null) return false;
    if (unit.equals(s.id())) return true;
    return s.level() == Level.DEPARTMENT
        && org.unit(unit).map(u -> s.id().equals(u.parentId())).orElse(false);
  }

  /** The unit an objective's owner belongs to: the owner itself, or a person's team. */
  private String unitOf(Objective o) {
    if (o.owner().level() != Level.PERSON) return o.owner().id();
    return org.person(o.owner().id()).map(Person::unitId).orElse(null);
  }
}
