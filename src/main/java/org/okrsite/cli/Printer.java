package org.okrsite.cli;

import java.io.PrintWriter;
import java.util.List;
import org.okrsite.check.Report;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.escape.Terminal;

/** Prints problems for people: the contract's lines, a fix under each, and a summary. */
final class Printer {
  private Printer() {}

  /** Notes about what could not be checked (e.g. no git history), one "note:" line each. */
  static void notes(PrintWriter err, org.okrsite.SiteBuilder.Result r) {
    if (r.review() == null) return;
    for (String n : r.review().notes()) err.println("note: " + Terminal.text(n));
    err.flush();
  }

  static void problems(PrintWriter err, List<Diagnostic> ds) {
    if (ds.isEmpty()) return;
    err.print(Report.text(ds));
    err.println(Report.summary(ds));
    err.flush();
  }
}
