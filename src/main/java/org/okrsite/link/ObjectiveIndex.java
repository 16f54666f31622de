package org.okrsite.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okrsite.model.Objective;
import org.okrsite.model.Slug;

/** Objectives by id and by title, so resolving a parent costs a lookup, not a scan. */
final class ObjectiveIndex {
  private final Map<String, Objective> byId = new HashMap<>();
  private final Map<String, List<Objective>> byTitle = new HashMap<>();
  private final List<String> ids = new ArrayList<>();

  ObjectiveIndex(List<Objective> objectives) {
    for (Objective o : objectives) {
      byId.putIfAbsent(o.id(), o);
      ids.add(o.id());
      byTitle.computeIfAbsent(o.title().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(o);
    }
  }

  /** The objective whose id is {@code ref} as written or as a slug, or null. */
  Objective byId(String ref) {
    Objective o = byId.get(ref);
    return o != null ? o : byId.get(Slug.of(ref));
  }

  /** Objectives with this title, ignoring case, in model order. */
  List<Objective> byTitle(String title) {
    return byTitle.getOrDefault(title.toLowerCase(Locale.ROOT), List.of());
  }

  /** Every id, in model order (for suggestions). */
  List<String> ids() {
    return ids;
  }
}
