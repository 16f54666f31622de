package org.okrsite.model;

import org.okrsite.diagnostic.SourcePosition;

/**
 * A declared link upward (vertical alignment), as written; the linker resolves {@code ref} to an
 * id.
 *
 * @param kind what it points at
 * @param ref the id or title written in the content
 * @param targetId the resolved id, or null before linking or when it did not resolve
 * @param via the id of the key result that states the link ({@code parent_annual_goal:} under a key
 *     result), or null when the objective itself states it
 */
public record ParentRef(
    Kind kind, String ref, String targetId, SourcePosition position, String via) {
  /** What a parent link points at. */
  public enum Kind {
    OBJECTIVE,
    ANNUAL_GOAL,
    PILLAR
  }

  /** A link the objective itself states. */
  public ParentRef(Kind kind, String ref, String targetId, SourcePosition position) {
    this(kind, ref, targetId, position, null);
  }

  public ParentRef resolved(String id) {
    return new ParentRef(kind, ref, id, position, via);
  }
}
