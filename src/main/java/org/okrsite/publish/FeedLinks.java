package org.okrsite.publish;

import org.okrsite.model.CheckIn;
import org.okrsite.model.Retrospective;
import org.okrsite.site.SitePaths;

/**
 * Where feeds point into the site. These paths must agree with the pages the render stage writes;
 * they live in one place so that a change of page layout is a change here only.
 */
final class FeedLinks {
  /** The tag URI prefix of every id: constant, so ids never change from one build to the next. */
  static final String TAG = "tag:okrsite,2026:";

  private FeedLinks() {}

  static String checkIn(CheckIn c) {
    return SitePaths.checkIn(c);
  }

  static String retrospective(Retrospective r) {
    return SitePaths.retrospective(r);
  }

  static String unit(String cycleId, String unitId) {
    return SitePaths.unit(cycleId, unitId);
  }

  static String person(String cycleId, String personId) {
    return SitePaths.person(cycleId, personId);
  }

  /**
   * A link from a feed at {@code feedPath} to {@code page}: absolute under {@code baseUrl} when the
   * site has one, else relative to the feed, so the site works from any sub-path.
   */
  static String href(String baseUrl, String feedPath, String page) {
    if (baseUrl != null && !baseUrl.isBlank()) {
      return baseUrl.endsWith("/") ? baseUrl + page : baseUrl + "/" + page;
    }
    int depth = (int) feedPath.chars().filter(ch -> ch == '/').count();
    return "../".repeat(depth) + page;
  }
}
