package org.okrsite.model;

import org.okrsite.diagnostic.SourcePosition;

/**
 * A declared link upward (vertical alignment), as written; the linker resolves {@code ref} to an
 * id.
 *
 * @param kind what it points at
 * @param ref the id or title written in the content
 * @param targetId the resolved id, or null before linking or when it did not resolve
 */
public record ParentRef(Kind kind, String ref, String targetId, SourcePosition position) {
  /** What a parent link points at. */
  public enum Kind {
    OBJECTIVE,
    ANNUAL_GOAL,
    PILLAR
  }

  public ParentRef resolved(String id) {
    return new ParentRef(kind, ref, id, position);
  }
}
