package org.okrsite.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.okrsite.content.FieldReader;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.content.YamlScalar;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;
import org.okrsite.model.Comparison;
import org.okrsite.model.KeyResult;
import org.okrsite.model.KeyResultSentence;
import org.okrsite.model.KrKind;
import org.okrsite.model.Quantity;
import org.okrsite.model.RelativeChange;
import org.okrsite.model.Slug;

/** Reads one key result: a mapping with fields, or a sentence ("Revenue from $2K to $8K"). */
final class KeyResultReader {
  static final Set<String> FIELDS =
      Set.of(
          "id",
          "metric",
          "baseline",
          "target",
          "current",
          "actual",
          "measurement",
          "owner",
          "confidence",
          "kind",
          "weight",
          "leading_indicator",
          "score",
          "self_score",
          "narrative",
          "note",
          "description",
          "revisions",
          "parent_annual_goal",
          "annual_goal",
          "kr");

  private KeyResultReader() {}

  /** A key result from {@code node}; {@code defaultId} is used when it has no {@code id:}. */
  static KeyResult read(YamlNode node, String defaultId, Diagnostics d) {
    if (node instanceof YamlScalar s && !s.isNull()) return fromSentence(s, defaultId, d);
    if (!(node instanceof YamlMapping m)) {
      d.error(
          node.position(),
          Rule.WRONG_TYPE,
          "a key result must be a mapping or a sentence, not " + node.typeName(),
          "write '- id: KR1' with metric, baseline and target below it");
      return null;
    }
    FieldReader f = new FieldReader(m, "key result", d);
    f.allowOnly(FIELDS);
    String id = orElse(f.text("id"), defaultId).trim();
    if (!Slug.isSafeId(id)) {
      d.error(
          m.get("id").map(YamlNode::position).orElse(m.position()),
          Rule.BAD_ID,
          "key result id '" + id + "' may only hold letters, digits, '.', '_' and '-'",
          "number key results KR1, KR2, ...");
      return null;
    }
    String metric = f.text("metric");
    if (metric == null) metric = f.text("description");
    if (metric == null) metric = f.text("kr");
    if (metric == null) {
      f.missing("metric");
      metric = id;
    }
    KrKind kind = kind(f, d);
    boolean numeric = kind != KrKind.MILESTONE;
    String baseText = f.text("baseline");
    String targetText = f.text("target");
    Quantity baseline = numeric ? quantity(f, "baseline", d) : null;
    RelativeChange relative = numeric ? RelativeChange.parse(targetText).orElse(null) : null;
    Quantity target = numeric && relative == null ? quantity(f, "target", d) : null;
    String currentKey = f.has("current") ? "current" : "actual";
    String currentText = f.text(currentKey);
    Quantity current = null;
    if (currentText != null && kind != KrKind.MILESTONE) current = quantity(f, currentKey, d);
    if (kind == null
        && baseline == null
        && target == null
        && baseText == null
        && targetText == null) {
      KeyResultSentence s = KeyResultSentence.parse(metric);
      baseline = s.baseline().orElse(null);
      target = s.target().orElse(null);
      kind = s.kind().orElse(null);
    }
    boolean relativeInMetric = false;
    if (numeric && relative == null && targetText == null && baseline != null) {
      // "Reduce new-customer support tickets by 30%", with a baseline and no target
      Optional<Double> p = KeyResultSentence.parse(metric).relativeChangePercent();
      if (p.isPresent()) {
        relative = RelativeChange.ofPercent(p.get());
        relativeInMetric = true;
      }
    }
    boolean unscorableSaid = false;
    if (relative != null) {
      if (kind == null) kind = KeyResultSentence.parse(metric).kind().orElse(null);
      relative = relative.withDirection(kind);
      SourcePosition at = relativeInMetric ? m.position() : f.at("target");
      String written =
          relativeInMetric ? "'" + metric.strip() + "'" : "target '" + targetText + "'";
      unscorableSaid = true;
      if (!relative.hasDirection()) {
        d.warning(
            at,
            Rule.KR_RELATIVE_TARGET,
            written + " does not say which way it goes, so the key result cannot be scored",
            "write '-"
                + relative.text().replaceFirst("(?i)^by\\s*", "")
                + "' or '+"
                + relative.text().replaceFirst("(?i)^by\\s*", "")
                + "', or set 'kind: decrease' or 'kind: increase'");
      } else if (baseline == null) {
        d.warning(
            at,
            Rule.KR_RELATIVE_TARGET,
            written + " is relative to the baseline, and there is none, so it cannot be scored",
            "add 'baseline:' with where the metric stands at the start of the cycle");
        if (kind == null) kind = relative.factor() < 1 ? KrKind.DECREASE : KrKind.INCREASE;
      } else {
        target = relative.applyTo(baseline);
        unscorableSaid = false;
        if (baseline.unit().equals("%") && !Double.isNaN(relative.percent())) {
          d.warning(
              at,
              Rule.KR_RELATIVE_TARGET,
              written
                  + " beside baseline '"
                  + baseText
                  + "' is read as "
                  + relative.text()
                  + " of the baseline: "
                  + target.text()
                  + "",
              "if you mean percentage points, write the target value instead, e.g. '"
                  + RelativeChange.display(
                      baseline.value()
                          + (relative.factor() < 1 ? -relative.percent() : relative.percent()),
                      "%")
                  + "'");
        }
      }
    }
    boolean sameAsBaseline =
        baseline != null
            && target != null
            && kind == null
            && relative == null
            && baseline.comparison() == Comparison.NONE
            && target.comparison() == Comparison.NONE
            && baseline.value() == target.value();
    if (kind == null && target != null && baseline != null) kind = KrKind.infer(baseline, target);
    if (kind == null && target != null) kind = directionOf(target);
    if (sameAsBaseline) {
      d.warning(
          f.at("target"),
          Rule.KR_TARGET_EQUALS_BASELINE,
          "target '"
              + targetText
              + "' equals the baseline and says neither at least nor at most, so it is read as"
              + " holding at or above it",
          "write '>= "
              + targetText
              + "' to hold it at or above, '<= "
              + targetText
              + "' at or below, or the value you aim for");
    }
    if (!unscorableSaid
        && target == null
        && targetText == null
        && (kind == KrKind.INCREASE
            || kind == KrKind.DECREASE
            || kind == KrKind.STAY_ABOVE
            || kind == KrKind.STAY_BELOW)) {
      d.warning(
          f.has("kind") ? f.at("kind") : m.position(),
          Rule.KR_UNSCORABLE,
          "key result '"
              + metric.strip()
              + "' is to "
              + kind.yamlName().replace('_', ' ')
              + " but has no target, so it cannot be scored",
          "add 'target:', or set 'kind: milestone' for a done/not-done result");
    }
    if (baseline != null && target != null && !Reading.unitsAgree(baseline, target)) {
      d.error(
          f.at("target"),
          Rule.KR_UNIT_MISMATCH,
          "target '"
              + targetText
              + "' is in '"
              + target.unit()
              + "' but baseline '"
              + baseText
              + "' is in '"
              + baseline.unit()
              + "'",
          "write baseline and target in the same unit");
    }
    if (current != null && (target != null || baseline != null)) {
      Quantity ref = target != null ? target : baseline;
      if (!Reading.unitsAgree(current, ref)) {
        d.error(
            f.at(currentKey),
            Rule.KR_UNIT_MISMATCH,
            currentKey
                + " '"
                + currentText
                + "' is in '"
                + current.unit()
                + "' but the target is in '"
                + ref.unit()
                + "'",
            "write the current value in the target's unit");
        current = null;
      }
    }
    Double weight = f.number("weight");
    if (weight != null && weight < 0) {
      d.error(
          f.at("weight"),
          Rule.KR_WEIGHT,
          "weight must not be negative",
          "use a positive weight such as 1 or 2");
      weight = null;
    }
    return new KeyResult(
        id,
        metric.trim(),
        kind,
        baseline,
        target,
        current,
        currentText,
        f.text("measurement"),
        f.text("owner"),
        f.fraction("confidence", Rule.CONFIDENCE_RANGE),
        weight,
        f.fraction("score", Rule.SCORE_RANGE),
        f.fraction("self_score", Rule.SCORE_RANGE),
        f.text("leading_indicator"),
        orElse(f.text("narrative"), f.text("note")),
        null,
        m.position());
  }

  private static KeyResult fromSentence(YamlScalar s, String id, Diagnostics d) {
    KeyResultSentence k = KeyResultSentence.parse(s.text());
    Quantity baseline = k.baseline().orElse(null);
    Quantity target = k.target().orElse(null);
    KrKind kind = k.kind().orElse(null);
    if (k.relativeChangePercent().isPresent() && baseline == null && target == null) {
      d.warning(
          s.position(),
          Rule.KR_RELATIVE_TARGET,
          "'"
              + s.text().strip()
              + "' is relative to a baseline it does not state, so it cannot be scored",
          "write it as a mapping: metric:, baseline: (where it stands now) and target: '"
              + RelativeChange.ofPercent(k.relativeChangePercent().get()).text()
              + "'");
    }
    if (kind == null && baseline != null && target != null) kind = KrKind.infer(baseline, target);
    if (kind == null && target != null) kind = directionOf(target);
    return new KeyResult(
        id,
        k.metric(),
        kind,
        baseline,
        target,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        s.text(),
        s.position());
  }

  /** With only a target: "< 2%" is to decrease, anything else to increase. */
  private static KrKind directionOf(Quantity target) {
    return switch (target.comparison()) {
      case LT, LE -> KrKind.DECREASE;
      default -> KrKind.INCREASE;
    };
  }

  private static Quantity quantity(FieldReader f, String key, Diagnostics d) {
    String t = f.text(key);
    if (t == null) return null;
    Optional<Quantity> q = Quantity.parse(t);
    if (q.isEmpty()) {
      d.warning(
          f.at(key),
          Rule.KR_UNREADABLE_VALUE,
          key + " '" + t + "' has no number okrsite can read",
          "write a number with its unit, e.g. '7 days', '18%', '$120K', '12/month'");
    }
    return q.orElse(null);
  }

  private static KrKind kind(FieldReader f, Diagnostics d) {
    String k = f.text("kind");
    if (k == null) return null;
    Optional<KrKind> kind = KrKind.fromYaml(k.trim());
    if (kind.isEmpty()) {
      d.error(
          f.at("kind"),
          Rule.KR_KIND,
          "'" + k + "' is not a kind of key result",
          "use one of: "
              + String.join(
                  ", ",
                  List.of(
                      "increase",
                      "decrease",
                      "stay_above",
                      "stay_below",
                      "milestone",
                      "baseline")));
    }
    return kind.orElse(null);
  }

  private static <T> T orElse(T v, T def) {
    return v != null ? v : def;
  }
}
