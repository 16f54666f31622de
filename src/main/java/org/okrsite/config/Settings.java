package org.okrsite.config;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.Cadence;
import org.okrsite.model.Cycle;

/**
 * A site's settings, with the seeds' defaults.
 *
 * @param fiscalYearStart the month (1–12) a fiscal year starts in; quarters count from it
 * @param customCycles cycles declared in {@code site.yaml} besides the quarters
 * @param cadence the default check-in cadence: weekly, biweekly or monthly
 * @param staleAfterDays an owner silent for longer than this is stale
 * @param green the confidence below which a KR is at risk (contract §3)
 * @param yellow the confidence below which a KR the data puts on pace shows a divergence, and the
 *     confidence chart shades red
 * @param behind a KR whose progress trails the elapsed share of its cycle by more than this is at
 *     risk (it lags its pace)
 * @param farBehind by more than this, it is off track
 * @param confidenceDrop a drop larger than this since the previous check-in is flagged
 * @param rollup whether an objective's score also averages its child objectives
 * @param ruleLevels what {@code rules:} sets a rule to: error, warning or off
 * @param rawHtml whether Markdown may carry raw HTML (sanitised)
 * @param review how the review judges ({@code review:} in site.yaml)
 */
public record Settings(
    String title,
    ZoneId timeZone,
    String baseUrl,
    int fiscalYearStart,
    List<Cycle> customCycles,
    Cadence cadence,
    int staleAfterDays,
    double green,
    double yellow,
    double behind,
    double farBehind,
    double confidenceDrop,
    boolean rollup,
    Map<Rule, RuleLevel> ruleLevels,
    boolean rawHtml,
    ReviewSettings review) {

  public Settings {
    customCycles = List.copyOf(customCycles);
    ruleLevels = Map.copyOf(ruleLevels);
  }

  /** The defaults: calendar quarters, UTC, weekly check-ins, stale after 14 days, 0.7 / 0.4. */
  public static Settings defaults() {
    return new Settings(
        "OKRs",
        ZoneId.of("UTC"),
        null,
        1,
        List.of(),
        Cadence.WEEKLY,
        14,
        0.7,
        0.4,
        0.1,
        0.3,
        0.2,
        false,
        Map.of(),
        false,
        ReviewSettings.defaults());
  }

  /** These settings, judging reviews by {@code review}. */
  public Settings withReview(ReviewSettings review) {
    return new Settings(
        title,
        timeZone,
        baseUrl,
        fiscalYearStart,
        customCycles,
        cadence,
        staleAfterDays,
        green,
        yellow,
        behind,
        farBehind,
        confidenceDrop,
        rollup,
        ruleLevels,
        rawHtml,
        review);
  }
}
