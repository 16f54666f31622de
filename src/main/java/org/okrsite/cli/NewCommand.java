package org.okrsite.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.okrsite.SiteBuilder;
import org.okrsite.config.CycleCalendar;
import org.okrsite.model.Cycle;
import org.okrsite.scaffold.CheckInScaffold;
import org.okrsite.scaffold.KpiScaffold;
import org.okrsite.scaffold.OkrScaffold;
import org.okrsite.scaffold.Owners;
import org.okrsite.scaffold.RetroScaffold;
import org.okrsite.scaffold.Scaffold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okrsite new okr|checkin|retro|kpi}: scaffold a file in the right place. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Creates a new content file in the right place, following the seed templates.",
      "Never overwrites a file."
    },
    subcommands = {
      NewCommand.Okr.class,
      NewCommand.CheckIn.class,
      NewCommand.Retro.class,
      NewCommand.Kpi.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:created",
      "1:not created (the file exists, no such owner or objectives)",
      "2:bad command line"
    })
final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "say what to create: okr, checkin, retro or kpi");
  }

  @Command(
      name = "okr",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = {
        "A quarter's OKR document, as a draft.",
        "Writes okrs/<cycle>/<owner>.yaml (people: okrs/<cycle>/people/<person>.yaml) with context,"
            + " key results,",
        "initiatives, dependencies and what we are not doing."
      })
  static final class Okr extends NewFileCommand {
    @Option(
        names = "--quarter",
        paramLabel = "NAME",
        description = "The cycle, e.g. \"Q1 2027\" (default: the current quarter).")
    String quarter;

    @Option(
        names = "--carry-forward",
        description =
            "Bring back the previous cycle's unfinished key results "
                + "(final score below 1.0) and its retrospective's carry-forward items.")
    boolean carryForward;

    @Override
    Scaffold scaffold(SiteBuilder.Result site, CycleCalendar cal, LocalDate date) {
      Cycle cycle = cycle(cal, quarter, date);
      Cycle previous = carryForward ? cal.quarterOf(cycle.start().minusDays(1)) : null;
      return OkrScaffold.of(site.model(), site.scores(), requiredOwner(site), cycle, previous);
    }
  }

  @Command(
      name = "checkin",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = {
        "This week's check-in (GRIP), pre-filled.",
        "Writes checkins/<cycle>/<owner>/<date>.yaml with every key result of the owner's"
            + " objectives",
        "at its last value and confidence."
      })
  static final class CheckIn extends NewFileCommand {
    @Option(
        names = "--quarter",
        paramLabel = "NAME",
        description = "The cycle (default: the quarter containing --date).")
    String quarter;

    @Option(
        names = "--author",
        paramLabel = "NAME",
        description = "Who writes it (default: the team's lead, or the person).")
    String author;

    @Override
    Scaffold scaffold(SiteBuilder.Result site, CycleCalendar cal, LocalDate date) {
      var o = requiredOwner(site);
      String who =
          author != null
              ? author
              : Owners.known(site.model(), o.level(), o.name())
                  .flatMap(x -> Owners.writer(site.model(), x))
                  .orElse(null);
      return CheckInScaffold.of(
          site.model(), site.scores(), o, cycle(cal, quarter, date), date, who);
    }
  }

  @Command(
      name = "retro",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = {
        "An end-of-cycle retrospective, pre-filled with scores.",
        "Writes retros/<cycle>/<owner>.yaml with the computed scores of the owner's objectives."
      })
  static final class Retro extends NewFileCommand {
    @Option(
        names = "--quarter",
        paramLabel = "NAME",
        description = "The cycle to look back on (default: the quarter containing --date).")
    String quarter;

    @Override
    Scaffold scaffold(SiteBuilder.Result site, CycleCalendar cal, LocalDate date) {
      return RetroScaffold.of(
          site.model(), site.scores(), requiredOwner(site), cycle(cal, quarter, date), date);
    }
  }

  @Command(
      name = "kpi",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = {
        "A dated KPI snapshot, copying the latest dashboard's metrics.",
        "Writes kpis/<date>.yaml (kpis/<owner>/<date>.yaml for a team, department or person)."
      })
  static final class Kpi extends NewFileCommand {
    @Override
    Scaffold scaffold(SiteBuilder.Result site, CycleCalendar cal, LocalDate date) {
      return KpiScaffold.of(
          site.model(), owner(site).orElseGet(() -> company(site, null).orElseThrow()), date);
    }
  }
}
