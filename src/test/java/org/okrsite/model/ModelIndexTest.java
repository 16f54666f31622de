package org.okrsite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelIndexTest {
  private static final Owner PAYMENTS = new Owner(Level.TEAM, "payments", "Payments");
  private static final Owner ADA = new Owner(Level.PERSON, "payments", "Ada");

  private static Objective objective(String id, Owner owner, String cycle) {
    return new Objective(
        id, id, owner, cycle, List.of(), List.of(), List.of(), List.of(), null, null, null, null,
        false, null, null, null, List.of(), null, null);
  }

  private static CheckIn checkIn(String id, String date, Owner owner, String cycle) {
    return new CheckIn(
        id,
        LocalDate.parse(date),
        owner,
        cycle,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        null,
        null);
  }

  private final Objective grow = objective("grow", PAYMENTS, "2026-q4");
  private final Objective ship = objective("ship", PAYMENTS, "2026-q4");
  private final Objective old = objective("old", PAYMENTS, "2026-q3");
  private final Objective learn = objective("learn", ADA, "2026-q4");
  private final CheckIn early = checkIn("c1", "2026-10-05", PAYMENTS, "2026-q4");
  private final CheckIn late = checkIn("c2", "2026-10-12", PAYMENTS, "2026-q4");
  private final CheckIn ada = checkIn("c3", "2026-10-12", ADA, "2026-q4");

  private final ModelIndex index =
      ModelIndex.of(List.of(grow, ship, old, learn), List.of(early, ada, late));

  @Test
  void objectivesByOwnerAndCycleInModelOrder() {
    assertEquals(List.of(grow, ship), index.objectives(new OwnerCycle("team:payments", "2026-q4")));
    assertEquals(List.of(old), index.objectives(OwnerCycle.of(PAYMENTS, "2026-q3")));
    // a person and a team with the same id are two owners
    assertEquals(List.of(learn), index.objectives(new OwnerCycle("person:payments", "2026-q4")));
    assertEquals(List.of(), index.objectives(new OwnerCycle("team:payments", "2027-q1")));
  }

  @Test
  void checkInsByOwnerAndCycleOldestFirst() {
    assertEquals(List.of(early, late), index.checkIns(new OwnerCycle("team:payments", "2026-q4")));
    assertEquals(List.of(ada), index.checkIns(OwnerCycle.of(ADA, "2026-q4")));
    assertEquals(List.of(), index.checkIns(new OwnerCycle("team:payments", "2026-q3")));
  }

  @Test
  void objectivesByIdFirstWins() {
    Objective again = objective("grow", ADA, "2026-q4");
    ModelIndex i = ModelIndex.of(List.of(grow, again), List.of());
    assertSame(grow, i.objective("grow"));
    assertNull(i.objective("nope"));
  }

  @Test
  void withCheckInsReplacesOnlyTheCheckIns() {
    ModelIndex next = index.withCheckIns(List.of(late));
    assertEquals(List.of(late), next.checkIns(OwnerCycle.of(PAYMENTS, "2026-q4")));
    assertEquals(List.of(), next.checkIns(OwnerCycle.of(ADA, "2026-q4")));
    assertEquals(List.of(grow, ship), next.objectives(OwnerCycle.of(PAYMENTS, "2026-q4")));
  }

  @Test
  void listsAreImmutable() {
    List<CheckIn> l = index.checkIns(OwnerCycle.of(PAYMENTS, "2026-q4"));
    assertThrows(UnsupportedOperationException.class, () -> l.add(ada));
  }
}
