package org.okrsite.render;

import java.util.List;
import org.okrsite.render.Views.ChartView;
import org.okrsite.render.Views.Count;
import org.okrsite.render.Views.Link;
import org.okrsite.render.Views.ObjectiveCard;
import org.okrsite.render.Views.When;

/** The view of {@code cycle.mustache}: one cycle, its health, charts and objectives by unit. */
record CyclePage(
    String name,
    When start,
    When end,
    boolean current,
    List<Count> health,
    String average,
    List<Group> groups,
    List<Link> links,
    ChartView unitScores,
    ChartView burnUp,
    ChartView distribution) {

  /**
   * The objectives of one unit (or the individual ones); a {@code note} stands in for too many
   * cards.
   */
  record Group(String name, String href, List<ObjectiveCard> cards, String note) {}
}
