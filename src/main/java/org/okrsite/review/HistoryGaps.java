package org.okrsite.review;

import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.diagnostic.SourcePosition;

/**
 * Says, once per run, when the moving-goalposts rule could not see the whole history: a shallow
 * clone (CI's default checkout) or a repository git could not read. A source folder that is not in
 * git at all is the normal case for a site kept elsewhere, so it is said only in the health check.
 */
final class HistoryGaps {
  /** Where a problem of the whole source folder is reported. */
  private static final SourcePosition SOURCE = SourcePosition.ofFile(".");

  private HistoryGaps() {}

  static void report(GoalHistory history, Diagnostics diagnostics) {
    if (history.gap() == null) return;
    switch (history.gap().kind()) {
      case SHALLOW ->
          diagnostics.warning(
              SOURCE,
              Rule.HISTORY_SHALLOW,
              "the git repository is a shallow clone, so moving-goalposts cannot see target"
                  + " changes or deleted key results before its oldest commit; fetch the whole"
                  + " history: 'fetch-depth: 0' (GitHub Actions), 'GIT_DEPTH: 0' (GitLab CI),"
                  + " 'git fetch --unshallow' (locally)",
              "");
      case UNREADABLE ->
          diagnostics.warning(
              SOURCE,
              Rule.HISTORY_UNAVAILABLE,
              "moving-goalposts not checked: " + history.gap().reason(),
              unreadableHint(history.gap().reason()));
      case NOT_IN_GIT -> {}
    }
  }

  private static String unreadableHint(String reason) {
    if (reason.contains("dubious ownership"))
      return "the checkout belongs to another user: 'git config --global --add safe.directory"
          + " DIR' (in a container: the checkout's path)";
    if (reason.startsWith("git is not available"))
      return "install git where okrsite runs (in CI: use an image with git)";
    return Rule.HISTORY_UNAVAILABLE.fix();
  }
}
