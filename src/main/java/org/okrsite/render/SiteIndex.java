package org.okrsite.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.okrsite.config.Settings;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.Level;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.Owner;
import org.okrsite.model.ParentRef;
import org.okrsite.model.Person;
import org.okrsite.model.Unit;
import org.okrsite.review.ReviewResult;
import org.okrsite.score.ObjectiveScore;
import org.okrsite.score.Scores;
import org.okrsite.site.OutputFiles;
import org.okrsite.site.SitePaths;

/**
 * The model, its scores, the review and the settings, with the look-ups pages need (objectives of a
 * cycle, of an owner, children of an objective, people by name). Read-only; lists keep the model's
 * order.
 */
final class SiteIndex {
  final Model model;
  final Scores scores;
  final Settings settings;

  /** The review of the current cycle; null when rendering without one. */
  final ReviewResult review;

  final Markdown markdown;
  final Cycle current;
  private final OutputFiles out;
  // look-ups every page needs, built once: a page must cost a look-up, not a scan of the model
  private final Map<String, List<Objective>> objectivesByCycle;
  private final Map<String, List<Objective>> objectivesByOwner;
  private final Map<String, List<Objective>> childrenById;
  private final Map<String, List<CheckIn>> checkInsByCycle = new HashMap<>();
  private final Map<String, List<CheckIn>> checkInsByOwner = new HashMap<>();
  private final Map<String, Person> peopleByName;
  private final Map<String, Unit> unitsByName;
  private final Map<String, CheckIn> checkInsById;
  private final Map<String, List<Map.Entry<Objective, org.okrsite.model.KeyResult>>> krsByOwnerName;
  private final Map<String, List<CheckIn>> checkInsByAuthor = new HashMap<>();
  private final Map<String, org.okrsite.model.Dependency> dependenciesById;
  private final Map<String, org.okrsite.model.Retrospective> retrospectivesById;

  /**
   * Check-ins edited since the full build, by id, ahead of {@link #checkInsById} (empty in a full
   * build).
   */
  private final Map<String, CheckIn> editedById;

  SiteIndex(Model model, Scores scores, ReviewResult review, Settings settings, OutputFiles out) {
    this.out = out;
    objectivesByCycle = new HashMap<>();
    objectivesByOwner = new HashMap<>();
    childrenById = new HashMap<>();
    peopleByName = new HashMap<>();
    unitsByName = new HashMap<>();
    krsByOwnerName = new HashMap<>();
    dependenciesById = new HashMap<>();
    retrospectivesById = new HashMap<>();
    checkInsById = new HashMap<>();
    editedById = Map.of();
    for (Objective o : model.objectives()) {
      objectivesByCycle.computeIfAbsent(o.cycleId(), k -> new ArrayList<>()).add(o);
      if (o.owner() != null) {
        objectivesByOwner
            .computeIfAbsent(
                ownerKey(o.cycleId(), o.owner().level(), o.owner().id()), k -> new ArrayList<>())
            .add(o);
      }
      for (var kr : o.keyResults()) {
        if (kr.owner() != null) {
          krsByOwnerName
              .computeIfAbsent(
                  o.cycleId() + "|" + kr.owner().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
              .add(Map.entry(o, kr));
        }
      }
      for (ParentRef p : o.parents()) {
        if (p.kind() == ParentRef.Kind.OBJECTIVE && p.targetId() != null) {
          List<Objective> kids = childrenById.computeIfAbsent(p.targetId(), k -> new ArrayList<>());
          if (!kids.contains(o)) kids.add(o);
        }
      }
    }
    List<CheckIn> sorted = new ArrayList<>(model.checkIns());
    sorted.sort(Comparator.comparing(CheckIn::date).thenComparing(CheckIn::id));
    for (CheckIn ci : sorted) {
      checkInsById.putIfAbsent(ci.id(), ci);
      if (ci.author() != null && !ci.author().isBlank()) {
        checkInsByAuthor
            .computeIfAbsent(
                ci.cycleId() + "|" + ci.author().strip().toLowerCase(Locale.ROOT),
                k -> new ArrayList<>())
            .add(ci);
      }
      checkInsByCycle.computeIfAbsent(ci.cycleId(), k -> new ArrayList<>()).add(ci);
      if (ci.owner() != null) {
        checkInsByOwner
            .computeIfAbsent(
                ownerKey(ci.cycleId(), ci.owner().level(), ci.owner().id()), k -> new ArrayList<>())
            .add(ci);
      }
    }
    for (var d : model.dependencies()) if (d.id() != null) dependenciesById.putIfAbsent(d.id(), d);
    for (var r : model.retrospectives()) retrospectivesById.putIfAbsent(r.id(), r);
    for (Person p : model.organisation().people())
      peopleByName.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
    for (Unit u : model.organisation().units()) {
      unitsByName.putIfAbsent(u.name().toLowerCase(Locale.ROOT), u);
    }
    for (Unit u : model.organisation().units())
      unitsByName.putIfAbsent(u.id().toLowerCase(Locale.ROOT), u);
    this.model = model;
    this.scores = scores;
    this.review = review;
    this.settings = settings;
    this.markdown = new Markdown(settings.rawHtml());
    this.current = currentCycle(model.cycles(), scores.asOf());
  }

  /**
   * {@code base} for a model in which some check-ins were replaced ({@code replaced}: old → new,
   * same id, owner, date and cycle): the look-ups are shared, and only the lists that held a
   * replaced check-in are copied with it swapped. For the development server's quick path.
   */
  SiteIndex(
      SiteIndex base,
      Model model,
      Scores scores,
      ReviewResult review,
      Map<CheckIn, CheckIn> replaced,
      OutputFiles out) {
    this.out = out;
    this.model = model;
    this.scores = scores;
    this.review = review;
    this.settings = base.settings;
    this.markdown = base.markdown;
    this.current = base.current;
    // what an edited check-in cannot change is shared with the base, not copied: the development
    // server makes one of these per saved check-in, and copying every look-up of a large
    // organisation cost more than rendering the pages
    objectivesByCycle = base.objectivesByCycle;
    objectivesByOwner = base.objectivesByOwner;
    childrenById = base.childrenById;
    krsByOwnerName = base.krsByOwnerName;
    peopleByName = base.peopleByName;
    unitsByName = base.unitsByName;
    dependenciesById = base.dependenciesById;
    retrospectivesById = base.retrospectivesById;
    checkInsById = base.checkInsById;
    Map<String, CheckIn> edited = new HashMap<>(base.editedById);
    checkInsByCycle.putAll(base.checkInsByCycle);
    checkInsByOwner.putAll(base.checkInsByOwner);
    checkInsByAuthor.putAll(base.checkInsByAuthor);
    for (var e : replaced.entrySet()) {
      CheckIn old = e.getKey();
      CheckIn now = e.getValue();
      edited.put(now.id(), now);
      swap(checkInsByCycle, old.cycleId(), old, now);
      if (old.owner() != null)
        swap(
            checkInsByOwner,
            ownerKey(old.cycleId(), old.owner().level(), old.owner().id()),
            old,
            now);
      String was = authorKey(old);
      String is = authorKey(now);
      if (was != null) {
        List<CheckIn> list = new ArrayList<>(checkInsByAuthor.getOrDefault(was, List.of()));
        list.removeIf(c -> c == old);
        checkInsByAuthor.put(was, list);
      }
      if (is != null) {
        List<CheckIn> list = new ArrayList<>(checkInsByAuthor.getOrDefault(is, List.of()));
        list.add(now);
        list.sort(Comparator.comparing(CheckIn::date).thenComparing(CheckIn::id));
        checkInsByAuthor.put(is, list);
      }
    }
    editedById = edited;
  }

  private static String authorKey(CheckIn ci) {
    return ci.author() == null || ci.author().isBlank()
        ? null
        : ci.cycleId() + "|" + ci.author().strip().toLowerCase(Locale.ROOT);
  }

  private static void swap(Map<String, List<CheckIn>> index, String key, CheckIn old, CheckIn now) {
    List<CheckIn> list = index.get(key);
    if (list == null) return;
    List<CheckIn> copy = new ArrayList<>(list);
    for (int i = 0; i < copy.size(); i++) if (copy.get(i) == old) copy.set(i, now);
    index.put(key, copy);
  }

  /** The files already collected (feeds are written before the pages). */
  OutputFiles out() {
    return out;
  }

  LocalDate asOf() {
    return scores.asOf();
  }

  /** The cycle holding the as-of date; else the latest one started before it; else the first. */
  static Cycle currentCycle(List<Cycle> cycles, LocalDate asOf) {
    if (cycles.isEmpty()) return new Cycle("current", "Current cycle", asOf, asOf);
    List<Cycle> started = cycles.stream().filter(c -> !c.start().isAfter(asOf)).toList();
    return cycles.stream()
        .filter(c -> c.contains(asOf))
        .findFirst()
        .or(() -> started.stream().max(Comparator.comparing(Cycle::start)))
        .orElse(cycles.get(0));
  }

  /** Cycles newest first, the order people browse them in; the current one included. */
  List<Cycle> cyclesNewestFirst() {
    List<Cycle> all = new ArrayList<>(model.cycles().isEmpty() ? List.of(current) : model.cycles());
    all.sort(Comparator.comparing(Cycle::start).reversed().thenComparing(Cycle::id));
    return all;
  }

  private static String ownerKey(String cycleId, Level level, String ownerId) {
    return cycleId + "|" + level + "|" + ownerId;
  }

  List<Objective> objectives(Cycle c) {
    return objectivesByCycle.getOrDefault(c.id(), List.of());
  }

  List<Objective> objectivesOf(Cycle c, Level level, String ownerId) {
    return objectivesByOwner.getOrDefault(ownerKey(c.id(), level, ownerId), List.of());
  }

  List<Objective> children(Objective parent) {
    return childrenById.getOrDefault(parent.id(), List.of());
  }

  /** A cycle's check-ins by date, then id. */
  List<CheckIn> checkIns(Cycle c) {
    return checkInsByCycle.getOrDefault(c.id(), List.of());
  }

  List<CheckIn> checkInsOf(Cycle c, Owner owner) {
    return checkInsByOwner.getOrDefault(ownerKey(c.id(), owner.level(), owner.id()), List.of());
  }

  /** The key results a person (by name, any case) owns in a cycle, in model order. */
  List<Map.Entry<Objective, org.okrsite.model.KeyResult>> keyResultsOwnedBy(
      Cycle c, String personName) {
    return krsByOwnerName.getOrDefault(
        c.id() + "|" + personName.toLowerCase(Locale.ROOT), List.of());
  }

  /** A cycle's check-ins a person wrote or owns, by date then id. */
  List<CheckIn> checkInsBy(Cycle c, Person p) {
    List<CheckIn> out =
        new ArrayList<>(
            checkInsByAuthor.getOrDefault(
                c.id() + "|" + p.name().strip().toLowerCase(Locale.ROOT), List.of()));
    for (CheckIn ci : checkInsOf(c, new Owner(Level.PERSON, p.id(), p.name())))
      if (!out.contains(ci)) out.add(ci);
    out.sort(Comparator.comparing(CheckIn::date).thenComparing(CheckIn::id));
    return out;
  }

  Optional<CheckIn> checkIn(String id) {
    CheckIn edited = editedById.get(id);
    return Optional.ofNullable(edited != null ? edited : checkInsById.get(id));
  }

  Optional<org.okrsite.model.Dependency> dependency(String id) {
    return Optional.ofNullable(dependenciesById.get(id));
  }

  Optional<org.okrsite.model.Retrospective> retrospective(String id) {
    return Optional.ofNullable(retrospectivesById.get(id));
  }

  ObjectiveScore score(Objective o) {
    return scores.of(o.id());
  }

  Optional<Person> personNamed(String name) {
    if (name == null) return Optional.empty();
    return Optional.ofNullable(peopleByName.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  Optional<Unit> unitNamed(String name) {
    if (name == null) return Optional.empty();
    return Optional.ofNullable(unitsByName.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  List<Unit> units() {
    return model.organisation().units();
  }

  List<Person> people() {
    return model.organisation().people();
  }

  /** The site path of an owner's page in a cycle, or null when the owner has no page. */
  String ownerPath(Cycle c, Owner owner) {
    if (owner == null) return null;
    if (owner.level() == Level.PERSON) {
      return model
          .organisation()
          .person(owner.id())
          .map(p -> SitePaths.person(c.id(), p.id()))
          .orElse(null);
    }
    return model
        .organisation()
        .unit(owner.id())
        .map(u -> SitePaths.unit(c.id(), u.id()))
        .orElse(null);
  }

  /** The cycle an objective belongs to, or the current one when it names none. */
  Cycle cycleOf(Objective o) {
    return model.cycle(o.cycleId()).orElse(current);
  }
}
