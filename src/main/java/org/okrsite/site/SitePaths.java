package org.okrsite.site;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Level;
import org.okrsite.model.Retrospective;

/**
 * The URL layout of the site, in one place: every page, feed and data file the render and publish
 * stages write, and every link between them. Every path is relative to the output root; pages link
 * to each other with {@link #relative(String, String)}, so the site works from any sub-path and
 * from {@code file://}. Links to a folder always name its {@code index.html}.
 *
 * <pre>{@code
 * SitePaths.unit("2026-q1", "growth");                            // cycles/2026-q1/units/growth.html
 * SitePaths.relative("cycles/2026-q1/units/growth.html", SitePaths.HOME); // ../../../index.html
 * }</pre>
 */
public final class SitePaths {
  public static final String HOME = "index.html";
  public static final String ORG = "org/index.html";
  public static final String CYCLES = "cycles/index.html";
  public static final String THIS_WEEK = "this-week.html";
  public static final String CHANGES = "changes.html";
  public static final String KPIS = "kpis/index.html";
  public static final String DOCS = "docs/index.html";
  public static final String SEARCH = "search.html";
  public static final String SEARCH_INDEX = "data/search-index.json";
  public static final String SITEMAP_HTML = "sitemap.html";
  public static final String SITEMAP_XML = "sitemap.xml";
  public static final String NOT_FOUND = "404.html";

  /** Every published objective with its computed values, for integrations (the public contract). */
  public static final String OKRS_JSON = "data/okrs.json";

  /** Who is due to check in this week, for CI to post to chat. */
  public static final String DUE_JSON = "data/due.json";

  /** An owner's check-in calendar: {@code data/due/team-growth.ics}. */
  public static String dueCalendar(org.okrsite.model.Owner owner) {
    return "data/due/" + owner.level().key() + "-" + owner.id() + ".ics";
  }

  private SitePaths() {}

  public static String cycle(String c) {
    return "cycles/" + c + "/index.html";
  }

  public static String unit(String c, String unitId) {
    return "cycles/" + c + "/units/" + unitId + ".html";
  }

  public static String person(String c, String personId) {
    return "cycles/" + c + "/people/" + personId + ".html";
  }

  public static String objective(String c, String objectiveId) {
    return "cycles/" + c + "/objectives/" + objectiveId + ".html";
  }

  /** The anchor of a key result on its objective's page. */
  public static String krAnchor(String krId) {
    String id = krId.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(id.length() + 3).append("kr-");
    boolean run = false;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean keep = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      if (keep) b.append(c);
      else if (!run) b.append('-');
      run = !keep;
    }
    return b.toString();
  }

  public static String alignment(String c) {
    return "cycles/" + c + "/alignment.html";
  }

  public static String updates(String c) {
    return "cycles/" + c + "/updates/index.html";
  }

  public static String week(String c, String weekId) {
    return "cycles/" + c + "/updates/" + weekId + ".html";
  }

  /** The id of a day's ISO week in page names: {@code 2026-w03}. */
  public static String weekId(LocalDate d) {
    int week = d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return d.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-w0" : "-w") + week;
  }

  /** The anchor of a check-in on its week's updates page. */
  public static String checkInAnchor(CheckIn ci) {
    String owner = ci.owner() == null ? "x" : ci.owner().level().key() + "-" + ci.owner().id();
    return "checkin-" + owner + "-" + ci.date();
  }

  /** A check-in on its week's updates page. */
  public static String checkIn(CheckIn c) {
    return week(c.cycleId(), weekId(c.date())) + "#" + checkInAnchor(c);
  }

  /** A retrospective: its unit's retrospective page, or the person's page. */
  public static String retrospective(Retrospective r) {
    return r.owner().level() == Level.PERSON
        ? person(r.cycleId(), r.owner().id())
        : retro(r.cycleId(), r.owner().id());
  }

  /**
   * Page {@code n} (1-based) of a long listing: the first at {@code path}, the others in a folder
   * named after it ({@code timelines/sales.html} → {@code timelines/sales/2.html}), which no other
   * page's path can be, whatever a unit is called.
   */
  public static String paged(String path, int n) {
    return n <= 1 ? path : path.substring(0, path.length() - ".html".length()) + "/" + n + ".html";
  }

  public static String timeline(String c, String unitId) {
    return "cycles/" + c + "/timelines/" + unitId + ".html";
  }

  public static String reports(String c) {
    return "cycles/" + c + "/reports/index.html";
  }

  public static String report(String c, String deptId, String month) {
    return "cycles/" + c + "/reports/" + deptId + "-" + month + ".html";
  }

  public static String retros(String c) {
    return "cycles/" + c + "/retros/index.html";
  }

  public static String retro(String c, String unitId) {
    return "cycles/" + c + "/retros/" + unitId + ".html";
  }

  public static String dependencies(String c) {
    return "cycles/" + c + "/dependencies.html";
  }

  public static String doc(String docId) {
    return "docs/" + docId + ".html";
  }

  public static String unitFeed(String unitId) {
    return "feeds/units/" + unitId + ".xml";
  }

  public static String personFeed(String personId) {
    return "feeds/people/" + personId + ".xml";
  }

  public static final String COMPANY_FEED = "feeds/company.xml";

  /**
   * The link from one page to another, both relative to the output root: {@code
   * relative("cycles/q4/units/growth.html", "index.html")} is {@code ../../../index.html}.
   */
  public static String relative(String fromPage, String to) {
    return "../".repeat(depth(fromPage)) + to;
  }

  /** How many folders down a page is: every link from it starts with that many {@code ../}. */
  public static int depth(String page) {
    int depth = 0;
    for (int i = page.indexOf('/'); i >= 0; i = page.indexOf('/', i + 1)) depth++;
    return depth;
  }
}
