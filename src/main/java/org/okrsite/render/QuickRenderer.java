package org.okrsite.render;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.okrsite.chart.ChartRenderer;
import org.okrsite.config.Settings;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.review.ReviewResult;
import org.okrsite.score.Scores;
import org.okrsite.site.OutputFiles;

/**
 * Renders single objective pages again after check-ins changed, for the development server's quick
 * path: the site's look-ups and compiled templates are kept between edits, and a new state shares
 * all look-ups but the lists that held a changed check-in, so an edit costs its pages, not a pass
 * over a large organisation. Immutable; each {@link #withCheckIns} is a new state.
 *
 * <pre>{@code
 * QuickRenderer r = QuickRenderer.of(model, scores, review, settings, source, charts);
 * r = r.withCheckIns(next, nextScores, nextReview, Map.of(oldCheckIn, newCheckIn));
 * Map<String, byte[]> pages = r.objectivePages(objectives);
 * }</pre>
 */
public final class QuickRenderer {
  private final SafeMustacheFactory mustache;
  private final SiteIndex site;
  private final ChartRenderer charts;

  private QuickRenderer(SafeMustacheFactory mustache, SiteIndex site, ChartRenderer charts) {
    this.mustache = mustache;
    this.site = site;
    this.charts = charts;
  }

  /** The state of a full render of {@code model}. */
  public static QuickRenderer of(
      Model model,
      Scores scores,
      ReviewResult review,
      Settings settings,
      Path sourceDir,
      ChartRenderer charts) {
    return new QuickRenderer(
        new SafeMustacheFactory(new Theme(sourceDir)),
        new SiteIndex(model, scores, review, settings, new OutputFiles()),
        charts);
  }

  /**
   * This state for {@code model} and its revised {@code review}, in which the keys of {@code
   * replaced} became its values.
   */
  public QuickRenderer withCheckIns(
      Model model, Scores scores, ReviewResult review, Map<CheckIn, CheckIn> replaced) {
    return new QuickRenderer(
        mustache, new SiteIndex(site, model, scores, review, replaced, new OutputFiles()), charts);
  }

  /** The pages of {@code objectives}, by path, as a full render would write them. */
  public Map<String, byte[]> objectivePages(Collection<Objective> objectives) {
    OutputFiles out = new OutputFiles();
    PageWriter writer = new PageWriter(mustache, site, out);
    ChartViews chartViews = new ChartViews(site, charts);
    ObjectivePages pages =
        new ObjectivePages(
            site, writer, new Cards(site, writer, chartViews), chartViews, new ReviewViews(site));
    for (Objective o : objectives) pages.objective(o);
    return out.all();
  }
}
