package org.okrsite.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;

/**
 * Check-ins by cadence on {@code sites/cadence}: who the week pages list as not checked in and as
 * not due, {@code data/due.json} byte for byte, and the owners' calendars parsed as RFC 5545.
 */
class DueListTest {
  static final Path CASE = Path.of("src/test/resources/sites/cadence");
  static final LocalDate AS_OF = LocalDate.parse("2026-11-18");
  private static Map<String, byte[]> site;
  private static List<org.okrsite.diagnostic.Diagnostic> diagnostics;

  @BeforeAll
  static void build() {
    SiteBuilder.Rendered r =
        SiteBuilder.render(
            new SiteBuilder.Options(CASE.resolve("content"), null, AS_OF, false, false, false),
            SiteBuilder.Progress.NONE);
    assertFalse(r.result().hasErrors(), r.result().diagnostics().toString());
    site = r.files().all();
    diagnostics = r.result().diagnostics();
  }

  private static String text(String path) {
    byte[] b = site.get(path);
    assertTrue(b != null, path + " was not written; files: " + site.keySet());
    return new String(b, StandardCharsets.UTF_8);
  }

  private static List<String> names(Document page, String list) {
    return page.select("ul." + list + " > li").stream()
        .map(li -> li.selectFirst("a") == null ? li.text() : li.selectFirst("a").text())
        .toList();
  }

  @Test
  void aWeekListsAsMissingOnlyTheOwnersDueAndSaysWhoWasNotDue() {
    // week of 9 Nov: Web, Data and Dana checked in; Cadence Co (monthly, last 2 Oct) is overdue;
    // Apps (biweekly, 6 Nov), Finance (monthly, 28 Oct) and Product (fortnightly, 4 Nov) are not
    // due
    Document w46 = Jsoup.parse(text("cycles/2026-q4/updates/2026-w46.html"));
    assertEquals(List.of("Cadence Co"), names(w46, "missing"));
    assertEquals(List.of("Apps", "Finance & Legal", "Product"), names(w46, "not-due"));
    assertEquals("Not due this week: 3 (biweekly or monthly)", w46.selectFirst("p.not-due").text());
    assertEquals(
        List.of(
            "Apps — biweekly, next due 20 Nov 2026",
            "Finance & Legal — monthly, next due 28 Nov 2026",
            "Product — biweekly, next due 18 Nov 2026"),
        w46.select("ul.not-due > li").eachText());

    // week of 16 Nov: Apps and Product are due now, Web weekly as always; Data and Finance are not
    Document w47 = Jsoup.parse(text("cycles/2026-q4/updates/2026-w47.html"));
    assertEquals(List.of("Apps", "Web", "Cadence Co", "Product"), names(w47, "missing"));
    assertEquals(List.of("Data", "Finance & Legal"), names(w47, "not-due"));
    assertTrue(w47.selectFirst("p.meta").text().endsWith("1 check-ins · 5 owners expected"));
  }

  @Test
  void theWeeksIndexCountsOnlyOwnersDue() {
    Document index = Jsoup.parse(text("cycles/2026-q4/updates/index.html"));
    List<String> rows = index.select("main li").eachText();
    assertTrue(
        rows.contains("Week of 16 Nov 2026 — 1 of 5 owners checked in; 2 not due this week"),
        rows.toString());
    assertTrue(
        rows.contains("Week of 9 Nov 2026 — 3 of 4 owners checked in; 3 not due this week"),
        rows.toString());
  }

  @Test
  void dueJsonIsExactlyAsDocumented() throws Exception {
    assertEquals(
        Files.readString(CASE.resolve("expected/due.json"), StandardCharsets.UTF_8),
        text("data/due.json"));
  }

  @Test
  void onlyAnOwnerSilentForLongerThanTheirCadenceSetsAndForgets() {
    // Finance & Legal (monthly) has been silent 21 days: more than two weeks, less than its month
    List<String> silent =
        diagnostics.stream()
            .filter(d -> d.rule().orElse(null) == org.okrsite.diagnostic.Rule.SET_AND_FORGET)
            .map(d -> d.message() + " | " + d.hint())
            .toList();
    assertEquals(
        List.of(
            "Cadence Co has not checked in for 47 days (last check-in 2026-10-02) | check in at"
                + " least every 31 days (a monthly cadence): confidence, progress, issues, plan"),
        silent);
  }

  @Test
  void aCadenceOkrsiteDoesNotKnowIsAWarningAtItsValue(@TempDir Path tmp) throws Exception {
    Path src =
        org.okrsite.TestSites.write(
            tmp,
            Map.of(
                "organisation.yaml",
                "organisation:\n  company: Typo Co\n  teams:\n    - name: Ops\n"
                    + "      cadence: montly\n"));
    var r = org.okrsite.TestSites.check(src, "2026-11-18");
    assertEquals(
        List.of(
            "organisation.yaml:5:16: warning: cadence 'montly' is not known; it is read as weekly"
                + " [bad-cadence]"),
        r.diagnostics().stream().map(d -> d.line()).toList());
  }

  @Test
  void aPrivateObjectivesOwnerIsDueNowhere() {
    assertFalse(text("data/due.json").contains("Pat"), "Pat Quinn's OKRs are private");
    assertFalse(text("data/due.json").contains("pat-"));
    assertTrue(site.keySet().stream().noneMatch(p -> p.startsWith("data/due/person-pat")));
    for (String week : List.of("2026-w46", "2026-w47"))
      assertFalse(text("cycles/2026-q4/updates/" + week + ".html").contains("Pat Quinn"), week);
  }

  @Test
  void everyOwnerOfTheWeekHasACalendarOfTheirDueDates() throws Exception {
    List<String> calendars =
        site.keySet().stream().filter(p -> p.startsWith("data/due/")).sorted().toList();
    assertEquals(
        List.of(
            "data/due/company-cadence-co.ics",
            "data/due/department-product.ics",
            "data/due/person-dana-degard.ics",
            "data/due/team-apps.ics",
            "data/due/team-data-1.ics",
            "data/due/team-finance-legal.ics",
            "data/due/team-web.ics"),
        calendars);
    assertEquals(
        Files.readString(CASE.resolve("expected/team-apps.ics"), StandardCharsets.UTF_8),
        text("data/due/team-apps.ics"));
    // the overdue company is due on the as-of date, then a month on; biweekly Apps every 14 days
    assertEquals(
        List.of("20261118", "20261219"), dates(unfold(text("data/due/company-cadence-co.ics"))));
    assertEquals(
        List.of("20261120", "20261204", "20261218"), dates(unfold(text("data/due/team-apps.ics"))));
    assertEquals(
        List.of("20261128", "20261229"), dates(unfold(text("data/due/team-finance-legal.ics"))));
    assertEquals(
        List.of("20261123", "20261130", "20261207", "20261214", "20261221", "20261228"),
        dates(unfold(text("data/due/person-dana-degard.ics"))));
  }

  @Test
  void calendarsAreWellFormedRfc5545() {
    for (var e : site.entrySet()) {
      if (!e.getKey().endsWith(".ics")) continue;
      String ics = new String(e.getValue(), StandardCharsets.UTF_8);
      assertTrue(ics.endsWith("\r\n"), e.getKey());
      String[] physical = ics.substring(0, ics.length() - 2).split("\r\n", -1);
      for (String line : physical) {
        assertFalse(line.contains("\n") || line.contains("\r"), "bare line break in " + e.getKey());
        assertTrue(
            line.getBytes(StandardCharsets.UTF_8).length <= 75,
            e.getKey() + ": line longer than 75 octets: " + line);
      }
      List<String> lines = unfold(ics);
      assertEquals("BEGIN:VCALENDAR", lines.get(0));
      assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
      assertTrue(lines.contains("VERSION:2.0"));
      assertTrue(lines.stream().anyMatch(l -> l.startsWith("PRODID:")));
      long begins = lines.stream().filter(l -> l.equals("BEGIN:VEVENT")).count();
      assertTrue(begins > 0, e.getKey());
      for (String p : List.of("UID:", "DTSTAMP:", "DTSTART;VALUE=DATE:", "SUMMARY:"))
        assertEquals(
            begins, lines.stream().filter(l -> l.startsWith(p)).count(), p + " " + e.getKey());
      assertEquals(
          begins,
          lines.stream().filter(l -> l.startsWith("UID:")).distinct().count(),
          "UIDs are unique");
      assertTrue(
          lines.stream()
              .filter(l -> l.startsWith("DTSTAMP:"))
              .allMatch(l -> l.equals("DTSTAMP:20261118T000000Z")));
    }
  }

  @Test
  void foldingKeepsMultiByteCharactersWhole() {
    String dana = text("data/due/person-dana-degard.ics");
    assertTrue(unfold(dana).contains("SUMMARY:Check-in due: Dana Ødegård (weekly)"));
    assertTrue(unfold(dana).contains("X-WR-CALNAME:Check-ins due: Dana Ødegård\\, Q4 2026"));
  }

  /** RFC 5545 §3.1: a CRLF followed by one space or tab continues the line. */
  static List<String> unfold(String ics) {
    List<String> out = new ArrayList<>();
    for (String line : ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n"))
      if (!line.isEmpty()) out.add(line);
    return out;
  }

  private static List<String> dates(List<String> lines) {
    return lines.stream()
        .filter(l -> l.startsWith("DTSTART;VALUE=DATE:"))
        .map(l -> l.substring("DTSTART;VALUE=DATE:".length()))
        .toList();
  }
}
