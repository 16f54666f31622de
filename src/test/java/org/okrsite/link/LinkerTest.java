package org.okrsite.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;
import org.okrsite.TestSites;
import org.okrsite.model.Level;
import org.okrsite.model.ParentRef;

/** Linking: owners, merging, references and what must not be published. */
class LinkerTest {
  private static final String AS_OF = "2026-02-15";

  private static String okr(String ownerLine, String id, String title, String extra, String krId) {
    return "okr:\n  quarter: Q1 2026\n  "
        + ownerLine
        + "\n  id: "
        + id
        + "\n"
        + extra
        + "  objective: \""
        + title
        + "\"\n  key_results:\n    - id: "
        + krId
        + "\n      metric: Signups\n      baseline: 10\n      target: 20\n";
  }

  private SiteBuilder.Result run(Path tmp, Map<String, String> files) throws IOException {
    SiteBuilder.Result r = TestSites.check(TestSites.write(tmp, files), AS_OF);
    assertFalse(r.hasErrors(), TestSites.errors(r));
    return r;
  }

  @Test
  void privateObjectivesLeaveNoTrace(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "a.yaml", okr("team: Growth", "secret", "SECRET-TITLE", "  visibility: private\n", "KR1"));
    files.put("b.yaml", okr("team: Growth", "open", "Open objective", "  parent: secret\n", "KR2"));
    files.put(
        "c.yaml",
        "checkin:\n"
            + "  date: 2026-02-13\n"
            + "  team: Growth\n"
            + "  key_results:\n"
            + "    - id: KR1\n"
            + "      current: 15\n"
            + "      note: SECRET-NOTE\n"
            + "    - id: KR2\n"
            + "      current: 12\n");
    SiteBuilder.Result r = run(tmp, files);
    assertEquals(List.of("open"), r.model().objectives().stream().map(o -> o.id()).toList());
    assertTrue(
        r.model().objective("open").orElseThrow().parents().isEmpty(),
        "no link to a private parent");
    var updates = r.model().checkIns().get(0).updates();
    assertEquals(List.of("KR2"), updates.stream().map(u -> u.krId()).toList());
  }

  @Test
  void privateCheckInsArePrivate(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("a.yaml", okr("team: Growth", "g", "Grow", "", "KR1"));
    files.put(
        "c.yaml",
        "checkin:\n"
            + "  visibility: private\n"
            + "  date: 2026-02-13\n"
            + "  team: Growth\n"
            + "  key_results:\n"
            + "    - id: KR1\n"
            + "      current: 15\n");
    SiteBuilder.Result r = run(tmp, files);
    assertTrue(r.model().checkIns().isEmpty());
    assertEquals(null, r.scores().kr("g", "KR1").orElseThrow().current());
  }

  @Test
  void parentsResolveByIdTitleAnnualGoalAndPillar(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "goal.yaml", "annual_goal:\n  id: AG-1\n  statement: Grow\n  pillar: Growth Engine\n");
    files.put("pillars.yaml", "strategic_pillars:\n  - name: Growth Engine\n    description: x\n");
    files.put(
        "top.yaml", okr("company: Acme", "top", "Become the fastest way to onboard", "", "KR1"));
    files.put(
        "a.yaml",
        okr(
            "team: Growth",
            "a",
            "A",
            "  parents: [\"become the fastest way to onboard\", AG-1, Growth Engine]\n",
            "KR1"));
    var parents = run(tmp, files).model().objective("a").orElseThrow().parents();
    assertEquals(
        List.of(ParentRef.Kind.OBJECTIVE, ParentRef.Kind.ANNUAL_GOAL, ParentRef.Kind.PILLAR),
        parents.stream().map(ParentRef::kind).toList());
    assertEquals(
        List.of("top", "AG-1", "growth-engine"),
        parents.stream().map(ParentRef::targetId).toList());
  }

  @Test
  void aDeclaredOrganisationsPeopleKeepTheirListedUnitRoleAndOrder(@TempDir Path tmp)
      throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "organisation.yaml",
        "organisation:\n"
            + "  company: Acme\n"
            + "  lead: Ana Lee\n"
            + "  departments:\n"
            + "    - name: Product\n"
            + "      lead: Bo Chan\n"
            + "      teams:\n"
            + "        - name: Growth\n"
            + "          lead: Cy Diaz\n"
            + "          members: [Cy Diaz, {name: Di Eng, role: PM}]\n"
            + "        - name: Search\n"
            + "          members: [Ef Fox, Di Eng, Ana Lee]\n");
    files.put("a.yaml", okr("team: Growth", "a", "A", "", "KR1"));
    SiteBuilder.Result r = TestSites.check(TestSites.write(tmp, files), AS_OF);
    var duplicates =
        r.diagnostics().stream().filter(x -> x.ruleId().equals("duplicate-person")).toList();
    assertEquals(1, duplicates.size(), duplicates.toString());
    assertTrue(
        duplicates
            .get(0)
            .line()
            .startsWith(
                "organisation.yaml:12:29: error: 'Di Eng' is already a member of another unit (at"
                    + " organisation.yaml:10:30)"),
        duplicates.get(0).line());
    var org = r.model().organisation();
    assertEquals(
        List.of("bo-chan", "cy-diaz", "di-eng", "ef-fox", "ana-lee"),
        org.people().stream().map(p -> p.id()).toList(),
        "a lead listed as a member moves to that place");
    assertEquals("search", org.person("ana-lee").orElseThrow().unitId());
    assertEquals(null, org.person("ana-lee").orElseThrow().role());
    assertEquals("product", org.person("bo-chan").orElseThrow().unitId());
    assertEquals("PM", org.person("di-eng").orElseThrow().role());
    assertEquals(
        "growth",
        org.person("di-eng").orElseThrow().unitId(),
        "listed twice: the first unit stays");
  }

  @Test
  void theOrganisationIsInferredWhenNotDeclared(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("strategy.yaml", "strategy:\n  company: Acme\n  vision: v\n");
    files.put("a.yaml", okr("team: Growth", "a", "A", "", "KR1"));
    files.put("b.yaml", okr("person: Sarah Chen", "b", "B", "", "KR1"));
    var org = run(tmp, files).model().organisation();
    assertEquals("Acme", org.company().orElseThrow().name());
    assertEquals(Level.TEAM, org.unit("growth").orElseThrow().level());
    assertEquals("acme", org.unit("growth").orElseThrow().parentId());
    assertEquals("Sarah Chen", org.person("sarah-chen").orElseThrow().name());
  }

  @Test
  void anAlignmentMapAlignsObjectivesWrittenElsewhereInsteadOfCopyingThem(@TempDir Path tmp)
      throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "map.yaml",
        "alignment_map:\n"
            + "  quarter: Q1 2026\n"
            + "  company_objective: Be fast\n"
            + "  team_contributions:\n"
            + "    - team: Growth\n"
            + "      objective: Onboard fast\n"
            + "      key_results: [\"TTFV < 2 days\"]\n"
            + "    - team: Success\n"
            + "      objective: Keep them\n"
            + "      key_results: [\"Churn from 5% to 3%\"]\n");
    files.put("growth.yaml", okr("team: Growth", "growth-fast", "Onboard fast", "", "KR1"));
    var m = run(tmp, files).model();
    assertEquals(3, m.objectives().size());
    var growth = m.objective("growth-fast").orElseThrow();
    assertEquals("Signups", growth.keyResults().get(0).metric(), "the okr's own KRs are kept");
    assertEquals(1, growth.parents().size());
    var success =
        m.objectives().stream()
            .filter(o -> o.owner().id().equals("success"))
            .findFirst()
            .orElseThrow();
    var kr = success.keyResults().get(0);
    assertEquals(5.0, kr.baseline().value());
    assertEquals(3.0, kr.target().value());
    assertTrue(m.dependencies().isEmpty(), "no cross dependencies declared here");
  }

  @Test
  void customCyclesAndFiscalYears(@TempDir Path tmp) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "site.yaml",
        "cycles:\n"
            + "  fiscal_year_start: 4\n"
            + "  custom:\n"
            + "    - name: H1 2026\n"
            + "      start: 2026-01-01\n"
            + "      end: 2026-06-30\n");
    files.put("a.yaml", okr("team: Growth", "a", "A", "", "KR1").replace("Q1 2026", "H1 2026"));
    files.put("b.yaml", okr("team: Platform", "b", "B", "", "KR1").replace("Q1 2026", "Q4 FY2026"));
    var m = run(tmp, files).model();
    var h1 = m.cycle(m.objective("a").orElseThrow().cycleId()).orElseThrow();
    assertEquals("2026-06-30", h1.end().toString());
    var q4 = m.cycle(m.objective("b").orElseThrow().cycleId()).orElseThrow();
    assertEquals(
        "2026-01-01", q4.start().toString(), "FY2026 starting in April 2025: Q4 is Jan–Mar 2026");
  }
}
