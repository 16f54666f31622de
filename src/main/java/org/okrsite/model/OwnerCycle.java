package org.okrsite.model;

/**
 * An owner in a cycle: the key of "this owner's objectives, check-ins, retrospective in this
 * cycle".
 *
 * @param owner the owner's {@link Owner#key() key}, e.g. {@code team:payments}
 * @param cycle the cycle's id, e.g. {@code 2026-q4}
 */
public record OwnerCycle(String owner, String cycle) {
  /** The key of {@code owner} in {@code cycleId}. */
  public static OwnerCycle of(Owner owner, String cycleId) {
    return new OwnerCycle(owner.key(), cycleId);
  }
}
