package org.okrsite.model;

import org.okrsite.diagnostic.SourcePosition;

/** Someone in the organisation; {@code unitId} is the team (or unit) they belong to, or null. */
public record Person(String id, String name, String role, String unitId, SourcePosition position) {}
