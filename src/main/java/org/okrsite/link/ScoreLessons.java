package org.okrsite.link;

import java.util.List;
import org.okrsite.config.CycleCalendar;
import org.okrsite.content.FieldReader;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.model.Cycle;
import org.okrsite.model.Owner;
import org.okrsite.model.Retrospective;
import org.okrsite.model.Slug;

/**
 * The lessons and carry-forward list of an {@code okr_score}: retrospective content, published with
 * the owner's retrospectives of that cycle.
 */
final class ScoreLessons {
  private ScoreLessons() {}

  static Retrospective of(DocumentKind k, CycleCalendar cal, OrganisationBuilder org) {
    Diagnostics quiet = new Diagnostics(); // the score document was already checked when read
    FieldReader f = new FieldReader(k.fields(), "okr_score", quiet);
    List<String> lessons = f.textList("lessons");
    List<String> carry = f.textList("carry_forward");
    if (lessons.isEmpty() && carry.isEmpty()) return null;
    Cycle cycle = Reading.cycle(f, cal, "okr_score", false);
    Owner owner = org.resolve(Reading.owner(f, "okr_score", false), f.mapping().position());
    String title = f.text("objective");
    if (cycle == null || owner == null || title == null) return null;
    return new Retrospective(
        "lessons-" + cycle.id() + "-" + owner.id() + "-" + Slug.of(title),
        cycle.id(),
        owner,
        null,
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        carry,
        lessons,
        null,
        f.mapping().position());
  }
}
