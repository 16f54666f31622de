package org.okrsite.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads key-result target changes and removals from the git history of the content: the I/O edge of
 * the review. Runs {@code git} directly (no shell) with a timeout per call; when the history cannot
 * be read, or only in part, the {@link GoalHistory} says why.
 *
 * <pre>{@code
 * GoalHistory h = GitGoalHistory.read(Path.of("content"));
 * }</pre>
 */
public final class GitGoalHistory {
  private static final long TIMEOUT_SECONDS = 20;
  private static final String MARK = "@@okrsite-commit ";

  private GitGoalHistory() {}

  /**
   * The target changes and key-result removals of every tracked content file under {@code
   * sourceDir}. A shallow clone is read as far as it goes and said ({@link GoalHistory#shallow()});
   * a folder outside git is {@link GoalHistory#none}; a repository git cannot read (git missing, a
   * checkout owned by another user) is {@link GoalHistory#unreadable}.
   */
  public static GoalHistory read(Path sourceDir) {
    // one process for three answers; a git older than 2.15 echoes the unknown last option back
    Result top =
        run(
            sourceDir,
            "rev-parse",
            "--show-toplevel",
            "--git-common-dir",
            "--is-shallow-repository");
    if (top.failure() != null) {
      return inGit(sourceDir)
          ? GoalHistory.unreadable(top.failure())
          : GoalHistory.none("the source folder is not inside a git repository");
    }
    if (top.code() != 0) {
      return inGit(sourceDir)
          ? GoalHistory.unreadable(
              "git cannot read the repository" + (top.err().isEmpty() ? "" : ": " + top.err()))
          : GoalHistory.none("the source folder is not inside a git repository");
    }
    // One process for the whole history: a process per file would cost seconds on a large site.
    Result log =
        run(
            sourceDir,
            "log",
            "-p",
            "--relative",
            "--no-renames",
            "--no-color",
            "--no-ext-diff",
            "-U1000000",
            "--format=" + MARK + "%H %aI",
            "--",
            "*.yaml",
            "*.yml",
            "*.md");
    if (log.code() != 0 || log.failure() != null) {
      return GoalHistory.unreadable(
          "git log failed: "
              + (log.failure() != null
                  ? log.failure()
                  : "exit " + log.code() + (log.err().isEmpty() ? "" : ": " + log.err())));
    }
    GoalHistory history = parseLog(log.out());
    return shallow(sourceDir, top.out()) ? history.fromShallowClone() : history;
  }

  /**
   * Whether the repository is a shallow clone, from {@code rev-parse}'s answer (top level, common
   * git folder, {@code true}/{@code false}); a git too old to answer has the common folder's {@code
   * shallow} file looked at (the common folder, so a worktree of a shallow clone counts).
   */
  private static boolean shallow(Path sourceDir, String revParse) {
    String[] lines = revParse.strip().split("\n");
    String answer = lines.length > 2 ? lines[2].strip() : "";
    if (answer.equals("true") || answer.equals("false")) return answer.equals("true");
    if (lines.length < 2) return false;
    return Files.exists(sourceDir.resolve(lines[1].strip()).resolve("shallow"));
  }

  /**
   * Whether the source folder, or a folder above it, holds a {@code .git} (a folder, or a file in a
   * worktree): without git to ask, the sign that the user keeps the content in git.
   */
  private static boolean inGit(Path sourceDir) {
    for (Path p = sourceDir.toAbsolutePath().normalize(); p != null; p = p.getParent())
      if (Files.exists(p.resolve(".git"))) return true;
    return false;
  }

  /**
   * Parses {@code git log -p --relative} output with whole-file hunks into target changes and
   * removals, file by file within each commit.
   */
  static GoalHistory parseLog(String log) {
    List<GoalHistory.TargetChange> out = new ArrayList<>();
    List<GoalHistory.Removal> removed = new ArrayList<>();
    Section section = null;
    String commit = null;
    LocalDate date = null;
    for (String line : log.split("\n", -1)) {
      if (line.startsWith(MARK)) {
        if (section != null) section.flush(out, removed);
        section = null;
        String[] p = line.substring(MARK.length()).split(" ");
        commit = p[0];
        date = date(p.length > 1 ? p[1] : "");
      } else if (line.startsWith("diff --git")) {
        if (section != null) section.flush(out, removed);
        section = new Section(commit, date);
      } else if (section != null && !section.inHunk) {
        if (line.startsWith("--- a/")) section.file = line.substring(6);
        else if (line.startsWith("+++ b/")) section.file = line.substring(6);
        else if (line.startsWith("@@")) section.inHunk = true;
      } else if (section != null && !line.isEmpty()) {
        char c = line.charAt(0);
        String text = line.substring(1);
        if (c == ' ' || c == '-') section.before.add(text);
        if (c == ' ' || c == '+') section.after.add(text);
      }
    }
    if (section != null) section.flush(out, removed);
    return GoalHistory.of(out, removed);
  }

  /** One file's part of one commit in the log. */
  private static final class Section {
    final String commit;
    final LocalDate date;
    String file;
    boolean inHunk;
    final List<String> before = new ArrayList<>();
    final List<String> after = new ArrayList<>();

    Section(String commit, LocalDate date) {
      this.commit = commit;
      this.date = date;
    }

    void flush(List<GoalHistory.TargetChange> out, List<GoalHistory.Removal> removed) {
      if (commit == null || file == null) return;
      out.addAll(TargetLines.changes(file, commit, date, before, after));
      removed.addAll(TargetLines.removals(file, commit, date, before, after));
    }
  }

  private static LocalDate date(String iso) {
    try {
      return OffsetDateTime.parse(iso).toLocalDate();
    } catch (DateTimeParseException e) {
      return LocalDate.MIN;
    }
  }

  /**
   * What a git call answered.
   *
   * @param err the first line git wrote to its error stream, or empty
   * @param failure why git could not be run at all, or null
   */
  private record Result(int code, String out, String err, String failure) {}

  private static Result run(Path dir, String... args) {
    List<String> cmd =
        new ArrayList<>(List.of("git", "-c", "core.quotepath=false", "-C", dir.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("LC_ALL", "C");
    pb.environment().put("GIT_PAGER", "cat");
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Result(-1, "", "", "git is not available (" + e.getMessage() + ")");
    }
    try (InputStream in = p.getInputStream();
        InputStream errIn = p.getErrorStream()) {
      CompletableFuture<byte[]> bytes = CompletableFuture.supplyAsync(() -> readAll(in));
      CompletableFuture<byte[]> errBytes = CompletableFuture.supplyAsync(() -> readAll(errIn));
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, "", "", "git took longer than " + TIMEOUT_SECONDS + " seconds");
      }
      String err =
          new String(errBytes.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), StandardCharsets.UTF_8)
              .strip();
      return new Result(
          p.exitValue(),
          new String(bytes.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), StandardCharsets.UTF_8),
          err.isEmpty() ? "" : err.lines().findFirst().orElse("").strip(),
          null);
    } catch (Exception e) {
      p.destroyForcibly();
      return new Result(-1, "", "", "git failed: " + e.getMessage());
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
