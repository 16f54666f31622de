/**
 * Progress, scores and roll-ups, computed as pure functions over the model: the contract's {@code
 * (current - baseline) / (target - baseline)}, thresholds for stay-above/below key results,
 * milestone completion, clamping, rounding and weighted means; and who is due to check in when
 * ({@link org.okrsite.score.CheckInSchedule}). Nothing here does I/O or holds state.
 */
package org.okrsite.score;
