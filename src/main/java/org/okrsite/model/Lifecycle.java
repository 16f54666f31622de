package org.okrsite.model;

import java.util.Optional;

/** Where an objective is in its life: draft → proposed → approved → closed, or cancelled. */
public enum Lifecycle {
  DRAFT,
  PROPOSED,
  APPROVED,
  CLOSED,
  CANCELLED;

  public String yamlName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Optional<Lifecycle> fromYaml(String s) {
    for (Lifecycle l : values()) if (l.yamlName().equals(s)) return Optional.of(l);
    if ("active".equals(s) || "committed".equals(s)) return Optional.of(APPROVED);
    return Optional.empty();
  }
}
