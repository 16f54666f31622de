package org.okrsite.render;

import java.util.List;
import org.okrsite.model.Strategy;
import org.okrsite.render.ReviewViews.HealthView;
import org.okrsite.render.ReviewViews.InsightsView;
import org.okrsite.render.Views.ChartView;
import org.okrsite.render.Views.Count;
import org.okrsite.render.Views.ObjectiveCard;
import org.okrsite.render.Views.When;

/** The view of {@code home.mustache}: strategy, pillars, annual goals, the current cycle. */
record HomePage(
    String company,
    String vision,
    String mission,
    Strategy.NorthStar northStar,
    String strategyHtml,
    List<Pillar> pillars,
    List<Goal> goals,
    String cycleName,
    String cycleHref,
    List<Count> health,
    String average,
    ChartView burnUp,
    HealthView goalSystem,
    InsightsView insights,
    List<ObjectiveCard> companyObjectives,
    String thisWeekHref,
    String changesHref) {

  /** A strategic pillar, linked to its section of the alignment map. */
  record Pillar(String id, String name, String description, String contribution, String href) {}

  /**
   * An annual goal with its milestones, linked to its section of the alignment map; {@code
   * direction} says which way its milestones are read ("lower is better"); {@code aligned} are the
   * current cycle's objectives that name it.
   */
  record Goal(
      String id,
      String statement,
      String pillar,
      String metric,
      String baseline,
      String owner,
      String whyNow,
      String direction,
      List<Milestone> milestones,
      List<Aligned> aligned,
      List<String> dependencies,
      List<String> risks,
      String href) {}

  /**
   * A quarter's milestone: target, actual ("–" when none yet), its state in words and as a CSS key
   * (reached, missed, not-yet-due, …), and the last day of its quarter (null when the goal's year
   * is unknown).
   */
  record Milestone(
      String quarter, String target, String actual, String reached, String state, When due) {}

  /**
   * An objective of the current cycle that names the goal; {@code via} the key results that do
   * ("KR4"), null when the objective itself does.
   */
  record Aligned(String title, String href, String ownerName, String via) {}
}
