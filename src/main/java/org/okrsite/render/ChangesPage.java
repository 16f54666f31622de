package org.okrsite.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Objective;
import org.okrsite.render.Views.Link;
import org.okrsite.render.Views.StatusView;
import org.okrsite.render.Views.When;
import org.okrsite.score.KrScore;
import org.okrsite.score.Status;
import org.okrsite.score.StatusRule;
import org.okrsite.site.SitePaths;

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

  /** The view of {@code changes.mustache}: the week compared and the key results that changed. */
  record ChangesView(
      String cycleName, When week, String weekHref, When since, When until, List<Row> rows) {}

  /** A key result's value, confidence and status at the end of the week before and now. */
  record Row(
      Link objective,
      Link kr,
      String valueThen,
      String valueNow,
      String confThen,
      String confNow,
      String delta,
      String direction,
      StatusView statusThen,
      StatusView statusNow,
      boolean statusChanged,
      String note) {}

  void write() {
    Page page = new Page(SitePaths.CHANGES, "What changed since last week", "changes");
    page.crumb("Home", SitePaths.HOME);
    Cycle c = site.current;
    LocalDate latest =
        site.checkIns(c).stream()
            .map(CheckIn::date)
            .filter(d -> !d.isAfter(site.asOf()))
            .map(UpdatePages::monday)
            .max(LocalDate::compareTo)
            .orElse(null);
    List<Changed> changed = new ArrayList<>();
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
          String valueThen =
              then == null
                  ? Cards.text(kr.baseline(), null)
                  : Cards.text(then.value(), then.text());
          Double confNow = now == null ? kr.confidence() : now.confidence();
          Double confThen = then == null ? kr.confidence() : then.confidence();
          if (now == null
              || (Objects.equals(valueNow, valueThen) && Objects.equals(confNow, confThen)))
            continue;
          changed.add(
              new Changed(o, kr, s, end, before, now, valueThen, valueNow, confThen, confNow));
        }
      }
    }
    // one row per changed key result, made as the page is written: 200,000 rows and more in a
    // large organisation, which as view maps took hundreds of megabytes
    List<Row> rows =
        new java.util.AbstractList<>() {
          @Override
          public Row get(int i) {
            return row(page, c, changed.get(i));
          }

          @Override
          public int size() {
            return changed.size();
          }
        };
    // megabytes in a large organisation: the page writer spills it to its file as it renders
    writer.write(
        page,
        "changes",
        new ChangesView(
            c.name(),
            latest == null ? null : writer.when(latest),
            latest == null ? null : page.href(SitePaths.week(c.id(), Formats.weekId(latest))),
            before == null ? null : writer.when(before),
            end == null ? null : writer.when(end),
            rows));
  }

  /** A key result that changed in the week, with its readings then and now. */
  private record Changed(
      Objective o,
      KeyResult kr,
      KrScore score,
      LocalDate end,
      LocalDate before,
      KrScore.Point now,
      String valueThen,
      String valueNow,
      Double confThen,
      Double confNow) {}

  private Row row(Page page, Cycle c, Changed ch) {
    Objective o = ch.o();
    KeyResult kr = ch.kr();
    StatusRule rule = new StatusRule(site.settings);
    Status stNow = rule.at(kr.kind(), ch.score(), c, ch.end());
    Status stThen = rule.at(kr.kind(), ch.score(), c, ch.before());
    String objectivePath = SitePaths.objective(c.id(), o.id());
    return new Row(
        Link.of(o.title(), page.href(objectivePath)),
        Link.of(
            kr.id() + " — " + kr.metric(),
            page.href(objectivePath + "#" + SitePaths.krAnchor(kr.id()))),
        ch.valueThen(),
        ch.valueNow(),
        Formats.decimal(ch.confThen()),
        Formats.decimal(ch.confNow()),
        Formats.delta(ch.confThen(), ch.confNow()),
        Formats.direction(ch.confThen(), ch.confNow()),
        Cards.status(stThen),
        Cards.status(stNow),
        stNow != stThen,
        ch.now().note());
  }

  /** The KR's latest reading on or before a day, or null. */
  private static KrScore.Point at(KrScore s, LocalDate day) {
    KrScore.Point found = null;
    for (KrScore.Point p : s.history()) if (!p.date().isAfter(day)) found = p;
    return found;
  }
}
