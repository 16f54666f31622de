package org.okrsite.render;

import java.util.List;
import org.okrsite.render.ReviewViews.InsightsView;
import org.okrsite.render.Views.ChartView;
import org.okrsite.render.Views.Link;
import org.okrsite.render.Views.ObjectiveCard;

/** The view of {@code unit.mustache}: one unit in one cycle, its objectives, units and people. */
record UnitPage(
    String name,
    String level,
    String cycleName,
    Link lead,
    String leadName,
    Link parent,
    List<Link> children,
    List<Link> members,
    List<Link> more,
    List<ObjectiveCard> cards,
    List<Link> cycles,
    ChartView unitScores,
    InsightsView insights) {}
