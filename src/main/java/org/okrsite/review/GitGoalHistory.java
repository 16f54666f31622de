package org.okrsite.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads key-result target changes from the git history of the content: the I/O edge of the review.
 * Runs {@code git} directly (no shell) with a timeout per call; when the source folder is not
 * inside a git repository, or git is missing, it returns {@link GoalHistory#none} with the reason.
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
   * The target changes of every tracked content file under {@code sourceDir} that has a {@code
   * target:} line, following renames.
   */
  public static GoalHistory read(Path sourceDir) {
    Result top = run(sourceDir, "rev-parse", "--show-toplevel");
    if (top.failure() != null) return GoalHistory.none(top.failure());
    if (top.code() != 0) {
      return GoalHistory.none("the source folder is not inside a git repository");
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
      return GoalHistory.none(
          "git log failed: " + (log.failure() != null ? log.failure() : "exit " + log.code()));
    }
    return GoalHistory.of(parseLog(log.out()));
  }

  /**
   * Parses {@code git log -p --relative} output with whole-file hunks into target changes, file by
   * file within each commit.
   */
  static List<GoalHistory.TargetChange> parseLog(String log) {
    List<GoalHistory.TargetChange> out = new ArrayList<>();
    Section section = null;
    String commit = null;
    LocalDate date = null;
    for (String line : log.split("\n", -1)) {
      if (line.startsWith(MARK)) {
        if (section != null) section.flush(out);
        section = null;
        String[] p = line.substring(MARK.length()).split(" ");
        commit = p[0];
        date = date(p.length > 1 ? p[1] : "");
      } else if (line.startsWith("diff --git")) {
        if (section != null) section.flush(out);
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
    if (section != null) section.flush(out);
    return out;
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

    void flush(List<GoalHistory.TargetChange> out) {
      if (commit != null && file != null)
        out.addAll(TargetLines.changes(file, commit, date, before, after));
    }
  }

  private static LocalDate date(String iso) {
    try {
      return OffsetDateTime.parse(iso).toLocalDate();
    } catch (DateTimeParseException e) {
      return LocalDate.MIN;
    }
  }

  private record Result(int code, String out, String failure) {}

  private static Result run(Path dir, String... args) {
    List<String> cmd =
        new ArrayList<>(List.of("git", "-c", "core.quotepath=false", "-C", dir.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("LC_ALL", "C");
    pb.environment().put("GIT_PAGER", "cat");
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Result(-1, "", "git is not available (" + e.getMessage() + ")");
    }
    try (InputStream in = p.getInputStream()) {
      CompletableFuture<byte[]> bytes = CompletableFuture.supplyAsync(() -> readAll(in));
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, "", "git took longer than " + TIMEOUT_SECONDS + " seconds");
      }
      return new Result(
          p.exitValue(),
          new String(bytes.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), StandardCharsets.UTF_8),
          null);
    } catch (Exception e) {
      p.destroyForcibly();
      return new Result(-1, "", "git failed: " + e.getMessage());
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
