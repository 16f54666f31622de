package org.okrsite.publish;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Owner;
import org.okrsite.model.Retrospective;

/**
 * One entry of an Atom feed before it is written: a weekly check-in or a retrospective. It keeps
 * only what it is made from; its id, title, link and summary are made when a feed is written. An
 * organisation of 50,000 people has some 700,000 entries, and their text made up front took
 * hundreds of megabytes while each feed shows at most {@link Feeds#LIMIT} of them.
 */
final class FeedEntry {
  private final CheckIn checkIn;
  private final Retrospective retro;

  /** A retrospective's cycle, by name, for its title. */
  private final String cycleName;

  private final LocalDate date;
  private final ZoneId zone;

  private FeedEntry(
      CheckIn checkIn, Retrospective retro, String cycleName, LocalDate date, ZoneId zone) {
    this.checkIn = checkIn;
    this.retro = retro;
    this.cycleName = cycleName;
    this.date = date;
    this.zone = zone;
  }

  static FeedEntry of(CheckIn c, ZoneId zone) {
    return new FeedEntry(c, null, null, c.date(), zone);
  }

  static FeedEntry of(Retrospective r, LocalDate date, String cycleName, ZoneId zone) {
    return new FeedEntry(null, r, cycleName, date, zone);
  }

  /**
   * Newest first, then by {@link #id}: the same order as comparing {@link #updated} and the ids
   * themselves (every entry's time is the start of its day in one zone, and ids share their {@code
   * tag:} prefix, then read "checkin/…" or "retro/…"), without making either.
   */
  static final Comparator<FeedEntry> ORDER =
      Comparator.comparing((FeedEntry e) -> e.date, Comparator.reverseOrder())
          .thenComparing(e -> e.checkIn == null) // "checkin/" sorts before "retro/"
          .thenComparing(e -> e.checkIn != null ? e.checkIn.id() : e.retro.id());

  /** The stable {@code tag:} URI. */
  String id() {
    return checkIn != null
        ? FeedLinks.TAG + "checkin/" + checkIn.id()
        : FeedLinks.TAG + "retro/" + retro.id();
  }

  String title() {
    return checkIn != null
        ? checkIn.owner().name() + " check-in — " + checkIn.date()
        : retro.owner().name() + " retrospective — " + cycleName;
  }

  OffsetDateTime updated() {
    return date.atStartOfDay(zone).toOffsetDateTime();
  }

  /** The page it links to, relative to the site root. */
  String page() {
    return checkIn != null ? FeedLinks.checkIn(checkIn) : FeedLinks.retrospective(retro);
  }

  /** Whose check-in or retrospective it is. */
  Owner owner() {
    return checkIn != null ? checkIn.owner() : retro.owner();
  }

  /** The person who wrote it, or null. */
  String author() {
    return checkIn != null ? checkIn.author() : null;
  }

  /** Plain text (GRIP for a check-in), escaped when written. */
  String summary() {
    return checkIn != null ? FeedSummaries.checkIn(checkIn) : FeedSummaries.retrospective(retro);
  }
}
