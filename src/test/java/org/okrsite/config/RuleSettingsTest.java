package org.okrsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;
import org.okrsite.TestSites;
import org.okrsite.diagnostic.Diagnostic;

/**
 * {@code rules:} in site.yaml is checked against the rule catalogue, end to end through a check.
 */
class RuleSettingsTest {
  static final String OKR =
      """
      okr:
        team: Growth
        quarter: Q1 2026
        objective: Make onboarding delightful
        key_results:
          - id: KR1
            metric: Time to first value
            target: 2 days
      """;

  static List<String> lines(Path dir, String siteYaml) throws IOException {
    TestSites.write(dir, Map.of("site.yaml", siteYaml, "okrs/growth.yaml", OKR));
    SiteBuilder.Result r = TestSites.check(dir, "2026-01-20");
    return r.diagnostics().stream().map(Diagnostic::line).toList();
  }

  @Test
  void aMistypedRuleIsAWarningAtItsKeyWithADidYouMean(@TempDir Path dir) throws IOException {
    List<String> ls = lines(dir, "title: Acme\nrules:\n  kr-no-baselin: off\n");
    assertEquals(
        List.of(
            "site.yaml:3:3: warning: unknown rule 'kr-no-baselin' is not one of okrsite's rules"
                + " and is ignored; did you mean 'kr-no-baseline'? [unknown-rule]"),
        ls.stream().filter(l -> l.startsWith("site.yaml")).toList());
    assertEquals(
        1, ls.stream().filter(l -> l.endsWith("[kr-no-baseline]")).count(), String.join("\n", ls));
  }

  @Test
  void theRuleSpelledRightIsTurnedOff(@TempDir Path dir) throws IOException {
    List<String> ls = lines(dir, "title: Acme\nrules:\n  kr-no-baseline: off\n");
    assertEquals(
        List.of(),
        ls.stream()
            .filter(l -> l.startsWith("site.yaml") || l.endsWith("[kr-no-baseline]"))
            .toList());
  }

  @Test
  void aWarningRuleSetToErrorIsAnError(@TempDir Path dir) throws IOException {
    List<String> ls = lines(dir, "title: Acme\nrules:\n  kr-no-baseline: error\n");
    assertEquals(
        List.of("error"),
        ls.stream().filter(l -> l.endsWith("[kr-no-baseline]")).map(l -> l.split(": ")[1]).toList(),
        String.join("\n", ls));
  }

  @Test
  void anUnknownRuleFarFromAnyHasNoDidYouMean(@TempDir Path dir) throws IOException {
    List<String> ls = lines(dir, "title: Acme\nrules: {theme-colour-of-the-month: warning}\n");
    assertEquals(
        List.of(
            "site.yaml:2:9: warning: unknown rule 'theme-colour-of-the-month' is not one of"
                + " okrsite's rules and is ignored [unknown-rule]"),
        ls.stream().filter(l -> l.startsWith("site.yaml")).toList());
  }

  @Test
  void relaxingARuleThatMayNotBeIsAWarningAtItsKey(@TempDir Path dir) throws IOException {
    List<String> ls =
        lines(
            dir,
            "title: Acme\nrules:\n  yaml-syntax: off\n  content-unreadable: warning\n"
                + "  yaml-tag: error\n");
    assertEquals(
        List.of(
            "site.yaml:3:3: warning: rule 'yaml-syntax' cannot be set to off; it stays error"
                + " [rule-not-relaxable]",
            "site.yaml:4:3: warning: rule 'content-unreadable' cannot be set to warning; it stays"
                + " error [rule-not-relaxable]"),
        ls.stream().filter(l -> l.startsWith("site.yaml")).toList());
  }
}
