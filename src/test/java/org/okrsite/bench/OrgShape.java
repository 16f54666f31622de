package org.okrsite.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.okrsite.model.Slug;

/**
 * Who is in the synthetic organisation: N uniquely named people in teams of about 8, teams in
 * departments of about 10, one company. The first member of a unit leads it.
 */
record OrgShape(String company, List<Department> departments) {

  record Person(String name, String role) {
    String slug() {
      return Slug.of(name);
    }
  }

  record Team(String name, List<Person> members) {
    Person lead() {
      return members.get(0);
    }

    String slug() {
      return Slug.of(name);
    }
  }

  record Department(String name, List<Team> teams) {
    Person lead() {
      return teams.get(0).lead();
    }

    String slug() {
      return Slug.of(name);
    }
  }

  static final int TEAM_SIZE = 8;
  static final int TEAMS_PER_DEPARTMENT = 10;

  private static final String[] FIRST = {
    "Sarah", "Mike", "Alex", "Tom", "Priya", "Daniel", "Ravi", "Lena", "Elena", "Chloe", "David",
    "Nina", "Omar", "Julia", "Ben", "Aisha", "Jordan", "Grace", "Marcus", "Yuki", "Carlos",
    "Fatima", "Hannah", "Ivan", "Kofi", "Mei", "Noah", "Olga", "Pedro", "Quinn", "Rosa", "Sven",
    "Tariq", "Uma", "Victor", "Wen", "Ximena", "Yara", "Zoe", "Amir", "Bianca", "Chen", "Dara",
    "Emil", "Freya", "Gabriel", "Hugo", "Ines", "Jonas", "Kira", "Liam", "Maya", "Nils", "Oren",
    "Paula", "Rahul", "Sofia", "Theo", "Vera", "Will"
  };
  private static final String[] LAST = {
    "Chen",
    "Okafor",
    "Kim",
    "Alvarez",
    "Raman",
    "Novak",
    "Patel",
    "Fischer",
    "Garcia",
    "Martin",
    "Osei",
    "Kowalski",
    "Haddad",
    "Schmidt",
    "Carter",
    "Bello",
    "Lee",
    "Liu",
    "Webb",
    "Tanaka",
    "Silva",
    "Nguyen",
    "Ivanova",
    "Mensah",
    "Dubois",
    "Rossi",
    "Jensen",
    "Cohen",
    "Singh",
    "Murphy",
    "Lopez",
    "Andersen",
    "Yilmaz",
    "Kowalczyk",
    "Moreau",
    "Bauer",
    "Costa",
    "Hughes",
    "Sato",
    "Park",
    "Nakamura",
    "Olsen",
    "Petrov",
    "Quispe",
    "Romero",
    "Sharma",
    "Torres",
    "Vargas",
    "Wagner",
    "Zhang"
  };
  private static final String[] ROLES = {
    "Engineer",
    "Senior Engineer",
    "Product Manager",
    "Product Designer",
    "Data Analyst",
    "Site Reliability Engineer",
    "Account Executive",
    "Customer Success Manager",
    "Support Engineer",
    "Marketing Manager",
    "QA Engineer",
    "Engineering Manager"
  };
  static final String[] TEAM_AREAS = {
    "Growth",
    "Platform",
    "Payments",
    "Search",
    "Onboarding",
    "Billing",
    "Identity",
    "Mobile",
    "Data",
    "Insights",
    "Messaging",
    "Integrations",
    "Reliability",
    "Security",
    "Marketing",
    "Sales",
    "Success",
    "Support",
    "Partnerships",
    "Pricing"
  };
  private static final String[] DEPARTMENTS = {
    "Product & Engineering",
    "Go-to-Market",
    "Customer Success & Operations",
    "Infrastructure",
    "Finance & People",
    "Data & Analytics"
  };

  /** Draws an organisation of exactly {@code n} people. */
  static OrgShape of(int n, Random r) {
    List<Person> people = people(n, r);
    int teams = Math.max(1, Math.round(n / (float) TEAM_SIZE));
    int depts = Math.max(1, Math.round(teams / (float) TEAMS_PER_DEPARTMENT));
    List<List<Team>> byDept = new ArrayList<>();
    for (int d = 0; d < depts; d++) byDept.add(new ArrayList<>());
    int next = 0;
    for (int t = 0; t < teams; t++) {
      int size = n / teams + (t < n % teams ? 1 : 0);
      String name = TEAM_AREAS[t % TEAM_AREAS.length] + " " + (t / TEAM_AREAS.length + 1);
      byDept.get(t % depts).add(new Team(name, List.copyOf(people.subList(next, next + size))));
      next += size;
    }
    List<Department> out = new ArrayList<>();
    for (int d = 0; d < depts; d++) {
      String base = DEPARTMENTS[d % DEPARTMENTS.length];
      String name = d < DEPARTMENTS.length ? base : base + " " + (d / DEPARTMENTS.length + 1);
      out.add(new Department(name, List.copyOf(byDept.get(d))));
    }
    return new OrgShape("Northwind Cloud", List.copyOf(out));
  }

  private static List<Person> people(int n, Random r) {
    Set<String> used = new HashSet<>();
    List<Person> out = new ArrayList<>(n);
    while (out.size() < n) {
      String first = FIRST[r.nextInt(FIRST.length)];
      String last = LAST[r.nextInt(LAST.length)];
      String name =
          used.size() < FIRST.length * LAST.length / 2
              ? first + " " + last
              : first + " " + (char) ('A' + r.nextInt(26)) + ". " + last;
      if (!used.add(Slug.of(name))) continue;
      out.add(new Person(name, ROLES[r.nextInt(ROLES.length)]));
    }
    return out;
  }

  List<Team> teams() {
    return departments.stream().flatMap(d -> d.teams().stream()).toList();
  }

  Person lead() {
    return departments.get(0).lead();
  }
}
