package org.okrsite.config;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.okrsite.content.FieldReader;
import org.okrsite.content.SourceDocument;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.content.YamlScalar;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.Severity;
import org.okrsite.model.Cadence;
import org.okrsite.model.Cycle;
import org.okrsite.model.Slug;

/** Reads {@code site.yaml} into {@link Settings}, reporting every problem. */
public final class SettingsReader {
  /** The path of the settings file, relative to the source folder. */
  public static final String FILE = "site.yaml";

  private static final Set<String> TOP =
      Set.of(
          "title",
          "time_zone",
          "base_url",
          "cycles",
          "checkins",
          "scoring",
          "rules",
          "markdown",
          "description",
          "review");

  /**
   * An absolute http(s) URL: a scheme, a host, no space, quote, angle bracket or control character.
   */
  private static final Pattern BASE_URL =
      Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}\"'<>`\\\\/?#][^\\s\\p{Cntrl}\"'<>`\\\\]*");

  private SettingsReader() {}

  /** The settings of {@code doc}, or the defaults for what it leaves out. */
  public static Settings read(SourceDocument doc, Diagnostics d) {
    Settings def = Settings.defaults();
    if (doc == null) return def;
    FieldReader f = new FieldReader(doc.data(), "site.yaml", d);
    f.allowOnly(TOP);
    String title = orElse(f.text("title"), def.title());
    ZoneId zone = zone(f, d, def.timeZone());
    String baseUrl = baseUrl(f, d);

    int fyStart = def.fiscalYearStart();
    List<Cycle> custom = new ArrayList<>();
    YamlMapping cycles = f.mappingField("cycles");
    if (cycles != null) {
      FieldReader c = new FieldReader(cycles, "cycles", d);
      c.allowOnly(Set.of("calendar", "fiscal_year_start", "custom"));
      String cal = c.text("calendar");
      if (cal != null && !cal.equals("quarters")) {
        d.error(
            c.at("calendar"),
            Rule.CONFIG_VALUE,
            "cycles.calendar '" + cal + "' is not known",
            "use 'quarters' and declare other cycles under cycles.custom");
      }
      Double fy = c.number("fiscal_year_start");
      if (fy != null) {
        if (fy < 1 || fy > 12 || fy != Math.rint(fy)) {
          d.error(
              c.at("fiscal_year_start"),
              Rule.CONFIG_VALUE,
              "fiscal_year_start must be a month from 1 to 12",
              "e.g. fiscal_year_start: 7 for July");
        } else {
          fyStart = fy.intValue();
        }
      }
      customCycles(c, d, custom);
    }

    Cadence cadence = def.cadence();
    int stale = def.staleAfterDays();
    YamlMapping checkins = f.mappingField("checkins");
    if (checkins != null) {
      FieldReader c = new FieldReader(checkins, "checkins", d);
      c.allowOnly(Set.of("cadence", "stale_after_days"));
      cadence = cadence(c, d, cadence);
      Double s = c.number("stale_after_days");
      if (s != null) {
        if (s < 1) {
          d.error(
              c.at("stale_after_days"),
              Rule.CONFIG_VALUE,
              "stale_after_days must be at least 1",
              "");
        } else {
          stale = s.intValue();
        }
      }
    }

    double green = def.green();
    double yellow = def.yellow();
    double behind = def.behind();
    double farBehind = def.farBehind();
    double drop = def.confidenceDrop();
    boolean rollup = def.rollup();
    YamlMapping scoring = f.mappingField("scoring");
    if (scoring != null) {
      FieldReader s = new FieldReader(scoring, "scoring", d);
      s.allowOnly(Set.of("green", "yellow", "behind", "far_behind", "confidence_drop", "rollup"));
      green = orElse(s.fraction("green", Rule.CONFIG_VALUE), green);
      yellow = orElse(s.fraction("yellow", Rule.CONFIG_VALUE), yellow);
      behind = orElse(s.fraction("behind", Rule.CONFIG_VALUE), behind);
      farBehind = orElse(s.fraction("far_behind", Rule.CONFIG_VALUE), farBehind);
      drop = orElse(s.fraction("confidence_drop", Rule.CONFIG_VALUE), drop);
      rollup = orElse(s.bool("rollup"), rollup);
      if (yellow > green) {
        d.error(
            s.at("yellow"),
            Rule.CONFIG_VALUE,
            "scoring.yellow (" + yellow + ") is above scoring.green (" + green + ")",
            "yellow must be at most green");
      }
      if (behind > farBehind) {
        d.error(
            s.at("behind"),
            Rule.CONFIG_VALUE,
            "scoring.behind (" + behind + ") is above scoring.far_behind (" + farBehind + ")",
            "behind (at risk) must be at most far_behind (off track)");
      }
    }

    Map<Rule, RuleLevel> rules = new LinkedHashMap<>();
    YamlMapping r = f.mappingField("rules");
    if (r != null) {
      for (YamlMapping.Entry e : r.entries()) {
        String v = e.value() instanceof YamlScalar sc ? sc.text() : "";
        Optional<RuleLevel> level = RuleLevel.parse(v);
        if (level.isEmpty()) {
          d.error(
              e.value().position(),
              Rule.CONFIG_VALUE,
              "rule '" + e.key().text() + "' must be set to error, warning or off, not '" + v + "'",
              "");
        } else {
          RuleLevel l = level.get();
          Rule.byId(e.key().text()).ifPresent(rule -> rules.put(rule, l));
        }
        ruleSetting(e, v, d);
      }
    }

    boolean rawHtml = false;
    YamlMapping md = f.mappingField("markdown");
    if (md != null) {
      FieldReader m = new FieldReader(md, "markdown", d);
      m.allowOnly(Set.of("raw_html"));
      rawHtml = orElse(m.bool("raw_html"), false);
    }
    YamlMapping reviewBlock =
        doc.data()
            .get("review")
            .filter(v -> v instanceof YamlMapping)
            .map(v -> (YamlMapping) v)
            .orElse(null);
    ReviewSettings review = ReviewSettings.read(reviewBlock, d);
    return new Settings(
        title, zone, baseUrl, fyStart, custom, cadence, stale, green, yellow, behind, farBehind,
        drop, rollup, rules, rawHtml, review);
  }

  /**
   * {@code base_url} ends up in feed and sitemap links, where a {@code javascript:} or {@code
   * data:} value would be a link a reader follows; only an absolute http(s) URL is accepted.
   */
  private static String baseUrl(FieldReader f, Diagnostics d) {
    String url = f.text("base_url");
    if (url == null || url.isBlank()) return null;
    if (!BASE_URL.matcher(url).matches()) {
      d.error(
          f.at("base_url"),
          Rule.CONFIG_VALUE,
          "base_url '" + url + "' is not an absolute http or https URL",
          "write it like https://okrs.example.com/ (or leave it out for relative links)");
      return null;
    }
    return url;
  }

  private static ZoneId zone(FieldReader f, Diagnostics d, ZoneId def) {
    String z = f.text("time_zone");
    if (z == null) return def;
    try {
      return ZoneId.of(z.trim());
    } catch (DateTimeException e) {
      d.error(
          f.at("time_zone"),
          Rule.CONFIG_VALUE,
          "time_zone '" + z + "' is not a known time zone",
          "use an IANA name such as Europe/Berlin or America/New_York");
      return def;
    }
  }

  private static Cadence cadence(FieldReader c, Diagnostics d, Cadence def) {
    String v = c.text("cadence");
    if (v == null) return def;
    Optional<Cadence> cadence = Cadence.parse(v);
    if (cadence.isEmpty()) {
      d.error(
          c.at("cadence"),
          Rule.CONFIG_VALUE,
          "cadence '" + v + "' is not known",
          "use weekly, biweekly or monthly");
      return def;
    }
    return cadence.get();
  }

  private static void customCycles(FieldReader c, Diagnostics d, List<Cycle> out) {
    var list = c.list("custom");
    if (list == null) return;
    for (YamlNode n : list.items()) {
      if (!(n instanceof YamlMapping m)) {
        d.error(
            n.position(),
            Rule.WRONG_TYPE,
            "each custom cycle must be a mapping with name, start, end",
            "");
        continue;
      }
      FieldReader cf = new FieldReader(m, "custom cycle", d);
      cf.allowOnly(Set.of("name", "start", "end", "id"));
      String name = cf.requiredText("name");
      LocalDate start = cf.date("start");
      LocalDate end = cf.date("end");
      if (start == null && !cf.has("start")) cf.missing("start");
      if (end == null && !cf.has("end")) cf.missing("end");
      if (name == null || start == null || end == null) continue;
      if (end.isBefore(start)) {
        d.error(cf.at("end"), Rule.CONFIG_VALUE, "cycle '" + name + "' ends before it starts", "");
        continue;
      }
      String id = orElse(cf.text("id"), Slug.of(name));
      out.add(new Cycle(Slug.of(id), name, start, end));
    }
  }

  private static <T> T orElse(T v, T def) {
    return v != null ? v : def;
  }

  /** An unknown rule id, or a relaxed rule that may not be, is a warning at the key. */
  private static void ruleSetting(YamlMapping.Entry e, String level, Diagnostics d) {
    String id = e.key().text();
    Optional<Rule> rule = Rule.byId(id);
    if (rule.isEmpty()) {
      String near = Rule.nearest(id).map(n -> "; did you mean '" + n.id() + "'?").orElse("");
      d.warning(
          e.key().position(),
          Rule.UNKNOWN_RULE,
          "unknown rule '" + id + "' is not one of okrsite's rules and is ignored" + near,
          "");
    } else if (!rule.get().relaxable()
        && (level.equals("off")
            || level.equals("warning") && rule.get().severity() == Severity.ERROR)) {
      d.warning(
          e.key().position(),
          Rule.RULE_NOT_RELAXABLE,
          "rule '"
              + id
              + "' cannot be set to "
              + level
              + "; it stays "
              + rule.get().severity().label(),
          "");
    }
  }
}
