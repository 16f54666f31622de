package org.okrsite.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.okrsite.content.FieldReader;
import org.okrsite.content.Suggestions;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Revision;

/**
 * Reads {@code revisions:}, the approved changes of a running cycle: under an objective (naming the
 * key result with {@code kr:}, which a removed key result needs, since it is no longer there) and
 * under a key result (which it then concerns).
 *
 * <pre>{@code
 * revisions:
 *   - date: 2026-11-02
 *     kr: KR3
 *     from: "2%"
 *     to: removed
 *     reason: "Churn moved to the retention team's OKRs"
 * }</pre>
 */
final class RevisionReader {
  static final Set<String> OF_OBJECTIVE = Set.of("date", "kr", "from", "to", "reason");

  /** Under a key result, {@code kr:} may only repeat its own id. */
  static final Set<String> OF_KEY_RESULT = OF_OBJECTIVE;

  private RevisionReader() {}

  /**
   * The revisions of an objective read by {@code f} whose key results {@code krs} were read from
   * its {@code key_results:}: the objective's own first, then each key result's, in file order.
   */
  static List<Revision> read(FieldReader f, List<KeyResult> krs, Diagnostics d) {
    List<Revision> out = new ArrayList<>();
    for (YamlMapping m : Reading.mappings(f, "revisions", "revision")) {
      Revision r = ofObjective(new FieldReader(m, "revision", d), krs);
      if (r != null) out.add(r);
    }
    var seq = f.list("key_results");
    if (seq == null) return out;
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlMapping km)) continue;
      KeyResult kr =
          krs.stream().filter(k -> k.position().equals(km.position())).findFirst().orElse(null);
      if (kr == null) continue;
      FieldReader kf = new FieldReader(km, "key result", d);
      for (YamlMapping m : Reading.mappings(kf, "revisions", "revision")) {
        Revision r = ofKeyResult(new FieldReader(m, "revision", d), kr);
        if (r != null) out.add(r);
      }
    }
    return out;
  }

  private static Revision ofObjective(FieldReader f, List<KeyResult> krs) {
    f.allowOnly(OF_OBJECTIVE);
    Revision r = fields(f, null);
    String ref = f.text("kr");
    if (r == null || ref == null) {
      if (r != null && r.removesKeyResult()) {
        f.diagnostics()
            .error(
                f.at("to"),
                Rule.MISSING_FIELD,
                "revision says a key result was removed but names none",
                "add 'kr: KR3' naming the key result that was taken out");
        return null;
      }
      return r;
    }
    // a removed key result's id may since have gone to another one (KR3 renumbered KR2), so
    // 'to: removed' may name an id the objective has
    KeyResult kr =
        krs.stream().filter(k -> k.id().equalsIgnoreCase(ref.strip())).findFirst().orElse(null);
    if (kr == null && !r.removesKeyResult()) {
      List<String> ids = krs.stream().map(KeyResult::id).toList();
      String near = Suggestions.nearest(ref.strip(), ids);
      f.diagnostics()
          .error(
              f.at("kr"),
              Rule.REVISION_KR,
              "revision names '" + ref.strip() + "', which is not a key result of this objective",
              near != null
                  ? "did you mean '" + near + "'?"
                  : "name one of: "
                      + String.join(", ", ids)
                      + (ids.isEmpty() ? "" : ", or write 'to: removed' for one taken out"));
      return null;
    }
    return withKr(r, kr != null && !r.removesKeyResult() ? kr.id() : ref.strip());
  }

  private static Revision ofKeyResult(FieldReader f, KeyResult kr) {
    f.allowOnly(OF_KEY_RESULT);
    Revision r = fields(f, kr.id());
    String ref = f.text("kr");
    if (ref != null && !ref.strip().equalsIgnoreCase(kr.id())) {
      f.diagnostics()
          .error(
              f.at("kr"),
              Rule.REVISION_KR,
              "a revision under " + kr.id() + " names '" + ref.strip() + "'",
              "move it to the objective's revisions:, or leave 'kr:' out: under a key result it"
                  + " is that key result");
      return null;
    }
    if (r != null && r.removesKeyResult()) {
      removedButPresent(f, kr.id());
      return null;
    }
    return r;
  }

  /** The common fields; null (each problem reported) when one is missing or unreadable. */
  private static Revision fields(FieldReader f, String krId) {
    boolean hasDate = f.has("date");
    var date = f.date("date");
    if (!hasDate) f.missing("date");
    String to = f.requiredText("to");
    String reason = f.requiredText("reason");
    String from = f.text("from");
    if (date == null || to == null || reason == null) return null;
    return new Revision(
        date,
        krId,
        from == null ? null : from.strip(),
        to.strip(),
        reason.strip(),
        f.mapping().position());
  }

  private static Revision withKr(Revision r, String krId) {
    return new Revision(r.date(), krId, r.from(), r.to(), r.reason(), r.position());
  }

  private static void removedButPresent(FieldReader f, String krId) {
    f.diagnostics()
        .error(
            f.at("to"),
            Rule.REVISION_KR,
            "a revision under " + krId + " says it was removed, but it is still there",
            "record the removal under the objective's revisions: with 'kr: "
                + krId
                + "', once "
                + krId
                + " is deleted from key_results");
  }
}
