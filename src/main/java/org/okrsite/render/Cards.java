package org.okrsite.render;

import java.util.ArrayList;
import java.util.List;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.Lifecycle;
import org.okrsite.model.Objective;
import org.okrsite.model.Quantity;
import org.okrsite.render.Views.HistoryRow;
import org.okrsite.render.Views.KrView;
import org.okrsite.render.Views.LeadingView;
import org.okrsite.render.Views.Link;
import org.okrsite.render.Views.ObjectiveCard;
import org.okrsite.render.Views.StatusView;
import org.okrsite.render.Views.When;
import org.okrsite.score.Band;
import org.okrsite.score.KrScore;
import org.okrsite.score.ObjectiveScore;
import org.okrsite.score.Status;
import org.okrsite.site.SitePaths;

/**
 * Builds objective cards and key-result progress bars for a page, from the model and its scores.
 */
final class Cards {
  private final SiteIndex site;
  private final PageWriter writer;
  private final ChartViews charts;

  Cards(SiteIndex site, PageWriter writer, ChartViews charts) {
    this.site = site;
    this.writer = writer;
    this.charts = charts;
  }

  static StatusView status(Status s) {
    Status st = s == null ? Status.UNKNOWN : s;
    return new StatusView(st.key(), st.label(), st.icon());
  }

  /** A running cycle's status, or once the cycle has ended, the score's band (contract §3). */
  static StatusView status(Status s, Band band) {
    if (band != null) return new StatusView(band.key(), band.label(), band.icon());
    if (s == Status.CLOSED) return new StatusView(s.key(), "Not scored", s.icon());
    return status(s);
  }

  /** A status written as a word in content (KPIs: green/yellow/red), or unknown. */
  static StatusView status(String key) {
    if (key != null) {
      for (Status s : Status.values()) if (s.key().equalsIgnoreCase(key.strip())) return status(s);
    }
    return status(Status.UNKNOWN);
  }

  When when(java.time.LocalDate d) {
    return writer.when(d);
  }

  /** A link to a person's page by name in a cycle, or null when no such person is published. */
  Link person(Page page, Cycle c, String name) {
    return site.personNamed(name)
        .map(p -> Link.of(p.name(), page.href(SitePaths.person(c.id(), p.id()))))
        .orElse(null);
  }

  Link owner(Page page, Cycle c, Objective o) {
    String path = site.ownerPath(c, o.owner());
    String name = o.owner() == null ? "Unknown owner" : o.owner().name();
    return path == null ? null : Link.of(name, page.href(path));
  }

  ObjectiveCard card(Page page, Objective o) {
    Cycle c = site.cycleOf(o);
    ObjectiveScore s = site.score(o);
    List<KrView> krs = new ArrayList<>();
    for (KeyResult kr : o.keyResults()) krs.add(kr(page, o, kr, false));
    boolean cancelled = o.lifecycle() == Lifecycle.CANCELLED;
    return new ObjectiveCard(
        o.id(),
        o.title(),
        page.href(SitePaths.objective(c.id(), o.id())),
        owner(page, c, o),
        o.owner() == null ? "" : o.owner().level().key(),
        s == null
            ? status(cancelled ? Status.CANCELLED : Status.UNKNOWN)
            : status(s.status(), s.band()),
        Formats.decimal(s == null ? null : s.score()),
        Formats.decimal(s == null ? null : s.recordedScore()),
        s != null && s.recordedScore() != null,
        Formats.decimal(s == null ? null : s.confidence()),
        Formats.percent(s == null ? null : s.progress()),
        Formats.barPercent(s == null ? null : s.progress()),
        when(s == null ? null : s.lastCheckIn()),
        s != null && s.stale(),
        cancelled,
        o.tier() == null ? "" : o.tier().yamlName(),
        krs);
  }

  List<ObjectiveCard> cards(Page page, List<Objective> objectives) {
    List<ObjectiveCard> cards = new ArrayList<>();
    for (Objective o : objectives) cards.add(card(page, o));
    return cards;
  }

  /**
   * A key result's bar; {@code withHistory} adds its check-in readings and trend chart (objective
   * pages).
   */
  KrView kr(Page page, Objective o, KeyResult kr, boolean withHistory) {
    Cycle c = site.cycleOf(o);
    KrScore s = site.scores.kr(o.id(), kr.id()).orElse(null);
    String current =
        s == null ? text(kr.current(), kr.currentText()) : text(s.current(), s.currentText());
    Double expected = s == null ? null : s.expectedProgress();
    List<HistoryRow> history = new ArrayList<>();
    if (withHistory && s != null) {
      for (KrScore.Point p : s.history()) {
        history.add(
            new HistoryRow(
                when(p.date()),
                text(p.value(), p.text()),
                Formats.decimal(p.confidence()),
                p.note() == null ? "" : p.note()));
      }
    }
    Link owner = person(page, c, kr.owner());
    String anchor = SitePaths.krAnchor(kr.id());
    return new KrView(
        anchor,
        page.href(SitePaths.objective(c.id(), o.id()) + "#" + anchor),
        kr.id(),
        kr.metric() != null ? kr.metric() : (kr.text() == null ? kr.id() : kr.text()),
        text(kr.baseline(), null),
        current,
        text(kr.target(), null),
        Formats.percent(s == null ? null : s.progress()),
        Formats.barPercent(s == null ? null : s.progress()),
        roundTo5(expected),
        expected != null,
        s == null ? status(Status.UNKNOWN) : status(s.status(), s.band()),
        s == null ? "" : s.statusReason(),
        s == null ? "" : s.divergence().label(),
        Formats.decimal(s == null ? kr.confidence() : s.confidence()),
        s == null || s.previousConfidence() == null ? "" : Formats.decimal(s.previousConfidence()),
        s != null && s.confidenceDrop(),
        owner,
        owner == null && kr.owner() != null ? kr.owner() : "",
        when(s == null ? null : s.lastUpdate()),
        Formats.decimal(s == null ? null : s.computedScore()),
        Formats.decimal(s == null ? null : s.recordedScore()),
        s != null && s.recordedScore() != null,
        Formats.decimal(s == null ? null : s.finalScore()),
        Formats.calibration(kr.selfScore(), s == null ? null : s.recordedScore()),
        nz(kr.measurement()),
        nz(kr.narrative()),
        kr.kind() == null ? "" : kr.kind().yamlName(),
        kr.weight() == null ? "" : Formats.decimal(kr.weight()),
        withHistory ? charts.krTrend(o, kr) : null,
        leading(o, kr, s, withHistory),
        history);
  }

  /** The leading indicator and its latest reading; null when there is neither. */
  private LeadingView leading(Objective o, KeyResult kr, KrScore s, boolean withChart) {
    KrScore.Point last = null;
    if (s != null) for (KrScore.Point p : s.history()) if (p.leading() != null) last = p;
    boolean named = kr.leadingIndicator() != null && !kr.leadingIndicator().isBlank();
    if (!named && last == null) return null;
    return new LeadingView(
        named ? kr.leadingIndicator().strip() : "unnamed",
        last == null ? "" : last.leading().display(),
        last == null ? null : when(last.date()),
        withChart ? charts.leadingTrend(o, kr) : null);
  }

  /** The expected-progress marker, in 5% steps so the stylesheet stays small. */
  private static int roundTo5(Double d) {
    return (int) (Math.round(Formats.barPercent(d) / 5.0) * 5);
  }

  static String text(Quantity q, String fallback) {
    if (q != null && !q.display().isEmpty()) return q.display();
    return fallback == null || fallback.isBlank() ? "–" : fallback;
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
