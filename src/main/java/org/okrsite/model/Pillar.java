package org.okrsite.model;

import org.okrsite.diagnostic.SourcePosition;

/** A strategic pillar: one of the 3–5 themes goals cluster around for 1–3 years. */
public record Pillar(
    String id,
    String name,
    String description,
    String northStarContribution,
    SourcePosition position) {}
