package io.github.slakit.calendars;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The US federal holidays (5 U.S.C. 6103), 1971-2200: 1971 is when the Uniform Monday Holiday Act
 * took effect, so the rules below hold from then on. Inauguration Day (Washington DC area only) is
 * not included.
 *
 * <p>Each holiday is listed on its own date. When that is a Saturday, the Friday before is also
 * listed, and when it is a Sunday, the Monday after (Executive Order 11582, 5 U.S.C. 6103(b)), as
 * a {@link HolidayKind#SUBSTITUTE} day named "... (observed)". Both count as days off. Only the
 * fixed-date holidays can shift; New Year's Day on a Saturday is observed on 31 December of the
 * year before.
 *
 * <p>Stateless, thread-safe.
 */
final class UsHolidays implements HolidayRules {

  static final int FIRST_YEAR = 1971;
  static final int LAST_YEAR = 2200;

  @Override
  public List<Holiday> holidaysIn(int year) {
    List<Holiday> list = new ArrayList<>(14);
    fixed(list, year, LocalDate.of(year, 1, 1), "New Year's Day");
    if (year >= 1986) {
      movable(list, nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY), "Martin Luther King Jr. Day");
    }
    movable(list, nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY), "Washington's Birthday");
    movable(
        list,
        LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
        "Memorial Day");
    if (year >= 2021) {
      fixed(list, year, LocalDate.of(year, 6, 19), "Juneteenth National Independence Day");
    }
    fixed(list, year, LocalDate.of(year, 7, 4), "Independence Day");
    movable(list, nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY), "Labor Day");
    movable(list, nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY), "Columbus Day");
    if (year <= 1977) {
      // Public Law 90-363 moved it to the fourth Monday of October for 1971-1977.
      movable(list, nth(year, Month.OCTOBER, 4, DayOfWeek.MONDAY), "Veterans Day");
    } else {
      fixed(list, year, LocalDate.of(year, 11, 11), "Veterans Day");
    }
    movable(list, nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY), "Thanksgiving Day");
    fixed(list, year, LocalDate.of(year, 12, 25), "Christmas Day");
    // Next year's New Year's Day on a Saturday is observed on 31 December of this year.
    LocalDate nextNewYear = LocalDate.of(year + 1, 1, 1);
    if (nextNewYear.getDayOfWeek() == DayOfWeek.SATURDAY) {
      list.add(observed(nextNewYear.minusDays(1), "New Year's Day"));
    }
    return list;
  }

  private static LocalDate nth(int year, Month month, int n, DayOfWeek dow) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
  }

  private static void movable(List<Holiday> list, LocalDate date, String name) {
    list.add(new Holiday(date, name, name, HolidayKind.MOVABLE));
  }

  /** A fixed-date holiday and, when it falls on a weekend, its observed weekday in the same year. */
  private static void fixed(List<Holiday> list, int year, LocalDate date, String name) {
    list.add(new Holiday(date, name, name, HolidayKind.FIXED));
    LocalDate observed =
        switch (date.getDayOfWeek()) {
          case SATURDAY -> date.minusDays(1);
          case SUNDAY -> date.plusDays(1);
          default -> null;
        };
    if (observed != null && observed.getYear() == year) {
      list.add(observed(observed, name));
    }
  }

  private static Holiday observed(LocalDate date, String name) {
    return new Holiday(date, name + " (observed)", name + " (observed)", HolidayKind.SUBSTITUTE);
  }
}
