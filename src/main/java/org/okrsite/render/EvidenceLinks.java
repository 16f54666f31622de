package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.Dependency;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Objective;
import org.okrsite.model.Retrospective;
import org.okrsite.render.Views.Link;
import org.okrsite.review.Evidence;
import org.okrsite.site.SitePaths;

/**
 * Turns the review's evidence into links to the pages that show it: an objective's page, a key
 * result's anchor on it, a check-in on its week's page, a dependency's row on the board, a
 * retrospective, a unit's or a person's page. A reference to something not published (a private
 * objective, a removed person) stays as plain text, so no link is ever broken.
 */
final class EvidenceLinks {
  private final SiteIndex site;

  EvidenceLinks(SiteIndex site) {
    this.site = site;
  }

  /** The anchor of a dependency's row on its cycle's board. */
  static String dependencyAnchor(String id) {
    return "dep-" + HomePages.anchor(id);
  }

  /** Evidence: a note, its first links, and how many more (null if none) okrs.json lists. */
  record EvidenceView(String note, List<Link> links, int total, Integer more, String jsonHref) {}

  /** Evidence as a note and its links, relative to {@code page}. */
  EvidenceView view(Page page, Evidence e) {
    List<Link> links = new ArrayList<>();
    int shown = Math.min(e.refs().size(), LINKS_SHOWN);
    for (Evidence.Ref r : e.refs().subList(0, shown)) links.add(link(page, r));
    int more = e.refs().size() - shown;
    return new EvidenceView(
        e.note(),
        links,
        e.refs().size(),
        more > 0 ? more : null,
        more > 0 ? page.href(SitePaths.OKRS_JSON) : null);
  }

  /**
   * Links shown per piece of evidence. A company-wide insight in an organisation of 10,000 people
   * cites thousands of key results, which made its page tens of megabytes; past this many the page
   * says how many more there are, and {@code data/okrs.json} has them all.
   */
  static final int LINKS_SHOWN = 50;

  List<EvidenceView> views(Page page, List<Evidence> es) {
    List<EvidenceView> out = new ArrayList<>();
    for (Evidence e : es) out.add(view(page, e));
    return out;
  }

  /** One reference as a link; its href is null when the record has no page. */
  Link link(Page page, Evidence.Ref r) {
    String path = path(r);
    String label = label(r);
    return new Link(label, path == null ? null : page.href(path), false);
  }

  private String path(Evidence.Ref r) {
    Cycle reviewed = reviewedCycle();
    return switch (r.kind()) {
      case OBJECTIVE ->
          site.model
              .objective(r.id())
              .map(o -> SitePaths.objective(site.cycleOf(o).id(), o.id()))
              .orElse(null);
      case KEY_RESULT ->
          keyResult(r.id())
              .map(
                  o ->
                      SitePaths.objective(site.cycleOf(o).id(), o.id())
                          + "#"
                          + SitePaths.krAnchor(krId(r.id())))
              .orElse(null);
      case CHECK_IN -> checkIn(r.id()).map(SitePaths::checkIn).orElse(null);
      case DEPENDENCY ->
          dependency(r.id())
              .map(
                  d ->
                      SitePaths.dependencies(d.cycleId() == null ? site.current.id() : d.cycleId())
                          + "#"
                          + dependencyAnchor(d.id()))
              .orElse(null);
      case RETROSPECTIVE ->
          retrospective(r.id())
              .filter(x -> x.owner() != null && x.cycleId() != null)
              .map(SitePaths::retrospective)
              .orElse(null);
      case PERSON ->
          site.model
              .organisation()
              .person(r.id())
              .map(p -> SitePaths.person(reviewed.id(), p.id()))
              .orElse(null);
      case UNIT ->
          site.model
              .organisation()
              .unit(r.id())
              .map(u -> SitePaths.unit(reviewed.id(), u.id()))
              .orElse(null);
    };
  }

  private String label(Evidence.Ref r) {
    return switch (r.kind()) {
      case OBJECTIVE -> site.model.objective(r.id()).map(Objective::title).orElse(r.id());
      case KEY_RESULT ->
          keyResult(r.id())
              .map(
                  o -> {
                    String kr = krId(r.id());
                    String metric = CheckInViews.kr(o, kr).map(KeyResult::metric).orElse(null);
                    return kr + (metric == null ? "" : " " + metric) + " (" + o.title() + ")";
                  })
              .orElse(r.id());
      case CHECK_IN ->
          checkIn(r.id())
              .map(c -> "check-in " + (c.owner() == null ? "" : c.owner().name() + " ") + c.date())
              .orElse(r.id());
      case DEPENDENCY ->
          dependency(r.id()).map(d -> "dependency: " + Cards.nz(d.deliverable())).orElse(r.id());
      case RETROSPECTIVE ->
          retrospective(r.id())
              .map(
                  x ->
                      "retrospective "
                          + (x.owner() == null ? "" : x.owner().name() + " ")
                          + Cards.nz(x.cycleId()))
              .orElse(r.id());
      case PERSON -> site.model.organisation().person(r.id()).map(p -> p.name()).orElse(r.id());
      case UNIT -> site.model.organisation().unit(r.id()).map(u -> u.name()).orElse(r.id());
    };
  }

  /** The cycle the review looked at: people and units link to their page in it. */
  Cycle reviewedCycle() {
    String id = site.review == null ? null : site.review.cycleId();
    return id == null ? site.current : site.model.cycle(id).orElse(site.current);
  }

  private Optional<Objective> keyResult(String ref) {
    int slash = ref.indexOf('/');
    if (slash < 0) return Optional.empty();
    return site.model
        .objective(ref.substring(0, slash))
        .filter(o -> CheckInViews.kr(o, krId(ref)).isPresent());
  }

  private static String krId(String ref) {
    return ref.substring(ref.indexOf('/') + 1);
  }

  private Optional<CheckIn> checkIn(String id) {
    return site.checkIn(id).filter(c -> c.date() != null && c.cycleId() != null);
  }

  private Optional<Dependency> dependency(String id) {
    return site.dependency(id);
  }

  private Optional<Retrospective> retrospective(String id) {
    return site.retrospective(id);
  }
}
