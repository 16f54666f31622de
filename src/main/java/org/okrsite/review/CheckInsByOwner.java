package org.okrsite.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Model;

/**
 * A model's check-ins by owner key and cycle, oldest first: the review asks "what did this owner
 * report in this cycle" once per owner and scope, which must cost a look-up, not a scan.
 */
final class CheckInsByOwner {
  private static volatile CheckInsByOwner last;
  private final Model model;
  private final Map<String, List<CheckIn>> byOwnerCycle = new HashMap<>();

  private CheckInsByOwner(Model model) {
    this.model = model;
    List<CheckIn> sorted = new ArrayList<>(model.checkIns());
    sorted.sort(Comparator.comparing(CheckIn::date).thenComparing(CheckIn::id));
    for (CheckIn c : sorted) {
      byOwnerCycle.computeIfAbsent(c.owner().key() + "|" + c.cycleId(), k -> new ArrayList<>()).add(c);
    }
  }

  /** The index of {@code model}, built once per model (the last one is kept). */
  static CheckInsByOwner of(Model model) {
    CheckInsByOwner i = last;
    if (i == null || i.model != model) {
      i = new CheckInsByOwner(model);
      last = i;
    }
    return i;
  }

  /** The owner's check-ins in the cycle, oldest first. */
  List<CheckIn> get(String ownerKey, String cycleId) {
    return byOwnerCycle.getOrDefault(ownerKey + "|" + cycleId, List.of());
  }
}
