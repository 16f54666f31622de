package org.okrsite.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okrsite.config.CycleCalendar;
import org.okrsite.content.FieldReader;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.content.YamlScalar;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.Cycle;
import org.okrsite.model.Level;
import org.okrsite.model.Owner;
import org.okrsite.model.Quantity;
import org.okrsite.model.Slug;

/** Reading steps shared by the document readers: owners, cycles, quantities. */
final class Reading {
  private Reading() {}

  /** The owner keys in the order they are looked for. */
  static final List<String> OWNER_KEYS = List.of("company", "department", "team", "person");

  /**
   * The owner named by exactly one of {@code company:}, {@code department:}, {@code team:}, {@code
   * person:}; null (and reported when {@code required}) when there is none.
   */
  static Owner owner(FieldReader f, String what, boolean required) {
    List<String> present = OWNER_KEYS.stream().filter(f::has).toList();
    if (present.size() > 1) {
      f.diagnostics()
          .error(
              f.keyAt(present.get(1)),
              Rule.AMBIGUOUS_OWNER,
              what + " names more than one owner (" + String.join(", ", present) + ")",
              "keep one of company:, department:, team:, person:");
    }
    if (present.isEmpty()) {
      if (required) {
        f.diagnostics()
            .error(
                f.mapping().position(),
                Rule.MISSING_OWNER,
                what + " names no owner",
                "add 'team: NAME' (or department:, person:, company:) saying whose it is");
      }
      return null;
    }
    String key = present.get(0);
    String name = f.text(key);
    if (name == null || name.isBlank()) {
      // An empty owner used to drop the objective silently; say so instead.
      if (required) {
        f.diagnostics()
            .error(
                f.keyAt(key),
                Rule.MISSING_OWNER,
                what + " names an empty " + key,
                "write whose it is, e.g. '" + key + ": Growth'");
      }
      return null;
    }
    return new Owner(Level.fromKey(key).orElseThrow(), Slug.of(name), name.trim());
  }

  /** The cycle named by {@code quarter:} or {@code cycle:}; reported when unknown or missing. */
  static Cycle cycle(FieldReader f, CycleCalendar cal, String what, boolean required) {
    String key = f.has("quarter") ? "quarter" : f.has("cycle") ? "cycle" : null;
    if (key == null) {
      if (required) {
        f.diagnostics()
            .error(
                f.mapping().position(),
                Rule.MISSING_CYCLE,
                what + " names no cycle",
                "add 'quarter: Q1 2026' (or 'cycle: NAME' for a cycle declared in site.yaml)");
      }
      return null;
    }
    String name = f.text(key);
    Optional<Cycle> c = cal.byName(name);
    if (c.isEmpty() && name != null) {
      f.diagnostics()
          .error(
              f.at(key),
              Rule.UNKNOWN_CYCLE,
              "'" + name + "' is not a cycle",
              "write a quarter as 'Q1 2026', or declare the cycle under cycles.custom in"
                  + " site.yaml");
    }
    return c.orElse(null);
  }

  /**
   * A value written as a quantity ({@code 7 days}, {@code 18%}); null when absent or unreadable.
   */
  static Quantity quantity(FieldReader f, String key) {
    String t = f.text(key);
    if (t == null) return null;
    return Quantity.parse(t).orElse(null);
  }

  /** The scalar text of a node, or null when the node is not a scalar. */
  static String text(YamlNode n) {
    return n instanceof YamlScalar s && !s.isNull() ? s.text() : null;
  }

  /** The mappings of a list field; scalars and other items are reported. */
  static List<YamlMapping> mappings(FieldReader f, String key, String itemName) {
    List<YamlMapping> out = new ArrayList<>();
    var seq = f.list(key);
    if (seq == null) return out;
    for (YamlNode n : seq.items()) {
      if (n instanceof YamlMapping m) {
        out.add(m);
      } else {
        f.diagnostics()
            .error(
                n.position(),
                Rule.WRONG_TYPE,
                "each item of '"
                    + key
                    + "' must be a "
                    + itemName
                    + " (a mapping of keys), not "
                    + n.typeName(),
                "write it as '- key: value' lines");
      }
    }
    return out;
  }

  /**
   * Whether two values are in the same unit; a bare number ({@code 0}) agrees with any unit, since
   * people write "0 → 15 accounts".
   */
  static boolean unitsAgree(Quantity a, Quantity b) {
    return a.unit().isEmpty() || b.unit().isEmpty() || a.sameUnitAs(b);
  }
}
