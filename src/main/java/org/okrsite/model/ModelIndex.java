package org.okrsite.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The look-ups every stage after {@code link} asks of a model, built once with it: objectives by
 * id, and objectives and check-ins by owner and cycle. Immutable; lists keep the model's order
 * (check-ins by date, then id, as {@code link} sorts them).
 */
public final class ModelIndex {
  private final Map<String, Objective> objectives;
  private final Map<OwnerCycle, List<Objective>> objectivesByOwner;
  private final Map<OwnerCycle, List<CheckIn>> checkInsByOwner;

  private ModelIndex(
      Map<String, Objective> objectives,
      Map<OwnerCycle, List<Objective>> objectivesByOwner,
      Map<OwnerCycle, List<CheckIn>> checkInsByOwner) {
    this.objectives = objectives;
    this.objectivesByOwner = objectivesByOwner;
    this.checkInsByOwner = checkInsByOwner;
  }

  /** The index of these objectives and check-ins (the first objective of an id wins). */
  public static ModelIndex of(List<Objective> objectives, List<CheckIn> checkIns) {
    Map<String, Objective> byId = new HashMap<>();
    Map<OwnerCycle, List<Objective>> byOwner = new HashMap<>();
    for (Objective o : objectives) {
      byId.putIfAbsent(o.id(), o);
      if (o.owner() != null)
        byOwner
            .computeIfAbsent(OwnerCycle.of(o.owner(), o.cycleId()), k -> new ArrayList<>())
            .add(o);
    }
    return new ModelIndex(Collections.unmodifiableMap(byId), frozen(byOwner), checkIns(checkIns));
  }

  /** This index with other check-ins (the objective look-ups shared). */
  public ModelIndex withCheckIns(List<CheckIn> checkIns) {
    return new ModelIndex(objectives, objectivesByOwner, checkIns(checkIns));
  }

  private static Map<OwnerCycle, List<CheckIn>> checkIns(List<CheckIn> checkIns) {
    Map<OwnerCycle, List<CheckIn>> m = new HashMap<>();
    for (CheckIn c : checkIns) {
      if (c.owner() != null)
        m.computeIfAbsent(OwnerCycle.of(c.owner(), c.cycleId()), k -> new ArrayList<>()).add(c);
    }
    return frozen(m);
  }

  private static <T> Map<OwnerCycle, List<T>> frozen(Map<OwnerCycle, List<T>> m) {
    m.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(m);
  }

  /** The objective with this id, or null. */
  public Objective objective(String id) {
    return objectives.get(id);
  }

  /** The owner's objectives in the cycle, in the model's order. */
  public List<Objective> objectives(OwnerCycle key) {
    return objectivesByOwner.getOrDefault(key, List.of());
  }

  /** The owner's check-ins in the cycle, oldest first. */
  public List<CheckIn> checkIns(OwnerCycle key) {
    return checkInsByOwner.getOrDefault(key, List.of());
  }
}
