package org.okrsite.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.okrsite.config.Settings;
import org.okrsite.json.Json;
import org.okrsite.model.Cycle;
import org.okrsite.model.Level;
import org.okrsite.model.Model;
import org.okrsite.model.Owner;
import org.okrsite.score.CheckInSchedule;
import org.okrsite.site.OutputFiles;
import org.okrsite.site.SitePaths;

/**
 * {@code data/due.json}: who is due to check in in the week holding the as-of date, who already
 * did, and who is not due, by the rule of {@link CheckInSchedule}; and each of those owners'
 * calendar of due dates ({@link DueCalendar}). For CI jobs that post reminders to chat.
 *
 * <pre>{@code
 * DueJson.write(model, settings, asOf, out); // data/due.json, data/due/team-growth.ics, …
 * }</pre>
 */
public final class DueJson {
  /** Where the file goes in the site. */
  public static final String PATH = SitePaths.DUE_JSON;

  private DueJson() {}

  /** The week's due list as of {@code asOf}, in the cycle holding it (none: empty lists). */
  public static void write(Model m, Settings settings, LocalDate asOf, OutputFiles out) {
    Cycle c = cycle(m, asOf);
    CheckInSchedule.Week week = week(m, settings, c, asOf);
    Map<Owner, String> calendars = new LinkedHashMap<>();
    if (week != null) {
      for (List<CheckInSchedule.Entry> list : List.of(week.due(), week.checkedIn(), week.notDue()))
        for (CheckInSchedule.Entry e : list) {
          String ics = DueCalendar.render(m, settings, c, e, asOf);
          if (ics == null) continue;
          String path = SitePaths.dueCalendar(e.owner());
          out.text(path, ics);
          calendars.put(e.owner(), path);
        }
    }
    out.text(PATH, render(m, settings, c, week, asOf, calendars));
  }

  /** The document; {@code week} null when no cycle holds the as-of date. */
  static String render(
      Model m,
      Settings settings,
      Cycle c,
      CheckInSchedule.Week week,
      LocalDate asOf,
      Map<Owner, String> calendars) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("site", settings.title());
    root.put("as_of", asOf.toString());
    root.put("cycle", c == null ? null : c.id());
    root.put("cycle_name", c == null ? null : c.name());
    LocalDate monday = monday(asOf);
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("id", SitePaths.weekId(monday));
    w.put("start", monday.toString());
    w.put("end", monday.plusDays(6).toString());
    root.put("week", w);
    root.put(
        "due", entries(m, settings, c, week == null ? List.of() : week.due(), asOf, calendars));
    root.put(
        "checked_in",
        entries(m, settings, c, week == null ? List.of() : week.checkedIn(), asOf, calendars));
    root.put(
        "not_due",
        entries(m, settings, c, week == null ? List.of() : week.notDue(), asOf, calendars));
    return Json.pretty(root);
  }

  private static List<Object> entries(
      Model m,
      Settings settings,
      Cycle c,
      List<CheckInSchedule.Entry> entries,
      LocalDate asOf,
      Map<Owner, String> calendars) {
    List<Object> out = new ArrayList<>();
    for (CheckInSchedule.Entry e : entries) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("owner", e.owner().name());
      j.put("owner_id", e.owner().id());
      j.put("kind", e.owner().level().key());
      j.put("cadence", e.cadence().key());
      j.put("last_check_in", e.lastCheckIn() == null ? null : e.lastCheckIn().toString());
      j.put("days_since", e.daysSince(asOf));
      j.put("due_date", e.dueDate().toString());
      j.put("overdue", e.overdue());
      String page = ownerPage(m, c, e.owner());
      j.put("page", page);
      j.put("url", absolute(settings, page));
      j.put("calendar", calendars.get(e.owner()));
      out.add(j);
    }
    return out;
  }

  /** The first cycle holding the as-of date, as "this week" shows it; null when none does. */
  static Cycle cycle(Model m, LocalDate asOf) {
    return m.cycles().stream().filter(c -> c.contains(asOf)).findFirst().orElse(null);
  }

  /** Where everyone stands in the as-of week, counting check-ins up to the as-of date. */
  static CheckInSchedule.Week week(Model m, Settings settings, Cycle c, LocalDate asOf) {
    if (c == null) return null;
    CheckInSchedule schedule = new CheckInSchedule(m, settings.cadence());
    return schedule.week(c, schedule.expected(c), monday(asOf), asOf);
  }

  static LocalDate monday(LocalDate d) {
    return d.minusDays(d.getDayOfWeek().getValue() - 1L);
  }

  /** The owner's page in the cycle, relative to the site root; null when it has none. */
  static String ownerPage(Model m, Cycle c, Owner o) {
    if (o.level() == Level.PERSON)
      return m.organisation()
          .person(o.id())
          .map(p -> SitePaths.person(c.id(), p.id()))
          .orElse(null);
    return m.organisation().unit(o.id()).map(u -> SitePaths.unit(c.id(), u.id())).orElse(null);
  }

  /** {@code path} under {@code base_url}, or null without one. */
  static String absolute(Settings settings, String path) {
    String base = settings.baseUrl();
    if (path == null || base == null || base.isBlank()) return null;
    return (base.endsWith("/") ? base : base + "/") + path;
  }
}
