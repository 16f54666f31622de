package org.okrsite.publish;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okrsite.config.Settings;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Level;
import org.okrsite.model.Model;
import org.okrsite.model.Owner;
import org.okrsite.model.Person;
import org.okrsite.model.Retrospective;
import org.okrsite.model.Unit;
import org.okrsite.site.OutputFiles;
import org.okrsite.site.SitePaths;

/**
 * Atom feeds of weekly check-ins and retrospectives, so people subscribe instead of polling: {@code
 * feeds/company.xml} (everything), {@code feeds/units/<unit-id>.xml} (a department or team, with
 * the units and people under it) and {@code feeds/people/<person-id>.xml} (what a person owns or
 * wrote). Dates carry the site's time zone offset; nothing depends on the wall clock. The model has
 * private documents removed already, so they cannot reach a feed.
 *
 * <pre>{@code
 * Feeds.render(model, settings, asOf, outputFiles);
 * }</pre>
 */
public final class Feeds {
  /** The company feed's path in the site. */
  public static final String COMPANY = SitePaths.COMPANY_FEED;

  private Feeds() {}

  /** The path of a unit's feed. */
  public static String unitFeed(String unitId) {
    return SitePaths.unitFeed(unitId);
  }

  /** The path of a person's feed. */
  public static String personFeed(String personId) {
    return SitePaths.personFeed(personId);
  }

  /** Adds every feed to {@code out}; {@code asOf} dates a feed that has no entries yet. */
  public static void render(Model model, Settings settings, LocalDate asOf, OutputFiles out) {
    ZoneId zone = settings.timeZone();
    List<FeedEntry> all = entries(model, zone);
    OffsetDateTime empty = asOf.atStartOfDay(zone).toOffsetDateTime();
    String company = model.organisation().company().map(Unit::name).orElse(settings.title());
    AtomWriter atom = new AtomWriter(settings.baseUrl(), company, empty);
    // unit and person feeds link to their pages in the cycle of the as-of date (else the latest)
    String cycleId =
        model.cycles().stream()
            .filter(c -> c.contains(asOf))
            .findFirst()
            .or(() -> model.cycles().stream().reduce((a, b) -> b))
            .map(c -> c.id())
            .orElse("");
    out.text(
        COMPANY,
        atom.feed(
            COMPANY,
            "feed/company",
            settings.title() + " — check-ins and retrospectives",
            "index.html",
            latest(all)));
    // one feed per unit and per person, written on all cores (each is independent of the others)
    Map<String, List<FeedEntry>> byUnit = byUnit(model, all);
    model.organisation().units().parallelStream()
        .filter(u -> u.level() != Level.COMPANY)
        .forEach(
            u -> {
              String path = unitFeed(u.id());
              out.text(
                  path,
                  atom.feed(
                      path,
                      "feed/unit/" + u.id(),
                      u.name() + " — check-ins and retrospectives",
                      FeedLinks.unit(cycleId, u.id()),
                      latest(byUnit.getOrDefault(u.id(), List.of()))));
            });
    Map<String, List<FeedEntry>> byPerson = byPerson(model, all);
    model.organisation().people().parallelStream()
        .forEach(
            p -> {
              String path = personFeed(p.id());
              out.text(
                  path,
                  atom.feed(
                      path,
                      "feed/person/" + p.id(),
                      p.name() + " — check-ins and retrospectives",
                      FeedLinks.person(cycleId, p.id()),
                      latest(byPerson.getOrDefault(p.id(), List.of()))));
            });
  }

  /**
   * The newest {@value #LIMIT} entries: feed readers poll, so older entries are never read, and a
   * company feed of every check-in ever would grow by megabytes a week (Hugo caps its RSS the same
   * way).
   */
  private static List<FeedEntry> latest(List<FeedEntry> entries) {
    return entries.size() <= LIMIT ? entries : entries.subList(0, LIMIT);
  }

  /** Entries per feed at most. */
  public static final int LIMIT = 100;

  /**
   * Entries by unit id: each entry in the feed of its owner's unit (a person's: the person's unit)
   * and of every unit above it. One pass, so the cost is entries × depth, not units × entries.
   */
  private static Map<String, List<FeedEntry>> byUnit(Model model, List<FeedEntry> all) {
    Map<String, List<FeedEntry>> out = new HashMap<>();
    for (FeedEntry e : all) {
      for (Unit u : model.organisation().unitAndAncestors(startUnit(model, e.owner()))) {
        if (u.level() != Level.COMPANY) out.computeIfAbsent(u.id(), k -> new ArrayList<>()).add(e);
      }
    }
    return out;
  }

  /**
   * The unit an entry belongs to first, or null (company-level entries are only in the company
   * feed).
   */
  private static String startUnit(Model model, Owner owner) {
    if (owner.level() == Level.PERSON) {
      return model.organisation().person(owner.id()).map(p -> p.unitId()).orElse(null);
    }
    if (owner.level() == Level.COMPANY) return null;
    return model
        .organisation()
        .unit(owner.id())
        .filter(u -> u.level() == owner.level())
        .map(Unit::id)
        .orElse(null);
  }

  /**
   * Entries by person id: what the person owns or wrote (as check-in author), in feed order. One
   * pass over the entries, so a large organisation does not cost people × entries.
   */
  private static Map<String, List<FeedEntry>> byPerson(Model model, List<FeedEntry> all) {
    Map<String, String> idByName = new HashMap<>();
    for (Person p : model.organisation().people())
      idByName.putIfAbsent(p.name().toLowerCase(java.util.Locale.ROOT), p.id());
    Map<String, List<FeedEntry>> out = new HashMap<>();
    for (FeedEntry e : all) {
      String owner = e.owner().level() == Level.PERSON ? e.owner().id() : null;
      String author =
          e.author() == null
              ? null
              : idByName.get(e.author().trim().toLowerCase(java.util.Locale.ROOT));
      if (owner != null) out.computeIfAbsent(owner, k -> new ArrayList<>()).add(e);
      if (author != null && !author.equals(owner))
        out.computeIfAbsent(author, k -> new ArrayList<>()).add(e);
    }
    return out;
  }

  /** Every entry, newest first, then by id, so the order never depends on file order. */
  static List<FeedEntry> entries(Model model, ZoneId zone) {
    List<FeedEntry> list = new ArrayList<>();
    for (CheckIn c : model.checkIns()) list.add(FeedEntry.of(c, zone));
    for (Retrospective r : model.retrospectives()) {
      LocalDate date =
          r.date() != null
              ? r.date()
              : model
                  .cycle(r.cycleId())
                  .map(cy -> cy.end().plusDays(1))
                  .orElse(LocalDate.of(1970, 1, 1));
      String cycle = model.cycle(r.cycleId()).map(cy -> cy.name()).orElse(r.cycleId());
      list.add(FeedEntry.of(r, date, cycle, zone));
    }
    list.sort(FeedEntry.ORDER);
    return list;
  }
}
