package org.okrsite.review;

import java.util.List;
import org.okrsite.config.Dimension;

/**
 * The quality rubric of one objective with its key results: seven dimensions rated 0–100, a
 * weighted total and its band.
 *
 * @param total the weighted mean of the ratings, 0–100, rounded
 * @param band the band of the total (default: Excellent, Okay, Poor)
 */
public record Rubric(String objectiveId, List<Rating> ratings, int total, String band) {
  public Rubric {
    ratings = List.copyOf(ratings);
  }

  /** The rating of one dimension. */
  public Rating rating(Dimension d) {
    return ratings.stream().filter(r -> r.dimension() == d).findFirst().orElseThrow();
  }

  /**
   * One dimension's rating.
   *
   * @param score 0–100
   * @param weight the dimension's weight in percent
   * @param evidence what set the rating
   */
  public record Rating(Dimension dimension, int score, int weight, List<Evidence> evidence) {
    public Rating {
      evidence = List.copyOf(evidence);
    }
  }
}
