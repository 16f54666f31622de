package org.okrsite.model;

import java.util.List;
import org.okrsite.diagnostic.SourcePosition;

/**
 * An individual commitment (the seed's alternative to individual OKRs for ICs).
 *
 * @param items what the person commits to, each supporting a KR
 * @param growthGoal the person's development goal
 */
public record Commitment(
    String id,
    String personId,
    String person,
    String role,
    String cycleId,
    List<Item> items,
    String growthGoal,
    SourcePosition position) {
  public Commitment {
    items = List.copyOf(items);
  }

  /** One commitment and the KR it supports. */
  public record Item(String description, String supportsKr, List<String> milestones) {
    public Item {
      milestones = List.copyOf(milestones);
    }
  }
}
