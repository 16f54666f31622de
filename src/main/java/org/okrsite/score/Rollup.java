package org.okrsite.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.ParentRef;

/**
 * Optional roll-up ({@code scoring.rollup: true}): an objective's score averages its own KRs' final
 * scores and its child objectives' (rolled-up) scores, each child counting as one KR.
 */
final class Rollup {
  private final Map<String, List<String>> children = new HashMap<>();
  private final Map<String, Objective> byId = new HashMap<>();

  Rollup(Model model) {
    for (Objective o : model.objectives()) {
      byId.put(o.id(), o);
      for (ParentRef p : o.parents()) {
        if (Scorer.isObjectiveParent(p))
          children.computeIfAbsent(p.targetId(), k -> new ArrayList<>()).add(o.id());
      }
    }
  }

  Map<String, ObjectiveScore> apply(Map<String, ObjectiveScore> scores) {
    Map<String, Double> memo = new HashMap<>();
    Map<String, ObjectiveScore> out = new LinkedHashMap<>();
    for (var e : scores.entrySet()) {
      ObjectiveScore s = e.getValue();
      Double rolled = rolled(e.getKey(), scores, memo, new HashSet<>());
      out.put(
          e.getKey(),
          new ObjectiveScore(
              s.objectiveId(),
              rolled,
              s.recordedScore(),
              s.progress(),
              s.expectedProgress(),
              s.confidence(),
              s.status(),
              s.band() == null || s.recordedScore() != null ? s.band() : Band.of(rolled),
              s.lastCheckIn(),
              s.stale(),
              s.confidenceDrop(),
              s.keyResults()));
    }
    return out;
  }

  private Double rolled(
      String id, Map<String, ObjectiveScore> scores, Map<String, Double> memo, Set<String> path) {
    if (memo.containsKey(id)) return memo.get(id);
    if (!path.add(id)) return null;
    ObjectiveScore s = scores.get(id);
    List<Double> values = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    Objective o = byId.get(id);
    for (int i = 0; i < s.keyResults().size(); i++) {
      values.add(s.keyResults().get(i).finalScore());
      weights.add(o.keyResults().get(i).weight());
    }
    for (String child : children.getOrDefault(id, List.of())) {
      values.add(rolled(child, scores, memo, path));
      weights.add(null);
    }
    Double r = Scorer.mean(values, weights);
    memo.put(id, r);
    path.remove(id);
    return r;
  }
}
