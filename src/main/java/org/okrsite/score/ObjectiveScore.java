package org.okrsite.score;

import java.time.LocalDate;
import java.util.List;

/**
 * What scoring computed for one objective.
 *
 * @param score the weighted mean of its KRs' final scores (with children's scores when rolling up)
 * @param recordedScore the agreed {@code objective_score}, or null
 * @param confidence the owner's latest goal confidence, else the mean of its KRs' confidences
 * @param status from its key results and the goal confidence (contract §3), {@link Status#CLOSED}
 *     after the cycle
 * @param band the band of the recorded score, else of the score, once the cycle has ended
 * @param lastCheckIn the owner's latest check-in in the cycle, or null
 * @param stale true when the owner has been silent longer than allowed in a running cycle
 */
public record ObjectiveScore(
    String objectiveId,
    Double score,
    Double recordedScore,
    Double progress,
    Double expectedProgress,
    Double confidence,
    Status status,
    Band band,
    LocalDate lastCheckIn,
    boolean stale,
    boolean confidenceDrop,
    List<KrScore> keyResults) {
  public ObjectiveScore {
    keyResults = List.copyOf(keyResults);
  }
}
