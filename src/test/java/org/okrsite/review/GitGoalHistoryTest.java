package org.okrsite.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.diagnostic.Diagnostics;

/** The moving-goalposts rule on a real git repository whose target changes mid-cycle. */
class GitGoalHistoryTest {
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
            target: "TARGET"
            owner: "Mike Okafor"
      """;

  static void git(Path dir, String date, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "git",
                "-C",
                dir.toString(),
                "-c",
                "user.name=Test",
                "-c",
                "user.email=test@example.com",
                "-c",
                "commit.gpgsign=false"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("GIT_AUTHOR_DATE", date + "T10:00:00+00:00");
    env.put("GIT_COMMITTER_DATE", date + "T10:00:00+00:00");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
  }

  static boolean hasGit() {
    try {
      Process p = new ProcessBuilder("git", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static Fixture fixture(Path root, GoalHistory history) throws IOException {
    Fixture f = new Fixture();
    f.file("okrs/growth.yaml", Files.readString(root.resolve("okrs/growth.yaml")));
    f.history = history;
    return f;
  }

  @Test
  void targetChangedMidCycleIsFlaggedAtTheKeyResult(@TempDir Path root) throws Exception {
    Assumptions.assumeTrue(hasGit(), "git is not installed");
    Files.createDirectories(root.resolve("okrs"));
    git(root, "2026-09-20", "init", "-q");
    Files.writeString(root.resolve("okrs/growth.yaml"), OKR.replace("TARGET", "18%"));
    git(root, "2026-09-25", "add", ".");
    git(root, "2026-09-25", "commit", "-q", "-m", "Q4 OKRs");
    Files.writeString(root.resolve("okrs/growth.yaml"), OKR.replace("TARGET", "25%"));
    git(root, "2026-11-02", "commit", "-q", "-a", "-m", "Raise conversion target");

    GoalHistory history = GitGoalHistory.read(root);
    assertTrue(history.available(), String.valueOf(history.unavailableReason()));
    assertEquals(1, history.changes().size(), history.changes().toString());
    GoalHistory.TargetChange c = history.changes().get(0);
    assertEquals("KR2", c.krId());
    assertEquals("18%", c.oldTarget());
    assertEquals("25%", c.newTarget());
    assertEquals(16, c.line());

    Diagnostics d = new Diagnostics();
    fixture(root, history).run(d);
    Diagnostic w =
        d.sorted().stream()
            .filter(x -> x.ruleId().equals("moving-goalposts"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "okrs/growth.yaml:13:7: warning: KR2 target changed from \"18%\" to \"25%\" on 2026-11-02"
            + " (commit "
            + c.commit().substring(0, 7)
            + "), during Q4 2026 [moving-goalposts]",
        w.line());
  }

  @Test
  void aChangeBeforeTheCycleIsPlanningNotMovingGoalposts(@TempDir Path root) throws Exception {
    Assumptions.assumeTrue(hasGit(), "git is not installed");
    Files.createDirectories(root.resolve("okrs"));
    git(root, "2026-09-20", "init", "-q");
    Files.writeString(root.resolve("okrs/growth.yaml"), OKR.replace("TARGET", "18%"));
    git(root, "2026-09-20", "add", ".");
    git(root, "2026-09-20", "commit", "-q", "-m", "draft");
    Files.writeString(root.resolve("okrs/growth.yaml"), OKR.replace("TARGET", "25%"));
    git(root, "2026-09-28", "commit", "-q", "-a", "-m", "final");
    GoalHistory history = GitGoalHistory.read(root);
    assertEquals(1, history.changes().size());
    assertEquals(List.of(), fixture(root, history).run().findings("moving-goalposts"));
  }

  @Test
  void notAGitRepositoryIsSaidInTheHealthCheck(@TempDir Path root) throws Exception {
    Assumptions.assumeTrue(hasGit(), "git is not installed");
    Files.createDirectories(root.resolve("okrs"));
    Files.writeString(root.resolve("okrs/growth.yaml"), OKR.replace("TARGET", "18%"));
    // A repository above the temporary folder (e.g. the build's own) would make this a git folder.
    Assumptions.assumeFalse(Files.exists(root.getParent().resolve(".git")));
    GoalHistory history = GitGoalHistory.read(root);
    assertFalse(history.available());
    assertEquals("the source folder is not inside a git repository", history.unavailableReason());
    Diagnostics d = new Diagnostics();
    ReviewResult r = fixture(root, history).run(d);
    assertTrue(d.sorted().stream().noneMatch(x -> x.ruleId().startsWith("moving-goalposts")));
    assertEquals(
        List.of("moving-goalposts not checked: the source folder is not inside a git repository"),
        r.notes());
    Health.Signal honest = r.health().signals().get(4);
    assertEquals("honest-scoring", honest.key());
    assertTrue(
        honest.evidence().stream()
            .anyMatch(
                e ->
                    e.note()
                        .equals(
                            "moving goalposts not checked: the source folder is not inside a git"
                                + " repository")));
  }
}
