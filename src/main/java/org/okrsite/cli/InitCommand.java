package org.okrsite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.okrsite.scaffold.SiteTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okrsite init DIR}: a new, working site with sample OKRs and CI recipes. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Creates a new, working OKR site in DIR.",
      "DIR/content holds site.yaml, a sample organisation, this quarter's OKRs, check-ins and a"
          + " handbook page;",
      "DIR also gets a README for the site's authors, a GitHub Actions workflow, a GitLab CI file"
          + " and a .gitignore.",
      "Never overwrites a file."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:created",
      "1:DIR is not empty (use --force) or could not be written",
      "2:bad command line"
    })
final class InitCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create the site in.")
  Path dir;

  @Option(
      names = "--force",
      description = "Also write into a folder that is not empty; existing files are kept.")
  boolean force;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = CommonOptions.DateConverter.class,
      description = "Write the sample OKRs for the quarter containing this date (default: today).")
  LocalDate asOf;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      err.println("okrsite init: " + dir + " is a file, not a folder");
      return Main.CONTENT_ERRORS;
    }
    if (!force && Files.isDirectory(dir) && !isEmpty(dir)) {
      err.println("okrsite init: " + dir + " is not empty; nothing was written");
      err.println(
          "  pick a new folder, or add --force to add the missing files (existing files are kept)");
      return Main.CONTENT_ERRORS;
    }
    SiteTemplate.Installed r = SiteTemplate.install(dir, asOf != null ? asOf : LocalDate.now());
    out.println(
        "Created an OKR site in "
            + dir
            + " with sample OKRs for "
            + r.cycle().name()
            + " ("
            + r.written().size()
            + " files).");
    for (String f : r.written()) out.println("  + " + f);
    if (!r.skipped().isEmpty()) {
      out.println("Kept " + r.skipped().size() + " existing file(s), not overwritten:");
      for (String f : r.skipped()) out.println("  = " + f);
    }
    out.println();
    out.println("Next steps:");
    out.println("  cd " + dir);
    out.println(
        "  java -jar okrsite.jar serve                      # preview at http://127.0.0.1:1313/,"
            + " reloads on save");
    out.println(
        "  edit content/organisation.yaml and content/okrs/"
            + r.cycle().id()
            + "/  # your teams and OKRs");
    out.println(
        "  java -jar okrsite.jar new checkin --team Growth  # this week's check-in, pre-filled");
    out.println(
        "  java -jar okrsite.jar check                      # problems as file:line:column");
    out.println(
        "  git init && git add . && git commit -m \"Our OKRs\"  # CI checks pull requests and"
            + " publishes main");
    out.println("See README.md in " + dir + " for the authors' guide.");
    out.flush();
    return Main.OK;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }
}
