package org.okrsite.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.okrsite.publish.OutputFiles;
import org.okrsite.review.ReviewResult;
import org.okrsite.score.ObjectiveScore;
import org.okrsite.score.Scores;

/**
 * The model, its scores, the review and the settings, with the look-ups pages need (objectives of a cycle, of
 * an owner, children of an objective, people by name). Read-only; lists keep the model's order.
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

  SiteIndex(Model model, Scores scores, ReviewResult review, Settings settings, OutputFiles out) {
    this.out = out;
    this.model = model;
    this.scores = scores;
    this.review = review;
    this.settings = settings;
    this.markdown = new Markdown(settings.rawHtml());
    this.current = currentCycle(model.cycles(), scores.asOf());
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
    return cycles.stream().filter(c -> c.contains(asOf)).findFirst()
        .or(() -> started.stream().max(Comparator.comparing(Cycle::start)))
        .orElse(cycles.get(0));
  }

  /** Cycles newest first, the order people browse them in; the current one included. */
  List<Cycle> cyclesNewestFirst() {
    List<Cycle> all = new ArrayList<>(model.cycles().isEmpty() ? List.of(current) : model.cycles());
    all.sort(Comparator.comparing(Cycle::start).reversed().thenComparing(Cycle::id));
    return all;
  }

  List<Objective> objectives(Cycle c) {
    return model.objectives().stream().filter(o -> c.id().equals(o.cycleId())).toList();
  }

  List<Objective> objectivesOf(Cycle c, Level level, String ownerId) {
    return objectives(c).stream()
        .filter(o -> o.owner() != null && o.owner().level() == level && o.owner().id().equals(ownerId)).toList();
  }

  List<Objective> children(Objective parent) {
    return model.objectives().stream()
        .filter(o -> o.parents().stream().anyMatch(p -> p.kind() == ParentRef.Kind.OBJECTIVE && parent.id().equals(p.targetId())))
        .toList();
  }

  List<CheckIn> checkIns(Cycle c) {
    return model.checkIns().stream().filter(ci -> c.id().equals(ci.cycleId()))
        .sorted(Comparator.comparing(CheckIn::date).thenComparing(CheckIn::id)).toList();
  }

  List<CheckIn> checkInsOf(Cycle c, Owner owner) {
    return checkIns(c).stream().filter(ci -> ci.owner() != null && ci.owner().key().equals(owner.key())).toList();
  }

  ObjectiveScore score(Objective o) {
    return scores.of(o.id());
  }

  Optional<Person> personNamed(String name) {
    if (name == null) return Optional.empty();
    return model.organisation().people().stream().filter(p -> p.name().equalsIgnoreCase(name.strip())).findFirst();
  }

  Optional<Unit> unitNamed(String name) {
    if (name == null) return Optional.empty();
    String n = name.strip();
    return model.organisation().units().stream()
        .filter(u -> u.name().equalsIgnoreCase(n) || u.id().equalsIgnoreCase(n)).findFirst();
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
      return model.organisation().person(owner.id()).map(p -> SitePaths.person(c.id(), p.id())).orElse(null);
    }
    return model.organisation().unit(owner.id()).map(u -> SitePaths.unit(c.id(), u.id())).orElse(null);
  }

  /** The cycle an objective belongs to, or the current one when it names none. */
  Cycle cycleOf(Objective o) {
    return model.cycle(o.cycleId()).orElse(current);
  }
}
