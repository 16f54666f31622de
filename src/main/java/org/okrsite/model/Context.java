package org.okrsite.model;

import java.util.List;

/**
 * The "Context" of the seed's quarterly template: why these OKRs, and what they leave out.
 *
 * @param notDoing the explicit list of what the owner is NOT doing this cycle
 */
public record Context(
    String annualGoal, String keyAssumption, String biggestRisk, List<String> notDoing) {
  public static final Context EMPTY = new Context(null, null, null, List.of());

  public Context {
    notDoing = List.copyOf(notDoing);
  }

  public boolean isEmpty() {
    return annualGoal == null && keyAssumption == null && biggestRisk == null && notDoing.isEmpty();
  }
}
