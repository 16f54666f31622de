package org.okrsite.model;

import java.util.Optional;

/** The four levels of the OKR cascade, top to bottom. */
public enum Level {
  COMPANY("company"),
  DEPARTMENT("department"),
  TEAM("team"),
  PERSON("person");

  private final String key;

  Level(String key) {
    this.key = key;
  }

  /** The YAML key that names an owner at this level, e.g. {@code team}. */
  public String key() {
    return key;
  }

  public static Optional<Level> fromKey(String key) {
    for (Level l : values()) if (l.key.equals(key)) return Optional.of(l);
    return Optional.empty();
  }
}
