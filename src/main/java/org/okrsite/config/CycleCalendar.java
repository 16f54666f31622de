package org.okrsite.config;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okrsite.model.Cycle;
import org.okrsite.model.Slug;

/**
 * Names and dates of cycles: quarters of the (fiscal) year, as people write them ({@code Q1 2026},
 * {@code 2026 Q1}, {@code 2026-Q1}, {@code FY2026 Q1}), plus the custom cycles of {@code
 * site.yaml}.
 *
 * <p>A fiscal year is named by the calendar year it ends in (FY2026 starting in July runs from July
 * 2025 to June 2026), the common convention; with the default start in January the two agree.
 */
public final class CycleCalendar {
  private static final Pattern QY =
      Pattern.compile("(?i)^\\s*(?:fy\\s*)?q([1-4])[\\s\\-/]*(?:fy\\s*)?(\\d{4})\\s*$");
  private static final Pattern YQ =
      Pattern.compile("(?i)^\\s*(?:fy\\s*)?(\\d{4})[\\s\\-/]*q([1-4])\\s*$");
  private final int fiscalYearStart;
  private final List<Cycle> custom;

  public CycleCalendar(Settings settings) {
    this.fiscalYearStart = settings.fiscalYearStart();
    this.custom = settings.customCycles();
  }

  /** The cycle a name denotes: a custom cycle by name or id, else a quarter. */
  public Optional<Cycle> byName(String name) {
    if (name == null) return Optional.empty();
    String t = name.trim();
    for (Cycle c : custom) {
      if (c.name().equalsIgnoreCase(t) || c.id().equals(Slug.of(t))) return Optional.of(c);
    }
    Matcher m = QY.matcher(t);
    if (m.matches())
      return Optional.of(quarter(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
    m = YQ.matcher(t);
    if (m.matches())
      return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    return Optional.empty();
  }

  /** Quarter {@code q} (1–4) of fiscal year {@code year}. */
  public Cycle quarter(int year, int q) {
    int startYear = fiscalYearStart == 1 ? year : year - 1;
    LocalDate fyStart = LocalDate.of(startYear, fiscalYearStart, 1);
    LocalDate start = fyStart.plusMonths(3L * (q - 1));
    LocalDate end = start.plusMonths(3).minusDays(1);
    String prefix = fiscalYearStart == 1 ? "" : "FY";
    return new Cycle(
        (prefix + year + "-q" + q).toLowerCase(Locale.ROOT),
        "Q" + q + " " + prefix + year,
        start,
        end);
  }

  /** The quarter that contains {@code date}. */
  public Cycle quarterOf(LocalDate date) {
    int monthsIntoFy = Math.floorMod(date.getMonthValue() - fiscalYearStart, 12);
    int q = monthsIntoFy / 3 + 1;
    int fyStartYear = date.getMonthValue() >= fiscalYearStart ? date.getYear() : date.getYear() - 1;
    int fyName = fiscalYearStart == 1 ? fyStartYear : fyStartYear + 1;
    return quarter(fyName, q);
  }

  /** Every cycle that contains {@code date}: custom cycles first, then the quarter. */
  public List<Cycle> containing(LocalDate date) {
    List<Cycle> out = new ArrayList<>();
    for (Cycle c : custom) if (c.contains(date)) out.add(c);
    out.add(quarterOf(date));
    return out;
  }

  /** The quarter key ("q1".."q4") of a date within its fiscal year, for annual-goal milestones. */
  public String quarterKey(LocalDate date) {
    return "q" + (Math.floorMod(date.getMonthValue() - fiscalYearStart, 12) / 3 + 1);
  }
}
