package org.okrsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrsite.score.KrScore;

/**
 * The seed's YAML shapes load unchanged: each file alone, and all of them together, build a site
 * whose {@code data/okrs.json}, model and pages show what the file says.
 */
class SeedShapesBuildTest {
  private static final Path SHAPES = Path.of("src/test/resources/seeds/shapes");
  private static final String AS_OF = "2026-02-15";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "alignment_map.yaml",
        "annual_goal.yaml",
        "dependency_contract.yaml",
        "individual_commitment.yaml",
        "kpi_dashboard.yaml",
        "okr.yaml",
        "okr_score.yaml",
        "retrospective.yaml",
        "solo_okr.yaml",
        "strategic_pillars.yaml"
      })
  void eachShapeAloneBuilds(String file, @TempDir Path tmp) throws IOException {
    Path source = Files.createDirectories(tmp.resolve("content"));
    Files.copy(SHAPES.resolve(file), source.resolve(file));
    SiteBuilder.Result r = TestSites.build(source, tmp.resolve("public"), AS_OF);
    assertFalse(r.hasErrors(), TestSites.errors(r));
    assertTrue(Files.isRegularFile(tmp.resolve("public/index.html")));
    assertTrue(Files.isRegularFile(tmp.resolve("public/data/okrs.json")));
    var m = r.model();
    switch (file) {
      case "alignment_map.yaml" -> assertEquals(4, m.objectives().size());
      case "annual_goal.yaml" -> assertEquals("AG-2026-01", m.annualGoals().get(0).id());
      case "dependency_contract.yaml" ->
          assertEquals("Platform", m.dependencies().get(0).provider());
      case "individual_commitment.yaml" -> assertEquals(2, m.commitments().get(0).items().size());
      case "kpi_dashboard.yaml" -> assertEquals(7, m.kpiDashboards().get(0).kpis().size());
      case "okr.yaml", "okr_score.yaml" ->
          assertEquals(3, m.objectives().get(0).keyResults().size());
      case "retrospective.yaml" -> assertEquals(0.65, m.retrospectives().get(0).overallAverage());
      case "solo_okr.yaml" -> {
        assertEquals(2, m.objectives().size());
        assertEquals(
            List.of(3, 3), m.objectives().stream().map(o -> o.keyResults().size()).toList());
      }
      case "strategic_pillars.yaml" -> assertEquals(3, m.pillars().size());
      default -> throw new AssertionError(file);
    }
  }

  /**
   * CONTRACT §2: each shape alone shows up on the site. Every quoted value the shape writes appears
   * in the text of some page (dates as the site writes them, single-word codes such as {@code
   * on_track} or a KPI's {@code yellow} as their words).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "alignment_map.yaml",
        "annual_goal.yaml",
        "dependency_contract.yaml",
        "individual_commitment.yaml",
        "kpi_dashboard.yaml",
        "okr.yaml",
        "okr_score.yaml",
        "retrospective.yaml",
        "solo_okr.yaml",
        "strategic_pillars.yaml"
      })
  void eachShapeAloneShowsOnTheSite(String file, @TempDir Path tmp) throws IOException {
    Path source = Files.createDirectories(tmp.resolve("content"));
    Files.copy(SHAPES.resolve(file), source.resolve(file));
    SiteBuilder.Result r = TestSites.build(source, tmp.resolve("public"), AS_OF);
    assertFalse(r.hasErrors(), TestSites.errors(r));
    String text = siteText(tmp.resolve("public"));
    List<String> missing = new ArrayList<>();
    Matcher m = QUOTED.matcher(Files.readString(SHAPES.resolve(file)));
    while (m.find()) {
      String value = m.group(1);
      if (!text.contains(shown(value))) missing.add(value + " (looked for '" + shown(value) + "')");
    }
    assertEquals(List.of(), missing, file + ": values that reach no page");
  }

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

  /** How a written value reads on a page. */
  private static String shown(String value) {
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) return DAY.format(LocalDate.parse(value));
    return switch (value) {
      case "green" -> "On track";
      case "yellow" -> "At risk";
      case "red" -> "Off track";
      default -> value.matches("[a-z_]+") ? value.replace('_', ' ') : value;
    };
  }

  /** The visible text of every page but the search page, whitespace collapsed. */
  private static String siteText(Path root) throws IOException {
    StringBuilder b = new StringBuilder();
    try (var s = Files.walk(root)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        if (p.getFileName().toString().equals("search.html")) continue;
        b.append(Jsoup.parse(Files.readString(p)).text()).append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void allShapesTogetherBuild(@TempDir Path tmp) throws IOException {
    Path source = Files.createDirectories(tmp.resolve("content"));
    try (var files = Files.list(SHAPES)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(p, source.resolve(p.getFileName()));
      }
    }
    SiteBuilder.Result r = TestSites.build(source, tmp.resolve("public"), AS_OF);
    assertFalse(r.hasErrors(), TestSites.errors(r));
    var okr =
        r.model().objectives().stream()
            .filter(o -> o.owner().name().equals("Growth"))
            .findFirst()
            .orElseThrow();
    // the okr and its okr_score are one objective; it serves the annual goal
    assertEquals(
        1, r.model().objectives().stream().filter(o -> o.owner().name().equals("Growth")).count());
    assertEquals("AG-2026-01", okr.parents().get(0).targetId());
    assertEquals(0.6, okr.recordedScore());
  }

  /** Contract §3: the seed's okr_score alone. */
  @Test
  void okrScoreAloneScoresAsTheContractSays(@TempDir Path tmp) throws IOException {
    Path source = Files.createDirectories(tmp.resolve("content"));
    Files.copy(SHAPES.resolve("okr_score.yaml"), source.resolve("okr_score.yaml"));
    SiteBuilder.Result r = TestSites.build(source, tmp.resolve("public"), AS_OF);
    assertFalse(r.hasErrors(), TestSites.errors(r));
    String json = Files.readString(tmp.resolve("public/data/okrs.json"));
    var o = r.model().objectives().get(0);
    KrScore ttfv = r.scores().kr(o.id(), "KR1").orElseThrow();
    KrScore conversion = r.scores().kr(o.id(), "KR2").orElseThrow();
    KrScore referral = r.scores().kr(o.id(), "KR3").orElseThrow();
    assertEquals(0.76, ttfv.computedScore());
    assertEquals(0.5, ttfv.recordedScore());
    assertEquals(0.5, ttfv.finalScore());
    assertEquals(0.6, conversion.computedScore());
    assertEquals(0.6, conversion.finalScore());
    assertEquals(0.68, referral.computedScore());
    assertTrue(
        json.contains("\"computed_score\": 0.76,\n          \"recorded_score\": 0.5,"), json);
    assertTrue(json.contains("\"computed_score\": 0.6,"), json);
    assertTrue(json.contains("\"computed_score\": 0.68,"), json);
    assertTrue(json.contains("\"objectives\": ["), json);
  }
}
