package org.okrsite.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.okrsite.model.Cadence;
import org.okrsite.model.Cycle;
import org.okrsite.model.Level;
import org.okrsite.model.Owner;

/** The due rule on literal dates; {@code publish.DueListTest} runs it through the pipeline. */
class CheckInScheduleTest {
  static final Cycle Q4 =
      new Cycle("2026-q4", "Q4 2026", LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-31"));

  @ParameterizedTest(name = "{0}, last check-in {1}: due {2}")
  @CsvSource({
    "WEEKLY, 2026-11-13, 2026-11-20",
    "BIWEEKLY, 2026-11-06, 2026-11-20",
    "MONTHLY, 2026-10-28, 2026-11-28",
    "MONTHLY, , 2026-10-01", // none yet in the cycle: due from its first day
  })
  void dueACadenceAfterTheLastCheckIn(Cadence cadence, LocalDate last, LocalDate due) {
    assertEquals(due, CheckInSchedule.dueDate(Q4, cadence, last));
  }

  @ParameterizedTest(name = "{0} from {1}, as of {2}")
  @CsvSource({
    // not due yet: the due day, then every cadence to the cycle's end
    "BIWEEKLY, 2026-11-20, 2026-11-18, false, 2026-11-20 2026-12-04 2026-12-18",
    // overdue: due on the as-of date, then a cadence on
    "MONTHLY, 2026-11-02, 2026-11-18, true, 2026-11-18 2026-12-19",
    // the cycle ends before the next due day: nothing left
    "MONTHLY, 2027-01-05, 2026-12-20, false, ''",
  })
  void upcomingDaysRunToTheCyclesEnd(
      Cadence cadence, LocalDate due, LocalDate asOf, boolean overdue, String days) {
    var e =
        new CheckInSchedule.Entry(
            new Owner(Level.TEAM, "apps", "Apps"), cadence, null, due, false, overdue);
    List<LocalDate> expected =
        days.isBlank()
            ? List.of()
            : java.util.Arrays.stream(days.split(" ")).map(LocalDate::parse).toList();
    assertEquals(expected, CheckInSchedule.upcoming(Q4, e, asOf));
  }
}
