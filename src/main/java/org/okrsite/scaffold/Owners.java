package org.okrsite.scaffold;

import java.util.Optional;
import org.okrsite.model.Level;
import org.okrsite.model.Model;
import org.okrsite.model.Owner;
import org.okrsite.model.Person;
import org.okrsite.model.Slug;
import org.okrsite.model.Unit;

/** Finds the owner a command line names, spelled as the organisation spells it. */
public final class Owners {
  private Owners() {}

  /**
   * The owner at {@code level} called {@code name} (matched by name or id, any case); when the
   * organisation does not know it, the name as given.
   */
  public static Owner resolve(Model model, Level level, String name) {
    return known(model, level, name).orElseGet(() -> new Owner(level, Slug.of(name), name.trim()));
  }

  /** The owner when the organisation declares it. */
  public static Optional<Owner> known(Model model, Level level, String name) {
    if (model == null || name == null) return Optional.empty();
    String id = Slug.of(name);
    if (level == Level.PERSON) {
      for (Person p : model.organisation().people()) {
        if (p.id().equals(id) || p.name().equalsIgnoreCase(name.trim()))
          return Optional.of(new Owner(level, p.id(), p.name()));
      }
      return Optional.empty();
    }
    for (Unit u : model.organisation().units()) {
      if (u.level() == level && (u.id().equals(id) || u.name().equalsIgnoreCase(name.trim()))) {
        return Optional.of(new Owner(level, u.id(), u.name()));
      }
    }
    return Optional.empty();
  }

  /** The company as the organisation names it, if it does. */
  public static Optional<Owner> company(Model model) {
    if (model == null) return Optional.empty();
    return model.organisation().company().map(u -> new Owner(Level.COMPANY, u.id(), u.name()));
  }

  /** The folder of an owner's files inside a cycle folder: people get their own sub-folder. */
  static String folder(Owner o) {
    return o.level() == Level.PERSON ? "people/" + o.id() : o.id();
  }

  /** The person who usually writes for an owner: the unit's lead, or the person. */
  public static Optional<String> writer(Model model, Owner o) {
    if (o.level() == Level.PERSON) return Optional.of(o.name());
    return model.organisation().unit(o.id()).map(Unit::lead);
  }
}
