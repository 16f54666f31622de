package org.okrsite.model;

import java.time.LocalDate;
import java.util.List;
import org.okrsite.diagnostic.SourcePosition;

/** An end-of-cycle retrospective: scores, wins, misses, keep/start/stop, carry-forward, lessons. */
public record Retrospective(
    String id,
    String cycleId,
    Owner owner,
    LocalDate date,
    List<ScoredObjective> scores,
    Double overallAverage,
    List<String> wins,
    List<String> misses,
    List<String> keepDoing,
    List<String> startDoing,
    List<String> stopDoing,
    List<String> carryForward,
    List<String> lessons,
    String narrative,
    SourcePosition position) {

  /** An objective's score as written in the retrospective. */
  public record ScoredObjective(String objective, Double score, List<ScoredKr> keyResults) {
    public ScoredObjective {
      keyResults = List.copyOf(keyResults);
    }
  }

  /** A key result's score as written in the retrospective. */
  public record ScoredKr(String kr, Double score) {}
}
