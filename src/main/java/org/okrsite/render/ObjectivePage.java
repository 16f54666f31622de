package org.okrsite.render;

import java.util.List;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Context;
import org.okrsite.render.BoardPages.DependencyRow;
import org.okrsite.render.ReviewViews.FindingView;
import org.okrsite.render.ReviewViews.RubricView;
import org.okrsite.render.Views.ChartView;
import org.okrsite.render.Views.KrView;
import org.okrsite.render.Views.ObjectiveCard;
import org.okrsite.render.Views.When;

/**
 * The view of {@code objective.mustache}: one objective in full, its review and alignment. {@code
 * calibration} is the objective's self score against the agreed one, "" without a self score.
 */
record ObjectivePage(
    ObjectiveCard card,
    String calibration,
    String cycleName,
    String cycleHref,
    String lifecycle,
    String cancelledReason,
    boolean development,
    boolean confidenceDrop,
    String expected,
    Context context,
    List<KrView> keyResults,
    List<RevisionViews.RevisionView> revisions,
    List<String> initiatives,
    String narrativeHtml,
    ChartView confidenceChart,
    boolean reviewed,
    RubricView rubric,
    List<FindingView> findings,
    List<Parent> parents,
    boolean unaligned,
    List<ObjectiveCard> children,
    List<DependencyRow> dependencies,
    List<CheckInRow> checkIns) {

  /** What the objective aligns to; {@code href} is null when the reference was not found. */
  record Parent(String kind, String label, String href) {}

  /** A check-in of the objective's owner, with its updates to this objective's key results. */
  record CheckInRow(
      When date,
      String author,
      String goalConfidence,
      List<KrUpdate> updates,
      List<CheckIn.Blocker> issues,
      String href) {}

  /**
   * A check-in's reading of one key result ("–" when it gave no value) and of its leading indicator
   * ("" when none).
   */
  record KrUpdate(String kr, String value, String confidence, String note, String leading) {}
}
