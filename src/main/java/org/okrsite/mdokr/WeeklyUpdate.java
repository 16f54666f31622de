package org.okrsite.mdokr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okrsite.content.SourceDocument;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.diagnostic.SourcePosition;
import org.okrsite.model.Quantity;

/**
 * The seed's weekly update ({@code # Weekly OKR Update — [Date]}) as a {@code checkin} document:
 * the OKR confidence table gives the key-result updates, "Top 3 This Week" the plan ("→ supports
 * KR2"), Blockers the issues ("→ need X from Person"). A KPI status table becomes a dated {@code
 * kpi_dashboard} of the same owner.
 */
final class WeeklyUpdate {
  private enum Section {
    KPI,
    CONFIDENCE,
    PLAN,
    ISSUES,
    OTHER
  }

  private static final Pattern TITLE =
      Pattern.compile("(?i).*\\b(weekly|check-?in|status update)\\b.*");
  private static final Pattern SUPPORTS =
      Pattern.compile(
          "(?i)^(?<p>.+?)\\s*(?:→|->|=>)\\s*(?:(?<s>supports?)\\s+(?<kr>.+)|(?<tag>.*))$");
  private static final Pattern NEED =
      Pattern.compile(
          "(?i)^(?<i>.+?)\\s*(?:→|->|=>)\\s*need\\s+(?<n>.+?)(?:\\s+from\\s+(?<f>.+?))?\\.?$");
  private static final Pattern GOAL = Pattern.compile("(?i)^goal confidence\\s*:\\s*(\\S+)$");
  private static final Set<String> PASS_THROUGH = Set.of("visibility", "author", "goal_confidence");
  private static final List<String> KPI_CATEGORIES =
      List.of("health", "growth", "efficiency", "quality", "velocity");

  private final List<YamlNode> updates = new ArrayList<>();
  private final List<YamlNode> plan = new ArrayList<>();
  private final List<YamlNode> issues = new ArrayList<>();
  private final Map<String, List<YamlNode>> kpis = new LinkedHashMap<>();
  private YamlNode goal;
  private Section section = Section.OTHER;

  private WeeklyUpdate() {}

  /** True when the title, or a heading, says this is a weekly update. */
  static boolean is(Block.Heading title, List<Block> blocks) {
    if (title != null && TITLE.matcher(title.text()).matches()) return true;
    return blocks.stream()
        .anyMatch(
            b -> b instanceof Block.Heading h && Phrases.key(h.text()).equals("okr confidence"));
  }

  /** The check-in (and KPI dashboard) documents; the caller has checked owner and date. */
  static List<SourceDocument> documents(
      String path, List<Block> blocks, Block.Heading title, Cover cover, SourcePosition at) {
    WeeklyUpdate w = new WeeklyUpdate();
    for (Block b : blocks) if (b != title) w.add(b);
    Tree.Map c = new Tree.Map(at).put("date", cover.date());
    cover.putHeader(c, PASS_THROUGH, null);
    if (w.goal != null && !c.has("goal_confidence")) c.put("goal_confidence", w.goal);
    c.list("key_results", w.updates, at).list("issues", w.issues, at).list("plan", w.plan, at);
    List<SourceDocument> out = new ArrayList<>();
    out.add(new SourceDocument(path, new Tree.Map(at).put("checkin", c.build()).build(), null, 0));
    if (!w.kpis.isEmpty()) {
      Tree.Map k =
          new Tree.Map(at)
              .put("date", cover.date())
              .put(cover.ownerKey(), cover.owner())
              .text("cadence", "weekly", at);
      w.kpis.forEach((cat, items) -> k.list(cat + "_metrics", items, at));
      out.add(
          new SourceDocument(
              path, new Tree.Map(at).put("kpi_dashboard", k.build()).build(), null, 0));
    }
    return out;
  }

  private void add(Block b) {
    if (b instanceof Block.Heading h) {
      String k = Phrases.key(h.text());
      section =
          k.contains("kpi")
              ? Section.KPI
              : k.contains("confidence") || k.equals("okrs") || k.equals("key results")
                  ? Section.CONFIDENCE
                  : k.contains("top")
                          || k.contains("priorit")
                          || k.contains("plan")
                          || k.contains("this week")
                      ? Section.PLAN
                      : k.contains("blocker") || k.contains("issue") || k.contains("ask")
                          ? Section.ISSUES
                          : Section.OTHER;
    } else if (b instanceof Block.Table t) {
      List<String> kr = Columns.match(t.header(), Columns.CONFIDENCE);
      if (section == Section.KPI || !kr.contains("id")) kpiRows(t);
      else confidenceRows(t, kr);
    } else if (b instanceof Block.Item i) {
      if (goal(i.text(), i.at())) return;
      if (section == Section.PLAN) plan.add(priority(i));
      if (section == Section.ISSUES
          && !Phrases.blank(i.text())
          && !i.text().equalsIgnoreCase("none")) {
        issues.add(blocker(i));
      }
    } else if (b instanceof Block.Para p) {
      goal(p.text(), p.at());
    }
  }

  private boolean goal(String text, SourcePosition at) {
    Matcher m = GOAL.matcher(text);
    if (!m.matches()) return false;
    goal = Tree.plain(Phrases.confidence(m.group(1)), at);
    return true;
  }

  private void confidenceRows(Block.Table t, List<String> cols) {
    for (List<Block.Cell> row : t.rows()) {
      Tree.Map m = null;
      List<String> extras = new ArrayList<>();
      for (int i = 0; i < row.size() && i < cols.size(); i++) {
        Block.Cell c = row.get(i);
        String f = cols.get(i);
        if (Phrases.blank(c.text()) || "ignored".equals(f)) continue;
        if ("id".equals(f)) {
          Matcher id = Phrases.KR_ID.matcher(c.text());
          String ref =
              id.matches() ? id.group(1).replaceAll("\\s+", "").toUpperCase(Locale.ROOT) : c.text();
          m = new Tree.Map(c.at()).text("id", ref, c.at());
        } else if (m != null && "confidence".equals(f)) {
          m.put("confidence", Tree.plain(Phrases.confidence(c.text()), c.at()));
        } else if (m != null && "current".equals(f)) {
          m.text("current", c.text(), c.at());
        } else if (m != null && "leading".equals(f)) {
          m.text("leading", c.text(), c.at());
        } else if ("note".equals(f)) {
          extras.add(0, c.text());
        } else if (f == null) {
          extras.add(t.header().get(i).text() + ": " + c.text());
        }
      }
      if (m == null) continue;
      if (!extras.isEmpty()) m.text("note", String.join("; ", extras), row.get(0).at());
      updates.add(m.build());
    }
  }

  private void kpiRows(Block.Table t) {
    List<String> cols = Columns.match(t.header(), Columns.KPI);
    if (!cols.contains("name")) return;
    for (List<Block.Cell> row : t.rows()) {
      Map<String, Block.Cell> cell = new LinkedHashMap<>();
      for (int i = 0; i < row.size() && i < cols.size(); i++) {
        if (cols.get(i) != null && !Phrases.blank(row.get(i).text()))
          cell.put(cols.get(i), row.get(i));
      }
      Block.Cell name = cell.get("name");
      if (name == null) continue;
      Tree.Map m = new Tree.Map(name.at()).text("name", name.text(), name.at());
      for (String f : List.of("current", "target")) {
        if (cell.containsKey(f)) m.text(f, cell.get(f).text(), cell.get(f).at());
      }
      trend(m, cell.get("last"), cell.get("current"));
      if (cell.containsKey("status")) {
        String s = status(cell.get("status").text());
        if (s != null) m.text("status", s, cell.get("status").at());
      }
      String cat =
          cell.containsKey("category") ? Phrases.key(cell.get("category").text()) : "health";
      kpis.computeIfAbsent(KPI_CATEGORIES.contains(cat) ? cat : "health", k -> new ArrayList<>())
          .add(m.build());
    }
  }

  private static void trend(Tree.Map m, Block.Cell last, Block.Cell now) {
    if (last == null || now == null) return;
    var a = Quantity.parse(last.text());
    var b = Quantity.parse(now.text());
    if (a.isEmpty() || b.isEmpty()) return;
    int c = Double.compare(b.get().value(), a.get().value());
    m.text("trend", c > 0 ? "up" : c < 0 ? "down" : "flat", now.at());
  }

  private static String status(String cell) {
    String s = cell.toLowerCase(Locale.ROOT);
    if (s.contains("🟢") || s.contains("green") || s.contains("on track")) return "green";
    if (s.contains("🟡") || s.contains("yellow") || s.contains("amber") || s.contains("at risk"))
      return "yellow";
    if (s.contains("🔴") || s.contains("red") || s.contains("off track")) return "red";
    return null;
  }

  private static YamlNode priority(Block.Item i) {
    Matcher m = SUPPORTS.matcher(i.text());
    if (!m.matches()) return Tree.text(i.text(), i.at());
    if (m.group("kr") == null) return Tree.text(m.group("p").strip(), i.at());
    String kr = m.group("kr").strip();
    Matcher id = Phrases.KR_ID.matcher(kr);
    if (id.matches()) kr = id.group(1).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    return new Tree.Map(i.at())
        .text("priority", m.group("p").strip(), i.at())
        .text("supports", kr, i.at())
        .build();
  }

  private static YamlNode blocker(Block.Item i) {
    Matcher m = NEED.matcher(i.text());
    if (!m.matches()) return Tree.text(i.text(), i.at());
    YamlMapping b =
        new Tree.Map(i.at())
            .text("issue", m.group("i").strip(), i.at())
            .text("need", m.group("n").strip(), i.at())
            .text("from", m.group("f"), i.at())
            .build();
    return b;
  }
}
