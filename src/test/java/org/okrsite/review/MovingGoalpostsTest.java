package org.okrsite.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrsite.review.GitGoalHistoryTest.git;
import static org.okrsite.review.GitGoalHistoryTest.hasGit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.TestSites;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Diagnostics;

/**
 * Moving goalposts on real git repositories: a shallow clone is said with its fix, a key result
 * deleted mid-cycle is caught, and {@code revisions:} records approved changes.
 */
class MovingGoalpostsTest {
  private static final String SHALLOW =
      ".:1:1: warning: the git repository is a shallow clone, so moving-goalposts cannot see"
          + " target changes or deleted key results before its oldest commit; fetch the whole"
          + " history: 'fetch-depth: 0' (GitHub Actions), 'GIT_DEPTH: 0' (GitLab CI), 'git fetch"
          + " --unshallow' (locally) [history-shallow]";

  /** Growth's Q4 objective; KR2 is the red one, behind at 8.5% of 8% → 18%. */
  private static final String OKR =
      """
      okr:
        quarter: "Q4 2026"
        team: "Growth"
        id: growth-o
        pillar: "Product-Led Growth"
        objective: "Make self-serve onboarding so good that word-of-mouth becomes our #1 channel"
        key_results:
          - id: "KR1"
            metric: "Time to first value (TTFV)"
            baseline: "7 days"
            target: "< 2 days"
            owner: "Sarah Chen"
          - id: "KR2"
            metric: "Self-serve conversion rate"
            baseline: "8%"
            target: "18%"
            current: "8.5%"
            owner: "Mike Okafor"
          - id: "KR3"
            metric: "Referral signups per month"
            baseline: "12/month"
            target: "50/month"
            owner: "Sarah Chen"
      """;

  /** {@link #OKR} without KR2, and KR3 renumbered KR2. */
  private static final String DELETED =
      OKR.substring(0, OKR.indexOf("    - id: \"KR2\""))
          + OKR.substring(OKR.indexOf("    - id: \"KR3\"")).replace("\"KR3\"", "\"KR2\"");

  @TempDir Path tmp;

  @BeforeEach
  void needsGit() {
    Assumptions.assumeTrue(hasGit(), "git is not installed");
    // A repository above the temporary folder would make every folder in it a git folder.
    Assumptions.assumeFalse(Files.exists(tmp.getParent().resolve(".git")));
  }

  /** A repository at {@code tmp/origin} with content/okrs/growth.yaml in two commits. */
  private Path origin() throws Exception {
    Path root = tmp.resolve("origin");
    Files.createDirectories(root.resolve("content/okrs"));
    git(root, "2026-09-20", "init", "-q");
    Files.writeString(root.resolve("content/okrs/growth.yaml"), OKR);
    git(root, "2026-09-25", "add", ".");
    git(root, "2026-09-25", "commit", "-q", "-m", "Q4 OKRs");
    Files.writeString(
        root.resolve("content/okrs/growth.yaml"), OKR.replace("\"< 2 days\"", "\"< 3 days\""));
    git(root, "2026-11-02", "commit", "-q", "-a", "-m", "Ease TTFV");
    return root;
  }

  private static List<String> lines(Path source, String rulePrefix) {
    return TestSites.check(source, "2026-11-23").diagnostics().stream()
        .filter(d -> d.ruleId().startsWith(rulePrefix))
        .map(Diagnostic::line)
        .toList();
  }

  @Test
  void aShallowCloneIsSaidOnceWithTheFix() throws Exception {
    Path origin = origin();
    Path clone = tmp.resolve("clone");
    git(tmp, "2026-11-23", "clone", "-q", "--depth", "1", origin.toUri().toString(), "clone");
    // the source folder is a subfolder of the repository
    assertEquals(List.of(SHALLOW), lines(clone.resolve("content"), "history-"));
    // the change of 2026-11-02 is in the one commit fetched: it cannot be seen
    assertEquals(List.of(), lines(clone.resolve("content"), "moving-goalposts"));

    git(clone, "2026-11-23", "fetch", "-q", "--unshallow");
    assertEquals(List.of(), lines(clone.resolve("content"), "history-"));
    assertEquals(1, lines(clone.resolve("content"), "moving-goalposts").size());
  }

  @Test
  void aWorktreeOfAShallowCloneIsShallowToo() throws Exception {
    Path origin = origin();
    Path clone = tmp.resolve("clone");
    git(tmp, "2026-11-23", "clone", "-q", "--depth", "1", origin.toUri().toString(), "clone");
    git(clone, "2026-11-23", "worktree", "add", "-q", tmp.resolve("wt").toString());
    assertTrue(Files.isRegularFile(tmp.resolve("wt/.git")), "a worktree's .git is a file");
    assertEquals(List.of(SHALLOW), lines(tmp.resolve("wt/content"), "history-"));
  }

  @Test
  void aFullCloneSaysNothing() throws Exception {
    assertEquals(List.of(), lines(origin().resolve("content"), "history-"));
  }

  @Test
  void aRepositoryGitCannotReadIsSaid() throws Exception {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve(".git"));
    Files.createDirectories(site.resolve("okrs"));
    Files.writeString(site.resolve("okrs/growth.yaml"), OKR);
    List<String> said = lines(site, "history-");
    assertEquals(1, said.size(), said.toString());
    assertTrue(
        said.get(0)
            .startsWith(
                ".:1:1: warning: moving-goalposts not checked: git cannot read the repository:"
                    + " fatal: not a git repository"),
        said.get(0));
    assertTrue(said.get(0).endsWith("[history-unavailable]"), said.get(0));
  }

  @Test
  void aFolderOutsideGitIsSaidInTheHealthCheckOnly() throws Exception {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("okrs"));
    Files.writeString(site.resolve("okrs/growth.yaml"), OKR);
    assertEquals(List.of(), lines(site, "history-"));
  }

  /** A repository at {@code tmp/repo} with OKR committed on 2026-09-25, then these versions. */
  private Path repo(String... datesAndTexts) throws Exception {
    Path root = tmp.resolve("repo");
    Files.createDirectories(root.resolve("okrs"));
    git(root, "2026-09-20", "init", "-q");
    Files.writeString(root.resolve("okrs/growth.yaml"), OKR);
    git(root, "2026-09-25", "add", ".");
    git(root, "2026-09-25", "commit", "-q", "-m", "Q4 OKRs");
    for (int i = 0; i < datesAndTexts.length; i += 2) {
      Files.writeString(root.resolve("okrs/growth.yaml"), datesAndTexts[i + 1]);
      git(root, datesAndTexts[i], "commit", "-q", "-a", "-m", "edit " + i);
    }
    return root;
  }

  private static List<Diagnostic> goalposts(Path root) throws Exception {
    Fixture f = new Fixture();
    f.file("okrs/growth.yaml", Files.readString(root.resolve("okrs/growth.yaml")));
    f.history = GitGoalHistory.read(root);
    Diagnostics d = new Diagnostics();
    f.run(d);
    return d.sorted().stream().filter(x -> x.ruleId().equals("moving-goalposts")).toList();
  }

  private static String head(Path root) throws Exception {
    Process p = new ProcessBuilder("git", "-C", root.toString(), "rev-parse", "HEAD").start();
    String out = new String(p.getInputStream().readAllBytes()).strip();
    p.waitFor();
    return out.substring(0, 7);
  }

  @Test
  void aKeyResultDeletedMidCycleIsCaughtWithItsLastValues() throws Exception {
    Path root = repo("2026-11-02", DELETED);
    List<Diagnostic> found = goalposts(root);
    assertEquals(
        List.of(
            "okrs/growth.yaml:2:3: warning: KR2 \"Self-serve conversion rate\" (baseline 8%,"
                + " target 18%, last current 8.5%) was deleted on 2026-11-02 (commit "
                + head(root)
                + "), during Q4 2026 [moving-goalposts]"),
        found.stream().map(Diagnostic::line).toList());
    assertEquals(
        "keep the key result and score it at the end of the cycle, or record the agreed change"
            + " under 'revisions:' with 'kr: KR2' and 'to: removed'",
        found.get(0).hint());
  }

  @Test
  void aKeyResultDeletedBeforeTheCycleIsPlanning() throws Exception {
    Path root = tmp.resolve("repo");
    Files.createDirectories(root.resolve("okrs"));
    git(root, "2026-09-20", "init", "-q");
    Files.writeString(root.resolve("okrs/growth.yaml"), OKR);
    git(root, "2026-09-20", "add", ".");
    git(root, "2026-09-20", "commit", "-q", "-m", "draft");
    Files.writeString(root.resolve("okrs/growth.yaml"), DELETED);
    git(root, "2026-09-28", "commit", "-q", "-a", "-m", "final");
    assertEquals(List.of(), goalposts(root));
  }

  @Test
  void aKeyResultDeletedAndPutBackIsNotAFinding() throws Exception {
    assertEquals(List.of(), goalposts(repo("2026-11-02", DELETED, "2026-11-09", OKR)));
  }

  private static final String REVISIONS =
      """
        revisions:
          - date: 2026-11-03
            kr: KR2
            from: "18%"
            to: removed
            reason: "Conversion moved to the Pricing team's OKRs"
      """;

  @Test
  void aRecordedRevisionSilencesTheDeletionAndTheTargetChange() throws Exception {
    String changed =
        DELETED.replace("\"< 2 days\"", "\"< 3 days\"")
            + REVISIONS
            + """
                - date: 2026-10-20
                  kr: KR1
                  from: "< 2 days"
                  to: "< 3 days"
                  reason: "Onboarding scope cut with the wizard"
            """;
    Path root = repo("2026-11-02", changed);
    assertEquals(List.of(), goalposts(root));
  }

  @Test
  void aRevisionOfAnotherChangeSilencesNothing() throws Exception {
    // dated a month off, and from/to that are not the change made
    String changed =
        DELETED.replace("\"< 2 days\"", "\"< 3 days\"")
            + """
              revisions:
                - date: 2026-10-01
                  kr: KR1
                  from: "< 2 days"
                  to: "< 4 days"
                  reason: "Scope cut"
                - date: 2026-10-01
                  kr: KR2
                  from: "20%"
                  to: removed
                  reason: "Moved"
            """;
    Path root = repo("2026-11-02", changed);
    List<String> found = goalposts(root).stream().map(Diagnostic::message).toList();
    assertEquals(2, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("KR2 \"Self-serve conversion rate\""), found.get(0));
    assertTrue(
        found.get(1).startsWith("KR1 target changed from \"< 2 days\" to \"< 3 days\""),
        found.get(1));
  }

  private static final String TWO =
      """
      okr:
        quarter: "Q4 2026"
        team: "Growth"
        objectives:
          - id: growth-a
            objective: "Make onboarding effortless"
            pillar: "Product-Led Growth"
            key_results:
              - id: KR1
                metric: "Time to first value"
                baseline: "7 days"
                target: "2 days"
              - id: KR2
                metric: "Activation rate"
                baseline: "30%"
                target: "45%"
          - id: growth-b
            objective: "Turn customers into our sales team"
            pillar: "Product-Led Growth"
            key_results:
              - id: KR1
                metric: "Referral signups per month"
                baseline: "12/month"
                target: "50/month"
              - id: KR2
                metric: "NPS"
                baseline: "31"
                target: "45"
      """;

  @Test
  void inAFileOfSeveralObjectivesTheDeletionIsAtItsObjective() throws Exception {
    Path root = tmp.resolve("repo");
    Files.createDirectories(root.resolve("okrs"));
    git(root, "2026-09-20", "init", "-q");
    Files.writeString(root.resolve("okrs/growth.yaml"), TWO);
    git(root, "2026-09-25", "add", ".");
    git(root, "2026-09-25", "commit", "-q", "-m", "Q4 OKRs");
    String without = TWO.substring(0, TWO.lastIndexOf("        - id: KR2"));
    Files.writeString(root.resolve("okrs/growth.yaml"), without);
    git(root, "2026-10-30", "commit", "-q", "-a", "-m", "drop NPS");
    List<Diagnostic> found = goalposts(root);
    assertEquals(1, found.size(), found.toString());
    // line 17 is growth-b, the objective NPS belonged to (growth-a has a KR2 too)
    assertEquals(
        "okrs/growth.yaml:17:7: warning: KR2 \"NPS\" (baseline 31, target 45) was deleted on"
            + " 2026-10-30 (commit "
            + head(root)
            + "), during Q4 2026 [moving-goalposts]",
        found.get(0).line());
  }

  @Test
  void aCheckoutOwnedByAnotherUserIsSaidWithTheSafeDirectoryFix() {
    Fixture f = new Fixture().file("okrs/growth.yaml", OKR);
    f.history =
        GoalHistory.unreadable(
            "git cannot read the repository: fatal: detected dubious ownership in repository at"
                + " '/builds/acme/okrs'");
    Diagnostics d = new Diagnostics();
    f.run(d);
    Diagnostic w =
        d.sorted().stream()
            .filter(x -> x.ruleId().equals("history-unavailable"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        ".:1:1: warning: moving-goalposts not checked: git cannot read the repository: fatal:"
            + " detected dubious ownership in repository at '/builds/acme/okrs'"
            + " [history-unavailable]",
        w.line());
    assertEquals(
        "the checkout belongs to another user: 'git config --global --add safe.directory DIR' (in"
            + " a container: the checkout's path)",
        w.hint());
  }
}
