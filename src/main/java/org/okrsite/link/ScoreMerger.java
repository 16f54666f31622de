package org.okrsite.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Lifecycle;
import org.okrsite.model.Objective;

/**
 * Puts an {@code okr_score}'s actuals, agreed scores and narratives into the objective it scores
 * (same owner, cycle and title); a score whose objective is not written elsewhere stands alone.
 */
final class ScoreMerger {
  private final Diagnostics d;

  ScoreMerger(Diagnostics d) {
    this.d = d;
  }

  List<Objective> merge(List<Objective> objectives, List<Objective> scores) {
    List<Objective> out = new ArrayList<>(objectives);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < out.size(); i++) index.putIfAbsent(key(out.get(i), out.get(i).title()), i);
    for (Objective s : scores) {
      Integer found = index.get(key(s, s.title()));
      if (found == null && s.id() != null) found = indexById(out, s);
      int i = found == null ? -1 : found;
      if (i < 0) {
        out.add(s);
        continue;
      }
      Objective o = out.get(i);
      List<KeyResult> krs = new ArrayList<>();
      for (KeyResult kr : o.keyResults()) krs.add(mergeKr(kr, find(s, kr.id())));
      for (KeyResult skr : s.keyResults()) {
        if (o.keyResults().stream().noneMatch(k -> k.id().equalsIgnoreCase(skr.id()))) {
          d.error(
              skr.position(),
              Rule.SCORE_UNKNOWN_KR,
              "okr_score scores '"
                  + skr.id()
                  + "', which objective '"
                  + o.title()
                  + "' does not have",
              "use the KR ids of the okr: "
                  + String.join(", ", o.keyResults().stream().map(KeyResult::id).toList()));
        }
      }
      Double objScore = s.recordedScore() != null ? s.recordedScore() : o.recordedScore();
      Objective merged = o.withKeyResults(krs, objScore);
      // the self score is kept whatever the lifecycle (an okr already closed has one too); an
      // approved objective that has been scored is closed
      Double self = s.selfScore() != null ? s.selfScore() : merged.selfScore();
      if (o.lifecycle() == Lifecycle.APPROVED
          || !java.util.Objects.equals(self, merged.selfScore())) {
        merged =
            new Objective(
                merged.id(),
                merged.title(),
                merged.owner(),
                merged.cycleId(),
                merged.parents(),
                merged.keyResults(),
                merged.initiatives(),
                merged.dependencies(),
                merged.context(),
                merged.tier(),
                o.lifecycle() == Lifecycle.APPROVED ? Lifecycle.CLOSED : merged.lifecycle(),
                merged.cancelledReason(),
                merged.development(),
                merged.recordedScore(),
                self,
                merged.narrative(),
                merged.revisions(),
                merged.source(),
                merged.position());
      }
      out.set(i, merged);
    }
    return out;
  }

  private KeyResult mergeKr(KeyResult kr, KeyResult s) {
    if (s == null) return kr;
    if (s.target() != null && kr.target() != null && s.target().value() != kr.target().value()) {
      d.warning(
          s.position(),
          Rule.TARGET_CHANGED,
          "okr_score states target '"
              + s.target().text()
              + "' for "
              + kr.id()
              + " but the okr set '"
              + kr.target().text()
              + "'",
          "lock targets for the cycle; explain the change in the narrative instead");
    }
    return new KeyResult(
        kr.id(),
        kr.metric(),
        kr.kind(),
        kr.baseline(),
        kr.target(),
        s.current() != null ? s.current() : kr.current(),
        s.currentText() != null ? s.currentText() : kr.currentText(),
        kr.measurement(),
        kr.owner(),
        kr.confidence(),
        kr.weight(),
        s.recordedScore() != null ? s.recordedScore() : kr.recordedScore(),
        s.selfScore() != null ? s.selfScore() : kr.selfScore(),
        kr.leadingIndicator(),
        s.narrative() != null ? s.narrative() : kr.narrative(),
        kr.text(),
        kr.position());
  }

  private static KeyResult find(Objective s, String id) {
    return s.keyResults().stream()
        .filter(k -> k.id().equalsIgnoreCase(id))
        .findFirst()
        .orElse(null);
  }

  private static String key(Objective o, String title) {
    return o.owner().key() + "|" + o.cycleId() + "|" + norm(title);
  }

  /** A score that names the objective by its id instead of its exact title. */
  private static Integer indexById(List<Objective> os, Objective s) {
    for (int i = 0; i < os.size(); i++) {
      Objective o = os.get(i);
      if (o.owner().key().equals(s.owner().key())
          && o.cycleId().equals(s.cycleId())
          && s.id().equals(o.id())) return i;
    }
    return null;
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private static String norm(String t) {
    return SPACES.matcher(t.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
