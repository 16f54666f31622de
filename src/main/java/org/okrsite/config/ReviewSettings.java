package org.okrsite.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.okrsite.content.FieldReader;
import org.okrsite.content.YamlMapping;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.Level;

/**
 * How the review judges: rubric weights and bands, limits per level, and the thresholds of the
 * time-based rules. The defaults come from the seeds; where they disagree the majority wins (2–5
 * key results per objective: three seeds say at most 5, one says 4).
 *
 * @param weights the weight of each rubric dimension in percent (defaults 15/20/15/20/10/10/10)
 * @param bands rubric bands, highest minimum first: the seed's column words Excellent (75–100),
 *     Okay (50) and Poor (0–25)
 * @param maxObjectives objectives one owner may have per cycle, per level
 * @param minKeyResults fewest key results an objective should have
 * @param maxKeyResults most key results an objective should have
 * @param firstTimeAdoption stricter limits for a first OKR cycle (seed: start with 1–2 per person)
 * @param firstTimeMaxObjectives the limits used when {@code firstTimeAdoption} is on
 * @param cascadeDepth the most objectives a parent chain may hold, top one included
 * @param setAndForgetWeeks an owner silent for longer than this many weeks is "set and forget"
 * @param sandbaggingWeeks a key result at target within this many weeks of the start is sandbagged
 * @param sandbaggingAverage an owner's cycle-end average above this says the goals were too easy
 * @param unrealisticAverage an owner's cycle-end average below this says they were unrealistic
 * @param sweetSpotLow low end of the achievability sweet spot (confidence / score)
 * @param sweetSpotHigh high end of the achievability sweet spot
 * @param calibrationGap an owner whose self scores of a finished cycle differ from the agreed ones
 *     by this much on average, all in one direction, gets a {@code calibration-gap} insight (seed
 *     000: the final score is agreed in a calibration conversation and can differ from the
 *     self-score)
 */
public record ReviewSettings(
    Map<Dimension, Integer> weights,
    List<Band> bands,
    Map<Level, Integer> maxObjectives,
    int minKeyResults,
    int maxKeyResults,
    boolean firstTimeAdoption,
    Map<Level, Integer> firstTimeMaxObjectives,
    int cascadeDepth,
    int setAndForgetWeeks,
    int sandbaggingWeeks,
    double sandbaggingAverage,
    double unrealisticAverage,
    double sweetSpotLow,
    double sweetSpotHigh,
    double calibrationGap) {

  /** A rubric band: totals at or above {@code min} get {@code name}. */
  public record Band(int min, String name) {}

  public ReviewSettings {
    weights = Map.copyOf(new EnumMap<>(weights));
    bands = bands.stream().sorted(Comparator.comparingInt(Band::min).reversed()).toList();
    maxObjectives = Map.copyOf(new EnumMap<>(maxObjectives));
    firstTimeMaxObjectives = Map.copyOf(new EnumMap<>(firstTimeMaxObjectives));
  }

  /** The seeds' defaults. */
  public static ReviewSettings defaults() {
    Map<Dimension, Integer> w = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) w.put(d, d.defaultWeight());
    return new ReviewSettings(
        w,
        List.of(new Band(75, "Excellent"), new Band(50, "Okay"), new Band(0, "Poor")),
        levels(5, 5, 4, 3),
        2,
        5,
        false,
        levels(3, 3, 3, 2),
        4,
        2,
        3,
        0.9,
        0.4,
        0.6,
        0.7,
        0.2);
  }

  /** The objective limit for an owner at {@code level}, honouring first-time adoption mode. */
  public int objectiveLimit(Level level) {
    return (firstTimeAdoption ? firstTimeMaxObjectives : maxObjectives).get(level);
  }

  /** The band name of a weighted total. */
  public String band(int total) {
    for (Band b : bands) if (total >= b.min()) return b.name();
    return bands.isEmpty() ? "" : bands.get(bands.size() - 1).name();
  }

  /**
   * Reads the {@code review:} block of site.yaml; what it leaves out keeps its default. Problems
   * are reported as {@code review-config} errors and the default is kept.
   *
   * @param block the mapping under {@code review:}, or null when there is none
   */
  public static ReviewSettings read(YamlMapping block, Diagnostics d) {
    ReviewSettings def = defaults();
    if (block == null) return def;
    FieldReader f = new FieldReader(block, "review", d);
    f.allowOnly(
        Set.of(
            "weights",
            "bands",
            "max_objectives",
            "key_results_per_objective",
            "first_time_adoption",
            "first_time_max_objectives",
            "cascade_depth",
            "set_and_forget_weeks",
            "sandbagging_weeks",
            "sandbagging_average",
            "unrealistic_average",
            "sweet_spot",
            "calibration_gap"));
    Map<Dimension, Integer> weights = weights(f, d, def.weights());
    List<Band> bands = bands(f, d, def.bands());
    Map<Level, Integer> max = levelLimits(f, "max_objectives", d, def.maxObjectives());
    Map<Level, Integer> firstMax =
        levelLimits(f, "first_time_max_objectives", d, def.firstTimeMaxObjectives());
    int minKrs = def.minKeyResults();
    int maxKrs = def.maxKeyResults();
    YamlMapping krs = f.mappingField("key_results_per_objective");
    if (krs != null) {
      FieldReader k = new FieldReader(krs, "key_results_per_objective", d);
      k.allowOnly(Set.of("min", "max"));
      minKrs = count(k, "min", 0, minKrs);
      maxKrs = count(k, "max", 1, maxKrs);
    }
    Boolean first = f.bool("first_time_adoption");
    double low = def.sweetSpotLow();
    double high = def.sweetSpotHigh();
    YamlMapping sweet = f.mappingField("sweet_spot");
    if (sweet != null) {
      FieldReader s = new FieldReader(sweet, "sweet_spot", d);
      s.allowOnly(Set.of("low", "high"));
      low = fraction(s, "low", low);
      high = fraction(s, "high", high);
    }
    return new ReviewSettings(
        weights,
        bands,
        max,
        minKrs,
        maxKrs,
        first != null ? first : def.firstTimeAdoption(),
        firstMax,
        count(f, "cascade_depth", 1, def.cascadeDepth()),
        count(f, "set_and_forget_weeks", 1, def.setAndForgetWeeks()),
        count(f, "sandbagging_weeks", 0, def.sandbaggingWeeks()),
        fraction(f, "sandbagging_average", def.sandbaggingAverage()),
        fraction(f, "unrealistic_average", def.unrealisticAverage()),
        low,
        high,
        fraction(f, "calibration_gap", def.calibrationGap()));
  }

  private static Map<Dimension, Integer> weights(
      FieldReader f, Diagnostics d, Map<Dimension, Integer> def) {
    Map<Dimension, Integer> out = new EnumMap<>(def);
    YamlMapping m = f.mappingField("weights");
    if (m == null) return out;
    FieldReader w = new FieldReader(m, "review.weights", d);
    List<String> keys = new ArrayList<>();
    for (Dimension dim : Dimension.values()) keys.add(dim.key());
    w.allowOnly(keys);
    for (Dimension dim : Dimension.values()) out.put(dim, count(w, dim.key(), 0, def.get(dim)));
    if (out.values().stream().mapToInt(Integer::intValue).sum() == 0) {
      d.error(
          w.at(Dimension.AMBITION.key()),
          Rule.REVIEW_CONFIG,
          "review.weights add up to 0",
          "give at least one dimension a weight above 0");
      return new EnumMap<>(def);
    }
    return out;
  }

  private static List<Band> bands(FieldReader f, Diagnostics d, List<Band> def) {
    YamlMapping m = f.mappingField("bands");
    if (m == null) return def;
    FieldReader b = new FieldReader(m, "review.bands", d);
    List<Band> out = new ArrayList<>();
    for (String name : m.keys()) out.add(new Band(count(b, name, 0, 0), name));
    if (out.stream().noneMatch(x -> x.min() == 0)) {
      d.error(
          m.position(),
          Rule.REVIEW_CONFIG,
          "review.bands needs a band starting at 0",
          "e.g. bands: {Excellent: 75, Okay: 50, Poor: 0}");
      return def;
    }
    return out;
  }

  private static Map<Level, Integer> levelLimits(
      FieldReader f, String key, Diagnostics d, Map<Level, Integer> def) {
    Map<Level, Integer> out = new EnumMap<>(def);
    YamlMapping m = f.mappingField(key);
    if (m == null) return out;
    FieldReader l = new FieldReader(m, "review." + key, d);
    l.allowOnly(Set.of("company", "department", "team", "person"));
    for (Level level : Level.values()) out.put(level, count(l, level.key(), 1, def.get(level)));
    return out;
  }

  private static Map<Level, Integer> levels(int company, int department, int team, int person) {
    Map<Level, Integer> m = new EnumMap<>(Level.class);
    m.put(Level.COMPANY, company);
    m.put(Level.DEPARTMENT, department);
    m.put(Level.TEAM, team);
    m.put(Level.PERSON, person);
    return m;
  }

  private static int count(FieldReader f, String key, int min, int def) {
    Double v = f.number(key);
    if (v == null) return def;
    if (v < min || v != Math.rint(v)) {
      f.diagnostics()
          .error(
              f.at(key),
              Rule.REVIEW_CONFIG,
              key + " must be a whole number of at least " + min,
              "default is " + def);
      return def;
    }
    return v.intValue();
  }

  private static double fraction(FieldReader f, String key, double def) {
    Double v = f.number(key);
    if (v == null) return def;
    if (v < 0 || v > 1) {
      f.diagnostics()
          .error(
              f.at(key),
              Rule.REVIEW_CONFIG,
              key + " must be between 0.0 and 1.0",
              "default is " + def);
      return def;
    }
    return v;
  }
}
