package org.okrsite.publish;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.okrsite.config.Settings;
import org.okrsite.escape.Ics;
import org.okrsite.model.Cycle;
import org.okrsite.model.Model;
import org.okrsite.model.Owner;
import org.okrsite.score.CheckInSchedule;

/**
 * {@code data/due/<kind>-<id>.ics}: an owner's check-in due dates from the as-of date to the end of
 * the cycle ({@link CheckInSchedule#upcoming}), one all-day VEVENT each (RFC 5545). Nothing in it
 * depends on the clock, the time zone or the locale: DTSTAMP is the as-of date at midnight UTC, and
 * a UID names the cycle, the owner and the day, so the same content and as-of date give the same
 * bytes.
 *
 * <pre>{@code
 * String ics = DueCalendar.render(model, settings, cycle, entry, asOf); // null: nothing due
 * }</pre>
 */
final class DueCalendar {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private DueCalendar() {}

  /** The owner's calendar, or null when no due date is left in the cycle. */
  static String render(
      Model m, Settings settings, Cycle c, CheckInSchedule.Entry e, LocalDate asOf) {
    List<LocalDate> days = CheckInSchedule.upcoming(c, e, asOf);
    if (days.isEmpty()) return null;
    Owner o = e.owner();
    String url = DueJson.absolute(settings, DueJson.ownerPage(m, c, o));
    StringBuilder b = new StringBuilder(512 * days.size());
    b.append(Ics.line("BEGIN:VCALENDAR"));
    b.append(Ics.line("VERSION:2.0"));
    b.append(Ics.line("PRODID:-//okrsite//Check-ins due//EN"));
    b.append(Ics.line("CALSCALE:GREGORIAN"));
    b.append(Ics.line("METHOD:PUBLISH"));
    b.append(Ics.line("X-WR-CALNAME:" + Ics.text("Check-ins due: " + o.name() + ", " + c.name())));
    for (LocalDate d : days) {
      boolean overdue = e.overdue() && d.equals(days.get(0));
      b.append(Ics.line("BEGIN:VEVENT"));
      b.append(Ics.line("UID:" + Ics.text(uid(c, o, d))));
      b.append(Ics.line("DTSTAMP:" + asOf.format(DAY) + "T000000Z"));
      b.append(Ics.line("DTSTART;VALUE=DATE:" + d.format(DAY)));
      b.append(Ics.line("DTEND;VALUE=DATE:" + d.plusDays(1).format(DAY)));
      b.append(
          Ics.line(
              "SUMMARY:"
                  + Ics.text(
                      (overdue ? "Check-in overdue: " : "Check-in due: ")
                          + o.name()
                          + " ("
                          + e.cadence().key()
                          + ")")));
      b.append(Ics.line("DESCRIPTION:" + Ics.text(description(c, e, overdue, url))));
      if (url != null && url.chars().noneMatch(ch -> ch <= ' ' || ch == '"'))
        b.append(Ics.line("URL:" + url));
      b.append(Ics.line("TRANSP:TRANSPARENT"));
      b.append(Ics.line("END:VEVENT"));
    }
    b.append(Ics.line("END:VCALENDAR"));
    return b.toString();
  }

  /** Stable across builds: the cycle, the owner and the day. */
  static String uid(Cycle c, Owner o, LocalDate d) {
    return c.id() + "-" + o.level().key() + "-" + o.id() + "-" + d.format(DAY) + "@okrsite";
  }

  private static String description(Cycle c, CheckInSchedule.Entry e, boolean overdue, String url) {
    StringBuilder b = new StringBuilder();
    b.append(e.owner().name())
        .append(" checks in ")
        .append(e.cadence().key())
        .append(" in ")
        .append(c.name())
        .append(".\n");
    if (overdue) b.append("Due since ").append(e.dueDate()).append(".\n");
    b.append(
        e.lastCheckIn() == null
            ? "No check-in yet this cycle."
            : "Last check-in: " + e.lastCheckIn() + ".");
    if (url != null) b.append('\n').append(url);
    return b.toString();
  }
}
