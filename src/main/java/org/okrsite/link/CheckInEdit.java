package org.okrsite.link;

import java.util.List;
import org.okrsite.config.CycleCalendar;
import org.okrsite.config.Settings;
import org.okrsite.content.SourceDocument;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Objective;

/**
 * An edited check-in file linked against an existing model, for the development server's quick
 * path: the usual weekly edit (values, confidence, notes, blockers of a check-in that keeps its
 * owner and date) is linked without linking the whole organisation again. Anything else (a new
 * owner or date, a private document, another kind) returns null and the caller links everything.
 *
 * <pre>{@code
 * CheckIn edited = CheckInEdit.relink(doc, old, model.objectives(), settings, diagnostics);
 * if (edited == null) rebuildEverything();
 * }</pre>
 */
public final class CheckInEdit {
  private CheckInEdit() {}

  /**
   * The check-in {@code doc} now holds, linked like {@link Linker} would, or null when it cannot
   * simply replace {@code old}. Problems go to {@code d}; the caller should not use the result when
   * {@code d} has errors.
   */
  public static CheckIn relink(
      SourceDocument doc,
      CheckIn old,
      List<Objective> objectives,
      Settings settings,
      Diagnostics d) {
    if (doc.isMarkdown() || !EarlyCheckIns.isCheckIn(doc.data())) return null;
    DocumentKind k = Linker.kindOf(doc, d);
    if (k == null
        || k.visibility() != null
            && !"public".equals(k.visibility())
            && !"internal".equals(k.visibility())) {
      return null;
    }
    CycleCalendar calendar = new CycleCalendar(settings);
    CheckIn raw = CheckInReader.read(k, calendar, d);
    if (raw == null || !raw.date().equals(old.date()) || !raw.id().equals(old.id())) return null;
    if (raw.owner().level() != old.owner().level() || !raw.owner().id().equals(old.owner().id()))
      return null;
    if (raw.cycleId() != null && !raw.cycleId().equals(old.cycleId())) return null;
    List<Objective> mine =
        objectives.stream()
            .filter(
                o -> o.owner().key().equals(old.owner().key()) && old.cycleId().equals(o.cycleId()))
            .toList();
    return new CheckInLinker(mine, calendar, null, null, d).relink(raw, old);
  }
}
