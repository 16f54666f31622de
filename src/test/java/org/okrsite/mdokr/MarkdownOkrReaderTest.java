package org.okrsite.mdokr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrsite.content.ContentLoader;
import org.okrsite.content.SourceDocument;
import org.okrsite.diagnostic.Diagnostics;

/** Literal Markdown in, the YAML the linker reads out. */
class MarkdownOkrReaderTest {
  private final Diagnostics d = new Diagnostics();

  private Optional<Translation> read(String path, String text) {
    SourceDocument doc = ContentLoader.parse(path, text.getBytes(StandardCharsets.UTF_8), d).get(0);
    return MarkdownOkrReader.read(doc, d);
  }

  private String yaml(String path, String text) {
    return YamlWriter.write(read(path, text).orElseThrow().documents());
  }

  @Test
  void plainPagesStayPages() {
    assertEquals(
        Optional.empty(),
        read("about.md", "# About us\n\nWe make onboarding tools.\n\n- fast\n- kind\n"));
    assertEquals(
        Optional.empty(),
        read(
            "docs/template.md",
            "# Q1 2026 OKRs — Growth\n\n## Objective 1: X\n\n- A from 1 to 2\n"));
    assertEquals(
        Optional.empty(),
        read("x.md", "---\nkind: doc\n---\n## Objective 1: X\n\n- A from 1 to 2\n"));
    assertEquals(Optional.empty(), read("notes.md", "# Notes\n\n## Ideas\n\n- try 3 things\n"));
    assertFalse(d.hasErrors());
  }

  @Test
  void seedTemplateTranslatesToTheYamlAPersonWouldWrite() throws Exception {
    String md =
        Files.readString(Path.of("src/test/resources/mdokr/seed/markdown/okrs/growth-q1-2026.md"));
    String yaml =
        Files.readString(Path.of("src/test/resources/mdokr/seed/yaml/okrs/growth-q1-2026.yaml"));
    List<SourceDocument> written =
        ContentLoader.parse("g.yaml", yaml.getBytes(StandardCharsets.UTF_8), d);
    assertEquals(YamlWriter.write(written), yaml("okrs/growth.md", md));
  }

  @Test
  void repeatedKrIdsGetTheirObjectivePrefixAndUnlabelledOnesAreNumberedOn() {
    String y =
        yaml(
            "okrs/2026-q1/growth.md",
            """
            ## Objective 1: A
            - KR1: Revenue from $1K to $2K
            - Churn from 5% to 3%
            ## Objective 2: B
            - KR1: Users from 10 to 20
            """);
    assertTrue(y.contains("id: \"O1-KR1\""), y);
    assertTrue(y.contains("id: \"KR2\""), y);
    assertTrue(y.contains("id: \"O2-KR1\""), y);
  }

  @Test
  void columnsMatchByNameInAnyOrderAndExtrasBecomeTheNote() {
    String y =
        yaml(
            "okrs/2026-q1/growth.md",
            """
            ## Objective: A
            | Priority | TARGET | Key Result | baseline | Confidence (0-1) | Notes |
            |---|---|---|---|---|---|
            | P1 | 18% | Conversion | 8% | 60% | pricing test |
            """);
    assertEquals(
        """
        okr:
          team: "Growth"
          quarter: "Q1 2026"
          objectives:
            - objective: "A"
              key_results:
                - id: "KR1"
                  metric: "Conversion"
                  target: "18%"
                  baseline: "8%"
                  confidence: 0.6
                  note: "pricing test; Priority: P1"
        """,
        y);
  }

  @Test
  void severalCyclesMakeSeveralDocuments() {
    Translation t =
        read(
                "history.md",
                """
                ---
                team: Platform
                ---
                # History
                ## 2019 Q1
                ### Objective: Fast
                - Latency from 800ms to 200ms
                ## Q3 2026 OKRs
                ### Stable
                - Uptime from 99% to 99.9%
                ### Notes
                - talk to 3 teams
                """)
            .orElseThrow();
    assertEquals(2, t.documents().size());
    String y = YamlWriter.write(t.documents());
    assertTrue(y.contains("quarter: \"Q1 2019\""), y);
    assertTrue(y.contains("quarter: \"Q3 2026\""), y);
    assertFalse(y.contains("Notes"), y);
  }

  @Test
  void weeklyPlanAndBlockersAreRead() {
    String y =
        yaml(
            "checkins/growth/2026-01-16.md",
            """
            # Weekly OKR Update — January 16, 2026
            ## Top 3 This Week
            1. Ship the wizard → supports KR 1
            2. Board prep → operational
            ## Blockers
            - Design specs late → need final specs from Priya
            - Hiring is slow
            """);
    assertEquals(
        """
        checkin:
          date: 2026-01-16
          team: "Growth"
          issues:
            - issue: "Design specs late"
              need: "final specs"
              from: "Priya"
            - "Hiring is slow"
          plan:
            - priority: "Ship the wizard"
              supports: "KR1"
            - "Board prep"
        """,
        y);
  }

  @Test
  void aLeadingColumnOfTheConfidenceTableIsTheLeadingIndicatorReading() {
    String y =
        yaml(
            "checkins/growth/2026-01-16.md",
            """
            # Weekly OKR Update — January 16, 2026
            ## OKR Confidence
            | KR | Value | Leading indicator | Now | Note |
            |---|---|---|---|---|
            | KR 1 | 5.5 days | 61% | 0.6 | wizard beta |
            """);
    assertEquals(
        """
        checkin:
          date: 2026-01-16
          team: "Growth"
          key_results:
            - id: "KR1"
              current: "5.5 days"
              leading: "61%"
              confidence: 0.6
              note: "wizard beta"
        """,
        y);
  }

  @Test
  void titleNamesOwnerAndCycleInTheUsualWays() {
    for (String title :
        List.of(
            "# Q1 2026 OKRs — Growth",
            "# Growth Team OKRs, Q1 2026",
            "# OKRs for the Growth team (2026-Q1)",
            "# Growth: Q1 2026 OKRs")) {
      String y = yaml("x/okrs.md", title + "\n\n## Objective: A\n\n- Users from 1 to 2\n");
      assertTrue(
          y.startsWith("okr:\n  team: \"Growth\"\n  quarter: \"Q1 2026\"\n"), title + "\n" + y);
    }
  }
}
