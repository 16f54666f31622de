package org.okrsite.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.okrsite.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okrsite build}: validate, score and write the site. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Validates the content, computes scores and writes the site.",
      "With content errors nothing is written: the output folder keeps the previous site."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:built (warnings allowed)",
      "1:the content has errors; nothing written",
      "2:bad command line"
    })
final class BuildCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "public",
      description = "Where to write the site (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--clean",
      description = "Also delete files in the output folder that okrsite did not write.")
  boolean clean;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    var err = spec.commandLine().getErr();
    if (common.verbose) err.println(BatchJvm.describe());
    SiteBuilder.Progress progress = ProgressPrinter.of(err, common.verbose);
    SiteBuilder.Result r;
    try {
      r =
          SiteBuilder.build(
              new SiteBuilder.Options(
                  common.source, output, common.asOf, common.drafts, common.strict, clean),
              progress);
    } finally {
      ProgressPrinter.finish(progress);
    }
    Printer.problems(err, r.diagnostics());
    Printer.notes(err, r);
    if (r.hasErrors()) {
      err.println("okrsite: the content has errors; nothing was written to " + output);
      return Main.CONTENT_ERRORS;
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    var out = spec.commandLine().getOut();
    out.println(
        "Built "
            + r.model().objectives().size()
            + " objectives into "
            + output.toAbsolutePath().normalize().resolve("index.html")
            + " ("
            + r.filesWritten()
            + " files, as of "
            + r.asOf()
            + ", "
            + ms
            + " ms)");
    out.flush();
    return Main.OK;
  }
}
