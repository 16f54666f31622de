package org.okrsite.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An objective that names an annual goal, pillar or objective as its parent, and how: by itself
 * ({@code via} empty) or through some of its key results ({@code via}: their ids). The alignment
 * map, the home page's goals and {@code okrs.json} all read alignment through here, so they agree.
 *
 * <p>Usage: {@code Alignment.to(objectives, ParentRef.Kind.ANNUAL_GOAL, "AG-2026-03")}.
 */
public record Alignment(Objective objective, List<String> via) {
  public Alignment {
    via = List.copyOf(via);
  }

  /** True when the objective names the target itself, not only through key results. */
  public boolean direct() {
    return via.isEmpty();
  }

  /** "KR3, KR4", or null when direct. */
  public String viaText() {
    return via.isEmpty() ? null : String.join(", ", via);
  }

  /** The objectives of {@code objectives} that name {@code id} (of {@code kind}), in order. */
  public static List<Alignment> to(List<Objective> objectives, ParentRef.Kind kind, String id) {
    List<Alignment> out = new ArrayList<>();
    for (Objective o : objectives) {
      Alignment a = of(o, kind, id);
      if (a != null) out.add(a);
    }
    return out;
  }

  /** How {@code o} names {@code id}, or null when it does not. */
  public static Alignment of(Objective o, ParentRef.Kind kind, String id) {
    boolean direct = false;
    List<String> via = new ArrayList<>();
    for (ParentRef p : o.parents()) {
      if (p.kind() != kind || !id.equals(p.targetId())) continue;
      if (p.via() == null) direct = true;
      else if (!via.contains(p.via())) via.add(p.via());
    }
    if (!direct && via.isEmpty()) return null;
    return new Alignment(o, direct ? List.of() : via);
  }
}
