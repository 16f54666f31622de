package org.okrsite.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.okrsite.content.Suggestions;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;
import org.okrsite.model.Level;
import org.okrsite.model.Organisation;
import org.okrsite.model.Owner;
import org.okrsite.model.Person;
import org.okrsite.model.Slug;
import org.okrsite.model.Unit;

/**
 * The organisation: declared in an {@code organisation} document, or inferred from the owners the
 * documents name. When it is declared, an owner it does not know is an error with a suggestion.
 */
final class OrganisationBuilder {
  private final Map<String, Unit> units = new LinkedHashMap<>();
  private final Map<String, Person> people = new LinkedHashMap<>();
  private final boolean declared;
  private final Diagnostics d;
  private final String companyId;

  OrganisationBuilder(
      List<Unit> declaredUnits, List<Person> declaredPeople, String companyName, Diagnostics d) {
    this.d = d;
    this.declared = !declaredUnits.isEmpty();
    for (Unit u : declaredUnits) {
      Unit prev = units.putIfAbsent(u.id(), u);
      if (prev != null) {
        d.error(
            u.position(),
            Rule.DUPLICATE_UNIT,
            "'" + u.name() + "' is declared twice (first at " + prev.position() + ")",
            "give each department and team a distinct name");
      }
    }
    for (Person p : declaredPeople) people.putIfAbsent(p.id(), p);
    if (!declared) {
      String name = companyName == null ? "Company" : companyName;
      units.put(
          Slug.of(name),
          new Unit(
              Slug.of(name),
              name,
              Level.COMPANY,
              null,
              null,
              List.of(),
              null,
              SourcePosition.ofFile("")));
    }
    this.companyId =
        units.values().stream()
            .filter(u -> u.level() == Level.COMPANY)
            .map(Unit::id)
            .findFirst()
            .orElse("company");
  }

  /**
   * The owner as it exists in the organisation: the company whatever name it was written with; a
   * declared unit or person; or, when nothing is declared, a unit or person added on the spot. Null
   * when a declared organisation does not know it (reported).
   */
  Owner resolve(Owner o, SourcePosition at) {
    if (o == null) return null;
    if (o.level() == Level.COMPANY) {
      Unit c = units.get(companyId);
      return new Owner(Level.COMPANY, c.id(), c.name());
    }
    if (o.level() == Level.PERSON) {
      Person p = people.get(o.id());
      if (p != null) return new Owner(Level.PERSON, p.id(), p.name());
      if (declared) {
        unknown(o, at, people.values().stream().map(Person::name).toList());
        return null;
      }
      people.put(o.id(), new Person(o.id(), o.name(), null, null, at));
      return o;
    }
    Unit u = units.get(o.id());
    if (u != null && u.level() == o.level()) return new Owner(o.level(), u.id(), u.name());
    if (declared) {
      unknown(
          o,
          at,
          units.values().stream().filter(x -> x.level() == o.level()).map(Unit::name).toList());
      return null;
    }
    if (u != null) {
      d.error(
          at,
          Rule.OWNER_LEVEL,
          "'" + o.name() + "' is a " + u.level().key() + ", not a " + o.level().key(),
          "write '" + u.level().key() + ": " + u.name() + "'");
      return null;
    }
    units.put(o.id(), new Unit(o.id(), o.name(), o.level(), companyId, null, List.of(), null, at));
    return o;
  }

  /** Notes a person named as a KR owner or check-in author, so their page exists. */
  void notePerson(String name, SourcePosition at) {
    if (name == null || name.isBlank()) return;
    String id = Slug.of(name);
    if (people.containsKey(id)) return;
    if (declared) {
      d.warning(
          at,
          Rule.UNKNOWN_PERSON,
          "'" + name + "' is not in the organisation",
          hint(
              name,
              people.values().stream().map(Person::name).toList(),
              "add them to a team's members"));
      return;
    }
    people.put(id, new Person(id, name.trim(), null, null, at));
  }

  private void unknown(Owner o, SourcePosition at, List<String> known) {
    d.error(
        at,
        Rule.UNKNOWN_OWNER,
        o.level().key() + " '" + o.name() + "' is not in the organisation",
        hint(o.name(), known, "add it to the organisation file, or fix the name"));
  }

  private static String hint(String name, List<String> known, String otherwise) {
    String near = Suggestions.nearest(name, known);
    return near != null ? "did you mean '" + near + "'?" : otherwise;
  }

  Organisation build() {
    return new Organisation(new ArrayList<>(units.values()), new ArrayList<>(people.values()));
  }

  String companyId() {
    return companyId;
  }

  Unit company() {
    return units.get(companyId);
  }
}
