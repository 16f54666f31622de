package org.okrsite.link;

import java.util.Set;

/** What the site must not publish: private documents' values, and private objectives by id. */
record Hidden(Set<Object> things, Set<String> objectiveIds) {
  boolean has(Object o) {
    return things.contains(o);
  }
}
