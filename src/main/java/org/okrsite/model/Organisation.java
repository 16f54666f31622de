package org.okrsite.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The company, its departments and teams, and its people, declared or inferred.
 *
 * @param unitIndex units by id (derived; use {@link #Organisation(List, List)})
 * @param personIndex people by id (derived)
 */
public record Organisation(
    List<Unit> units,
    List<Person> people,
    Map<String, Unit> unitIndex,
    Map<String, Person> personIndex) {
  public Organisation {
    units = List.copyOf(units);
    people = List.copyOf(people);
  }

  /** An organisation of these units and people, indexed by id for lookups in constant time. */
  public Organisation(List<Unit> units, List<Person> people) {
    this(units, people, index(units, Unit::id), index(people, Person::id));
  }

  private static <T> Map<String, T> index(
      List<T> items, java.util.function.Function<T, String> id) {
    Map<String, T> m = new java.util.HashMap<>();
    for (T t : items) m.putIfAbsent(id.apply(t), t);
    return java.util.Collections.unmodifiableMap(m);
  }

  public Optional<Unit> company() {
    return units.stream().filter(u -> u.level() == Level.COMPANY).findFirst();
  }

  public Optional<Unit> unit(String id) {
    return Optional.ofNullable(unitIndex.get(id));
  }

  public Optional<Person> person(String id) {
    return Optional.ofNullable(personIndex.get(id));
  }

  /**
   * The unit {@code unitId} and every unit above it, nearest first; empty for an unknown id. Stops
   * at a unit already listed, so a parent loop in the content cannot make it run forever.
   */
  public List<Unit> unitAndAncestors(String unitId) {
    List<Unit> chain = new java.util.ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String id = unitId; id != null && seen.add(id); ) {
      Unit u = unitIndex.get(id);
      if (u == null) break;
      chain.add(u);
      id = u.parentId();
    }
    return chain;
  }

  public List<Unit> children(String unitId) {
    return units.stream().filter(u -> unitId.equals(u.parentId())).toList();
  }

  public List<Person> members(String unitId) {
    return people.stream().filter(p -> unitId.equals(p.unitId())).toList();
  }

  /** Unit ids mapped to their units, in declared order. */
  public Map<String, Unit> unitsById() {
    Map<String, Unit> m = new LinkedHashMap<>();
    for (Unit u : units) m.put(u.id(), u);
    return m;
  }
}
