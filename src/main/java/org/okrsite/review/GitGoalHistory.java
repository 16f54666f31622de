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
 * Reads key-result target changes from the git history of the content: the I/O edge of the review.
 * Runs {@code git} directly (no shell) with a timeout per call; when the source folder is not inside
 * a git repository, or git is missing, it returns {@link GoalHistory#none} with the reason.
 *
 * <pre>{@code
 * GoalHistory h = GitGoalHistory.read(Path.of("content"));
 * }</pre>
 */
public final class GitGoalHistory {
  private static final long TIMEOUT_SECONDS = 20;
  private static final int MAX_FILES = 2000;
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
    Result files = run(sourceDir, "ls-files", "-z", "--", "*.yaml", "*.yml", "*.md");
    if (files.code() != 0 || files.failure() != null) {
      return GoalHistory.none("git ls-files failed: " + (files.failure() != null ? files.failure() : files.out().strip()));
    }
    List<GoalHistory.TargetChange> changes = new ArrayList<>();
    int n = 0;
    for (String file : files.out().split("\0")) {
      if (file.isEmpty() || !mentionsTarget(sourceDir.resolve(file)) || ++n > MAX_FILES) continue;
      Result log = run(sourceDir, "log", "--follow", "-p", "--no-color", "--no-ext-diff",
          "-U1000000", "--format=" + MARK + "%H %aI", "--", file);
      if (log.code() == 0 && log.failure() == null) changes.addAll(parseLog(file, log.out()));
    }
    return GoalHistory.of(changes);
  }

  private static boolean mentionsTarget(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).contains("target:");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Parses {@code git log -p} output of one file, with whole-file hunks, into target changes. */
  static List<GoalHistory.TargetChange> parseLog(String file, String log) {
    List<GoalHistory.TargetChange> out = new ArrayList<>();
    String commit = null;
    LocalDate date = null;
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    boolean inHunk = false;
    for (String line : log.split("\n", -1)) {
      if (line.startsWith(MARK)) {
        if (commit != null) out.addAll(TargetLines.changes(file, commit, date, before, after));
        String[] p = line.substring(MARK.length()).split(" ");
        commit = p[0];
        date = date(p.length > 1 ? p[1] : "");
        before = new ArrayList<>();
        after = new ArrayList<>();
        inHunk = false;
      } else if (line.startsWith("@@")) {
        inHunk = true;
      } else if (line.startsWith("diff --git")) {
        inHunk = false;
      } else if (inHunk && !line.isEmpty()) {
        char c = line.charAt(0);
        String text = line.substring(1);
        if (c == ' ' || c == '-') before.add(text);
        if (c == ' ' || c == '+') after.add(text);
      }
    }
    if (commit != null) out.addAll(TargetLines.changes(file, commit, date, before, after));
    return out;
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
    List<String> cmd = new ArrayList<>(List.of("git", "-c", "core.quotepath=false", "-C", dir.toString()));
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
      return new Result(p.exitValue(), new String(bytes.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), StandardCharsets.UTF_8), null);
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
