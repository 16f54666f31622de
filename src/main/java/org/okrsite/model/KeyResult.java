package org.okrsite.model;

import org.okrsite.diagnostic.SourcePosition;

/**
 * A key result as written. Values are parsed quantities where the text could be read; the original
 * text stays in {@code text} for key results written as a sentence.
 *
 * @param kind increase, decrease, stay above/below, milestone, or establish a baseline
 * @param baseline where the metric started (null when not stated)
 * @param target where it should get to (null when not stated)
 * @param current a current value written in the OKR itself (check-ins usually carry it), or null
 * @param currentText the current value as written (for milestones: "done"), or null
 * @param owner the name of the person accountable, or null
 * @param confidence the confidence at the start of the cycle (0.0–1.0), or null
 * @param weight the weight in the objective's score (null = 1)
 * @param recordedScore the agreed end-of-cycle score, or null
 * @param selfScore the owner's own end-of-cycle score, or null
 * @param text the key result as written when it was a sentence, else null
 */
public record KeyResult(
    String id,
    String metric,
    KrKind kind,
    Quantity baseline,
    Quantity target,
    Quantity current,
    String currentText,
    String measurement,
    String owner,
    Double confidence,
    Double weight,
    Double recordedScore,
    Double selfScore,
    String leadingIndicator,
    String narrative,
    String text,
    SourcePosition position) {

  /** True when both ends are known, so progress can be computed from a current value. */
  public boolean isMeasurable() {
    return kind == KrKind.MILESTONE
        || kind == KrKind.BASELINE
        || (target != null
            && (baseline != null || kind == KrKind.STAY_ABOVE || kind == KrKind.STAY_BELOW));
  }
}
