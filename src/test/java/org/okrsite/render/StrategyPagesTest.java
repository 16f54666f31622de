package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;
import org.okrsite.TestSites;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Rule;

/**
 * Issue 18, "strategy pages read what the content says": alignment to annual goals wherever it is
 * written, annual-goal milestones read in the goal's direction, and a KPI snapshot without a date
 * shown as the current one.
 */
class StrategyPagesTest {
  private static final String DECREASING =
      """
      annual_goal:
        id: "AG-2026-03"
        statement: "Cut cost-to-serve per account by 40%"
        current_baseline: "$38 per account"
        milestones:
          q1: "$36 per account"
          q2: "$33 per account"
          q3: "$29 per account"
          q4: "$23 per account"
        progress:
          q1: "$37 per account"
          q3: "$28 per account"
      """;
  private static final String INCREASING =
      """
      annual_goal:
        id: "AG-2026-01"
        statement: "Reach $1M ARR"
        current_baseline: "$120K ARR"
        milestones:
          q1: "$250K ARR"
          q2: "$450K ARR"
          q3: "$700K ARR"
          q4: "$1M ARR"
        progress:
          q1: "$260K ARR"
          q2: "$440K ARR"
          q3: "$690K ARR"
      """;

  /**
   * As of 15 Aug 2026 (Q3 under way): a decreasing goal's milestone is reached at or below it, an
   * increasing goal's at or above; a past one short of it is missed, a past one without a result
   * says so, and one whose quarter has not ended is not yet due unless already reached.
   */
  @Test
  void milestonesAreReadInTheGoalsDirection(@TempDir Path tmp) throws IOException {
    Path src =
        TestSites.write(
            tmp.resolve("content"),
            Map.of("goals/ag-03.yaml", DECREASING, "goals/ag-01.yaml", INCREASING));
    Document home = build(src, tmp.resolve("public"), "2026-08-15").page("index.html");
    assertEquals(
        List.of(
            "Q1 (by 31 Mar 2026) | $250K ARR | $260K ARR | Reached",
            "Q2 (by 30 Jun 2026) | $450K ARR | $440K ARR | Missed",
            "Q3 (by 30 Sep 2026) | $700K ARR | $690K ARR | Not yet due",
            "Q4 (by 31 Dec 2026) | $1M ARR | – | Not yet due"),
        milestones(home, "AG-2026-01"));
    assertEquals(
        List.of(
            "Q1 (by 31 Mar 2026) | $36 per account | $37 per account | Missed",
            "Q2 (by 30 Jun 2026) | $33 per account | – | No result reported",
            "Q3 (by 30 Sep 2026) | $29 per account | $28 per account | Reached",
            "Q4 (by 31 Dec 2026) | $23 per account | – | Not yet due"),
        milestones(home, "AG-2026-03"));
    assertEquals(
        "Milestones (higher is better)", goal(home, "AG-2026-01").selectFirst("caption").text());
    assertEquals(
        "Milestones (lower is better)", goal(home, "AG-2026-03").selectFirst("caption").text());
  }

  /** The seed's kpi_dashboard has no date: it is the current snapshot, and says it is undated. */
  @Test
  void anUndatedKpiSnapshotIsTheCurrentOne(@TempDir Path tmp) throws IOException {
    Path src = Files.createDirectories(tmp.resolve("content"));
    Files.copy(
        Path.of("src/test/resources/seeds/shapes/kpi_dashboard.yaml"),
        src.resolve("kpi_dashboard.yaml"));
    Site site = build(src, tmp.resolve("public"), "2026-11-23");
    Document kpis = site.page("kpis/index.html");
    assertEquals(
        "Latest snapshot: current snapshot, no date given (shown as of 23 Nov 2026) · reviewed"
            + " weekly",
        kpis.selectFirst("main p.meta").text());
    assertEquals(
        "Monthly Churn Rate | – | 4.2% | < 3% | ↓ down | ■ Off track turned red",
        row(kpis, "Monthly Churn Rate"));
    assertEquals(
        "Metric | current snapshot, no date given",
        String.join(" | ", kpis.select("thead").last().select("th").eachText()));
    Document week = site.page("cycles/2026-q4/updates/2026-w48.html");
    assertEquals(
        "Snapshot: current snapshot, no date given (shown as of 23 Nov 2026)",
        week.selectFirst("section p.meta").text());
    assertEquals("MRR | – | $85K | $100K | ↑ up | ▲ At risk", row(week, "MRR"));
  }

  /** Undated next to dated snapshots: the undated one is now, the dated one is "last". */
  @Test
  void anUndatedSnapshotFollowsTheDatedOnes(@TempDir Path tmp) throws IOException {
    Path src =
        TestSites.write(
            tmp.resolve("content"),
            Map.of(
                "kpis/2026-10-31.yaml",
                """
                kpi_dashboard:
                  date: 2026-10-31
                  health_metrics:
                    - name: "MRR"
                      current: "$80K"
                      target: "$100K"
                      status: "yellow"
                """,
                "kpis/now.yaml",
                """
                kpi_dashboard:
                  health_metrics:
                    - name: "MRR"
                      current: "$85K"
                      target: "$100K"
                      status: "green"
                """));
    Site site = build(src, tmp.resolve("public"), "2026-11-23");
    Document kpis = site.page("kpis/index.html");
    assertEquals("MRR | $80K | $85K | $100K | · not stated | ● On track", row(kpis, "MRR"));
    assertEquals(
        "Metric | 31 Oct 2026 | current snapshot, no date given",
        String.join(" | ", kpis.select("thead").last().select("th").eachText()));
    // the week of 2 Nov has only the dated snapshot
    Document early = site.page("cycles/2026-q4/updates/2026-w45.html");
    assertEquals("Snapshot of 31 Oct 2026", early.selectFirst("section p.meta").text());
  }

  /** Two undated snapshots: the last in file order is now, and the other is reported. */
  @Test
  void severalUndatedSnapshotsAreReported(@TempDir Path tmp) throws IOException {
    String one =
        """
        kpi_dashboard:
          health_metrics:
            - name: "MRR"
              current: "%s"
              target: "$100K"
              status: "green"
        """;
    Path src =
        TestSites.write(
            tmp.resolve("content"),
            Map.of("kpis/a.yaml", one.formatted("$70K"), "kpis/b.yaml", one.formatted("$85K")));
    Site site = build(src, tmp.resolve("public"), "2026-11-23");
    List<String> warnings =
        site.result.diagnostics().stream()
            .filter(d -> d.ruleId().equals(Rule.KPI_UNDATED.id()))
            .map(Diagnostic::toString)
            .toList();
    assertEquals(
        List.of(
            "kpis/a.yaml:2:3: warning: this KPI snapshot has no date, and neither has kpis/b.yaml,"
                + " which the site shows as the current snapshot; this one is left out"
                + " [kpi-undated]"),
        warnings);
    assertEquals(
        "MRR | – | $85K | $100K | · not stated | ● On track",
        row(site.page("kpis/index.html"), "MRR"));
  }

  private static final String GOAL_03 =
      """
      annual_goal:
        id: "AG-2026-03"
        statement: "Cut cost-to-serve per account by 40%"
        pillar: "Operational Excellence"
        current_baseline: "$38 per account"
        milestones:
          q4: "$23 per account"
      """;
  private static final String GOAL_01 =
      """
      annual_goal:
        id: "AG-2026-01"
        statement: "Reach $1M ARR"
        pillar: "Product-Led Growth"
      """;
  private static final String PILLARS =
      """
      strategic_pillars:
        - name: "Product-Led Growth"
          description: "The product sells itself"
        - name: "Operational Excellence"
          description: "Cheaper to serve"
      """;

  /**
   * platform-reliability serves AG-2026-01 through its parent, and AG-2026-03 through its KR4;
   * support names AG-2026-03 itself while its parent serves AG-2026-01. Both are listed under
   * AG-2026-03 on the alignment page and on the goal on the home page, and okrs.json says how.
   */
  @Test
  void keyResultAndObjectiveAlignmentsAreListedUnderTheGoal(@TempDir Path tmp) throws IOException {
    Path src =
        TestSites.write(
            tmp.resolve("content"),
            Map.of(
                "goals/ag-01.yaml",
                GOAL_01,
                "goals/ag-03.yaml",
                GOAL_03,
                "pillars.yaml",
                PILLARS,
                "okrs/company.yaml",
                """
                okr:
                  quarter: "Q4 2026"
                  company: "Acme"
                  id: company-growth
                  parent_annual_goal: "AG-2026-01"
                  objective: "Grow on self-serve"
                  key_results:
                    - {id: KR1, metric: "Weekly active teams", baseline: 100, target: 200}
                """,
                "okrs/platform.yaml",
                """
                okr:
                  quarter: "Q4 2026"
                  team: "Platform"
                  objectives:
                    - id: platform-reliability
                      objective: "Keep the platform boringly reliable"
                      parent: company-growth
                      key_results:
                        - {id: KR3, metric: "Availability", baseline: "99.9%", target: ">= 99.9%"}
                        - id: KR4
                          metric: "p95 API latency"
                          baseline: "480 ms"
                          target: "< 200 ms"
                          parent_annual_goal: "AG-2026-03"
                """,
                "okrs/support.yaml",
                """
                okr:
                  quarter: "Q4 2026"
                  team: "Support"
                  id: support-instant
                  parent: company-growth
                  parent_annual_goal: "AG-2026-03"
                  objective: "Make getting help feel instant"
                  key_results:
                    - {id: KR1, metric: "First reply time", baseline: "6 h", target: "1 h"}
                """));
    Site site = build(src, tmp.resolve("public"), "2026-11-23");
    Document map = site.page("cycles/2026-q4/alignment.html");
    assertEquals(
        List.of(
            "Keep the platform boringly reliable, via KR4 — Platform",
            "Make getting help feel instant — Support"),
        tree(map.getElementById("goal-ag-2026-03")));
    assertEquals(
        List.of(
            "Grow on self-serve — Company",
            "  Keep the platform boringly reliable — Platform",
            "  Make getting help feel instant — Support"),
        tree(map.getElementById("goal-ag-2026-01")));
    assertEquals(
        List.of(
            "Keep the platform boringly reliable, via KR4 — Platform",
            "Make getting help feel instant — Support"),
        goal(site.page("index.html"), "AG-2026-03").select("ul.aligned li").eachText());
    assertEquals(
        List.of("Grow on self-serve — Company"),
        goal(site.page("index.html"), "AG-2026-01").select("ul.aligned li").eachText());
    String json = Files.readString(site.root().resolve("data/okrs.json"));
    assertEquals(
        "\"parents\":[{\"kind\":\"objective\",\"id\":\"company-growth\",\"ref\":\"company-growth\","
            + "\"via\":null},{\"kind\":\"annual_goal\",\"id\":\"AG-2026-03\",\"ref\":\"AG-2026-03\","
            + "\"via\":\"KR4\"}],",
        parents(json, "platform-reliability"));
    Document objective = site.page("cycles/2026-q4/objectives/platform-reliability.html");
    assertTrue(
        objective.select("li").eachText().contains("Annual goal, via KR4: AG-2026-03"),
        objective.select("li").eachText().toString());
  }

  /**
   * Every way content can name an annual goal: parent_annual_goal: or annual_goal: on the
   * objective, parent: naming the goal's id, context: annual_goal: opening with the id, a key
   * result's parent_annual_goal:, and an alignment_map's team contribution.
   */
  @Test
  void everyWayOfNamingAGoalIsAlignment(@TempDir Path tmp) throws IOException {
    String okr =
        """
        okr:
          quarter: "Q4 2026"
          team: "%s"
          objective: "%s"
          %s
          key_results:
            - id: KR1
              metric: "Things"
              baseline: 1
              target: 2
              %s
        """;
    Path src =
        TestSites.write(
            tmp.resolve("content"),
            Map.of(
                "goals/ag-03.yaml", GOAL_03,
                "okrs/a.yaml",
                    okr.formatted(
                        "A", "By parent_annual_goal", "parent_annual_goal: AG-2026-03", ""),
                "okrs/b.yaml", okr.formatted("B", "By annual_goal", "annual_goal: AG-2026-03", ""),
                "okrs/c.yaml", okr.formatted("C", "By parent", "parent: AG-2026-03", ""),
                "okrs/d.yaml",
                    okr.formatted(
                        "D", "By context", "context: {annual_goal: \"AG-2026-03 — Cut cost\"}", ""),
                "okrs/e.yaml",
                    okr.formatted("E", "By a key result", "", "parent_annual_goal: AG-2026-03"),
                "alignment.yaml",
                    """
                    alignment_map:
                      quarter: "Q4 2026"
                      company_objective: "Serve customers for less"
                      parent_annual_goal: "AG-2026-03"
                      team_contributions:
                        - team: "F"
                          objective: "By the alignment map"
                          key_results: ["Tickets per account from 4 to 2"]
                    """));
    Site site = build(src, tmp.resolve("public"), "2026-11-23");
    assertEquals(
        List.of(
            "By parent_annual_goal — A",
            "By annual_goal — B",
            "By parent — C",
            "By context — D",
            "By a key result, via KR1 — E",
            "Serve customers for less — Company",
            "  By the alignment map — F"),
        tree(site.page("cycles/2026-q4/alignment.html").getElementById("goal-ag-2026-03")));
  }

  /** {@code okrsite new kpi} copies the current snapshot, the undated one, and says so. */
  @Test
  void aNewSnapshotCopiesTheUndatedOne(@TempDir Path tmp) throws IOException {
    Path src = Files.createDirectories(tmp.resolve("content"));
    Files.copy(
        Path.of("src/test/resources/seeds/shapes/kpi_dashboard.yaml"),
        src.resolve("kpi_dashboard.yaml"));
    SiteBuilder.Result r = TestSites.check(src, "2026-11-23");
    var company = r.model().organisation().company().orElseThrow();
    var s =
        org.okrsite.scaffold.KpiScaffold.of(
            r.model(),
            new org.okrsite.model.Owner(company.level(), company.id(), company.name()),
            java.time.LocalDate.parse("2026-11-23"));
    assertEquals(
        List.of("copied 7 metric(s) from the undated snapshot in kpi_dashboard.yaml"), s.notes());
    assertEquals(
        "# Copied from the undated snapshot in kpi_dashboard.yaml: update every 'current'.",
        s.text().lines().skip(1).findFirst().orElseThrow());
  }

  /** A private goal stays out even where a public objective or key result names it. */
  @Test
  void aPrivateGoalIsNotNamedByThePublicObjectivesServingIt(@TempDir Path tmp) throws IOException {
    Path src =
        TestSites.write(
            tmp.resolve("content"),
            Map.of(
                "goals/secret.yaml",
                """
                annual_goal:
                  id: "AG-2026-09"
                  statement: "A secret acquisition"
                  visibility: private
                """,
                "okrs/growth.yaml",
                """
                okr:
                  quarter: "Q4 2026"
                  team: "Growth"
                  objective: "A public objective"
                  parent_annual_goal: "AG-2026-09"
                  key_results:
                    - {id: KR1, metric: "Things", baseline: 1, target: 2, parent_annual_goal: "AG-2026-09"}
                """));
    Site site = build(src, tmp.resolve("public"), "2026-11-23");
    List<String> naming = new java.util.ArrayList<>();
    try (var files = Files.walk(site.root())) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList())
        if (new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains("AG-2026-09")) naming.add(site.root().relativize(p).toString());
    }
    assertEquals(List.of(), naming);
  }

  /** The {@code "parents"} of objective {@code id} in okrs.json, whitespace removed. */
  static String parents(String json, String id) {
    int at = json.indexOf("\"id\": \"" + id + "\"");
    int from = json.indexOf("\"parents\"", at);
    return json.substring(from, json.indexOf("\"tier\"", from)).replaceAll("\\s", "");
  }

  /** A tree's lines: indented two spaces a level, the title (and via) and the owner. */
  static List<String> tree(Element section) {
    return section.select("ul.align-tree > li").stream()
        .map(
            li -> {
              int depth = Integer.parseInt(li.className().replace("depth-", ""));
              String text = li.text();
              return "  ".repeat(depth) + text.substring(0, text.indexOf(" · "));
            })
        .toList();
  }

  record Site(Path root, SiteBuilder.Result result) {
    Document page(String path) throws IOException {
      return Jsoup.parse(Files.readString(root.resolve(path)));
    }
  }

  static Site build(Path src, Path out, String asOf) throws IOException {
    SiteBuilder.Result r = TestSites.build(src, out, asOf);
    assertFalse(r.hasErrors(), TestSites.errors(r));
    return new Site(out, r);
  }

  static Element goal(Document home, String id) {
    for (Element a : home.select("article.goal"))
      if (a.selectFirst("h3 a").text().equals(id)) return a;
    throw new AssertionError("no goal " + id + " on the home page");
  }

  static List<String> milestones(Document home, String id) {
    return goal(home, id).select("tbody tr").stream()
        .map(tr -> String.join(" | ", tr.select("td").eachText()))
        .toList();
  }

  static String row(Document page, String metric) {
    for (Element tr : page.select("tbody tr")) {
      List<String> cells = tr.select("td").eachText();
      if (!cells.isEmpty() && cells.get(0).equals(metric)) return String.join(" | ", cells);
    }
    throw new AssertionError("no row " + metric);
  }
}
