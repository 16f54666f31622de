package org.okrsite.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.okrsite.config.CycleCalendar;
import org.okrsite.content.FieldReader;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.content.YamlScalar;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.Owner;
import org.okrsite.model.Quantity;

/**
 * Reads a {@code checkin} (the contract's GRIP shape). KR references, units and the cycle are
 * resolved later by the linker, which knows the owner's objectives.
 */
final class CheckInReader {
  static final Set<String> FIELDS =
      Set.of(
          "date",
          "company",
          "department",
          "team",
          "person",
          "quarter",
          "cycle",
          "author",
          "goal_confidence",
          "key_results",
          "issues",
          "plan",
          "visibility",
          "narrative");

  private CheckInReader() {}

  static CheckIn read(DocumentKind doc, CycleCalendar cal, Diagnostics d) {
    FieldReader f = new FieldReader(doc.fields(), "checkin", d);
    f.allowOnly(FIELDS);
    LocalDate date = f.date("date");
    if (date == null && !f.has("date")) f.missing("date");
    Owner owner = Reading.owner(f, "checkin", true);
    Cycle cycle = Reading.cycle(f, cal, "checkin", false);
    if (cycle != null && date != null && !cycle.contains(date)) {
      d.error(
          f.at("date"),
          Rule.DATE_OUTSIDE_CYCLE,
          "check-in date "
              + date
              + " is outside "
              + cycle.name()
              + " ("
              + cycle.start()
              + " – "
              + cycle.end()
              + ")",
          "fix the date, or the quarter it reports on");
    }
    List<CheckIn.Update> updates = new ArrayList<>();
    for (YamlMapping m : Reading.mappings(f, "key_results", "key result update")) {
      FieldReader u = new FieldReader(m, "key result update", d);
      u.allowOnly(Set.of("id", "current", "confidence", "note", "actual", "leading"));
      String ref = u.requiredText("id");
      String key = u.has("current") ? "current" : "actual";
      String currentText = u.text(key);
      Quantity current = currentText == null ? null : Quantity.parse(currentText).orElse(null);
      updates.add(
          new CheckIn.Update(
              ref == null ? null : ref.trim(),
              null,
              null,
              currentText,
              current,
              u.fraction("confidence", Rule.CONFIDENCE_RANGE),
              u.text("note"),
              leading(u, d),
              m.position()));
    }
    String narrative =
        doc.body() != null && !doc.body().isBlank() ? doc.body() : f.text("narrative");
    if (date == null || owner == null) return null;
    String id = owner.level().key() + "-" + owner.id() + "-" + date;
    return new CheckIn(
        id,
        date,
        owner,
        cycle == null ? null : cycle.id(),
        f.text("author"),
        f.fraction("goal_confidence", Rule.CONFIDENCE_RANGE),
        updates,
        issues(f, d),
        plan(f, d),
        narrative,
        f.mapping().position());
  }

  /**
   * This week's reading of the key result's leading indicator, {@code leading: 42} or {@code
   * leading: "61%"}: a scalar like {@code current:}, with a number in it. Whether the key result
   * names a leading indicator is for the linker, which knows the key result.
   */
  private static CheckIn.Reading leading(FieldReader u, Diagnostics d) {
    String text = u.text("leading"); // a list or mapping is reported where it is written
    if (text == null) return null;
    SourcePosition at = u.at("leading");
    Quantity value = Quantity.parse(text).orElse(null);
    if (value == null) {
      d.error(
          at,
          Rule.BAD_QUANTITY,
          "leading-indicator reading '" + text.strip() + "' has no number okrsite can read",
          "write the reading as a number, with its unit if it has one: leading: 42 or leading:"
              + " \"61%\"");
      return null;
    }
    return new CheckIn.Reading(text.strip(), value, at);
  }

  private static List<CheckIn.Blocker> issues(FieldReader f, Diagnostics d) {
    List<CheckIn.Blocker> out = new ArrayList<>();
    var seq = f.list("issues");
    if (seq == null) return out;
    for (YamlNode n : seq.items()) {
      if (n instanceof YamlScalar s && !s.isNull()) {
        out.add(new CheckIn.Blocker(s.text(), null, null));
      } else if (n instanceof YamlMapping m) {
        FieldReader b = new FieldReader(m, "issue", d);
        b.allowOnly(Set.of("issue", "need", "from"));
        String t = b.requiredText("issue");
        if (t != null) out.add(new CheckIn.Blocker(t, b.text("need"), b.text("from")));
      }
    }
    return out;
  }

  private static List<CheckIn.Priority> plan(FieldReader f, Diagnostics d) {
    List<CheckIn.Priority> out = new ArrayList<>();
    var seq = f.list("plan");
    if (seq == null) return out;
    for (YamlNode n : seq.items()) {
      if (n instanceof YamlScalar s && !s.isNull()) {
        out.add(new CheckIn.Priority(s.text(), null));
      } else if (n instanceof YamlMapping m) {
        FieldReader p = new FieldReader(m, "plan item", d);
        p.allowOnly(Set.of("priority", "supports"));
        String t = p.requiredText("priority");
        if (t != null) out.add(new CheckIn.Priority(t, p.text("supports")));
      }
    }
    return out;
  }
}
