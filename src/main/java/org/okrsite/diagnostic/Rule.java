package org.okrsite.diagnostic;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of okrsite's rules: every {@link Diagnostic} is made from one of these. Each rule
 * has a stable id (what reports print in brackets and {@code site.yaml}'s {@code rules:} names), a
 * default severity, whether {@code site.yaml} may relax it (turn it off or make an error a
 * warning), a one-line description and the fix, which is the hint of a diagnostic whose call site
 * gives none.
 *
 * <p>{@code docs/reference/rules.md} is generated from this list ({@link #markdownReference()});
 * {@code RuleCatalogueTest} fails when the two differ.
 */
public enum Rule {
  AMBIGUOUS_OWNER(
      "ambiguous-owner",
      Severity.ERROR,
      true,
      "A document names more than one of company, department, team and person.",
      "Keep one of company:, department:, team:, person:."),
  AMBIGUOUS_PARENT(
      "ambiguous-parent",
      Severity.ERROR,
      true,
      "A parent title matches several objectives.",
      "Refer to the parent objective by its id."),
  BAD_CADENCE(
      "bad-cadence",
      Severity.WARNING,
      true,
      "A unit's cadence: in organisation.yaml is not one okrsite knows; it is read as weekly.",
      "Use weekly, biweekly (or bi-weekly, fortnightly) or monthly."),
  BAD_DATE(
      "bad-date",
      Severity.ERROR,
      true,
      "A date is not written YYYY-MM-DD.",
      "Write dates as YYYY-MM-DD, e.g. 2026-01-16."),
  BAD_ID(
      "bad-id",
      Severity.ERROR,
      true,
      "An id holds characters other than letters, digits, '.', '_' and '-'.",
      "Write an id such as KR1 or AG-2026-01."),
  BAD_QUANTITY(
      "bad-quantity",
      Severity.ERROR,
      true,
      "A check-in value has no readable number.",
      "Write the value with its unit, like the key result's target."),
  BAD_STATUS(
      "bad-status",
      Severity.ERROR,
      true,
      "An objective's lifecycle status is not one okrsite knows.",
      "Use draft, proposed, approved, closed or cancelled."),
  BAD_TIER(
      "bad-tier",
      Severity.ERROR,
      true,
      "An objective's tier is not one okrsite knows.",
      "Use committed or aspirational."),
  BAD_VISIBILITY(
      "bad-visibility",
      Severity.ERROR,
      true,
      "A document's visibility is not one okrsite knows.",
      "Use 'private' to keep a document out of the site, or leave it out."),
  CANCELLED_WITHOUT_REASON(
      "cancelled-without-reason",
      Severity.ERROR,
      true,
      "An objective has status: cancelled without cancelled_reason:.",
      "Add 'cancelled_reason:' saying what changed."),
  CASCADE_TOO_DEEP(
      "cascade-too-deep",
      Severity.WARNING,
      true,
      "Objectives are aligned through more levels than the review allows.",
      "Align the objective to a nearer parent, or raise the review's cascade depth."),
  CHECKIN_AMBIGUOUS_CYCLE(
      "checkin-ambiguous-cycle",
      Severity.ERROR,
      true,
      "A check-in's date falls in several cycles with the owner's objectives.",
      "Add 'quarter:' (or 'cycle:') to the check-in."),
  CHECKIN_AMBIGUOUS_KR(
      "checkin-ambiguous-kr",
      Severity.ERROR,
      true,
      "A check-in's KR id matches several KRs of the owner.",
      "Write the id as OBJECTIVE-ID/KR-ID."),
  CHECKIN_NO_OKRS(
      "checkin-no-okrs",
      Severity.ERROR,
      true,
      "A check-in is for an owner with no objectives in that cycle.",
      "Write the owner's OKRs for that cycle, or fix the owner."),
  CHECKIN_UNKNOWN_KR(
      "checkin-unknown-kr",
      Severity.ERROR,
      true,
      "A check-in's KR id matches no KR of that owner in that cycle (the hint lists the"
          + " candidates).",
      "Use one of the candidate ids the message lists."),
  CONFIDENCE_RANGE(
      "confidence-range",
      Severity.ERROR,
      true,
      "A confidence is outside 0.0–1.0.",
      "Write confidence as a number from 0.0 to 1.0 (e.g. 0.7, not 70)."),
  CONFIG_VALUE(
      "config-value",
      Severity.ERROR,
      true,
      "An invalid value in site.yaml (time zone, thresholds, rule severity …).",
      "Fix the value as the message says."),
  CONTENT_EMPTY(
      "content-empty",
      Severity.WARNING,
      true,
      "A file is empty, or holds only comments.",
      "Fill the file or delete it."),
  CONTENT_ENCODING(
      "content-encoding",
      Severity.ERROR,
      false,
      "A file is not valid UTF-8 (the position is the first bad byte).",
      "Save the file as UTF-8."),
  CONTENT_SYMLINK_OUTSIDE(
      "content-symlink-outside",
      Severity.WARNING,
      true,
      "A symbolic link leads outside the source folder; it is skipped.",
      "Copy the file into the source folder instead of linking to it."),
  CONTENT_TOO_LARGE(
      "content-too-large",
      Severity.ERROR,
      false,
      "A file is larger than 5 MiB, or holds more than 2,500,000 values.",
      "Split the file into smaller ones."),
  CONTENT_UNREADABLE(
      "content-unreadable",
      Severity.ERROR,
      false,
      "A file or folder cannot be read.",
      "Check the file's permissions."),
  DATE_OUTSIDE_CYCLE(
      "date-outside-cycle",
      Severity.ERROR,
      true,
      "A check-in is dated outside the cycle it names.",
      "Fix the date, or the quarter it reports on."),
  DEPENDENCY_DATES(
      "dependency-dates",
      Severity.WARNING,
      true,
      "A dependency contract escalates after the date the deliverable is needed by.",
      "Escalate before the deliverable is due."),
  DEPENDENCY_NO_DATE(
      "dependency-no-date",
      Severity.WARNING,
      true,
      "An objective needs something from another unit without saying by when.",
      "Add 'by:' to the need (or 'needed_by:' to its dependency contract): need from [team]: [what]"
          + " by [when]."),
  DEPENDENCY_STATUS(
      "dependency-status",
      Severity.ERROR,
      true,
      "A dependency contract's status is not one okrsite knows.",
      "Use on_track, at_risk, blocked, late or done."),
  DUPLICATE_CHECKIN(
      "duplicate-checkin",
      Severity.ERROR,
      true,
      "An owner has two check-ins for one date.",
      "Keep one check-in per owner per date; merge the two files."),
  DUPLICATE_DOCUMENT(
      "duplicate-document",
      Severity.ERROR,
      true,
      "A second strategy or organisation file.",
      "Keep one strategy file and one organisation file."),
  DUPLICATE_ID(
      "duplicate-id",
      Severity.ERROR,
      true,
      "Two objectives (or annual goals, or pillars) have one id.",
      "Give each its own id."),
  DUPLICATE_KR_ID(
      "duplicate-kr-id",
      Severity.ERROR,
      true,
      "A KR id is used twice by one owner in one cycle.",
      "KR ids must be unique per owner and cycle: number them on, e.g. KR4."),
  DUPLICATE_PERSON(
      "duplicate-person",
      Severity.ERROR,
      true,
      "A person is declared in more than one unit.",
      "List each person as a member of one unit only."),
  DUPLICATE_UNIT(
      "duplicate-unit",
      Severity.ERROR,
      true,
      "A unit of the organisation is declared twice.",
      "Declare each unit once."),
  FRONT_MATTER_UNCLOSED(
      "front-matter-unclosed",
      Severity.ERROR,
      false,
      "A Markdown file opens front matter with '---' and never closes it.",
      "Close the front matter with a line holding only '---'."),
  HISTORY_SHALLOW(
      "history-shallow",
      Severity.WARNING,
      true,
      "The git repository is a shallow clone, so moving-goalposts sees only the fetched commits.",
      "Fetch the whole history: 'fetch-depth: 0' on actions/checkout (GitHub Actions),"
          + " 'GIT_DEPTH: 0' (GitLab CI), 'git fetch --unshallow' locally."),
  HISTORY_UNAVAILABLE(
      "history-unavailable",
      Severity.WARNING,
      true,
      "The source folder is in a git repository whose history okrsite cannot read.",
      "Install git, or mark the checkout safe: 'git config --global --add safe.directory DIR'."),
  INTERNAL_ERROR(
      "internal-error",
      Severity.ERROR,
      false,
      "okrsite failed while building the site.",
      "Report it with the content that causes it."),
  KPI_UNDATED(
      "kpi-undated",
      Severity.WARNING,
      true,
      "More than one KPI snapshot has no date; the last in file order is shown as the current one"
          + " and the others are left out.",
      "Give each snapshot its 'date:' (YYYY-MM-DD), or keep one undated snapshot."),
  KPI_VALUE(
      "kpi-value",
      Severity.ERROR,
      true,
      "A KPI's trend or status is not one okrsite knows.",
      "Use up, down or flat for trend and green, yellow or red for status."),
  KR_ACTIVITY(
      "kr-activity",
      Severity.WARNING,
      true,
      "A key result describes an activity rather than an outcome.",
      "Say what changes when the activity succeeds, and measure that."),
  KR_BINARY(
      "kr-binary",
      Severity.WARNING,
      true,
      "A key result is done or not done, with no scale.",
      "Give it a measure that moves during the cycle."),
  KR_DATE_OUTSIDE_CYCLE(
      "kr-date-outside-cycle",
      Severity.WARNING,
      true,
      "A key result's own date (\"by March 15\") falls outside its cycle.",
      "Set a date inside the cycle, or move the key result to the cycle it belongs to."),
  KR_KIND(
      "kr-kind",
      Severity.ERROR,
      true,
      "A key result's kind: is not one okrsite knows.",
      "Use increase, decrease, stay_above, stay_below, milestone or baseline."),
  KR_NO_BASELINE(
      "kr-no-baseline",
      Severity.WARNING,
      true,
      "A key result has a target but no baseline.",
      "Add 'baseline:' with where the metric stands at the start of the cycle."),
  KR_NOT_MEASURABLE(
      "kr-not-measurable",
      Severity.WARNING,
      true,
      "A key result has no baseline and target to measure, so it cannot be scored (it stays on the"
          + " site as text).",
      "State numbers, e.g. 'from 8% to 18%', or set 'kind: milestone' for a done/not-done result."),
  KR_RELATIVE_TARGET(
      "kr-relative-target",
      Severity.WARNING,
      true,
      "A target is written relative to the baseline (-30%, by 30%, 2x, double) but has no baseline"
          + " to apply to, no direction, or a percentage baseline that makes it ambiguous.",
      "Add 'baseline:', say the direction ('-30%', '30% fewer'), or write the target value."),
  KR_TARGET_EQUALS_BASELINE(
      "kr-target-equals-baseline",
      Severity.WARNING,
      true,
      "A key result's target equals its baseline and says neither 'at least' nor 'at most'.",
      "Write '>= 2%' to hold it at or above, '<= 2%' to hold it at or below, or the value you aim"
          + " for."),
  KR_TASK(
      "kr-task",
      Severity.WARNING,
      true,
      "A key result is a task.",
      "Write the outcome the task should bring, with a number."),
  KR_UNSCORABLE(
      "kr-unscorable",
      Severity.WARNING,
      true,
      "A key result cannot be scored: what its kind needs (a baseline, a target) is missing.",
      "Add what the message names, or set 'kind: milestone' for a done/not-done result."),
  KR_UNIT_MISMATCH(
      "kr-unit-mismatch",
      Severity.ERROR,
      true,
      "A key result's baseline, target and current are in different units.",
      "Write baseline, target and current values in the same unit."),
  KR_UNREADABLE_VALUE(
      "kr-unreadable-value",
      Severity.WARNING,
      true,
      "A baseline or target has no readable number.",
      "Write a number with its unit, e.g. '7 days', '18%', '$120K', '12/month'."),
  KR_VAGUE(
      "kr-vague",
      Severity.WARNING,
      true,
      "A key result has no number.",
      "Say how much, by when, in a number."),
  KR_WEIGHT(
      "kr-weight",
      Severity.ERROR,
      true,
      "A key result's weight: is negative.",
      "Use a positive weight such as 1 or 2."),
  LEADING_UNIT_MISMATCH(
      "leading-unit-mismatch",
      Severity.WARNING,
      true,
      "A leading-indicator reading (leading:) is in another unit than the key result's first"
          + " reading; the chart leaves it out.",
      "Write every reading of a leading indicator in one unit."),
  LEADING_UNNAMED(
      "leading-unnamed",
      Severity.WARNING,
      true,
      "A check-in reports a leading-indicator reading (leading:) for a key result that names no"
          + " leading_indicator, so nobody can tell what the number measures.",
      "Add leading_indicator: to the key result, e.g. \"Wizard completion rate (weekly)\"."),
  MD_OKR_CYCLE(
      "md-okr-cycle",
      Severity.ERROR,
      true,
      "A Markdown OKR document whose quarter cannot be told.",
      "Add front matter 'quarter: Q1 2026' or put the quarter in the title."),
  MD_OKR_DATE(
      "md-okr-date",
      Severity.ERROR,
      true,
      "A Markdown weekly update whose date cannot be told.",
      "Put the date in the title or add front matter 'date: 2026-01-16'."),
  MD_OKR_OWNER(
      "md-okr-owner",
      Severity.ERROR,
      true,
      "A Markdown OKR document whose owner cannot be told.",
      "Add front matter 'team: NAME' or name the team in the title."),
  MISSING_CYCLE(
      "missing-cycle",
      Severity.ERROR,
      true,
      "A document has no quarter: (or cycle:).",
      "Add 'quarter: Q1 2026' (or 'cycle: NAME' for a cycle declared in site.yaml)."),
  MISSING_FIELD(
      "missing-field",
      Severity.ERROR,
      true,
      "A required field (objective, metric, date, name …) is absent or empty.",
      "Add the field the message names."),
  MISSING_OWNER(
      "missing-owner",
      Severity.ERROR,
      true,
      "An okr, check-in or okr_score names no owner.",
      "Add 'team: NAME' (or department:, person:, company:) saying whose it is."),
  MOVING_GOALPOSTS(
      "moving-goalposts",
      Severity.WARNING,
      true,
      "A key result's target changed, or a key result was deleted, during its cycle.",
      "Lock targets for the cycle; explain a change in the narrative, or record an agreed one"
          + " under 'revisions:'."),
  NO_DEVELOPMENT_OBJECTIVE(
      "no-development-objective",
      Severity.WARNING,
      true,
      "An owner's objectives are all about running the business.",
      "Add an objective that develops the team, product or organisation."),
  NO_OWNER(
      "no-owner",
      Severity.WARNING,
      true,
      "A key result has no owner, or one outside the organisation.",
      "Name the person accountable for the key result."),
  OBJECTIVE_BAU(
      "objective-bau",
      Severity.WARNING,
      true,
      "An objective describes business as usual.",
      "Write what should be different at the end of the cycle."),
  OBJECTIVE_HAS_METRIC(
      "objective-has-metric",
      Severity.WARNING,
      true,
      "An objective holds a metric.",
      "Move the number into a key result; keep the objective qualitative."),
  OBJECTIVE_UNALIGNED(
      "objective-unaligned",
      Severity.WARNING,
      true,
      "An objective is aligned to nothing above it.",
      "Add 'parent:' naming the objective it supports."),
  OWNER_LEVEL(
      "owner-level",
      Severity.ERROR,
      true,
      "An owner is named at another level than the organisation gives it, e.g. 'team: X' where X is"
          + " a department (inferred organisations).",
      "Name the owner with the key of its level (company:, department:, team:, person:)."),
  PARENT_LOOP(
      "parent-loop",
      Severity.ERROR,
      true,
      "An objective is its own ancestor.",
      "Point one of the parents in the loop elsewhere."),
  REVIEW_CONFIG(
      "review-config",
      Severity.ERROR,
      true,
      "An invalid value in the review: block of site.yaml.",
      "Fix the value as the message says, or remove it to use the default."),
  REVISION_KR(
      "revision-kr",
      Severity.ERROR,
      true,
      "A revision names a key result the objective does not have (under a key result: another"
          + " one), or removes the one it is under.",
      "Name a key result of the objective with 'kr:'; 'to: removed' is for one taken out."),
  RULE_NOT_RELAXABLE(
      "rule-not-relaxable",
      Severity.WARNING,
      false,
      "site.yaml tries to turn off or downgrade a rule that cannot be relaxed.",
      "Remove the setting; fix the problem the rule reports instead."),
  SANDBAGGING(
      "sandbagging",
      Severity.WARNING,
      true,
      "Key results are scored far above their confidence, so targets may be too easy.",
      "Set targets that are a stretch."),
  SCORE_RANGE(
      "score-range",
      Severity.ERROR,
      true,
      "A score is outside 0.0–1.0.",
      "Write scores as a number from 0.0 to 1.0 (e.g. 0.7, not 70)."),
  SCORE_UNKNOWN_KR(
      "score-unknown-kr",
      Severity.ERROR,
      true,
      "An okr_score scores a KR its okr does not have.",
      "Use the KR ids of the okr."),
  SET_AND_FORGET(
      "set-and-forget",
      Severity.WARNING,
      true,
      "An owner's OKRs have no check-ins in the cycle.",
      "Check in weekly with progress and confidence."),
  SOLO_OKR_ORDER(
      "solo-okr-order",
      Severity.ERROR,
      true,
      "A solo_okr has key_results before any objective_N.",
      "Write 'objective_1: ...' first, then its key_results."),
  SOURCE_MISSING(
      "source-missing",
      Severity.ERROR,
      false,
      "The -s folder does not exist or is not a folder.",
      "Pass the folder that holds your OKR files with -s DIR, or create one with 'okrsite init"
          + " DIR'."),
  TARGET_CHANGED(
      "target-changed",
      Severity.WARNING,
      true,
      "An okr_score states another target than the okr.",
      "Lock targets for the cycle; explain the change in the narrative instead."),
  THEME_UNKNOWN_VARIABLE(
      "theme-unknown-variable",
      Severity.WARNING,
      true,
      "A site theme override names a variable its page does not have; it renders empty.",
      "Fix the variable's name; the message names the template, the line and the nearest name."),
  TOO_MANY_KRS(
      "too-many-krs",
      Severity.WARNING,
      true,
      "An objective has more key results than the review allows.",
      "Keep the few key results that matter most."),
  TOO_MANY_OBJECTIVES(
      "too-many-objectives",
      Severity.WARNING,
      true,
      "An owner has more objectives in a cycle than the review allows.",
      "Focus on fewer objectives."),
  UNKNOWN_CYCLE(
      "unknown-cycle",
      Severity.ERROR,
      true,
      "A document's quarter: or cycle: is no quarter or declared cycle.",
      "Write a quarter as 'Q1 2026', or declare the cycle under cycles.custom in site.yaml."),
  UNKNOWN_KEY(
      "unknown-key",
      Severity.ERROR,
      true,
      "A key okrsite does not know in that place, with a did-you-mean.",
      "Fix the spelling or remove the key; the message lists the known keys."),
  UNKNOWN_KIND(
      "unknown-kind",
      Severity.ERROR,
      true,
      "A top-level key (or kind:) is no known document kind; the hint suggests the nearest.",
      "Start the file with one of the kinds okrsite knows."),
  UNKNOWN_OWNER(
      "unknown-owner",
      Severity.ERROR,
      true,
      "The declared organisation has no such unit or person.",
      "Add the owner to the organisation, or fix the name."),
  UNKNOWN_PARENT(
      "unknown-parent",
      Severity.ERROR,
      true,
      "A parent matches no objective, annual goal or pillar (a warning when the site declares no"
          + " goals or pillars at all).",
      "Refer to an existing objective by its id or title."),
  UNKNOWN_PERSON(
      "unknown-person",
      Severity.WARNING,
      true,
      "A KR owner or check-in author is not in the declared organisation.",
      "Add the person to a unit of the organisation, or fix the name."),
  UNKNOWN_RULE(
      "unknown-rule",
      Severity.WARNING,
      true,
      "site.yaml sets a level for a rule okrsite does not have.",
      "Fix the rule id; docs/reference/rules.md lists every rule."),
  UNREALISTIC_TARGETS(
      "unrealistic-targets",
      Severity.WARNING,
      true,
      "Key results are scored far below their confidence, so targets may be out of reach.",
      "Set targets the team can reach with effort."),
  WRONG_TYPE(
      "wrong-type",
      Severity.ERROR,
      true,
      "A value has the wrong type, e.g. a list where text is expected.",
      "Write the value as the message says."),
  YAML_ALIAS_LIMIT(
      "yaml-alias-limit",
      Severity.ERROR,
      false,
      "Alias bombs: too many aliases, or more than 100,000 values in a file that uses aliases (a"
          + " file without aliases is bounded by its size only).",
      "Write the values out instead of aliasing them."),
  YAML_COMPLEX_KEY(
      "yaml-complex-key",
      Severity.ERROR,
      false,
      "A list or mapping is used as a key.",
      "Use plain text keys."),
  YAML_DUPLICATE_KEY(
      "yaml-duplicate-key",
      Severity.ERROR,
      false,
      "A key is written twice in one mapping (except key_results in solo_okr).",
      "Keep one of the two keys."),
  YAML_NOT_MAPPING(
      "yaml-not-mapping",
      Severity.ERROR,
      false,
      "A document's top level is not 'key: value' lines.",
      "Start the document with 'KIND:' and its fields below."),
  YAML_SYNTAX(
      "yaml-syntax",
      Severity.ERROR,
      false,
      "A file is not valid YAML (tabs used for indentation get their own hint).",
      "Fix the YAML at the position given."),
  YAML_TAG(
      "yaml-tag",
      Severity.ERROR,
      false,
      "An explicit tag such as '!!python/object' (nothing is ever constructed from tags).",
      "Remove the '!' tag."),
  YAML_TOO_DEEP(
      "yaml-too-deep",
      Severity.ERROR,
      false,
      "Values are nested more than 40 levels deep.",
      "Flatten the nesting."),
  YAML_VALUE_TOO_LONG(
      "yaml-value-too-long",
      Severity.ERROR,
      false,
      "A YAML value is too long without a space or line break.",
      "Break the value into lines.");

  private static final Map<String, Rule> BY_ID =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

  private final String id;
  private final Severity severity;
  private final boolean relaxable;
  private final String description;
  private final String fix;

  Rule(String id, Severity severity, boolean relaxable, String description, String fix) {
    this.id = id;
    this.severity = severity;
    this.relaxable = relaxable;
    this.description = description;
    this.fix = fix;
  }

  /** The stable id, e.g. {@code kr-no-baseline}. */
  public String id() {
    return id;
  }

  /**
   * The severity the rule reports with unless {@code site.yaml} or the call site says otherwise.
   */
  public Severity severity() {
    return severity;
  }

  /** Whether {@code site.yaml}'s {@code rules:} may turn the rule off or downgrade it. */
  public boolean relaxable() {
    return relaxable;
  }

  /** One line saying what the rule reports. */
  public String description() {
    return description;
  }

  /** How to fix what the rule reports: the hint when a call site gives none. */
  public String fix() {
    return fix;
  }

  /** The rule with this id, if there is one. */
  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /**
   * The rule whose id is nearest to {@code id} by edit distance, if one is near enough to be a
   * slip.
   */
  public static Optional<Rule> nearest(String id) {
    Rule best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Rule r : values()) {
      int d = distance(id, r.id);
      if (d < bestDistance) {
        best = r;
        bestDistance = d;
      }
    }
    return bestDistance <= Math.max(2, id.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Every rule, by id. */
  public static List<Rule> byIdOrder() {
    return Arrays.stream(values()).sorted(Comparator.comparing(Rule::id)).toList();
  }

  /** The text of {@code docs/reference/rules.md}. */
  public static String markdownReference() {
    StringBuilder b = new StringBuilder();
    b.append("---\ntitle: \"Rules\"\nweight: 5\n---\n\n");
    b.append(
        "<!-- Generated from org.okrsite.diagnostic.Rule by RuleCatalogueTest; do not edit.\n");
    b.append(
        "     Regenerate: mvn -B -q test -Dtest=RuleCatalogueTest -Dokrsite.updateDocs=true"
            + " -->\n\n");
    b.append("# Rules\n\n");
    b.append("Every diagnostic has a stable rule id, printed in brackets, e.g.\n");
    b.append(
        "`okrs/growth.yaml:4:5: warning: ... [kr-no-baseline]`. Under `rules:` in `site.yaml` a"
            + " rule\n");
    b.append(
        "can be set to `error`, `warning` or `off`, e.g. `rules: {kr-no-baseline: off}`. A rule"
            + " that is\n");
    b.append(
        "not relaxable (unreadable content) stays an error whatever the setting, and saying"
            + " otherwise is a\n");
    b.append(
        "`rule-not-relaxable` warning; an id that is no rule is an `unknown-rule` warning with"
            + " a\n");
    b.append(
        "did-you-mean. The fix is the hint a problem shows when it has no more specific one.\n\n");
    b.append("| Rule | Default | Relaxable | What it reports | Fix |\n");
    b.append("|---|---|---|---|---|\n");
    for (Rule r : byIdOrder()) {
      b.append("| `")
          .append(r.id)
          .append("` | ")
          .append(r.severity.label())
          .append(" | ")
          .append(r.relaxable ? "yes" : "no")
          .append(" | ")
          .append(cell(r.description))
          .append(" | ")
          .append(cell(r.fix))
          .append(" |\n");
    }
    b.append("\n")
        .append(values().length)
        .append(" rules. The review's coaching rules (`kr-task`, `kr-activity`,")
        .append(
            " `sandbagging`, …) are explained under\n"
                + "[Review](../guide/review.md#review-rubric-anti-pattern-lint-goal-system-health-insights).\n");
    return b.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|");
  }
}
