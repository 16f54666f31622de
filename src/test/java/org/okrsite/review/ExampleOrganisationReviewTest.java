package org.okrsite.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.okrsite.SiteBuilder;
import org.okrsite.diagnostic.Diagnostics;

/** The review of the example organisation as of 2026-11-23. */
class ExampleOrganisationReviewTest {
  static ReviewResult result;
  static Diagnostics diagnostics;

  @BeforeAll
  static void review() {
    SiteBuilder.Result r = SiteBuilder.check(new SiteBuilder.Options(
        Path.of("content"), null, LocalDate.parse("2026-11-23"), false, false, false));
    diagnostics = new Diagnostics();
    // No git history on purpose: the example must not depend on how this repository was committed.
    result = Review.run(r.model(), r.scores(), r.settings(), ReviewSettings.defaults(),
        GoalHistory.none("test"), diagnostics);
  }

  @Test
  void dump() {
    for (Finding f : result.findings()) System.out.println(f.position() + " " + f.ruleId() + " " + f.message());
    System.out.println(result.health().score() + "/8 " + result.health().verdict());
    for (Health.Signal s : result.health().signals()) System.out.println("  " + s.healthy() + " " + s.name() + " " + s.evidence().stream().map(Evidence::note).collect(Collectors.joining(" | ")));
    for (ScopeInsights s : result.insights()) {
      System.out.println("== " + s.scope() + " health " + s.healthScore() + " " + s.counts());
      for (Insight i : s.insights()) System.out.println("   " + i.kind() + ": " + i.message() + " " + i.evidence().refs());
    }
    result.rubrics().forEach((k, v) -> System.out.println(k + " " + v.total() + " " + v.band() + " " + v.ratings().stream().map(x -> x.dimension().key() + "=" + x.score()).toList()));
  }
}
