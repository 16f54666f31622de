package org.okrsite.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;
import org.okrsite.TestSites;
import org.okrsite.cli.Main;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Severity;

/**
 * {@code okrsite new ...} on a copy of the example site: files in place, pre-filled, checking
 * clean.
 */
class NewCommandTest {
  private static final LocalDate DATE = LocalDate.parse("2026-11-27");
  @TempDir Path tmp;
  Path src;

  @BeforeEach
  void copy() {
    src = TestSites.copy(TestSites.EXAMPLE, tmp.resolve("content"));
  }

  private int run(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "-s";
    all[args.length + 1] = src.toString();
    all[args.length + 2] = "--date";
    all[args.length + 3] = DATE.toString();
    return Main.run(all);
  }

  /** The problems of one file, drafts included; and no error anywhere. */
  private List<Diagnostic> problems(String path) {
    SiteBuilder.Result r =
        SiteBuilder.check(new SiteBuilder.Options(src, null, DATE, true, false, false));
    assertFalse(
        r.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR),
        r.diagnostics().toString());
    return r.diagnostics().stream().filter(d -> d.file().equals(path)).toList();
  }

  @Test
  void checkinIsPreFilledWithTheLastValuesAndChecksClean() throws Exception {
    assertEquals(0, run("new", "checkin", "--team", "growth"));
    Path file = src.resolve("checkins/2026-q4/growth/2026-11-27.yaml");
    String text = Files.readString(file);
    assertTrue(text.contains("team: \"Growth\""), text);
    assertTrue(text.contains("author: \"Sarah Chen\""), text);
    assertTrue(text.contains("- id: \"KR1\""), text);
    assertTrue(text.contains("current: \"3.4 days\""), text);
    assertTrue(
        text.contains("leading: \"66%\"   # Wizard completion rate (weekly)\n"),
        "the leading indicator's last reading: " + text);
    assertTrue(text.contains("- id: \"KR3\""), text);
    assertFalse(text.contains("KR4"), "draft objectives are left out");
    assertEquals(List.of(), problems("checkins/2026-q4/growth/2026-11-27.yaml"));
    SiteBuilder.Result r =
        SiteBuilder.check(new SiteBuilder.Options(src, null, DATE, false, false, false));
    assertEquals(
        DATE,
        r.scores().kr("growth-onboarding", "KR1").orElseThrow().lastUpdate(),
        "the new check-in is the latest reading");
    assertEquals(1, run("new", "checkin", "--team", "Growth"), "never overwrites");
  }

  @Test
  void checkinOfAPerson() {
    assertEquals(0, run("new", "checkin", "--person", "Ravi Patel"));
    assertEquals(List.of(), problems("checkins/2026-q4/people/ravi-patel/2026-11-27.yaml"));
  }

  @Test
  void checkinNeedsObjectives() {
    assertEquals(1, run("new", "checkin", "--team", "Nobody"));
    assertEquals(2, run("new", "checkin", "--team", "Growth", "--person", "Ravi Patel"));
  }

  @Test
  void okrCarriesForwardUnfinishedKeyResultsAndChecksClean() throws Exception {
    assertEquals(
        0, run("new", "okr", "--team", "Platform", "--quarter", "Q1 2027", "--carry-forward"));
    String text = Files.readString(src.resolve("okrs/2027-q1/platform.yaml"));
    assertTrue(text.contains("status: draft"));
    assertTrue(text.contains("p95 API latency"), "unfinished Q4 KR carried: " + text);
    assertTrue(
        text.contains("not_doing:")
            && text.contains("dependencies:")
            && text.contains("initiatives:"));
    assertFalse(text.contains("SOC 2 Type I report issued"), "a finished KR stays behind");
    assertEquals(List.of(), problems("okrs/2027-q1/platform.yaml"));
  }

  @Test
  void okrCarriesTheRetrospectivesItems() throws Exception {
    assertEquals(
        0, run("new", "okr", "--team", "Growth", "--quarter", "Q4 2026", "--carry-forward"));
    String text = Files.readString(src.resolve("okrs/2026-q4/growth.yaml"));
    assertTrue(text.contains("In-app referral program with credits"), text);
    assertTrue(
        text.contains("baseline: \"720/month\""), "last value becomes the baseline: " + text);
    // the only remarks are the review's coaching on the TODO placeholders the author fills in
    assertTrue(
        problems("okrs/2026-q4/growth.yaml").stream().allMatch(d -> d.message().contains("TODO")),
        problems("okrs/2026-q4/growth.yaml").toString());
  }

  @Test
  void retroAndKpiCheckClean() throws Exception {
    assertEquals(0, run("new", "retro", "--team", "Platform"));
    String retro = Files.readString(src.resolve("retros/2026-q4/platform.yaml"));
    assertTrue(retro.contains("score: 0.83"), retro);
    assertEquals(List.of(), problems("retros/2026-q4/platform.yaml"));
    assertEquals(0, run("new", "kpi"));
    String kpi = Files.readString(src.resolve("kpis/2026-11-27.yaml"));
    assertTrue(kpi.contains("name: \"Weekly Active Teams\""), kpi);
    assertEquals(List.of(), problems("kpis/2026-11-27.yaml"));
  }
}
