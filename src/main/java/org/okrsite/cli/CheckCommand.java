package org.okrsite.cli;

import java.util.concurrent.Callable;
import org.okrsite.SiteBuilder;
import org.okrsite.check.Report;
import org.okrsite.check.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okrsite check}: validate without writing a site. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Validates the content and prints every problem, without writing a site.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no errors (warnings allowed)",
      "1:the content has errors",
      "2:bad command line"
    })
final class CheckCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (default), json, github (Actions annotations), junit (XML) or sarif (2.1.0).")
  String format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ReportFormat f =
        ReportFormat.of(format)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "unknown --format '"
                            + format
                            + "'; use text, json, github, junit or sarif"));
    if (common.verbose) spec.commandLine().getErr().println(BatchJvm.describe());
    SiteBuilder.Result r =
        SiteBuilder.check(
            new SiteBuilder.Options(
                common.source, null, common.asOf, common.drafts, common.strict, false));
    if (f == ReportFormat.TEXT) {
      Printer.problems(spec.commandLine().getErr(), r.diagnostics());
      Printer.notes(spec.commandLine().getErr(), r);
      if (!r.hasErrors()) {
        spec.commandLine()
            .getOut()
            .println(
                "Checked "
                    + (r.model() == null ? 0 : r.model().objectives().size())
                    + " objectives: "
                    + Report.summary(r.diagnostics())
                    + " (as of "
                    + r.asOf()
                    + ")");
      }
    } else {
      String prefix = common.source.toString().replace('\\', '/');
      prefix = prefix.equals(".") ? "" : prefix.endsWith("/") ? prefix : prefix + "/";
      spec.commandLine().getOut().print(Report.render(f, r.diagnostics(), prefix));
    }
    spec.commandLine().getOut().flush();
    return r.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
  }
}
