package org.okrsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.SiteBuilder;
import org.okrsite.TestSites;
import org.okrsite.site.SitePaths;

/** The objective page lists the objective's approved revisions: date, from → to, reason. */
class RevisionsPageTest {
  private static final String OKR =
      """
      okr:
        quarter: "Q4 2026"
        team: "Growth"
        id: growth-o
        objective: "Make self-serve onboarding delightful"
        key_results:
          - id: KR1
            metric: "Self-serve conversion rate"
            baseline: "8%"
            target: "25%"
            revisions:
              - date: 2026-11-02
                from: "18%"
                to: "25%"
                reason: "Pricing <b>redesign</b> doubled the trial pool"
        revisions:
          - date: 2026-10-20
            kr: KR2
            from: "50/month"
            to: removed
            reason: "Referrals moved to Marketing"
      """;

  @Test
  void theObjectivePageShowsItsRevisions(@TempDir Path tmp) throws Exception {
    Path src = TestSites.write(tmp.resolve("content"), Map.of("okrs/growth.yaml", OKR));
    SiteBuilder.Result r = TestSites.build(src, tmp.resolve("public"), "2026-11-23");
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    String html =
        Files.readString(tmp.resolve("public").resolve(SitePaths.objective("2026-q4", "growth-o")));
    int at = html.indexOf("<h2 id=\"revisions-h\">Revisions</h2>");
    assertTrue(at > 0, "a Revisions section");
    String rows = html.substring(html.indexOf("<tbody>", at), html.indexOf("</tbody>", at));
    assertEquals(
        """
        <tbody>
        <tr><td><time datetime="2026-10-20" title="Time zone: UTC">20 Oct 2026</time></td><td>KR2</td><td>50/month → removed</td><td>Referrals moved to Marketing</td></tr>
        <tr><td><time datetime="2026-11-02" title="Time zone: UTC">2 Nov 2026</time></td><td>KR1</td><td>18% → 25%</td><td>Pricing &lt;b&gt;redesign&lt;/b&gt; doubled the trial pool</td></tr>
        """,
        rows);
    String json = Files.readString(tmp.resolve("public/data/okrs.json"));
    assertTrue(
        json.replaceAll("\\s+", " ")
            .contains(
                "\"revisions\": [ { \"date\": \"2026-10-20\", \"kr\": \"KR2\", \"from\":"
                    + " \"50/month\", \"to\": \"removed\", \"removed\": true, \"reason\":"
                    + " \"Referrals moved to Marketing\" }, {"),
        json);
  }

  @Test
  void anObjectiveWithoutRevisionsHasNoSection(@TempDir Path tmp) throws Exception {
    String plain = OKR.substring(0, OKR.indexOf("      revisions:"));
    Path src = TestSites.write(tmp.resolve("content"), Map.of("okrs/growth.yaml", plain));
    SiteBuilder.Result r = TestSites.build(src, tmp.resolve("public"), "2026-11-23");
    assertFalse(r.hasErrors(), r.diagnostics().toString());
    String html =
        Files.readString(tmp.resolve("public").resolve(SitePaths.objective("2026-q4", "growth-o")));
    assertFalse(html.contains("revisions-h"));
  }
}
