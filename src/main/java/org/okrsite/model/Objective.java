package org.okrsite.model;

import java.util.List;
import org.okrsite.diagnostic.SourcePosition;

/**
 * An objective with its key results, at any level of the cascade.
 *
 * @param id unique across the site; used in paths and JSON
 * @param parents declared links upward (objective, annual goal, pillar)
 * @param narrative the Markdown written beside it (body of a Markdown file), or null
 * @param recordedScore the agreed end-of-cycle objective score ({@code objective_score}), or null
 * @param development true for a person's development (growth) objective
 * @param revisions approved changes during the cycle ({@code revisions:} of the objective and of
 *     its key results), in the order written
 * @param source which document shape it came from: okr, okr_score, alignment_map, solo_okr
 */
public record Objective(
    String id,
    String title,
    Owner owner,
    String cycleId,
    List<ParentRef> parents,
    List<KeyResult> keyResults,
    List<String> initiatives,
    List<Dependency> dependencies,
    Context context,
    Tier tier,
    Lifecycle lifecycle,
    String cancelledReason,
    boolean development,
    Double recordedScore,
    Double selfScore,
    String narrative,
    List<Revision> revisions,
    String source,
    SourcePosition position) {
  public Objective {
    parents = List.copyOf(parents);
    keyResults = List.copyOf(keyResults);
    initiatives = List.copyOf(initiatives);
    dependencies = List.copyOf(dependencies);
    revisions = List.copyOf(revisions);
  }

  public Objective withParents(List<ParentRef> p) {
    return new Objective(
        id,
        title,
        owner,
        cycleId,
        p,
        keyResults,
        initiatives,
        dependencies,
        context,
        tier,
        lifecycle,
        cancelledReason,
        development,
        recordedScore,
        selfScore,
        narrative,
        revisions,
        source,
        position);
  }

  public Objective withKeyResults(List<KeyResult> krs, Double objectiveScore) {
    return new Objective(
        id,
        title,
        owner,
        cycleId,
        parents,
        krs,
        initiatives,
        dependencies,
        context,
        tier,
        lifecycle,
        cancelledReason,
        development,
        objectiveScore,
        selfScore,
        narrative,
        revisions,
        source,
        position);
  }
}
