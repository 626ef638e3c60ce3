package io.github.slakit.calendars;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * The national public holidays (jours fériés, Code du travail art. L3133-1) of metropolitan
 * France, 1982-2200: the list has been the same since 8 May became a public holiday again in 1982
 * (law 81-893). Alsace-Moselle's extra days (Good Friday, 26 December) and the overseas
 * departments' days are not included; a contract adds them as its own dates.
 *
 * <p>Whit Monday: the 2004 law on the journée de solidarité made it, by default, a worked day in
 * 2005-2007, but it never left the legal list of jours fériés, and the 2008 law (2008-351) let each
 * employer choose the solidarity day. This set lists Whit Monday every year; a contract whose
 * staff worked it removes it.
 *
 * <p>Stateless, thread-safe.
 */
final class FrenchHolidays implements HolidayRules {

  static final int FIRST_YEAR = 1982;
  static final int LAST_YEAR = 2200;

  @Override
  public List<Holiday> holidaysIn(int year) {
    LocalDate easter = Easter.sunday(year);
    List<Holiday> list = new ArrayList<>(11);
    fixed(list, year, 1, 1, "New Year's Day", "Jour de l'an");
    movable(list, easter.plusDays(1), "Easter Monday", "Lundi de Pâques");
    fixed(list, year, 5, 1, "Labour Day", "Fête du Travail");
    fixed(list, year, 5, 8, "Victory in Europe Day", "Victoire 1945");
    movable(list, easter.plusDays(39), "Ascension Day", "Ascension");
    movable(list, easter.plusDays(50), "Whit Monday", "Lundi de Pentecôte");
    fixed(list, year, 7, 14, "Bastille Day", "Fête nationale");
    fixed(list, year, 8, 15, "Assumption Day", "Assomption");
    fixed(list, year, 11, 1, "All Saints' Day", "Toussaint");
    fixed(list, year, 11, 11, "Armistice Day", "Armistice 1918");
    fixed(list, year, 12, 25, "Christmas Day", "Noël");
    return list;
  }

  private static void fixed(
      List<Holiday> list, int year, int month, int day, String name, String localName) {
    list.add(new Holiday(MonthDay.of(month, day).atYear(year), name, localName, HolidayKind.FIXED));
  }

  private static void movable(List<Holiday> list, LocalDate date, String name, String localName) {
    list.add(new Holiday(date, name, localName, HolidayKind.MOVABLE));
  }
}
