package org.okrsite.score;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.okrsite.model.Cadence;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Cycle;
import org.okrsite.model.Level;
import org.okrsite.model.Lifecycle;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;
import org.okrsite.model.Owner;
import org.okrsite.model.OwnerCycle;
import org.okrsite.model.Person;
import org.okrsite.model.Unit;

/**
 * When each owner is due to check in, from their cadence and their last check-in: the one rule the
 * week pages, {@code data/due.json}, the calendars and the set-and-forget lint share.
 *
 * <p>The rule: an owner whose cadence is N days (weekly 7, biweekly 14, monthly 31) is due N days
 * after their latest check-in of the cycle, or on the cycle's first day when they have none in it
 * yet. They are due in a week (Monday to Sunday) when that day falls on or before the week's
 * Sunday, and overdue in it when it fell before the week's Monday. A weekly owner is therefore due
 * every week; a biweekly one every other week; a monthly one in the week holding the 31st day after
 * their last check-in.
 *
 * <p>An owner's cadence is their unit's {@code cadence:} in organisation.yaml (a person checks in
 * at their team's), else the site's {@code checkins.cadence} — the same look-up the staleness of
 * {@link Scorer} makes; an owner who is not due is never stale.
 *
 * <pre>{@code
 * CheckInSchedule due = new CheckInSchedule(model, settings.cadence());
 * CheckInSchedule.Week w = due.week(cycle, due.expected(cycle), monday, monday.plusDays(6));
 * w.due();    // who should have checked in that week and did not
 * }</pre>
 */
public final class CheckInSchedule {
  private final Model model;
  private final Cadence siteDefault;

  public CheckInSchedule(Model model, Cadence siteDefault) {
    this.model = model;
    this.siteDefault = siteDefault;
  }

  /**
   * Where an owner stands in a week.
   *
   * @param lastCheckIn their latest check-in of the cycle counted (in the week when they checked
   *     in, else before the week), or null
   * @param dueDate the day they were due by, from their last check-in before the week
   * @param checkedIn whether they checked in in the week
   * @param overdue not checked in, and due since before the week
   */
  public record Entry(
      Owner owner,
      Cadence cadence,
      LocalDate lastCheckIn,
      LocalDate dueDate,
      boolean checkedIn,
      boolean overdue) {
    /** Days from the last check-in to {@code day}, or null without one. */
    public Long daysSince(LocalDate day) {
      return lastCheckIn == null ? null : ChronoUnit.DAYS.between(lastCheckIn, day);
    }
  }

  /**
   * A week's expected owners, each in one list, in the order of {@link #expected(Cycle)}.
   *
   * @param checkedIn owners who checked in in the week
   * @param due owners due in the week who did not check in
   * @param notDue owners whose next check-in falls after the week
   */
  public record Week(LocalDate monday, List<Entry> checkedIn, List<Entry> due, List<Entry> notDue) {
    public Week {
      checkedIn = List.copyOf(checkedIn);
      due = List.copyOf(due);
      notDue = List.copyOf(notDue);
    }
  }

  /** The owner's cadence: their unit's, a person's team's, else the site's. */
  public Cadence cadenceOf(Owner owner) {
    String unitId =
        owner.level() == Level.PERSON
            ? model.organisation().person(owner.id()).map(Person::unitId).orElse(null)
            : owner.id();
    Unit u = unitId == null ? null : model.organisation().unit(unitId).orElse(null);
    if (u == null || u.cadence() == null) return siteDefault;
    return Cadence.ofWritten(u.cadence()).orElse(Cadence.WEEKLY);
  }

  /**
   * Who is expected to check in during a cycle: owners of its live (not cancelled, not draft) team
   * and personal objectives, then anyone else who checked in, in that order.
   */
  public List<Owner> expected(Cycle c) {
    Map<String, Owner> owners = new LinkedHashMap<>();
    for (Objective o : model.objectives()) {
      if (o.owner() != null
          && c.id().equals(o.cycleId())
          && o.lifecycle() != Lifecycle.CANCELLED
          && o.lifecycle() != Lifecycle.DRAFT
          && (o.owner().level() == Level.TEAM || o.owner().level() == Level.PERSON))
        owners.putIfAbsent(o.owner().key(), o.owner());
    }
    for (CheckIn ci : model.checkIns())
      if (ci.owner() != null && c.id().equals(ci.cycleId()))
        owners.putIfAbsent(ci.owner().key(), ci.owner());
    return List.copyOf(owners.values());
  }

  /** The day an owner who last checked in on {@code last} (null: not yet in {@code c}) is due. */
  public static LocalDate dueDate(Cycle c, Cadence cadence, LocalDate last) {
    return last == null ? c.start() : last.plusDays(cadence.days());
  }

  /**
   * The {@code expected} owners of cycle {@code c} in the week starting {@code monday}, counting
   * the check-ins dated up to {@code until} (the week's Sunday for the whole week, or the as-of
   * date).
   */
  public Week week(Cycle c, List<Owner> expected, LocalDate monday, LocalDate until) {
    LocalDate sunday = monday.plusDays(6);
    LocalDate last = until.isBefore(sunday) ? until : sunday;
    List<Entry> checkedIn = new ArrayList<>();
    List<Entry> due = new ArrayList<>();
    List<Entry> notDue = new ArrayList<>();
    for (Owner o : expected) {
      Cadence cadence = cadenceOf(o);
      LocalDate before = null;
      LocalDate inWeek = null;
      for (CheckIn ci : model.index().checkIns(OwnerCycle.of(o, c.id()))) {
        if (ci.date().isBefore(monday)) before = max(before, ci.date());
        else if (!ci.date().isAfter(last)) inWeek = max(inWeek, ci.date());
      }
      LocalDate dueDate = dueDate(c, cadence, before);
      if (inWeek != null) {
        checkedIn.add(new Entry(o, cadence, inWeek, dueDate, true, false));
      } else if (!dueDate.isAfter(sunday)) {
        due.add(new Entry(o, cadence, before, dueDate, false, dueDate.isBefore(monday)));
      } else {
        notDue.add(new Entry(o, cadence, before, dueDate, false, false));
      }
    }
    return new Week(monday, checkedIn, due, notDue);
  }

  /**
   * The days an owner is next due, from {@code asOf} to the cycle's end, assuming each check-in
   * happens on its day: their due day (the as-of date when that has passed), then every cadence.
   */
  public static List<LocalDate> upcoming(Cycle c, Entry e, LocalDate asOf) {
    LocalDate next = e.checkedIn() ? dueDate(c, e.cadence(), e.lastCheckIn()) : e.dueDate();
    if (next.isBefore(asOf)) next = asOf;
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = next; !d.isAfter(c.end()); d = d.plusDays(e.cadence().days())) days.add(d);
    return days;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
