package org.okrsite.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.okrsite.bench.Objectives.Owned;
import org.okrsite.bench.OrgShape.Team;

/**
 * Writes a synthetic organisation of N people as okrsite content, for benchmarks and scale tests:
 * strategy, pillars, annual goals, the organisation, company/department/team/person OKRs of the
 * current cycle (Q4 2026) with weekly check-ins, two past cycles with scores and retrospectives,
 * KPI dashboards and dependency contracts. Same N → byte-identical files (fixed seed).
 *
 * <pre>{@code
 * java -cp target/test-classes:target/okrsite.jar org.okrsite.bench.OrgGenerator 1000 /tmp/org1000
 * java -jar target/okrsite.jar build -s /tmp/org1000 -o /tmp/site --as-of 2026-12-21
 * }</pre>
 */
public final class OrgGenerator {
  /** Build the generated content as of this date: the Monday after the cycle's last check-in. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 12, 21);

  /** Bump when the output changes, so cached organisations are regenerated. */
  public static final String VERSION = "1";

  static final long SEED = 20261221L;

  private OrgGenerator() {}

  /** What was written. */
  public record Summary(
      int people,
      int teams,
      int departments,
      int objectives,
      int keyResults,
      int checkIns,
      int files) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println(
          "usage: OrgGenerator PEOPLE DIR   (then: okrsite build -s DIR --as-of " + AS_OF + ")");
      System.exit(2);
    }
    Summary s = generate(Integer.parseInt(args[0]), Path.of(args[1]));
    System.out.println(s);
  }

  /** Writes the organisation of {@code people} people into {@code dir} (which should be empty). */
  public static Summary generate(int people, Path dir) throws IOException {
    Random r = new Random(SEED);
    OrgShape org = OrgShape.of(people, r);
    int files = Foundations.write(dir, org, r);
    int objectives = 0;
    int krs = 0;
    String[][] past = {{"2026-q2", "Q2 2026", "2026-07-01"}, {"2026-q3", "Q3 2026", "2026-10-01"}};
    for (String[] c : past) {
      Objectives draw = new Objectives(r, 13, c[0], c[1], true);
      History history = new History(r, c[0], c[1], c[2]);
      for (Owned o : draw.draw(org, false)) {
        draw.write(dir, o);
        history.write(dir, o);
        files += 2 + o.objectives().size();
        objectives += o.objectives().size();
        krs += o.objectives().stream().mapToInt(x -> x.krs().size()).sum();
      }
    }
    List<LocalDate> fridays = fridays(LocalDate.of(2026, 10, 2), AS_OF);
    Objectives current = new Objectives(r, fridays.size(), "2026-q4", "Q4 2026", false);
    CheckIns checkIns = new CheckIns(r, "2026-q4", "Q4 2026", fridays);
    int checkInFiles = 0;
    for (Owned o : current.draw(org, true)) {
      current.write(dir, o);
      checkInFiles += checkIns.write(dir, o);
      files++;
      objectives += o.objectives().size();
      krs += o.objectives().stream().mapToInt(x -> x.krs().size()).sum();
    }
    files += checkInFiles + Dependencies.write(dir, org, r);
    return new Summary(
        people, org.teams().size(), org.departments().size(), objectives, krs, checkInFiles, files);
  }

  static List<LocalDate> fridays(LocalDate first, LocalDate before) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = first; d.isBefore(before); d = d.plusWeeks(1)) out.add(d);
    return out;
  }

  /** Dependency contracts between teams: about one per five teams, in the current cycle. */
  static final class Dependencies {
    private static final String[] STATUS = {"on_track", "on_track", "at_risk", "blocked", "done"};

    static int write(Path dir, OrgShape org, Random r) throws IOException {
      List<Team> teams = org.teams();
      if (teams.size() < 2) return 0;
      int n = Math.max(1, teams.size() / 5);
      for (int i = 0; i < n; i++) {
        Team provider = teams.get(r.nextInt(teams.size()));
        Team consumer =
            teams.get((teams.indexOf(provider) + 1 + r.nextInt(teams.size() - 1)) % teams.size());
        LocalDate needed = LocalDate.of(2026, 10, 15).plusDays(r.nextInt(60));
        new Yaml()
            .line(0, "dependency_contract:")
            .kv(1, "id", "dep-" + (i + 1))
            .str(1, "quarter", "Q4 2026")
            .str(1, "provider_team", provider.name())
            .str(1, "consumer_team", consumer.name())
            .str(1, "deliverable", "API for " + consumer.name() + " #" + (i + 1))
            .str(1, "needed_by", needed.toString())
            .str(1, "provider_kr", "p95 API latency below 300 ms")
            .str(1, "consumer_kr", "Time to first value < 2 days")
            .str(1, "escalation_date", needed.minusDays(14).toString())
            .str(1, "status", STATUS[r.nextInt(STATUS.length)])
            .write(dir.resolve("dependencies").resolve("dep-" + (i + 1) + ".yaml"));
      }
      return n;
    }
  }
}
