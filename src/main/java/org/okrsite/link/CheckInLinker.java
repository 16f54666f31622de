package org.okrsite.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okrsite.config.CycleCalendar;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.KeyResult;
import org.okrsite.model.KrKind;
import org.okrsite.model.Objective;
import org.okrsite.model.Owner;
import org.okrsite.model.OwnerCycle;

/**
 * Links each check-in to its owner's objectives: finds the cycle (written, or the one its date
 * falls in where the owner has OKRs), resolves each {@code id: KR1} to exactly one key result, and
 * checks that values are in the key result's unit.
 */
final class CheckInLinker {
  private final Map<OwnerCycle, List<Objective>> byOwnerCycle = new HashMap<>();
  private final CycleCalendar calendar;
  private final OrganisationBuilder org;
  private final Hidden hidden;
  private final Diagnostics d;

  CheckInLinker(
      List<Objective> objectives,
      CycleCalendar calendar,
      OrganisationBuilder org,
      Hidden hidden,
      Diagnostics d) {
    for (Objective o : objectives) {
      byOwnerCycle
          .computeIfAbsent(OwnerCycle.of(o.owner(), o.cycleId()), k -> new ArrayList<>())
          .add(o);
    }
    this.calendar = calendar;
    this.org = org;
    this.hidden = hidden;
    this.d = d;
  }

  List<CheckIn> link(List<CheckIn> checkIns) {
    List<CheckIn> out = new ArrayList<>();
    Map<String, CheckIn> seen = new HashMap<>();
    for (CheckIn c : checkIns) {
      Owner owner = org.resolve(c.owner(), c.position());
      if (owner == null) continue;
      org.notePerson(c.author(), c.position());
      String cycleId = cycle(c, owner);
      if (cycleId == null) continue;
      String key = owner.key() + "|" + c.date();
      CheckIn prev = seen.putIfAbsent(key, c);
      if (prev != null) {
        d.error(
            c.position(),
            Rule.DUPLICATE_CHECKIN,
            owner.name() + " already checked in for " + c.date() + " (at " + prev.position() + ")",
            "keep one check-in per owner per date; merge the two files");
        continue;
      }
      List<Objective> mine = owned(owner, cycleId);
      List<CheckIn.Update> updates = new ArrayList<>();
      for (CheckIn.Update u : c.updates()) {
        CheckIn.Update r = update(u, owner, cycleId, mine);
        if (r != null) updates.add(r);
      }
      CheckIn linked =
          new CheckIn(
              c.id(),
              c.date(),
              owner,
              cycleId,
              c.author(),
              c.goalConfidence(),
              updates,
              c.issues(),
              c.plan(),
              c.narrative(),
              c.position());
      if (hidden.has(c)) hidden.things().add(linked);
      out.add(linked);
    }
    out.sort(
        (a, b) ->
            a.date().equals(b.date()) ? a.id().compareTo(b.id()) : a.date().compareTo(b.date()));
    return out;
  }

  /**
   * Links an edited check-in in place of {@code old}: same owner, date and cycle (the caller made
   * sure), key results resolved again among the owner's objectives given to the constructor.
   */
  CheckIn relink(CheckIn raw, CheckIn old) {
    List<Objective> mine = owned(old.owner(), old.cycleId());
    List<CheckIn.Update> updates = new ArrayList<>();
    for (CheckIn.Update u : raw.updates()) {
      CheckIn.Update r = update(u, old.owner(), old.cycleId(), mine);
      if (r != null) updates.add(r);
    }
    return new CheckIn(
        raw.id(),
        raw.date(),
        old.owner(),
        old.cycleId(),
        raw.author(),
        raw.goalConfidence(),
        updates,
        raw.issues(),
        raw.plan(),
        raw.narrative(),
        raw.position());
  }

  private List<Objective> owned(Owner owner, String cycleId) {
    return byOwnerCycle.getOrDefault(OwnerCycle.of(owner, cycleId), List.of());
  }

  private String cycle(CheckIn c, Owner owner) {
    if (c.cycleId() != null) {
      if (owned(owner, c.cycleId()).isEmpty()) {
        d.error(
            c.position(),
            Rule.CHECKIN_NO_OKRS,
            owner.level().key()
                + " "
                + owner.name()
                + " has no objectives in "
                + cycleName(c.cycleId()),
            "write the owner's OKRs for that cycle, or fix the owner");
        return null;
      }
      return c.cycleId();
    }
    List<Cycle> candidates =
        calendar.containing(c.date()).stream()
            .filter(cy -> !owned(owner, cy.id()).isEmpty())
            .toList();
    if (candidates.size() == 1) return candidates.get(0).id();
    if (candidates.isEmpty()) {
      d.error(
          c.position(),
          Rule.CHECKIN_NO_OKRS,
          owner.level().key()
              + " "
              + owner.name()
              + " has no objectives in a cycle containing "
              + c.date(),
          "write the owner's OKRs for "
              + calendar.quarterOf(c.date()).name()
              + ", or add 'quarter:' to the check-in");
    } else {
      d.error(
          c.position(),
          Rule.CHECKIN_AMBIGUOUS_CYCLE,
          c.date()
              + " falls in several cycles with "
              + owner.name()
              + "'s objectives: "
              + String.join(", ", candidates.stream().map(Cycle::name).toList()),
          "add 'quarter:' (or 'cycle:') to the check-in");
    }
    return null;
  }

  private String cycleName(String id) {
    return calendar.byName(id).map(Cycle::name).orElse(id);
  }

  private CheckIn.Update update(
      CheckIn.Update u, Owner owner, String cycleId, List<Objective> mine) {
    if (u.ref() == null) return null;
    List<String[]> matches = new ArrayList<>();
    List<String> candidates = new ArrayList<>();
    String objPart = null;
    String krPart = u.ref();
    int slash = u.ref().lastIndexOf('/');
    if (slash > 0) {
      objPart = u.ref().substring(0, slash);
      krPart = u.ref().substring(slash + 1);
    }
    for (Objective o : mine) {
      for (KeyResult kr : o.keyResults()) {
        candidates.add(kr.id());
        if (kr.id().equalsIgnoreCase(krPart) && (objPart == null || objPart.equals(o.id()))) {
          matches.add(new String[] {o.id(), kr.id()});
        }
      }
    }
    if (matches.isEmpty()) {
      d.error(
          u.position(),
          Rule.CHECKIN_UNKNOWN_KR,
          "'" + u.ref() + "' is not a key result of " + owner.name() + " in " + cycleName(cycleId),
          "candidates: " + String.join(", ", candidates));
      return null;
    }
    if (matches.size() > 1) {
      d.error(
          u.position(),
          Rule.CHECKIN_AMBIGUOUS_KR,
          "'"
              + u.ref()
              + "' matches several key results of "
              + owner.name()
              + ": "
              + String.join(", ", matches.stream().map(m -> m[0] + "/" + m[1]).toList()),
          "write the id as OBJECTIVE-ID/KR-ID");
      return null;
    }
    String objectiveId = matches.get(0)[0];
    KeyResult kr =
        mine.stream()
            .filter(o -> o.id().equals(objectiveId))
            .findFirst()
            .orElseThrow()
            .keyResults()
            .stream()
            .filter(k -> k.id().equals(matches.get(0)[1]))
            .findFirst()
            .orElseThrow();
    var current = u.current();
    if (u.currentText() != null && kr.kind() != KrKind.MILESTONE) {
      var ref = kr.target() != null ? kr.target() : kr.baseline();
      if (current == null) {
        d.error(
            u.position(),
            Rule.BAD_QUANTITY,
            "current '" + u.currentText() + "' of " + kr.id() + " has no number okrsite can read",
            "write the value with its unit, like the target '"
                + (ref == null ? "" : ref.text())
                + "'");
      } else if (ref != null && !Reading.unitsAgree(current, ref)) {
        d.error(
            u.position(),
            Rule.KR_UNIT_MISMATCH,
            "current '"
                + u.currentText()
                + "' of "
                + kr.id()
                + " is in '"
                + current.unit()
                + "' but its target is in '"
                + ref.unit()
                + "'",
            "write the value in the KR's unit, e.g. '" + ref.text() + "'");
        current = null;
      }
    }
    if (u.leading() != null && (kr.leadingIndicator() == null || kr.leadingIndicator().isBlank())) {
      d.report(
          u.leading().position(),
          Rule.LEADING_UNNAMED,
          "leading-indicator reading '"
              + u.leading().text()
              + "' for "
              + kr.id()
              + ", which names no leading indicator",
          "say what the reading measures: add leading_indicator: to "
              + kr.id()
              + " in "
              + objectiveId);
    }
    return new CheckIn.Update(
        u.ref(),
        objectiveId,
        kr.id(),
        u.currentText(),
        current,
        u.confidence(),
        u.note(),
        u.leading(),
        u.position());
  }
}
