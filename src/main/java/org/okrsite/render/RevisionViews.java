package org.okrsite.render;

import java.util.Comparator;
import java.util.List;
import org.okrsite.model.Objective;
import org.okrsite.model.Revision;
import org.okrsite.render.Views.When;

/** The approved changes of an objective ({@code revisions:}), as its page lists them. */
final class RevisionViews {
  private RevisionViews() {}

  /**
   * One row of the objective page's revisions table.
   *
   * @param kr the key result it changes, or "Objective"
   * @param change "18% → 25%", "2% → removed", or "→ 25%" when no {@code from:} was written
   */
  record RevisionView(When date, String kr, String change, String reason) {}

  /** The revisions of {@code o}, oldest first (in the order written for the same day). */
  static List<RevisionView> of(Objective o, PageWriter writer) {
    return o.revisions().stream()
        .sorted(Comparator.comparing(Revision::date))
        .map(
            r ->
                new RevisionView(
                    writer.when(r.date()),
                    r.krId() == null ? "Objective" : r.krId(),
                    (r.from() == null ? "" : r.from() + " ") + "→ " + r.to(),
                    r.reason()))
        .toList();
  }
}
