package org.okrsite.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.okrsite.content.FieldReader;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.content.YamlScalar;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.Level;
import org.okrsite.model.Person;
import org.okrsite.model.Slug;
import org.okrsite.model.Unit;

/** Reads a declared {@code organisation}: company → departments → teams → members. */
final class OrganisationReader {
  private OrganisationReader() {}

  /** Units and people declared; added to {@code units} and {@code people}. */
  static void read(DocumentKind doc, Diagnostics d, List<Unit> units, List<Person> declared) {
    // by id, in the order listed (a person listed again moves to the end): looked up once per
    // member,
    // so a list searched from the start made 50,000 people quadratic
    java.util.LinkedHashMap<String, Person> people = new java.util.LinkedHashMap<>();
    for (Person p : declared) people.put(p.id(), p);
    FieldReader f = new FieldReader(doc.fields(), "organisation", d);
    f.allowOnly(Set.of("company", "lead", "departments", "teams", "members", "cadence"));
    String company = f.requiredText("company");
    if (company == null) company = "Company";
    String companyId = Slug.of(company);
    units.add(
        new Unit(
            companyId,
            company.trim(),
            Level.COMPANY,
            null,
            f.text("lead"),
            List.of(),
            cadence(f, d),
            f.mapping().position()));
    lead(f.text("lead"), companyId, f.at("lead"), people, null);
    for (YamlMapping dm : Reading.mappings(f, "departments", "department")) {
      FieldReader df = new FieldReader(dm, "department", d);
      df.allowOnly(Set.of("name", "lead", "teams", "members", "cadence", "id"));
      String name = df.requiredText("name");
      if (name == null) continue;
      String id = Slug.of(df.text("id") != null ? df.text("id") : name);
      List<String> members = members(df, id, people, d);
      units.add(
          new Unit(
              id,
              name.trim(),
              Level.DEPARTMENT,
              companyId,
              df.text("lead"),
              members,
              cadence(df, d),
              dm.position()));
      lead(df.text("lead"), id, df.at("lead"), people, null);
      teams(df, id, d, units, people);
    }
    teams(f, companyId, d, units, people);
    people.replaceAll(
        (id, p) ->
            LEAD_ROLE.equals(p.role())
                ? new Person(p.id(), p.name(), null, p.unitId(), p.position())
                : p);
    declared.clear();
    declared.addAll(people.values());
  }

  private static void teams(
      FieldReader parent,
      String parentId,
      Diagnostics d,
      List<Unit> units,
      java.util.LinkedHashMap<String, Person> people) {
    for (YamlMapping tm : Reading.mappings(parent, "teams", "team")) {
      FieldReader tf = new FieldReader(tm, "team", d);
      tf.allowOnly(Set.of("name", "lead", "members", "cadence", "id"));
      String name = tf.requiredText("name");
      if (name == null) continue;
      String id = Slug.of(tf.text("id") != null ? tf.text("id") : name);
      List<String> members = members(tf, id, people, d);
      units.add(
          new Unit(
              id,
              name.trim(),
              Level.TEAM,
              parentId,
              tf.text("lead"),
              members,
              cadence(tf, d),
              tm.position()));
      lead(tf.text("lead"), id, tf.at("lead"), people, null);
    }
  }

  /**
   * A unit's {@code cadence:} as written; one okrsite does not know is a warning (it counts as
   * weekly, so a typo does not make a monthly team "missing" three weeks out of four unnoticed).
   */
  private static String cadence(FieldReader f, Diagnostics d) {
    String written = f.text("cadence");
    if (written != null && org.okrsite.model.Cadence.ofWritten(written).isEmpty())
      d.warning(
          f.at("cadence"),
          Rule.BAD_CADENCE,
          "cadence '" + written + "' is not known; it is read as weekly",
          "use weekly, biweekly (or bi-weekly, fortnightly) or monthly");
    return written;
  }

  private static List<String> members(
      FieldReader f, String unitId, java.util.LinkedHashMap<String, Person> people, Diagnostics d) {
    List<String> ids = new ArrayList<>();
    var seq = f.list("members");
    if (seq == null) return ids;
    for (YamlNode n : seq.items()) {
      String name;
      String role = null;
      if (n instanceof YamlScalar s && !s.isNull()) {
        name = s.text();
      } else if (n instanceof YamlMapping m) {
        FieldReader pf = new FieldReader(m, "member", d);
        pf.allowOnly(Set.of("name", "role"));
        name = pf.requiredText("name");
        role = pf.text("role");
      } else {
        continue;
      }
      if (name == null) continue;
      String id = Slug.of(name);
      ids.add(id);
      Person existing = people.get(id);
      if (existing != null
          && existing.position().compareTo(n.position()) != 0
          && isMemberEntry(existing)) {
        d.error(
            n.position(),
            Rule.DUPLICATE_PERSON,
            "'"
                + name.trim()
                + "' is already a member of another unit (at "
                + existing.position()
                + ")",
            "list each person as a member of one unit only");
        continue;
      }
      if (existing != null) {
        people.remove(id);
        role = role != null ? role : existing.role();
      }
      people.put(id, new Person(id, name.trim(), role, unitId, n.position()));
    }
    return ids;
  }

  /** Leads are added with the position of their {@code lead:} value and a "lead" marker role. */
  private static boolean isMemberEntry(Person p) {
    return !LEAD_ROLE.equals(p.role());
  }

  private static final String LEAD_ROLE = "\u0000lead";

  /** A unit's lead is a person too; their home unit is set where they are listed as a member. */
  private static void lead(
      String name,
      String unitId,
      org.okrsite.diagnostic.SourcePosition at,
      java.util.Map<String, Person> people,
      String role) {
    if (name == null) return;
    String id = Slug.of(name);
    if (people.containsKey(id)) return;
    people.put(id, new Person(id, name.trim(), role == null ? LEAD_ROLE : role, unitId, at));
  }
}
