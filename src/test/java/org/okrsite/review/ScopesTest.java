package org.okrsite.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;
import org.okrsite.bench.OrgGenerator;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.review.ScopeInsights.Scope;

/**
 * {@link Scopes#members} (one pass, used by the review) puts every objective in exactly the scopes
 * that {@link Scopes#contains} (the definition) says, in the same order, on the example
 * organisation and on a generated one with departments, teams and people.
 */
class ScopesTest {
  @TempDir Path tmp;

  @Test
  void membersAgreeWithContainsOnTheExample() {
    assertAgree(model(Path.of("content"), "2026-11-23"));
  }

  @Test
  void membersAgreeWithContainsOnAGeneratedOrganisation() throws IOException {
    OrgGenerator.generate(100, tmp.resolve("org"));
    assertAgree(model(tmp.resolve("org"), OrgGenerator.AS_OF.toString()));
  }

  private static Model model(Path source, String asOf) {
    SiteBuilder.Result r =
        SiteBuilder.check(
            new SiteBuilder.Options(source, null, LocalDate.parse(asOf), false, false, false));
    assertFalse(r.hasErrors());
    return r.model();
  }

  private static void assertAgree(Model model) {
    Scopes scopes = new Scopes(model);
    List<Objective> objectives = model.objectives();
    Map<String, List<Objective>> members = scopes.members(objectives);
    List<Scope> all = scopes.all(objectives);
    assertTrue(all.size() > 3, all.size() + " scopes");
    int nonEmpty = 0;
    for (Scope s : all) {
      List<Objective> expected = objectives.stream().filter(o -> scopes.contains(s, o)).toList();
      assertEquals(expected, members.getOrDefault(Scopes.key(s), List.of()), s.toString());
      if (!expected.isEmpty()) nonEmpty++;
    }
    assertTrue(nonEmpty > 3);
  }
}
