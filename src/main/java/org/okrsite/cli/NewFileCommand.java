package org.okrsite.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.okrsite.SiteBuilder;
import org.okrsite.check.Report;
import org.okrsite.config.CycleCalendar;
import org.okrsite.diagnostic.Diagnostic;
import org.okrsite.model.Cycle;
import org.okrsite.model.Level;
import org.okrsite.model.Owner;
import org.okrsite.scaffold.Owners;
import org.okrsite.scaffold.Scaffold;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code okrsite new KIND} does: read and check the site, compute the file, write it
 * where it belongs (never over an existing file), and check it.
 */
abstract class NewFileCommand implements Callable<Integer> {
  @Option(
      names = {"-s", "--source"},
      paramLabel = "DIR",
      defaultValue = "content",
      description = "The folder holding the OKR content (default: ${DEFAULT-VALUE}).")
  Path source;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  OwnerOption owner;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = CommonOptions.DateConverter.class,
      description =
          "The date of the new file, and the date the site is read as of (default: today in the"
              + " site's time zone).")
  LocalDate date;

  @Spec CommandSpec spec;

  /** Whose file it is: exactly one of the four owner options. */
  static final class OwnerOption {
    @Option(names = "--team", paramLabel = "NAME", description = "A team, e.g. Growth.")
    String team;

    @Option(names = "--department", paramLabel = "NAME", description = "A department.")
    String department;

    @Option(names = "--person", paramLabel = "NAME", description = "A person, by name.")
    String person;

    @Option(
        names = "--company",
        paramLabel = "NAME",
        arity = "0..1",
        fallbackValue = "",
        description = "The company (its name is optional).")
    String company;
  }

  /** Computes the file from the checked site. */
  abstract Scaffold scaffold(SiteBuilder.Result site, CycleCalendar calendar, LocalDate date);

  @Override
  public final Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    var out = spec.commandLine().getOut();
    if (!Files.isDirectory(source)) {
      err.println(
          "okrsite new: source folder '"
              + source
              + "' does not exist; create a site with 'okrsite init DIR'");
      return Main.CONTENT_ERRORS;
    }
    // Drafts included: a new file must not reuse their KR ids; scaffolds leave drafts out
    // themselves.
    SiteBuilder.Result site =
        SiteBuilder.check(new SiteBuilder.Options(source, null, date, true, false, false));
    if (site.hasErrors()) {
      err.println(
          "okrsite new: note: the site has errors ('okrsite check' lists them); the new file may"
              + " miss something");
    }
    Scaffold s;
    try {
      s = scaffold(site, new CycleCalendar(site.settings()), site.asOf());
    } catch (IllegalArgumentException e) {
      err.println("okrsite new: " + e.getMessage());
      return Main.CONTENT_ERRORS;
    }
    Path file = source.resolve(s.path());
    if (Files.exists(file)) {
      err.println(
          "okrsite new: "
              + file
              + " already exists; nothing was written (edit it, or remove it first)");
      return Main.CONTENT_ERRORS;
    }
    Files.createDirectories(file.getParent());
    try {
      Files.writeString(file, s.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      err.println("okrsite new: " + file + " already exists; nothing was written");
      return Main.CONTENT_ERRORS;
    }
    out.println("Created " + file);
    for (String n : s.notes()) out.println("  " + n);
    List<Diagnostic> mine =
        SiteBuilder.check(new SiteBuilder.Options(source, null, date, true, false, false))
            .diagnostics()
            .stream()
            .filter(d -> d.file().equals(s.path()))
            .toList();
    if (!mine.isEmpty()) {
      err.print(Report.text(mine));
      err.println("  (fix these in the new file)");
    }
    out.flush();
    err.flush();
    return Main.OK;
  }

  /** The owner named on the command line, spelled as the organisation spells it; empty if none. */
  Optional<Owner> owner(SiteBuilder.Result site) {
    if (owner == null) return Optional.empty();
    if (owner.team != null)
      return Optional.of(Owners.resolve(site.model(), Level.TEAM, owner.team));
    if (owner.department != null)
      return Optional.of(Owners.resolve(site.model(), Level.DEPARTMENT, owner.department));
    if (owner.person != null)
      return Optional.of(Owners.resolve(site.model(), Level.PERSON, owner.person));
    return company(site, owner.company);
  }

  /** The owner, or a clear error naming the options. */
  Owner requiredOwner(SiteBuilder.Result site) {
    return owner(site)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "say whose file it is: --team NAME, --department NAME, --person NAME or"
                        + " --company"));
  }

  static Optional<Owner> company(SiteBuilder.Result site, String name) {
    Optional<Owner> declared = Owners.company(site.model());
    if (name == null || name.isBlank()) {
      return Optional.of(declared.orElse(new Owner(Level.COMPANY, "company", "Company")));
    }
    return Optional.of(Owners.resolve(site.model(), Level.COMPANY, name));
  }

  /** The cycle named by {@code quarter}, or the quarter containing {@code date}. */
  static Cycle cycle(CycleCalendar cal, String quarter, LocalDate date) {
    if (quarter == null) return cal.quarterOf(date);
    return cal.byName(quarter)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'"
                        + quarter
                        + "' is not a cycle; write a quarter as 'Q1 2026', or use a cycle declared"
                        + " in site.yaml"));
  }
}
