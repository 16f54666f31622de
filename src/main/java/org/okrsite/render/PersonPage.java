package org.okrsite.render;

import java.util.List;
import org.okrsite.model.Commitment;
import org.okrsite.render.ReviewViews.InsightsView;
import org.okrsite.render.Views.KrView;
import org.okrsite.render.Views.Link;
import org.okrsite.render.Views.ObjectiveCard;
import org.okrsite.render.Views.When;

/** The view of {@code person.mustache}: one person in one cycle, objectives, KRs, commitments. */
record PersonPage(
    String name,
    String role,
    String cycleName,
    Link unit,
    List<ObjectiveCard> cards,
    List<Owned> owned,
    List<Commitments> commitments,
    List<CheckInLink> checkIns,
    List<Link> cycles,
    InsightsView insights) {

  /** A key result the person owns, under the objective it belongs to. */
  record Owned(Link objective, KrView kr) {}

  /** The person's commitments in the cycle: role, what they commit to and their growth goal. */
  record Commitments(String role, String growthGoal, List<Commitment.Item> items) {}

  /** A check-in the person wrote, linked on its week's page. */
  record CheckInLink(When date, String owner, String href) {}
}
