package org.okrsite.mdokr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems in Markdown OKR documents are reported at the heading, row or cell that holds them. */
class DiagnosticPositionTest {
  @TempDir Path tmp;

  private List<String> lines(String... pathAndText) {
    return Sites.lines(Sites.check(Sites.write(tmp, pathAndText)));
  }

  private static void has(List<String> lines, String expected) {
    assertTrue(
        lines.contains(expected),
        "expected\n  " + expected + "\nin\n  " + String.join("\n  ", lines));
  }

  @Test
  void unitMismatchPointsAtTheTargetCell() {
    has(
        lines(
            "okrs/growth.md",
            """
            # Q1 2026 OKRs — Growth

            ## Objective 1: Faster onboarding

            | KR | Baseline | Target |
            |----|----------|--------|
            | TTFV | 7 days | 18% |
            """),
        "okrs/growth.md:7:19: error: target '18%' is in '%' but baseline '7 days' is in 'day'"
            + " [kr-unit-mismatch]");
  }

  @Test
  void frontMatterShiftsTheLines() {
    has(
        lines(
            "okrs/growth.md",
            """
            ---
            team: Growth
            quarter: Q1 2026
            ---
            ## Objective: Faster onboarding

            | Target | KR | Confidence |
            |--------|----|------------|
            | < 2 days | TTFV | 70 |
            """),
        "okrs/growth.md:9:21: error: 'confidence' is 70, outside 0.0–1.0 [confidence-range]");
  }

  @Test
  void unknownOwnerIsReportedAtTheTitle() {
    has(
        lines(
            "okrs.md",
            """
            # Q1 2026 OKRs

            ## Objective: Grow revenue

            - Revenue from $1K to $2K
            """),
        "okrs.md:1:3: error: cannot tell whose OKRs okrs.md holds [md-okr-owner]");
  }

  @Test
  void unknownCycleIsReportedAtTheTitle() {
    has(
        lines(
            "growth.md",
            """
            # Growth OKRs

            ## Objective: Grow revenue

            - Revenue from $1K to $2K
            """),
        "growth.md:1:3: error: cannot tell which quarter the OKRs in growth.md are for"
            + " [md-okr-cycle]");
  }

  @Test
  void objectiveWithoutKeyResultsIsReportedAtItsHeading() {
    has(
        lines(
            "okrs/2026-q1/growth.md",
            """
            # Growth OKRs

            ## Objective 1: Grow revenue

            - Revenue from $1K to $2K

            ## Objective 2: Nothing written yet
            """),
        "okrs/2026-q1/growth.md:7:4: error: objective 'Nothing written yet' has no key_results"
            + " [missing-field]");
  }

  @Test
  void checkInOfAnUnknownKrPointsAtItsCell() {
    has(
        lines(
            "okrs/2026-q1/growth.md",
            """
            # Growth OKRs

            ## Objective 1: Grow revenue

            - Revenue from $1K to $2K
            """,
            "checkins/growth/2026-02-13.md",
            """
            # Weekly OKR Update

            ## OKR Confidence
            | KR | Last | Now | Δ | Note |
            |----|------|-----|---|------|
            | KR1 | 0.6 | 0.5 | ↓ | slower |
            | KR9 | 0.6 | 0.5 | ↓ | typo |
            """),
        "checkins/growth/2026-02-13.md:7:3: error: 'KR9' is not a key result of Growth in Q1 2026"
            + " [checkin-unknown-kr]");
  }

  @Test
  void weeklyUpdateWithoutDateSaysHowToStateIt() {
    has(
        lines(
            "okrs/2026-q1/growth.md",
            """
            # Growth OKRs

            ## Objective 1: Grow revenue

            - Revenue from $1K to $2K
            """,
            "checkins/growth.md",
            """
            # Weekly OKR Update
            """),
        "checkins/growth.md:1:3: error: cannot tell which week checkins/growth.md reports on"
            + " [md-okr-date]");
  }
}
