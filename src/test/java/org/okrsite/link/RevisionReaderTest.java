package org.okrsite.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrsite.config.Settings;
import org.okrsite.content.ContentLoader;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.model.Model;
import org.okrsite.model.Revision;

/** {@code revisions:} under an objective and under a key result, good and bad. */
class RevisionReaderTest {
  private static final String HEAD =
      """
      okr:
        quarter: "Q4 2026"
        team: "Growth"
        objective: "Make self-serve onboarding delightful"
        key_results:
          - id: KR1
            metric: "Self-serve conversion rate"
            baseline: "8%"
            target: "25%"
      """;

  /** YAML lines under {@code okr:} (indented by two), each ending with a newline. */
  private static String lines(String... lines) {
    StringBuilder b = new StringBuilder();
    for (String l : lines) b.append("  ").append(l).append('\n');
    return b.toString();
  }

  private record Read(Model model, List<String> lines) {}

  private static Read read(String yaml) {
    return read(yaml, new Diagnostics());
  }

  private static Read read(String yaml, Diagnostics d) {
    Model m =
        Linker.link(
            ContentLoader.parse("okrs/growth.yaml", yaml.getBytes(StandardCharsets.UTF_8), d),
            Settings.defaults(),
            LocalDate.parse("2026-11-23"),
            false,
            d);
    return new Read(m, d.sorted().stream().map(Diagnostic::line).toList());
  }

  @Test
  void revisionsOfTheObjectiveAndOfAKeyResultAreRead() {
    Read r =
        read(
            HEAD
                + lines(
                    "    revisions:",
                    "      - date: 2026-11-02",
                    "        from: \"18%\"",
                    "        to: \"25%\"",
                    "        reason: \"Pricing page redesign doubled the trial pool\"",
                    "revisions:",
                    "  - date: 2026-11-10",
                    "    kr: KR2",
                    "    from: \"50/month\"",
                    "    to: removed",
                    "    reason: \"Referrals moved to the Marketing team's OKRs\""));
    assertEquals(List.of(), r.lines());
    assertEquals(
        List.of(
            new Revision(
                LocalDate.parse("2026-11-10"),
                "KR2",
                "50/month",
                "removed",
                "Referrals moved to the Marketing team's OKRs",
                r.model().objectives().get(0).revisions().get(0).position()),
            new Revision(
                LocalDate.parse("2026-11-02"),
                "KR1",
                "18%",
                "25%",
                "Pricing page redesign doubled the trial pool",
                r.model().objectives().get(0).revisions().get(1).position())),
        r.model().objectives().get(0).revisions());
    assertEquals(
        "okrs/growth.yaml:16:7",
        r.model().objectives().get(0).revisions().get(0).position().toString());
  }

  @Test
  void aBadDateAMissingReasonAndAnUnknownKeyAreReportedWhereTheyAre() {
    Read r =
        read(
            HEAD
                + lines(
                    "    revisions:",
                    "      - date: 2026-13-02",
                    "        to: \"25%\"",
                    "        reason: \"Redesign\"",
                    "      - date: 2026-11-02",
                    "        to: \"25%\"",
                    "        reasn: \"typo\""));
    assertEquals(
        List.of(
            "okrs/growth.yaml:11:17: error: 'date' is not a date: '2026-13-02' [bad-date]",
            "okrs/growth.yaml:14:11: error: revision has no 'reason' [missing-field]",
            "okrs/growth.yaml:16:11: error: unknown key 'reasn' in revision [unknown-key]"),
        r.lines());
    assertEquals(List.of(), r.model().objectives().get(0).revisions());
  }

  @Test
  void aRevisionNamingNoKeyResultOfTheObjectiveSuggestsOne() {
    Diagnostics d = new Diagnostics();
    Read r =
        read(
            HEAD
                + lines(
                    "    revisions:",
                    "      - date: 2026-11-02",
                    "        to: removed",
                    "        reason: \"Dropped\"",
                    "revisions:",
                    "  - date: 2026-11-02",
                    "    kr: KR11",
                    "    to: \"25%\"",
                    "    reason: \"Redesign\"",
                    "  - date: 2026-11-02",
                    "    to: removed",
                    "    reason: \"Dropped\"",
                    "  - date: 2026-11-02",
                    "    kr: KR1",
                    "    from: \"10%\"",
                    "    to: removed",
                    "    reason: \"KR1 was conversion; the old KR1 went, KR2 took its id\""),
            d);
    assertEquals(
        List.of(
            "okrs/growth.yaml:12:15: error: a revision under KR1 says it was removed, but it is"
                + " still there [revision-kr]",
            "okrs/growth.yaml:16:11: error: revision names 'KR11', which is not a key result of"
                + " this objective [revision-kr]",
            "okrs/growth.yaml:20:11: error: revision says a key result was removed but names none"
                + " [missing-field]"),
        r.lines());
    assertEquals(
        "did you mean 'KR1'?",
        d.sorted().stream()
            .filter(x -> x.message().contains("KR11"))
            .findFirst()
            .orElseThrow()
            .hint());
    // naming an id the objective has now is how a removal reads after renumbering
    assertEquals(
        List.of("KR1 10% → removed"),
        r.model().objectives().get(0).revisions().stream()
            .map(x -> x.krId() + " " + x.from() + " → " + x.to())
            .toList());
  }

  @Test
  void underAKeyResultKrMayOnlyNameThatKeyResult() {
    Read r =
        read(
            HEAD
                + lines(
                    "    revisions:",
                    "      - date: 2026-11-02",
                    "        kr: kr1",
                    "        to: \"25%\"",
                    "        reason: \"Redesign\"",
                    "      - date: 2026-11-03",
                    "        kr: KR2",
                    "        to: \"30%\"",
                    "        reason: \"Redesign\""));
    assertEquals(
        List.of("okrs/growth.yaml:16:15: error: a revision under KR1 names 'KR2' [revision-kr]"),
        r.lines());
    assertEquals(
        List.of("KR1"),
        r.model().objectives().get(0).revisions().stream().map(Revision::krId).toList());
  }

  @Test
  void aRevisionWithoutADateSaysSo() {
    Read r = read(HEAD + lines("revisions:", "  - to: \"25%\"", "    reason: \"Redesign\""));
    assertEquals(
        List.of("okrs/growth.yaml:11:7: error: revision has no 'date' [missing-field]"), r.lines());
  }
}
