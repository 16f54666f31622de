package org.okrsite.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.okrsite.bench.KrCatalog.Plan;
import org.okrsite.bench.OrgShape.Department;
import org.okrsite.bench.OrgShape.Person;
import org.okrsite.bench.OrgShape.Team;

/**
 * Draws the objectives of one cycle — company, departments, teams and (optionally) people, each
 * aligned to the level above — and writes them as {@code okr} files.
 */
final class Objectives {
  /** A key result with its id (unique per owner and cycle) and the person who owns it. */
  record Kr(String id, Plan plan, String owner) {}

  /** An objective of one owner; {@code ownerKey} is company, department, team or person. */
  record Objective(
      String id,
      String title,
      String ownerKey,
      String ownerName,
      String parent,
      String goal,
      String pillar,
      boolean development,
      List<Kr> krs) {}

  /** Everything drawn for one owner in the cycle; {@code dir} is where its files go. */
  record Owned(
      String ownerKey,
      String ownerName,
      String author,
      String dir,
      String cadence,
      List<Objective> objectives) {}

  static final String[] PILLARS = {
    "Product-Led Growth", "Enterprise Readiness", "Operational Excellence"
  };
  static final String[] TITLES = {
    "Make %s the fastest path to value for new customers",
    "Turn %s into something customers recommend without being asked",
    "Earn enterprise trust in %s",
    "Run %s reliably at twice today's load",
    "Cut the cost of serving customers through %s",
    "Make every %s release boring and safe",
    "Find the next growth lever in %s",
    "Give customers answers from %s before they ask"
  };
  private static final String[] PERSON_TITLES = {
    "Become the team's go-to person for %s",
    "Grow into leading %s work end to end",
    "Make my %s work measurably faster",
    "Deliver the %s results my team counts on"
  };

  private final Random r;
  private final int weeks;
  private final String cycleId;
  private final String quarter;
  private final boolean closed;

  Objectives(Random r, int weeks, String cycleId, String quarter, boolean closed) {
    this.r = r;
    this.weeks = weeks;
    this.cycleId = cycleId;
    this.quarter = quarter;
    this.closed = closed;
  }

  /**
   * All owners of the cycle in a fixed order: company, then each department, its teams, its people.
   */
  List<Owned> draw(OrgShape org, boolean withPeople) {
    List<Owned> out = new ArrayList<>();
    Owned company =
        unit("company", org.company(), org.lead().name(), "company", "monthly", 3, null, "Company");
    out.add(company);
    int di = 0;
    for (Department d : org.departments()) {
      String parent = company.objectives().get(di++ % company.objectives().size()).id();
      Owned dept =
          unit(
              "department",
              d.name(),
              d.lead().name(),
              d.slug() + "/department",
              "biweekly",
              2,
              parent,
              d.name());
      out.add(dept);
      int ti = 0;
      for (Team t : d.teams()) {
        String tp = dept.objectives().get(ti++ % dept.objectives().size()).id();
        Owned team =
            unit(
                "team",
                t.name(),
                t.lead().name(),
                d.slug() + "/" + t.slug() + "/team",
                "weekly",
                2 + r.nextInt(2),
                tp,
                t.name().substring(0, t.name().indexOf(' ')));
        out.add(team);
        if (!withPeople) continue;
        int pi = 0;
        for (Person p : t.members()) {
          String pp = team.objectives().get(pi++ % team.objectives().size()).id();
          out.add(
              person(p, pp, d.slug() + "/" + t.slug() + "/people/" + p.slug(), team.objectives()));
        }
      }
    }
    return out;
  }

  private Owned unit(
      String key,
      String name,
      String lead,
      String dir,
      String cadence,
      int count,
      String parent,
      String area) {
    List<Objective> objs = new ArrayList<>();
    int krNo = 1;
    int first = r.nextInt(TITLES.length);
    for (int i = 0; i < count; i++) {
      List<Kr> krs = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        KrCatalog.Shape s = KrCatalog.TEAM.get(r.nextInt(KrCatalog.TEAM.size()));
        krs.add(new Kr("KR" + krNo++, KrCatalog.plan(s, r, weeks), lead));
      }
      String id = org.okrsite.model.Slug.of(name) + "-" + cycleId + "-o" + (i + 1);
      String title =
          String.format(java.util.Locale.ROOT, TITLES[(first + i) % TITLES.length], area);
      int goal = 1 + r.nextInt(4);
      objs.add(
          new Objective(
              id,
              title,
              key,
              name,
              parent,
              "AG-2026-0" + goal,
              PILLARS[(goal - 1) % 3],
              false,
              krs));
    }
    return new Owned(key, name, lead, dir, cadence, objs);
  }

  private Owned person(Person p, String parent, String dir, List<Objective> teamObjectives) {
    List<Kr> krs = new ArrayList<>();
    int a = r.nextInt(KrCatalog.PERSON.size());
    int b = (a + 1 + r.nextInt(KrCatalog.PERSON.size() - 1)) % KrCatalog.PERSON.size();
    krs.add(new Kr("KR1", KrCatalog.plan(KrCatalog.PERSON.get(a), r, weeks), p.name()));
    krs.add(new Kr("KR2", KrCatalog.plan(KrCatalog.PERSON.get(b), r, weeks), p.name()));
    String topic = KrCatalog.PERSON.get(a).metric().toLowerCase(java.util.Locale.ROOT);
    String title =
        String.format(java.util.Locale.ROOT, PERSON_TITLES[r.nextInt(PERSON_TITLES.length)], topic);
    boolean dev = r.nextInt(4) == 0;
    Objective o =
        new Objective(
            p.slug() + "-" + cycleId, title, "person", p.name(), parent, null, null, dev, krs);
    return new Owned("person", p.name(), p.name(), dir, "weekly", List.of(o));
  }

  /** Writes {@code okrs/<cycle>/<dir>.yaml} for one owner. */
  void write(Path root, Owned owned) throws IOException {
    Yaml y =
        new Yaml()
            .line(0, "okr:")
            .str(1, "quarter", quarter)
            .str(1, owned.ownerKey(), owned.ownerName());
    if (owned.objectives().size() == 1) {
      body(y, 1, owned.objectives().get(0));
    } else {
      y.line(1, "objectives:");
      for (Objective o : owned.objectives()) body(y, 2, o);
    }
    y.write(root.resolve("okrs").resolve(cycleId).resolve(owned.dir() + ".yaml"));
  }

  private void body(Yaml y, int in, Objective o) {
    boolean listItem = in == 2;
    y.line(listItem ? in - 1 : in, (listItem ? "- " : "") + "id: " + o.id());
    if (closed) y.kv(in, "status", "closed");
    if (o.parent() != null) y.kv(in, "parent", o.parent());
    if (o.goal() != null) y.str(in, "parent_annual_goal", o.goal()).str(in, "pillar", o.pillar());
    if (o.development()) y.kv(in, "development", "true");
    y.kv(in, "tier", o.krs().size() > 2 && o.id().endsWith("o1") ? "committed" : "aspirational");
    y.str(in, "objective", o.title());
    y.line(in, "key_results:");
    for (Kr k : o.krs()) {
      Plan p = k.plan();
      y.line(in + 1, "- id: " + Yaml.q(k.id()));
      y.str(in + 2, "metric", p.shape().metric())
          .str(in + 2, "baseline", p.baselineText())
          .str(in + 2, "target", p.targetText())
          .str(in + 2, "measurement", p.shape().measurement())
          .str(in + 2, "owner", k.owner())
          .kv(in + 2, "confidence", KrCatalog.trim(p.confidence()[0]));
    }
    y.line(in, "initiatives:")
        .item(
            in + 1,
            "Weekly review of "
                + o.krs().get(0).plan().shape().metric().toLowerCase(java.util.Locale.ROOT));
  }
}
