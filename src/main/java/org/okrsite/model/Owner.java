package org.okrsite.model;

/**
 * Whose an objective or check-in is: a level and the id of the unit or person at that level.
 *
 * @param name the display name as written
 */
public record Owner(Level level, String id, String name) {
  /** The owner's key in the contract's style, e.g. {@code team:growth}. */
  public String key() {
    return level.key() + ":" + id;
  }
}
