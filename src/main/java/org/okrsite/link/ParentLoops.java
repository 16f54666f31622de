package org.okrsite.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.Objective;
import org.okrsite.model.ParentRef;

/** Finds objectives that are, through their parents, their own ancestors. */
final class ParentLoops {
  private final Diagnostics d;

  ParentLoops(Diagnostics d) {
    this.d = d;
  }

  void check(List<Objective> objectives) {
    Map<String, Objective> byId = new HashMap<>();
    for (Objective o : objectives) byId.put(o.id(), o);
    Set<String> reported = new HashSet<>();
    for (Objective o : objectives) {
      List<String> path = new ArrayList<>();
      if (loops(o.id(), o.id(), byId, path, new HashSet<>()) && reported.add(canonical(path))) {
        d.error(
            o.position(),
            Rule.PARENT_LOOP,
            "objective '"
                + o.id()
                + "' is its own ancestor: "
                + o.id()
                + " → "
                + String.join(" → ", path),
            "remove one of the parent links in the loop");
      }
    }
  }

  private boolean loops(
      String start, String at, Map<String, Objective> byId, List<String> path, Set<String> seen) {
    Objective o = byId.get(at);
    if (o == null || !seen.add(at)) return false;
    for (ParentRef p : o.parents()) {
      if (p.kind() != ParentRef.Kind.OBJECTIVE || p.targetId() == null) continue;
      path.add(p.targetId());
      if (p.targetId().equals(start) || loops(start, p.targetId(), byId, path, seen)) return true;
      path.remove(path.size() - 1);
    }
    return false;
  }

  private static String canonical(List<String> path) {
    List<String> sorted = new ArrayList<>(path);
    sorted.sort(null);
    return String.join(",", sorted);
  }
}
