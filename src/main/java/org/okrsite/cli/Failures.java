package org.okrsite.cli;

import picocli.CommandLine;

/**
 * Turns an unexpected failure into one clear line (stack trace only with {@code --verbose}). An I/O
 * failure writing the site exits 1: the build did not happen, the previous site is untouched.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult pr) {
    boolean verbose = pr.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--verbose"));
    if (ex instanceof org.okrsite.publish.OutputLock.Locked) {
      cl.getErr().println("okrsite: " + ex.getMessage());
      cl.getErr()
          .println("  wait for it to finish, or build into another folder; nothing was written");
    } else if (ex instanceof java.io.IOException) {
      cl.getErr().println("okrsite: could not write the site: " + ex.getMessage());
      cl.getErr().println("  the previous site, if any, is untouched");
    } else {
      cl.getErr().println("okrsite: internal error: " + ex);
      cl.getErr().println("  this is a bug in okrsite; please report it with the command you ran");
    }
    if (verbose) ex.printStackTrace(cl.getErr());
    return ex instanceof java.io.IOException ? Main.CONTENT_ERRORS : 3;
  }
}
