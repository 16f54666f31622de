package org.okrsite.render;

import java.util.List;

/**
 * The small view records templates share. Every value is display-ready text (templates compute
 * nothing); hrefs are already relative to the page they appear on.
 */
public final class Views {
  private Views() {}

  /** A link; {@code current} marks the page being shown (aria-current). */
  public record Link(String label, String href, boolean current) {
    static Link of(String label, String href) {
      return new Link(label, href, false);
    }
  }

  /** A date: {@code <time datetime="iso" title="zone">text</time>}. */
  public record When(String iso, String text, String zone) {}

  /** A status, never by colour alone: a CSS key, a word and an icon. */
  public record StatusView(String key, String label, String icon) {}

  /**
   * A key result as a progress bar: baseline → current → target, with the bar's width and the
   * expected-progress marker as 0–100 (used in CSS class names, never inline styles). {@code
   * calibration} is its self score against the agreed one ("self 0.80, agreed 0.60: −0.20"), ""
   * without a self score.
   */
  public record KrView(
      String anchor,
      String href,
      String id,
      String metric,
      String baseline,
      String current,
      String target,
      String progressText,
      int bar,
      int expected,
      boolean hasExpected,
      StatusView status,
      String statusReason,
      String divergence,
      String confidence,
      String previousConfidence,
      boolean confidenceDrop,
      Link owner,
      String ownerName,
      When lastCheckIn,
      String computedScore,
      String recordedScore,
      boolean hasRecorded,
      String finalScore,
      String calibration,
      String measurement,
      String narrative,
      String kind,
      String weight,
      ChartView chart,
      LeadingView leading,
      List<HistoryRow> history) {}

  /**
   * A key result's leading indicator (seed 001: the weekly signal of a lagging key result): what it
   * measures, its latest reading from a check-in, and on objective pages the readings' chart.
   *
   * @param indicator the {@code leading_indicator:} text; "unnamed" when check-ins report readings
   *     for a key result that names none
   * @param latest the latest reading as written, or "" before any
   * @param latestOn the check-in date of the latest reading, or null
   * @param leadingChart the readings' trend (objective pages), or null
   */
  public record LeadingView(
      String indicator, String latest, When latestOn, ChartView leadingChart) {}

  /** One check-in's reading of a key result. */
  public record HistoryRow(When date, String value, String confidence, String note) {}

  /** An objective in a list: title, owner, score, status and its key results. */
  public record ObjectiveCard(
      String id,
      String title,
      String href,
      Link owner,
      String level,
      StatusView status,
      String score,
      String recordedScore,
      boolean hasRecorded,
      String confidence,
      String progress,
      int bar,
      When lastCheckIn,
      boolean stale,
      boolean cancelled,
      String tier,
      List<KrView> keyResults) {}

  /**
   * A chart: inline SVG (already safe for the CSP) and the same data as a table, which the page
   * shows in a "Show data" disclosure so it works without JavaScript.
   */
  public record ChartView(
      String chartSvg, String title, String caption, List<String> columns, List<TableRow> rows) {}

  /** One row of a data table. */
  public record TableRow(List<String> cells) {}

  /** A labelled count, e.g. "On track: 4". */
  public record Count(String key, String label, String icon, int count) {}
}
