package org.okrsite.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okrsite.content.FieldReader;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.content.YamlSequence;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.AnnualGoal;
import org.okrsite.model.Pillar;
import org.okrsite.model.Quantity;
import org.okrsite.model.Slug;
import org.okrsite.model.Strategy;

/** Reads the top of the goal system: strategy, strategic pillars, annual goals. */
final class StrategyReader {
  private static final Pattern YEAR = Pattern.compile("(20\\d\\d)");

  private StrategyReader() {}

  static Strategy strategy(DocumentKind doc, Diagnostics d) {
    FieldReader f = new FieldReader(doc.fields(), "strategy", d);
    f.allowOnly(Set.of("company", "vision", "mission", "north_star", "visibility"));
    Strategy.NorthStar ns = null;
    YamlMapping n = f.mappingField("north_star");
    if (n != null) {
      FieldReader nf = new FieldReader(n, "north_star", d);
      nf.allowOnly(Set.of("metric", "current", "target", "why"));
      ns =
          new Strategy.NorthStar(
              nf.requiredText("metric"), nf.text("current"), nf.text("target"), nf.text("why"));
    } else if (f.has("north_star")) {
      ns = new Strategy.NorthStar(f.text("north_star"), null, null, null);
    }
    return new Strategy(f.text("company"), f.text("vision"), f.text("mission"), ns, doc.body());
  }

  static List<Pillar> pillars(DocumentKind doc, Diagnostics d) {
    List<Pillar> out = new ArrayList<>();
    if (!(doc.value() instanceof YamlSequence seq)) {
      d.error(
          doc.doc().data().position(),
          Rule.WRONG_TYPE,
          "strategic_pillars must be a list of pillars",
          "write '- name: ...' items with description and north_star_contribution");
      return out;
    }
    for (YamlNode n : seq.items()) {
      if (!(n instanceof YamlMapping m)) {
        d.error(
            n.position(),
            Rule.WRONG_TYPE,
            "a pillar must be a mapping with name and description",
            "");
        continue;
      }
      FieldReader f = new FieldReader(m, "pillar", d);
      f.allowOnly(Set.of("name", "description", "north_star_contribution", "id"));
      String name = f.requiredText("name");
      if (name == null) continue;
      String id = f.text("id") != null ? Slug.of(f.text("id")) : Slug.of(name);
      out.add(
          new Pillar(
              id,
              name.trim(),
              f.text("description"),
              f.text("north_star_contribution"),
              m.position()));
    }
    return out;
  }

  static AnnualGoal annualGoal(DocumentKind doc, Diagnostics d) {
    FieldReader f = new FieldReader(doc.fields(), "annual_goal", d);
    f.allowOnly(
        Set.of(
            "id",
            "statement",
            "pillar",
            "why_now",
            "success_metric",
            "current_baseline",
            "milestones",
            "dependencies",
            "risk_factors",
            "owner",
            "year",
            "progress",
            "visibility"));
    String id = f.requiredText("id");
    String statement = f.requiredText("statement");
    if (id == null || statement == null) return null;
    if (!Slug.isSafeId(id.trim())) {
      d.error(
          f.mapping().get("id").map(YamlNode::position).orElse(f.mapping().position()),
          Rule.BAD_ID,
          "annual goal id '" + id.trim() + "' may only hold letters, digits, '.', '_' and '-'",
          "write an id such as AG-2026-01");
      return null;
    }
    Double y = f.number("year");
    int year = y != null ? y.intValue() : 0;
    if (year == 0) {
      Matcher m = YEAR.matcher(id);
      if (m.find()) year = Integer.parseInt(m.group(1));
    }
    List<AnnualGoal.Milestone> milestones = new ArrayList<>();
    YamlMapping ms = f.mappingField("milestones");
    YamlMapping progress = f.mappingField("progress");
    if (ms != null) {
      for (YamlMapping.Entry e : ms.entries()) {
        String q = e.key().text().toLowerCase(java.util.Locale.ROOT);
        if (!q.matches("q[1-4]")) {
          d.error(
              e.key().position(),
              Rule.UNKNOWN_KEY,
              "milestone key '" + e.key().text() + "' is not a quarter",
              "use q1, q2, q3 and q4");
          continue;
        }
        String target = Reading.text(e.value());
        String actual = progress == null ? null : progress.get(q).map(Reading::text).orElse(null);
        milestones.add(new AnnualGoal.Milestone(q, target, parse(target), actual, parse(actual)));
      }
    }
    String pillar = f.text("pillar");
    return new AnnualGoal(
        id.trim(),
        statement.trim(),
        pillar,
        pillar == null ? null : Slug.of(pillar),
        year,
        f.text("why_now"),
        f.text("success_metric"),
        f.text("current_baseline"),
        milestones,
        f.textList("dependencies"),
        f.textList("risk_factors"),
        f.text("owner"),
        f.mapping().position());
  }

  private static Quantity parse(String t) {
    return t == null ? null : Quantity.parse(t).orElse(null);
  }
}
