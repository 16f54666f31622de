package org.okrsite.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The company, its departments and teams, and its people, declared or inferred. */
public record Organisation(List<Unit> units, List<Person> people) {
  public Organisation {
    units = List.copyOf(units);
    people = List.copyOf(people);
  }

  public Optional<Unit> company() {
    return units.stream().filter(u -> u.level() == Level.COMPANY).findFirst();
  }

  public Optional<Unit> unit(String id) {
    return units.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  public Optional<Person> person(String id) {
    return people.stream().filter(p -> p.id().equals(id)).findFirst();
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
