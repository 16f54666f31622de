package org.okrsite.review;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.okrsite.config.ReviewSettings;
import org.okrsite.config.Settings;
import org.okrsite.content.ContentLoader;
import org.okrsite.content.SourceDocument;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.link.Linker;
import org.okrsite.model.Model;
import org.okrsite.score.Scorer;
import org.okrsite.score.Scores;

/** Builds a small linked, scored model from YAML texts and reviews it. */
final class Fixture {
  final Map<String, String> files = new TreeMap<>();
  ReviewSettings review = ReviewSettings.defaults();
  GoalHistory history = GoalHistory.none("fixture");
  LocalDate asOf = LocalDate.parse("2026-11-23");

  Fixture file(String path, String yaml) {
    files.put(path, yaml);
    return this;
  }

  /** An okr file for the Growth team in Q4 2026 with one objective and the given key results. */
  Fixture okr(String objective, String... keyResults) {
    StringBuilder b =
        new StringBuilder(
            "okr:\n  quarter: \"Q4 2026\"\n  team: \"Growth\"\n  id: growth-o\n"
                + "  pillar: \"Product-Led Growth\"\n  parent_annual_goal: \"AG-2026-01\"\n"
                + "  objective: \""
                + objective
                + "\"\n  key_results:\n");
    for (String kr : keyResults) b.append(kr);
    return file("okrs/growth.yaml", b.toString());
  }

  /** A key result mapping with id, metric, baseline, target, measurement and owner. */
  static String kr(String id, String metric, String baseline, String target, String owner) {
    StringBuilder b =
        new StringBuilder("    - id: \"" + id + "\"\n      metric: \"" + metric + "\"\n");
    if (baseline != null) b.append("      baseline: \"").append(baseline).append("\"\n");
    if (target != null) b.append("      target: \"").append(target).append("\"\n");
    b.append("      measurement: \"product analytics\"\n");
    if (owner != null) b.append("      owner: \"").append(owner).append("\"\n");
    b.append("      confidence: 0.65\n");
    return b.toString();
  }

  static final String ORG =
      """
      organisation:
        company: Acme Cloud
        lead: Jordan Lee
        departments:
          - name: Product
            lead: Priya Raman
            teams:
              - name: Growth
                lead: Sarah Chen
                members:
                  - Sarah Chen
                  - Mike Okafor
      """;

  static final String STRATEGY =
      """
      strategic_pillars:
        - name: "Product-Led Growth"
          description: "Make the product the primary acquisition engine"
      """;

  static final String GOAL =
      """
      annual_goal:
        id: "AG-2026-01"
        statement: "Reach $1M ARR"
        pillar: "Product-Led Growth"
        milestones:
          q4: "$1M ARR"
      """;

  Model model(Diagnostics d) {
    files.putIfAbsent("organisation.yaml", ORG);
    files.putIfAbsent("pillars.yaml", STRATEGY);
    files.putIfAbsent("goals/ag.yaml", GOAL);
    List<SourceDocument> docs = new ArrayList<>();
    files.forEach(
        (p, t) -> docs.addAll(ContentLoader.parse(p, t.getBytes(StandardCharsets.UTF_8), d)));
    return Linker.link(docs, Settings.defaults(), asOf, false, d);
  }

  ReviewResult run(Diagnostics d) {
    Model m = model(d);
    Scores s = Scorer.score(m, Settings.defaults(), asOf);
    return Review.run(m, s, Settings.defaults().withReview(review), history, d);
  }

  ReviewResult run() {
    return run(new Diagnostics());
  }
}
