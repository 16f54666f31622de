package org.okrsite.score;

import java.time.LocalDate;
import java.util.List;
import org.okrsite.model.Quantity;

/**
 * What scoring computed for one key result as of the build date.
 *
 * @param current the latest value (check-in, else the OKR's own {@code current}/{@code actual})
 * @param progress (current − baseline) / (target − baseline), unclamped; null when unknown
 * @param computedScore progress clamped to 0.0–1.0, rounded to 2 decimals
 * @param recordedScore the agreed end-of-cycle score, or null
 * @param finalScore the recorded score when present, else the computed one
 * @param confidence the latest confidence (check-in, else the OKR's starting confidence)
 * @param previousConfidence the confidence before the latest one, or null
 * @param confidenceDrop true when confidence fell by more than the threshold since the last
 *     check-in
 * @param status the status in a running cycle (contract §3), {@link Status#CLOSED} after it
 * @param statusReason why the data gives that status, in words; empty when nothing needs saying
 * @param divergence confidence that disagrees with the data
 * @param band the score band once the cycle has ended, else null
 * @param expectedProgress the linear expectation for the time elapsed (0–1)
 * @param forecast the progress expected at cycle end from the check-in trend, or null
 * @param history the check-ins that updated this KR, oldest first
 */
public record KrScore(
    String objectiveId,
    String krId,
    Quantity current,
    String currentText,
    LocalDate lastUpdate,
    Double progress,
    Double computedScore,
    Double recordedScore,
    Double finalScore,
    Double confidence,
    Double previousConfidence,
    boolean confidenceDrop,
    Status status,
    String statusReason,
    StatusRule.Divergence divergence,
    Band band,
    Double expectedProgress,
    Double forecast,
    Pace pace,
    List<Point> history) {
  public KrScore {
    history = List.copyOf(history);
  }

  /**
   * One check-in's reading of the KR.
   *
   * @param leading the check-in's reading of the KR's leading indicator, or null
   */
  public record Point(
      LocalDate date,
      Quantity value,
      String text,
      Double progress,
      Double confidence,
      String note,
      Quantity leading,
      String checkInId) {}
}
