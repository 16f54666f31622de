package org.okrsite.mdokr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okrsite.content.YamlMapping;
import org.okrsite.content.YamlNode;
import org.okrsite.content.YamlScalar;
import org.okrsite.diagnostic.SourcePosition;

/**
 * Walks a Markdown OKR document's blocks and sorts them into cycles and objectives: cycle headings
 * ({@code ## 2019 Q1}) open a cycle, objective headings or bullets open an objective, and the
 * sections the seed template names (Context, Dependencies, What we're NOT doing) fill the cycle's
 * header. What nothing claims is left alone, so prose around OKRs does not become OKRs.
 */
final class Outline {
  /** Where the walk is inside a cycle: which kind of item the next bullet is. */
  private enum Section {
    KEY_RESULTS,
    INITIATIVES,
    CONTEXT,
    DEPENDENCIES,
    NOT_DOING,
    OTHER
  }

  /** One objective as found; {@code generic} when only its place said it was one. */
  static final class Objective {
    final String title;
    final SourcePosition at;
    final boolean generic;
    final List<YamlNode> keyResults = new ArrayList<>();
    final List<YamlNode> initiatives = new ArrayList<>();
    final List<YamlNode> dependencies = new ArrayList<>();
    final List<String> narrative = new ArrayList<>();

    Objective(String title, SourcePosition at, boolean generic) {
      this.title = title;
      this.at = at;
      this.generic = generic;
    }
  }

  /** One cycle's OKRs; {@code cycle} is null when the document's cover must name it. */
  static final class Group {
    final YamlScalar cycle;
    final SourcePosition at;
    final int level;
    final Tree.Map context;
    final List<YamlNode> notDoing = new ArrayList<>();
    final List<YamlNode> dependencies = new ArrayList<>();
    final List<Objective> objectives = new ArrayList<>();

    Group(YamlScalar cycle, SourcePosition at, int level) {
      this.cycle = cycle;
      this.at = at;
      this.level = level;
      this.context = new Tree.Map(at);
    }
  }

  private static final Pattern INITIATIVES =
      Pattern.compile("(?i)^(?:key\\s+)?initiatives?\\s*:?\\s*(.*)$");
  private static final Pattern KEY_RESULTS =
      Pattern.compile("(?i)^(?:key results?|krs?)\\s*:?\\s*$");
  private static final Pattern DEPENDENCY =
      Pattern.compile(
          "(?i)^(?:need(?:ed)?\\s+from\\s+)?(?<team>[^:]{1,60}?):\\s*(?<need>.+?)(?:\\s+by\\s+(?<by>\\d{4}-\\d{2}-\\d{2}))?\\.?$");
  private static final Set<String> PROSE =
      Set.of(
          "notes",
          "risks",
          "learnings",
          "summary",
          "background",
          "appendix",
          "links",
          "references",
          "team",
          "comments",
          "retro",
          "retrospective",
          "lessons",
          "decisions",
          "open questions",
          "faq",
          "history",
          "changelog");

  private final List<Group> groups = new ArrayList<>();
  private final Block.Heading title;
  private Group group;
  private Objective objective;
  private Section section = Section.KEY_RESULTS;

  private final SourcePosition start;
  private final boolean aboutOkrs;

  private Outline(Block.Heading title, SourcePosition start, boolean aboutOkrs) {
    this.title = title;
    this.start = start;
    this.aboutOkrs = aboutOkrs;
  }

  /**
   * The cycles and objectives of {@code blocks}; {@code title} is the document's H1, or null, and
   * {@code start} the position used when there is no heading to point at. Headings and nested
   * bullets become objectives by their place alone only under a cycle heading or when {@code
   * aboutOkrs} (the file's title, front matter or path says it holds OKRs): a page of notes stays
   * one.
   */
  static List<Group> of(
      List<Block> blocks, Block.Heading title, SourcePosition start, boolean aboutOkrs) {
    Outline o = new Outline(title, start, aboutOkrs);
    for (Block b : blocks) {
      if (b instanceof Block.Heading h) o.heading(h);
      else if (b instanceof Block.Para p) o.paragraph(p);
      else if (b instanceof Block.Item i) o.item(i);
      else if (b instanceof Block.Table t) o.table(t);
    }
    return o.groups;
  }

  private void heading(Block.Heading h) {
    if (Phrases.isCycleHeading(h.text())) {
      group =
          new Group(Tree.text(Phrases.quarter(h.text()).orElseThrow(), h.at()), h.at(), h.level());
      groups.add(group);
      objective = null;
      section = Section.KEY_RESULTS;
      return;
    }
    if (h == title) return;
    if (group != null && group.cycle != null && h.level() <= group.level) group = null;
    objective = null;
    String key = Phrases.key(h.text());
    Matcher obj = Phrases.OBJECTIVE.matcher(h.text());
    if (key.equals("context")) section = Section.CONTEXT;
    else if (key.startsWith("dependenc") || key.contains("needs from"))
      section = Section.DEPENDENCIES;
    else if (key.contains("not doing")) section = Section.NOT_DOING;
    else if (obj.matches()) open(obj.group(1).strip(), h.at(), false);
    else if (KEY_RESULTS.matcher(key).matches() || INITIATIVES.matcher(key).matches()) {
      section = KEY_RESULTS.matcher(key).matches() ? Section.KEY_RESULTS : Section.INITIATIVES;
      objective = last();
    } else if (PROSE.contains(key) || h.level() < 2 || !inOkrs()) section = Section.OTHER;
    else open(h.text(), h.at(), true);
  }

  private void paragraph(Block.Para p) {
    Matcher ini = INITIATIVES.matcher(p.text());
    Matcher obj = Phrases.OBJECTIVE.matcher(p.text());
    if (ini.matches() && objective != null) {
      section = Section.INITIATIVES;
      if (!ini.group(1).isBlank())
        objective.initiatives.add(Tree.text(ini.group(1).strip(), p.at()));
    } else if (KEY_RESULTS.matcher(p.text()).matches()) {
      section = Section.KEY_RESULTS;
    } else if (obj.matches() && section != Section.OTHER) {
      open(obj.group(1).strip(), p.at(), false);
    } else if (objective != null && section != Section.OTHER) {
      objective.narrative.add(p.raw());
    }
  }

  private void item(Block.Item i) {
    switch (section) {
      case CONTEXT -> context(i);
      case NOT_DOING -> current().notDoing.add(Tree.text(i.text(), i.at()));
      case DEPENDENCIES -> current().dependencies.add(dependency(i));
      case INITIATIVES -> {
        if (objective != null) objective.initiatives.add(Tree.text(i.text(), i.at()));
      }
      case KEY_RESULTS -> keyResultItem(i);
      case OTHER -> {}
    }
  }

  private void keyResultItem(Block.Item i) {
    Matcher obj = Phrases.OBJECTIVE.matcher(i.text());
    if (obj.matches() || (objective == null && !i.children().isEmpty() && inOkrs())) {
      open(obj.matches() ? obj.group(1).strip() : i.text(), i.at(), !obj.matches());
      for (Block.Item c : i.children()) objective.keyResults.add(KeyResultRows.fromItem(c));
      objective = null;
    } else if (objective != null) {
      objective.keyResults.add(KeyResultRows.fromItem(i));
    }
  }

  private void table(Block.Table t) {
    if (objective != null && KeyResultRows.isKeyResultTable(t)) {
      objective.keyResults.addAll(KeyResultRows.fromTable(t));
      section = Section.KEY_RESULTS;
    }
  }

  /** Whether a heading or nested bullet may be an objective by its place alone. */
  private boolean inOkrs() {
    return (group != null && group.cycle != null) || aboutOkrs;
  }

  private void open(String text, SourcePosition at, boolean generic) {
    objective = new Objective(text, at, generic);
    current().objectives.add(objective);
    section = Section.KEY_RESULTS;
  }

  private Objective last() {
    if (group == null || group.objectives.isEmpty()) return null;
    return group.objectives.get(group.objectives.size() - 1);
  }

  private Group current() {
    if (group == null) {
      group = new Group(null, title != null ? title.at() : start, 0);
      groups.add(group);
    }
    return group;
  }

  private void context(Block.Item i) {
    int colon = i.text().indexOf(':');
    if (colon < 0) return;
    String label = i.text().substring(0, colon).toLowerCase(Locale.ROOT);
    String value = i.text().substring(colon + 1).strip();
    String field =
        label.contains("annual goal") || label.contains("goal")
            ? "annual_goal"
            : label.contains("assumption")
                ? "key_assumption"
                : label.contains("risk") ? "biggest_risk" : null;
    if (field != null && !value.isEmpty() && !current().context.has(field)) {
      group.context.text(field, value, i.at());
    }
  }

  private static YamlNode dependency(Block.Item i) {
    Matcher m = DEPENDENCY.matcher(i.text());
    if (!m.matches()) return Tree.text(i.text(), i.at());
    Tree.Map d =
        new Tree.Map(i.at())
            .text("team", m.group("team").strip(), i.at())
            .text("need", m.group("need").strip(), i.at());
    if (m.group("by") != null) d.put("by", Tree.plain(m.group("by"), i.at()));
    return d.build();
  }

  /** The context mapping of a group, or null when it has none. */
  static YamlMapping context(Group g) {
    return g.context.isEmpty() ? null : g.context.build();
  }
}
