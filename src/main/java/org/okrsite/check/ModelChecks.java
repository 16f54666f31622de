package org.okrsite.check;

import java.util.HashMap;
import java.util.Map;
import org.okrsite.diagnostic.Diagnostics;
import org.okrsite.diagnostic.Rule;
import org.okrsite.model.CheckIn;
import org.okrsite.model.Dependency;
import org.okrsite.model.KeyResult;
import org.okrsite.model.KpiDashboard;
import org.okrsite.model.Model;
import org.okrsite.model.Objective;

/**
 * Rules over the linked model that no single document can break on its own. (Rules about one
 * document's fields and references are reported while linking.)
 */
public final class ModelChecks {
  private ModelChecks() {}

  public static void run(Model m, Diagnostics d) {
    for (Objective o : m.objectives()) {
      for (KeyResult kr : o.keyResults()) {
        if (kr.kind() == null) {
          d.warning(
              kr.position(),
              Rule.KR_NOT_MEASURABLE,
              "key result '"
                  + kr.metric()
                  + "' has no baseline and target okrsite can measure, so it cannot be scored",
              "state numbers, e.g. 'from 8% to 18%', or set 'kind: milestone' for a done/not-done"
                  + " result");
        }
      }
    }
    for (Dependency dep : m.dependencies()) {
      if (dep.escalationDate() != null
          && dep.neededBy() != null
          && dep.escalationDate().isAfter(dep.neededBy())) {
        d.warning(
            dep.position(),
            Rule.DEPENDENCY_DATES,
            "escalation date "
                + dep.escalationDate()
                + " is after the date it is needed by ("
                + dep.neededBy()
                + ")",
            "escalate before the deliverable is due");
      }
    }
    undatedKpis(m, d);
    leadingUnits(m, d);
  }

  /**
   * A leading indicator's readings are one series: each in the unit of the first reading that has
   * one (a bare number agrees with any). Check-ins are in date order.
   */
  private static void leadingUnits(Model m, Diagnostics d) {
    Map<String, CheckIn.Reading> first = new HashMap<>();
    for (CheckIn c : m.checkIns()) {
      for (CheckIn.Update u : c.updates()) {
        CheckIn.Reading r = u.leading();
        if (r == null || u.objectiveId() == null || r.value().unit().isEmpty()) continue;
        CheckIn.Reading ref = first.putIfAbsent(u.objectiveId() + "/" + u.krId(), r);
        if (ref == null || ref.value().sameUnitAs(r.value())) continue;
        d.report(
            r.position(),
            Rule.LEADING_UNIT_MISMATCH,
            "leading-indicator reading '"
                + r.text()
                + "' of "
                + u.krId()
                + " is in '"
                + r.value().unit()
                + "' but its first reading ("
                + ref.position()
                + ") is in '"
                + ref.value().unit()
                + "'; the chart leaves it out",
            "write every reading of the indicator in one unit, like '" + ref.text() + "'");
      }
    }
  }

  /** Only one snapshot can be "now"; say which one when several have no date. */
  private static void undatedKpis(Model m, Diagnostics d) {
    KpiDashboard shown = KpiDashboard.currentUndated(m.kpiDashboards());
    for (KpiDashboard k : m.kpiDashboards()) {
      if (k.date() != null || k == shown) continue;
      d.warning(
          k.position(),
          Rule.KPI_UNDATED,
          "this KPI snapshot has no date, and neither has "
              + shown.position().file()
              + ", which the site shows as the current snapshot; this one is left out",
          "give each snapshot its 'date:' (YYYY-MM-DD), or keep one undated snapshot");
    }
  }
}
