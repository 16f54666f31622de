package org.okrsite.render;

import java.util.List;
import org.okrsite.render.Views.Link;

/** The view of {@code org.mustache}: the unit tree of the current cycle and people in no unit. */
record OrgPage(String cycleName, List<Node> roots, List<Link> unplaced) {

  /** A unit with its lead, objective count, people and (three levels deep at most) children. */
  record Node(
      String name,
      String level,
      String href,
      String lead,
      int objectives,
      List<Link> people,
      List<Node> children) {}
}
