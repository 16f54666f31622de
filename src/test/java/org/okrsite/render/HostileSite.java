package org.okrsite.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a content folder where every text field that reaches a page carries the hostile corpus
 * ({@code hostile/xss-vectors.txt}): site title, strategy, pillars, annual goal, unit and people
 * names, objective titles and narratives, KR metrics, measurements and leading indicators,
 * initiatives, check-in notes, issues, plans and narratives, retrospective lists, KPI names,
 * dependency deliverables, and handbook pages (title and body, with every URL vector in every
 * Markdown link form). Payloads go into YAML as double-quoted scalars with escapes, so any byte
 * survives the trip.
 */
final class HostileSite {
  static final Path CORPUS = Path.of("src/test/resources/hostile/xss-vectors.txt");
  static final String CYCLE = "Q4 2026";
  static final int TEAMS = 6;

  /** Vectors that are URLs, for link targets (the corpus holds them inside markup too). */
  static final List<String> URLS =
      List.of(
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          "java\tscript:alert(1)",
          "&#106;avascript:alert(1)",
          "&#x6A;avascript:alert(1)",
          " javascript:alert(1)",
          "\u0001javascript:alert(1)",
          "javascript&colon;alert(1)",
          "vbscript:msgbox(1)",
          "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "DATA:text/html,x",
          "//evil.example",
          "/\\evil.example",
          "%6Aavascript:alert(1)",
          "\u200bjavascript:alert(1)",
          "https://ok.example/a?b=1&c=2",
          "mailto:a@b.example",
          "glossary.html");

  private static final Pattern CODE_POINT = Pattern.compile("\\{U\\+([0-9A-Fa-f]{4,6})\\}");

  final List<String> payloads;
  final Path root;

  private HostileSite(List<String> payloads, Path root) {
    this.payloads = payloads;
    this.root = root;
  }

  /** The corpus, one vector per line, with {@code {U+XXXX}} decoded; plus a few built here. */
  static List<String> corpus() throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      Matcher m = CODE_POINT.matcher(line);
      StringBuilder b = new StringBuilder();
      while (m.find())
        m.appendReplacement(
            b, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
      m.appendTail(b);
      out.add(b.toString());
    }
    out.add("<script>" + "A".repeat(20_000) + "</script>" + "<".repeat(5_000));
    out.add("<img src=x onerror=alert(1)>".repeat(500));
    return out;
  }

  /**
   * Writes the content folder under {@code root}; {@code rawHtml} sets {@code markdown.raw_html}.
   */
  static HostileSite write(Path root, boolean rawHtml) throws IOException {
    HostileSite s = new HostileSite(corpus(), root);
    s.writeAll(rawHtml);
    return s;
  }

  String p(int i) {
    return payloads.get(Math.floorMod(i, payloads.size()));
  }

  /** Team {@code k}'s name: a number keeps the slugs apart, a payload rides along. */
  String team(int k) {
    return "Team " + k + " " + p(k);
  }

  String person(int k) {
    return "Person " + k + " " + p(k + 40);
  }

  static String objectiveId(int i) {
    return String.format(Locale.ROOT, "obj-%03d", i);
  }

  private void writeAll(boolean rawHtml) throws IOException {
    file(
        "site.yaml",
        "title: "
            + q("Hostile </title><script>alert(1)</script> '';!--\"<XSS>=&{()} {{title}}")
            + "\nbase_url: \"https://okrs.example.com/\"\nmarkdown:\n  raw_html: "
            + rawHtml
            + "\n");
    file(
        "strategy.yaml",
        "strategy:\n  company: "
            + q("Hostile Co " + p(0))
            + "\n  vision: "
            + q(p(1))
            + "\n  mission: "
            + q(p(2))
            + "\n  north_star:\n    metric: "
            + q(p(3))
            + "\n    current: \"10\"\n"
            + "    target: \"20\"\n    why: "
            + q(p(4))
            + "\n");
    file(
        "pillars.yaml",
        "strategic_pillars:\n  - name: \"Pillar one\"\n    description: "
            + q(p(5))
            + "\n    north_star_contribution: "
            + q(p(6))
            + "\n");
    file(
        "goals/AG-2026-01.yaml",
        "annual_goal:\n  id: \"AG-2026-01\"\n  year: 2026\n  statement: "
            + q(p(7))
            + "\n  pillar: \"Pillar one\"\n  why_now: "
            + q(p(8))
            + "\n  success_metric: "
            + q(p(9))
            + "\n  current_baseline: "
            + q(p(10))
            + "\n  milestones:\n    q1: "
            + q(p(11))
            + "\n    q2: "
            + q(p(12))
            + "\n    q3: "
            + q(p(13))
            + "\n    q4: "
            + q(p(14))
            + "\n  owner: "
            + q(person(0))
            + "\n");
    organisation();
    for (int i = 0; i < payloads.size(); i++) objective(i);
    for (int k = 0; k < TEAMS; k++) {
      checkIn(k);
      retrospective(k);
    }
    kpis("2026-10-20");
    kpis("2026-11-20");
    for (int i = 0; i < 24; i++) dependency(i);
    docs();
  }

  private void organisation() throws IOException {
    StringBuilder b =
        new StringBuilder(
            "organisation:\n  company: "
                + q("Hostile Co " + p(0))
                + "\n  lead: "
                + q(person(0))
                + "\n  departments:\n    - name: "
                + q("Dept " + p(1))
                + "\n      lead: "
                + q(person(1))
                + "\n      teams:\n");
    for (int k = 0; k < TEAMS; k++) {
      b.append("        - name: ")
          .append(q(team(k)))
          .append("\n          lead: ")
          .append(q(person(2 + 2 * k)))
          .append("\n          members:\n");
      for (int j = 0; j < 2; j++) {
        b.append("            - name: ")
            .append(q(person(2 + 2 * k + j)))
            .append("\n              role: ")
            .append(q(p(60 + k)))
            .append('\n');
      }
    }
    file("organisation.yaml", b.toString());
  }

  private void objective(int i) throws IOException {
    int k = i % TEAMS;
    String fm =
        "kind: okr\nquarter: \""
            + CYCLE
            + "\"\nteam: "
            + q(team(k))
            + "\nid: "
            + objectiveId(i)
            + "\nobjective: "
            + q(p(i))
            + "\ncontext:\n  key_assumption: "
            + q(p(i + 1))
            + "\n  biggest_risk: "
            + q(p(i + 2))
            + "\nnot_doing: ["
            + q(p(i + 3))
            + "]\nkey_results:\n  - id: \"KR"
            + i
            + "\"\n    metric: "
            + q(p(i + 1))
            + "\n    baseline: \"10\"\n    target: \"20\"\n    measurement: "
            + q(p(i + 2))
            + "\n    owner: "
            + q(person(2 + 2 * k))
            + "\n    confidence: 0.5\n    leading_indicator: "
            + q(p(i + 3))
            + "\n    narrative: "
            + q(p(i + 4))
            + "\ninitiatives: ["
            + q(p(i + 5))
            + "]\n";
    file(
        "okrs/" + objectiveId(i) + ".md",
        "---\n" + fm + "---\n\n" + body(p(i + 6)) + "\n\n" + body(p(i + 7)) + "\n");
  }

  private void checkIn(int k) throws IOException {
    StringBuilder b =
        new StringBuilder(
            "checkin:\n  date: 2026-11-20\n  quarter: \""
                + CYCLE
                + "\"\n  team: "
                + q(team(k))
                + "\n  author: "
                + q(person(2 + 2 * k))
                + "\n  goal_confidence: 0.5\n  key_results:\n");
    for (int i = k; i < payloads.size(); i += TEAMS) {
      b.append("    - id: \"KR")
          .append(i)
          .append("\"\n      current: \"15\"\n      confidence: 0.4\n")
          .append("      note: ")
          .append(q(p(i + 8)))
          .append('\n');
    }
    b.append("  issues:\n");
    for (int i = k; i < payloads.size(); i += TEAMS) {
      b.append("    - issue: ")
          .append(q(p(i + 9)))
          .append("\n      need: ")
          .append(q(p(i + 10)))
          .append('\n');
    }
    b.append("  plan:\n");
    for (int i = k; i < payloads.size(); i += TEAMS)
      b.append("    - ").append(q(p(i + 11))).append('\n');
    b.append("  narrative: ").append(q(p(k + 12) + "\n\n" + p(k + 13))).append('\n');
    file("checkins/team-" + k + ".yaml", b.toString());
  }

  private void retrospective(int k) throws IOException {
    StringBuilder b =
        new StringBuilder(
            "retrospective:\n  quarter: \""
                + CYCLE
                + "\"\n  team: "
                + q(team(k))
                + "\n  date: \"2026-11-21\"\n");
    for (String list :
        List.of(
            "wins",
            "misses",
            "keep_doing",
            "start_doing",
            "stop_doing",
            "carry_forward_to_next_quarter",
            "lessons")) {
      b.append("  ").append(list).append(":\n");
      for (int i = k + list.length(); i < payloads.size(); i += TEAMS * 3)
        b.append("    - ").append(q(p(i))).append('\n');
    }
    b.append("  narrative: ").append(q(p(k + 20))).append('\n');
    file("retros/team-" + k + ".yaml", b.toString());
  }

  private void kpis(String date) throws IOException {
    StringBuilder b =
        new StringBuilder(
            "kpi_dashboard:\n  date: " + date + "\n  cadence: \"monthly\"\n  health_metrics:\n");
    for (int i = 0; i < 40; i++) {
      b.append("    - name: ")
          .append(q("KPI " + i + " " + p(i * 4)))
          .append("\n      current: \"")
          .append(date.endsWith("10-20") ? 5 : 7)
          .append("\"\n      target: \"10\"\n      trend: \"up\"\n      status: \"yellow\"\n");
    }
    file("kpis/" + date + ".yaml", b.toString());
  }

  private void dependency(int i) throws IOException {
    file(
        "dependencies/dep-" + i + ".yaml",
        "dependency_contract:\n  id: dep-"
            + i
            + "\n  quarter: \""
            + CYCLE
            + "\"\n  provider_team: "
            + q(team(i % TEAMS))
            + "\n  consumer_team: "
            + q(team((i + 1) % TEAMS))
            + "\n  deliverable: "
            + q(p(i * 6))
            + "\n  needed_by: \"2026-12-04\"\n  provider_kr: "
            + q(p(i * 6 + 1))
            + "\n  consumer_kr: "
            + q(p(i * 6 + 2))
            + "\n  escalation_date: \"2026-11-27\"\n  status: \"at_risk\"\n");
  }

  private void docs() throws IOException {
    StringBuilder all = new StringBuilder();
    for (String p : payloads) all.append(body(p)).append("\n\n");
    all.append("[evil]: javascript:alert(1)\n");
    file("docs/hostile.md", "---\ntitle: " + q(p(0)) + "\nweight: 1\n---\n\n" + all);
    StringBuilder links = new StringBuilder();
    for (int i = 0; i < URLS.size(); i++) {
      String u = markdownUrl(URLS.get(i));
      links
          .append("[inline ")
          .append(i)
          .append("](<")
          .append(u)
          .append(">) and <")
          .append(u)
          .append("> and [ref ")
          .append(i)
          .append("][r")
          .append(i)
          .append("] and ![img ")
          .append(i)
          .append("](<")
          .append(u)
          .append(">) and [![nested ")
          .append(i)
          .append("](<")
          .append(u)
          .append(">)](<")
          .append(u)
          .append(">)\n\n");
    }
    for (int i = 0; i < URLS.size(); i++)
      links
          .append("[r")
          .append(i)
          .append("]: <")
          .append(markdownUrl(URLS.get(i)).strip())
          .append(">\n");
    file("docs/links.md", "---\ntitle: " + q("Links " + p(1)) + "\nweight: 2\n---\n\n" + links);
  }

  /** A URL as a Markdown link destination can hold it: no raw tab or control character. */
  static String markdownUrl(String url) {
    return url.replace("\t", "%09").replace("\u0001", "%01");
  }

  /**
   * A payload as Markdown body text: NUL becomes U+FFFD, as CommonMark says a parser must do
   * anyway.
   */
  static String body(String payload) {
    return payload.replace('\u0000', '\uFFFD');
  }

  /** A double-quoted YAML scalar: backslash, quote, controls and line separators escaped. */
  static String q(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') b.append("\\\\");
      else if (c == '"') b.append("\\\"");
      else if (c < 0x20
          || (c >= 0x7f && c <= 0x9f)
          || c == '\u2028'
          || c == '\u2029'
          || c == '\uFEFF') {
        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else b.append(c);
    }
    return b.append('"').toString();
  }

  private void file(String path, String text) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
