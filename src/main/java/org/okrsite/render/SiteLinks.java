package org.okrsite.render;

import org.okrsite.model.CheckIn;
import org.okrsite.model.Level;
import org.okrsite.model.Retrospective;

/**
 * Where other outputs (feeds) point into the pages: the public face of {@link SitePaths}, so the
 * page layout stays defined in one place. Paths are relative to the output root.
 */
public final class SiteLinks {
  private SiteLinks() {}

  /** A check-in on its week's updates page. */
  public static String checkIn(CheckIn c) {
    return SitePaths.week(c.cycleId(), Formats.weekId(c.date())) + "#" + CheckInViews.checkInAnchor(c);
  }

  /** A retrospective: its unit's retrospective page, or the person's page. */
  public static String retrospective(Retrospective r) {
    return r.owner().level() == Level.PERSON
        ? SitePaths.person(r.cycleId(), r.owner().id())
        : SitePaths.retro(r.cycleId(), r.owner().id());
  }

  /** A unit's page in a cycle. */
  public static String unit(String cycleId, String unitId) {
    return SitePaths.unit(cycleId, unitId);
  }

  /** A person's page in a cycle. */
  public static String person(String cycleId, String personId) {
    return SitePaths.person(cycleId, personId);
  }
}
