package org.okrsite.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Objective;
import org.okrsite.render.Views.Link;
import org.okrsite.score.KrScore;
import org.okrsite.score.Status;

/**
 * "What changed since last week": every key result of the current cycle whose value, confidence or
 * status differs between the end of the latest week with check-ins (up to the as-of date) and the
 * end of the week before it.
 */
final class ChangesPage {
  private final SiteIndex site;
  private final PageWriter writer;

  ChangesPage(SiteIndex site, PageWriter writer) {
    this.site = site;
    this.writer = writer;
  }

  void write() {
    Page page = new Page(SitePaths.CHANGES, "What changed since last week", "changes");
    page.crumb("Home", SitePaths.HOME);
    Cycle c = site.current;
    LocalDate latest = site.checkIns(c).stream().map(CheckIn::date).filter(d -> !d.isAfter(site.asOf()))
        .map(UpdatePages::monday).max(LocalDate::compareTo).orElse(null);
    List<Map<String, Object>> rows = new ArrayList<>();
    LocalDate end = latest == null ? null : latest.plusDays(6);
    LocalDate before = end == null ? null : end.minusWeeks(1);
    if (end != null) {
      for (Objective o : site.objectives(c)) {
        for (KeyResult kr : o.keyResults()) {
          KrScore s = site.scores.kr(o.id(), kr.id()).orElse(null);
          if (s == null) continue;
          KrScore.Point now = at(s, end);
          KrScore.Point then = at(s, before);
          String valueNow = now == null ? "–" : Cards.text(now.value(), now.text());
          String valueThen = then == null ? Cards.text(kr.baseline(), null) : Cards.text(then.value(), then.text());
          Double confNow = now == null ? kr.confidence() : now.confidence();
          Double confThen = then == null ? kr.confidence() : then.confidence();
          if (now == null || (Objects.equals(valueNow, valueThen) && Objects.equals(confNow, confThen))) continue;
          Status stNow = Status.fromConfidence(confNow, site.settings.green(), site.settings.yellow());
          Status stThen = Status.fromConfidence(confThen, site.settings.green(), site.settings.yellow());
          rows.add(Vm.of("objective", Link.of(o.title(), page.href(SitePaths.objective(c.id(), o.id()))),
              "kr", Link.of(kr.id() + " — " + kr.metric(), page.href(SitePaths.objective(c.id(), o.id()) + "#" + SitePaths.krAnchor(kr.id()))),
              "valueThen", valueThen, "valueNow", valueNow, "confThen", Formats.decimal(confThen), "confNow", Formats.decimal(confNow),
              "delta", Formats.delta(confThen, confNow), "direction", Formats.direction(confThen, confNow),
              "statusThen", Cards.status(stThen), "statusNow", Cards.status(stNow), "statusChanged", stNow != stThen,
              "note", now.note()));
        }
      }
    }
    // a row per changed key result: megabytes in a large organisation, so written as it renders
    writer.stream(page, "changes", Vm.of("cycleName", c.name(), "week", latest == null ? null : writer.when(latest),
        "weekHref", latest == null ? null : page.href(SitePaths.week(c.id(), Formats.weekId(latest))),
        "since", before == null ? null : writer.when(before), "until", end == null ? null : writer.when(end), "rows", rows));
  }

  /** The KR's latest reading on or before a day, or null. */
  private static KrScore.Point at(KrScore s, LocalDate day) {
    KrScore.Point found = null;
    for (KrScore.Point p : s.history()) if (!p.date().isAfter(day)) found = p;
    return found;
  }
}
