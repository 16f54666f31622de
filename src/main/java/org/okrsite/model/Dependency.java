package org.okrsite.model;

import java.time.LocalDate;
import org.okrsite.diagnostic.SourcePosition;

/**
 * Horizontal alignment: what one unit needs from another. Dependency contracts, an alignment map's
 * cross-dependencies and an objective's {@code dependencies:} all become these.
 *
 * @param provider the unit (or person) that delivers, as written
 * @param consumer the unit that needs it, as written
 * @param status on_track, at_risk, blocked, done (null when not stated)
 * @param cycleId the cycle it belongs to, or null
 */
public record Dependency(
    String id,
    String provider,
    String consumer,
    String deliverable,
    LocalDate neededBy,
    String providerKr,
    String consumerKr,
    LocalDate escalationDate,
    String status,
    String cycleId,
    SourcePosition position) {}
