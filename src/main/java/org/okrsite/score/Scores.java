package org.okrsite.score;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The scores of every objective of a model, by objective id, as of a date. */
public record Scores(LocalDate asOf, Map<String, ObjectiveScore> objectives) {
  public Scores {
    objectives = Collections.unmodifiableMap(new LinkedHashMap<>(objectives));
  }

  public ObjectiveScore of(String objectiveId) {
    return objectives.get(objectiveId);
  }

  public Optional<KrScore> kr(String objectiveId, String krId) {
    ObjectiveScore o = objectives.get(objectiveId);
    if (o == null) return Optional.empty();
    return o.keyResults().stream().filter(k -> k.krId().equals(krId)).findFirst();
  }
}
