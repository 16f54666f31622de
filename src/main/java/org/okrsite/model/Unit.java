package org.okrsite.model;

import java.util.List;
import org.okrsite.diagnostic.SourcePosition;

/**
 * An organisational unit: the company, a department or a team.
 *
 * @param parentId the unit above, or {@code null} for the company
 * @param lead the name of the person who leads it, or {@code null}
 * @param memberIds ids of the people in it (teams), in declared order
 * @param cadence how often its owner checks in: weekly, biweekly, monthly
 */
public record Unit(
    String id,
    String name,
    Level level,
    String parentId,
    String lead,
    List<String> memberIds,
    String cadence,
    SourcePosition position) {
  public Unit {
    memberIds = List.copyOf(memberIds);
  }
}
