package org.okrsite.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.okrsite.config.CycleCalendar;
import org.okrsite.config.Settings;
import org.okrsite.config.SettingsReader;
import org.okrsite.content.SourceDocument;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.AnnualGoal;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Commitment;
import org.okrsite.model.Cycle;
import org.okrsite.model.Dependency;
import org.okrsite.model.Doc;
import org.okrsite.model.KpiDashboard;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.Owner;
import org.okrsite.model.Person;
import org.okrsite.model.Pillar;
import org.okrsite.model.Retrospective;
import org.okrsite.model.Strategy;
import org.okrsite.model.Unit;

/**
 * Source documents → the linked model. The recipe: recognise kinds, read each document, build the
 * organisation, merge end-of-cycle scores into their objectives, give ids and resolve references,
 * link check-ins to key results, then leave out what must not be published.
 *
 * <pre>{@code
 * Model m = Linker.link(documents, settings, LocalDate.parse("2026-11-23"), false, diagnostics);
 * }</pre>
 */
public final class Linker {
  private final CycleCalendar calendar;
  private final Cycle current;
  private final Diagnostics d;
  private final Set<Object> hidden = Collections.newSetFromMap(new IdentityHashMap<>());

  private Strategy strategy = Strategy.EMPTY;
  private final List<Unit> declaredUnits = new ArrayList<>();
  private final List<Person> declaredPeople = new ArrayList<>();
  private final List<Pillar> pillars = new ArrayList<>();
  private final List<AnnualGoal> goals = new ArrayList<>();
  private final List<Objective> objectives = new ArrayList<>();
  private final List<Objective> scores = new ArrayList<>();
  private final List<CheckIn> checkIns = new ArrayList<>();
  private final List<Retrospective> retros = new ArrayList<>();
  private final List<KpiDashboard> kpis = new ArrayList<>();
  private final List<Dependency> dependencies = new ArrayList<>();
  private final List<Commitment> commitments = new ArrayList<>();
  private final List<Doc> docs = new ArrayList<>();
  private final List<DocumentKind> deferred = new ArrayList<>();
  private EarlyCheckIns early;

  private Linker(Settings settings, LocalDate asOf, Diagnostics d) {
    this.calendar = new CycleCalendar(settings);
    this.current = calendar.quarterOf(asOf);
    this.d = d;
  }

  /**
   * Links what the load stage read into a model as of {@code asOf}; drafts are kept only when
   * {@code drafts} is true. The documents are let go of as they are read (see {@link
   * #linkReleasing}). Every problem goes to {@code d}; the model holds what could be read.
   */
  public static Model link(LoadedContent content, LocalDate asOf, boolean drafts, Diagnostics d) {
    return link(
        content.takeDocuments(), content.settings(), asOf, drafts, d, content.early(), true);
  }

  /**
   * Links {@code documents} into a model as of {@code asOf}; drafts are kept only when {@code
   * drafts} is true. Every problem goes to {@code d}; the model holds what could be read.
   */
  public static Model link(
      List<SourceDocument> documents,
      Settings settings,
      LocalDate asOf,
      boolean drafts,
      Diagnostics d) {
    return link(documents, settings, asOf, drafts, d, null);
  }

  /**
   * Like {@link #link(List, Settings, LocalDate, boolean, Diagnostics)}, with check-ins read early.
   */
  public static Model link(
      List<SourceDocument> documents,
      Settings settings,
      LocalDate asOf,
      boolean drafts,
      Diagnostics d,
      EarlyCheckIns early) {
    return link(documents, settings, asOf, drafts, d, early, false);
  }

  /**
   * Like {@link #link(List, Settings, LocalDate, boolean, Diagnostics, EarlyCheckIns)} for a caller
   * that keeps no other reference to the documents: the list is emptied, and each document is let
   * go of once read, so its YAML tree can be freed while the rest is linked. The trees of an
   * organisation of 50,000 people take more memory than its whole model.
   */
  public static Model linkReleasing(
      List<SourceDocument> documents,
      Settings settings,
      LocalDate asOf,
      boolean drafts,
      Diagnostics d,
      EarlyCheckIns early) {
    return link(documents, settings, asOf, drafts, d, early, true);
  }

  private static Model link(
      List<SourceDocument> documents,
      Settings settings,
      LocalDate asOf,
      boolean drafts,
      Diagnostics d,
      EarlyCheckIns early,
      boolean release) {
    if (early != null && !early.settings().equals(settings)) {
      throw new IllegalStateException("check-ins were read early with other settings");
    }
    Linker l = new Linker(settings, asOf, d);
    l.early = early;
    l.readAll(documents, release);
    OrganisationBuilder org =
        new OrganisationBuilder(l.declaredUnits, l.declaredPeople, l.strategy.company(), d);
    l.readDeferred(org);
    References refs = new References(l.objectives, l.scores, l.goals, l.pillars, l.hidden, org, d);
    List<Objective> linked = refs.resolve();
    List<CheckIn> cis =
        new CheckInLinker(linked, l.calendar, org, refs.hidden(), d).link(l.checkIns);
    l.notePeople(linked, cis, org);
    return new Visibility(refs.hidden(), drafts)
        .publish(
            new Model(
                l.strategy,
                org.build(),
                l.cycles(linked, cis),
                l.pillars,
                l.goals,
                linked,
                cis,
                l.retros,
                l.kpis,
                l.dependencies,
                l.commitments,
                l.docs));
  }

  private void readAll(List<SourceDocument> documents, boolean release) {
    boolean seenStrategy = false;
    boolean seenOrg = false;
    List<SourceDocument> all = DocumentKind.translateMarkdown(documents, d);
    if (release) documents.clear();
    for (int i = 0; i < all.size(); i++) {
      SourceDocument doc = all.get(i);
      if (release) all.set(i, null);
      if (doc.path().equals(SettingsReader.FILE)) continue;
      EarlyCheckIns.Read pre = early == null ? null : early.of(doc);
      if (pre != null) {
        add(checkIns, pre.checkIn(), pre.priv());
        continue;
      }
      DocumentKind k = kindOf(doc, d);
      if (k == null) continue;
      String vis = k.visibility();
      boolean priv = "private".equals(vis);
      switch (k.kind()) {
        case "strategy" -> {
          if (seenStrategy) {
            d.error(
                doc.start(),
                Rule.DUPLICATE_DOCUMENT,
                "a second strategy document",
                "keep one strategy file");
          } else if (!priv) {
            strategy = StrategyReader.strategy(k, d);
          }
          seenStrategy = true;
        }
        case "organisation" -> {
          if (seenOrg) {
            d.error(
                doc.start(),
                Rule.DUPLICATE_DOCUMENT,
                "a second organisation document",
                "keep one organisation file");
          } else {
            OrganisationReader.read(k, d, declaredUnits, declaredPeople);
          }
          seenOrg = true;
        }
        case "strategic_pillars" -> addAll(pillars, StrategyReader.pillars(k, d), priv);
        case "annual_goal" -> add(goals, StrategyReader.annualGoal(k, d), priv);
        case "okr" -> addAll(objectives, ObjectiveReader.read(k, calendar, d), priv);
        case "okr_score" -> {
          add(scores, SeedObjectiveReader.score(k, calendar, d), priv);
          deferred.add(k);
        }
        case "solo_okr" -> addAll(objectives, SeedObjectiveReader.solo(k, calendar, d), priv);
        case "alignment_map" -> {
          List<Dependency> deps = new ArrayList<>();
          addAll(objectives, SeedObjectiveReader.alignment(k, calendar, current, d, deps), priv);
          addAll(dependencies, deps, priv);
        }
        case "checkin" -> add(checkIns, CheckInReader.read(k, calendar, d), priv);
        case "dependency_contract" ->
            add(dependencies, RecordReader.dependency(k, calendar, d), priv);
        case "individual_commitment" ->
            add(commitments, RecordReader.commitment(k, calendar, d), priv);
        case "doc" -> add(docs, RecordReader.doc(k, d), priv);
        default -> deferred.add(k);
      }
    }
  }

  /**
   * A document's kind, after the checks every kind shares (its fields are a mapping, its visibility
   * is known); null when it has no kind or its fields are not a mapping. Reports what it finds.
   */
  static DocumentKind kindOf(SourceDocument doc, Diagnostics d) {
    DocumentKind k = DocumentKind.of(doc, d).orElse(null);
    if (k == null) return null;
    if (k.fields() == null && !k.kind().equals("strategic_pillars") && !k.kind().equals("doc")) {
      d.error(
          doc.data().position(),
          Rule.WRONG_TYPE,
          k.kind() + " must be a mapping of keys",
          "indent its fields under '" + k.kind() + ":'");
      return null;
    }
    String vis = k.visibility();
    if (vis != null && !Set.of("private", "public", "internal").contains(vis)) {
      d.error(
          doc.start(),
          Rule.BAD_VISIBILITY,
          "visibility '" + vis + "' is not known",
          "use 'private' to keep a document out of the site, or leave it out");
    }
    return k;
  }

  /** Documents whose default owner is the company, read once the organisation is known. */
  private void readDeferred(OrganisationBuilder org) {
    Unit c = org.company();
    Owner company = new Owner(c.level(), c.id(), c.name());
    for (DocumentKind k : deferred) {
      boolean priv = "private".equals(k.visibility());
      switch (k.kind()) {
        case "retrospective" -> {
          Retrospective r = RecordReader.retrospective(k, calendar, company, d);
          if (r != null) add(retros, withOwner(r, org.resolve(r.owner(), r.position())), priv);
        }
        case "kpi_dashboard" -> {
          KpiDashboard kd = RecordReader.kpis(k, company, d);
          Owner o = org.resolve(kd.owner(), kd.position());
          if (o != null)
            add(
                kpis,
                new KpiDashboard(kd.id(), kd.date(), o, kd.cadence(), kd.kpis(), kd.position()),
                priv);
        }
        case "okr_score" -> add(retros, ScoreLessons.of(k, calendar, org), priv);
        default -> {}
      }
    }
  }

  private static Retrospective withOwner(Retrospective r, Owner o) {
    if (o == null) return null;
    return new Retrospective(
        r.id(),
        r.cycleId(),
        o,
        r.date(),
        r.scores(),
        r.overallAverage(),
        r.wins(),
        r.misses(),
        r.keepDoing(),
        r.startDoing(),
        r.stopDoing(),
        r.carryForward(),
        r.lessons(),
        r.narrative(),
        r.position());
  }

  private void notePeople(List<Objective> os, List<CheckIn> cis, OrganisationBuilder org) {
    for (Objective o : os) {
      for (var kr : o.keyResults()) org.notePerson(kr.owner(), kr.position());
    }
    for (Commitment c : commitments) org.notePerson(c.person(), c.position());
  }

  private List<Cycle> cycles(List<Objective> os, List<CheckIn> cis) {
    Map<String, Cycle> byId = new LinkedHashMap<>();
    byId.put(current.id(), current);
    List<String> ids = new ArrayList<>();
    os.forEach(o -> ids.add(o.cycleId()));
    cis.forEach(c -> ids.add(c.cycleId()));
    retros.forEach(r -> ids.add(r.cycleId()));
    commitments.forEach(c -> ids.add(c.cycleId()));
    dependencies.forEach(x -> ids.add(x.cycleId()));
    for (String id : ids) {
      if (id != null && !byId.containsKey(id)) calendar.byName(id).ifPresent(c -> byId.put(id, c));
    }
    List<Cycle> out = new ArrayList<>(byId.values());
    out.sort(
        (a, b) ->
            a.start().equals(b.start())
                ? a.id().compareTo(b.id())
                : a.start().compareTo(b.start()));
    return out;
  }

  private <T> void add(List<T> list, T item, boolean priv) {
    if (item == null) return;
    list.add(item);
    if (priv) hidden.add(item);
  }

  private <T> void addAll(List<T> list, List<T> items, boolean priv) {
    for (T t : items) add(list, t, priv);
  }
}
