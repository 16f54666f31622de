package org.okrsite.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;

/**
 * Reads typed fields out of a YAML mapping, reporting wrong types, missing fields and unknown keys
 * (with a "did you mean") as diagnostics instead of throwing. Absent or null fields read as null.
 *
 * <pre>{@code
 * FieldReader f = new FieldReader(mapping, "okr", diagnostics);
 * f.allowOnly(Set.of("quarter", "team", "objective", "key_results"));
 * String title = f.requiredText("objective");
 * }</pre>
 */
public final class FieldReader {
  private final YamlMapping map;
  private final String context;
  private final Diagnostics diagnostics;

  /**
   * @param context the name of what is being read, for messages (e.g. {@code okr}, {@code key
   *     result})
   */
  public FieldReader(YamlMapping map, String context, Diagnostics diagnostics) {
    this.map = map;
    this.context = context;
    this.diagnostics = diagnostics;
  }

  public YamlMapping mapping() {
    return map;
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }

  public boolean has(String key) {
    return map.get(key).filter(v -> !(v instanceof YamlScalar s && s.isNull())).isPresent();
  }

  /** Reports every key not in {@code known} as an error, suggesting the nearest known key. */
  public void allowOnly(Collection<String> known) {
    for (YamlMapping.Entry e : map.entries()) {
      String k = e.key().text();
      if (known.contains(k)) continue;
      String near = Suggestions.nearest(k, known);
      String hint =
          near != null
              ? "did you mean '" + near + "'?"
              : "known keys here: " + String.join(", ", known.stream().sorted().toList());
      diagnostics.error(
          e.key().position(), Rule.UNKNOWN_KEY, "unknown key '" + k + "' in " + context, hint);
    }
  }

  /** The position of a field's value, or of the mapping when the field is absent. */
  public SourcePosition at(String key) {
    return map.get(key).map(YamlNode::position).orElse(map.position());
  }

  /** The position of a field's key, or of the mapping when the field is absent. */
  public SourcePosition keyAt(String key) {
    return map.entry(key).map(e -> e.key().position()).orElse(map.position());
  }

  /** A scalar field as text (numbers and dates as written); null when absent. */
  public String text(String key) {
    Optional<YamlNode> v = map.get(key);
    if (v.isEmpty()) return null;
    if (v.get() instanceof YamlScalar s) return s.isNull() ? null : s.text();
    wrongType(key, v.get(), "text");
    return null;
  }

  /** A text field that must be present and non-empty. */
  public String requiredText(String key) {
    String t = text(key);
    if (t == null && map.get(key).map(n -> n instanceof YamlScalar).orElse(true)) {
      missing(key);
    } else if (t != null && t.isBlank()) {
      diagnostics.error(
          at(key),
          Rule.MISSING_FIELD,
          "'" + key + "' in " + context + " is empty",
          "write a value for '" + key + "'");
      return null;
    }
    return t;
  }

  /** Reports a missing required field at the mapping's position. */
  public void missing(String key) {
    diagnostics.error(
        map.position(),
        Rule.MISSING_FIELD,
        context + " has no '" + key + "'",
        "add '" + key + ":' to this " + context);
  }

  /** A number field; text that reads as a plain number is accepted too. */
  public Double number(String key) {
    Optional<YamlNode> v = map.get(key);
    if (v.isEmpty() || v.get() instanceof YamlScalar s && s.isNull()) return null;
    if (v.get() instanceof YamlScalar s) {
      try {
        return Numbers.boxed(Double.parseDouble(s.text().trim()));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    wrongType(key, v.get(), "a number");
    return null;
  }

  /**
   * A number between 0.0 and 1.0 (confidence, score); out of range is reported under {@code rule}.
   */
  public Double fraction(String key, Rule rule) {
    Double d = number(key);
    if (d != null && (d < 0 || d > 1 || d.isNaN())) {
      diagnostics.error(
          at(key),
          rule,
          "'" + key + "' is " + format(d) + ", outside 0.0–1.0",
          "write " + key + " as a number from 0.0 to 1.0 (e.g. 0.7, not 70)");
      return null;
    }
    return d;
  }

  /** A date written {@code YYYY-MM-DD}, quoted or not. */
  public LocalDate date(String key) {
    String t = text(key);
    if (t == null) return null;
    try {
      return LocalDate.parse(t.trim());
    } catch (DateTimeParseException e) {
      diagnostics.error(
          at(key),
          Rule.BAD_DATE,
          "'" + key + "' is not a date: '" + t + "'",
          "write dates as YYYY-MM-DD, e.g. 2026-01-16");
      return null;
    }
  }

  /** A boolean field. */
  public Boolean bool(String key) {
    Optional<YamlNode> v = map.get(key);
    if (v.isEmpty() || v.get() instanceof YamlScalar s && s.isNull()) return null;
    if (v.get() instanceof YamlScalar s && s.type() == YamlScalar.Type.BOOL) {
      return s.text().equalsIgnoreCase("true")
          || s.text().equalsIgnoreCase("yes")
          || s.text().equalsIgnoreCase("on")
          || s.text().equalsIgnoreCase("y");
    }
    wrongType(key, v.get(), "true or false");
    return null;
  }

  /** A list of scalars as text; a single scalar reads as a list of one. Never null. */
  public List<String> textList(String key) {
    Optional<YamlNode> v = map.get(key);
    List<String> out = new ArrayList<>();
    if (v.isEmpty()) return out;
    if (v.get() instanceof YamlScalar s) {
      if (!s.isNull()) out.add(s.text());
      return out;
    }
    if (v.get() instanceof YamlSequence seq) {
      for (YamlNode n : seq.items()) {
        if (n instanceof YamlScalar s) {
          if (!s.isNull()) out.add(s.text());
        } else {
          diagnostics.error(
              n.position(),
              Rule.WRONG_TYPE,
              "items of '" + key + "' in " + context + " must be text, not a " + n.typeName(),
              "write each item as one line of text");
        }
      }
      return out;
    }
    wrongType(key, v.get(), "a list of text");
    return out;
  }

  /** A nested mapping, or null. */
  public YamlMapping mappingField(String key) {
    Optional<YamlNode> v = map.get(key);
    if (v.isEmpty() || v.get() instanceof YamlScalar s && s.isNull()) return null;
    if (v.get() instanceof YamlMapping m) return m;
    wrongType(key, v.get(), "a mapping of keys to values");
    return null;
  }

  /** A list field, or null; a scalar or mapping here is reported. */
  public YamlSequence list(String key) {
    Optional<YamlNode> v = map.get(key);
    if (v.isEmpty() || v.get() instanceof YamlScalar s && s.isNull()) return null;
    if (v.get() instanceof YamlSequence s) return s;
    wrongType(key, v.get(), "a list");
    return null;
  }

  private void wrongType(String key, YamlNode got, String expected) {
    diagnostics.error(
        got.position(),
        Rule.WRONG_TYPE,
        "'" + key + "' in " + context + " must be " + expected + ", not " + article(got.typeName()),
        "write '" + key + "' as " + expected);
  }

  private static String article(String typeName) {
    return switch (typeName) {
      case "text", "nothing" -> typeName;
      case "true/false" -> "true/false";
      default -> "a " + typeName;
    };
  }

  static String format(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
