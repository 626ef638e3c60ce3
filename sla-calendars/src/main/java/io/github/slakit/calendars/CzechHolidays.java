package io.github.slakit.calendars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Czech public holidays, 1990-2200: the state holidays (státní svátky) and other holidays
 * (ostatní svátky) that are days off (dny pracovního klidu), today under Act No. 245/2000 Coll.
 * (§ 1, § 2, § 3), before 9 August 2000 under Act No. 93/1951 Coll. as amended and Czech National
 * Council Act No. 204/1990 Coll. A holiday on a Saturday or Sunday is not moved: Czech law has no
 * substitute days.
 *
 * <p>History encoded, with the law that made each change (texts as published in the Collection of
 * Laws, Sbírka zákonů):
 *
 * <ul>
 *   <li>1 January, Easter Monday, 1 May, 25 and 26 December, 28 October: days off all through the
 *       range (Act 93/1951 § 2; 28 October a state holiday and day off since legislative measure
 *       141/1988, in force 21 September 1988).
 *   <li>5 July and 24 December: from 1990 (Act 167/1990, in force 10 May 1990).
 *   <li>6 July: from 1990 (Czech National Council Act 204/1990, in force 18 May 1990, made it a state
 *       holiday of the Czech Republic and a day off; the federal Act 167/1990 had kept it a working
 *       memorial day).
 *   <li>Liberation Day on 9 May in 1990 and 1991 (Act 93/1951 § 1 as worded by 141/1988 and then
 *       167/1990); on 8 May from 1992 (the amendment of § 1 replacing "9. květen" by "8. květen",
 *       in force 31 May 1991, after that year's 9 May; the amending act's number was not found and
 *       the date is from a secondary source, see docs/HOLIDAYS.md). Named Den osvobození in Act 245/2000 and
 *       Den vítězství from 2004 (Act 101/2004).
 *   <li>28 September and 17 November: from 2000 (Act 245/2000 § 1, in force 9 August 2000, so both
 *       already in 2000). 1 January is also the state holiday Den obnovy samostatného českého státu
 *       from then on: listed twice from 2001, once per holiday, like the law.
 *   <li>Good Friday: from 2016 (Act 359/2015, which added Velký pátek to Act 245/2000 § 2 in
 *       December 2015; first day off 25 March 2016).
 * </ul>
 *
 * <p>Local names are those of Act 245/2000 as amended; before it, only 1 January (Nový rok alone)
 * and the May day (its older names) differ. Since 2019 17 November is also Mezinárodní den
 * studentstva in the law's wording. See docs/HOLIDAYS.md for the sources.
 *
 * <p>Stateless, thread-safe.
 */
final class CzechHolidays implements HolidayRules {

  static final int FIRST_YEAR = 1990;
  static final int LAST_YEAR = 2200;

  @Override
  public List<Holiday> holidaysIn(int year) {
    LocalDate easter = Easter.sunday(year);
    List<Holiday> list = new ArrayList<>(15);
    if (year >= 2001) {
      // Act 245/2000 § 1 and § 2: two holidays on one date, the state one first.
      fixed(
          list,
          year,
          1,
          1,
          "Restoration Day of the Independent Czech State",
          "Den obnovy samostatného českého státu");
    }
    fixed(list, year, 1, 1, "New Year's Day", "Nový rok");
    if (year >= 2016) {
      movable(list, easter.minusDays(2), "Good Friday", "Velký pátek");
    }
    movable(list, easter.plusDays(1), "Easter Monday", "Velikonoční pondělí");
    fixed(list, year, 5, 1, "Labour Day", "Svátek práce");
    victoryDay(list, year);
    fixed(
        list,
        year,
        7,
        5,
        "Saints Cyril and Methodius Day",
        "Den slovanských věrozvěstů Cyrila a Metoděje");
    fixed(list, year, 7, 6, "Jan Hus Day", "Den upálení mistra Jana Husa");
    if (year >= 2000) {
      fixed(list, year, 9, 28, "St. Wenceslas Day (Czech Statehood Day)", "Den české státnosti");
    }
    fixed(
        list,
        year,
        10,
        28,
        "Independent Czechoslovak State Day",
        "Den vzniku samostatného československého státu");
    if (year >= 2000) {
      fixed(
          list,
          year,
          11,
          17,
          "Struggle for Freedom and Democracy Day",
          year >= 2019
              ? "Den boje za svobodu a demokracii a Mezinárodní den studentstva"
              : "Den boje za svobodu a demokracii");
    }
    fixed(list, year, 12, 24, "Christmas Eve", "Štědrý den");
    fixed(list, year, 12, 25, "Christmas Day", "1. svátek vánoční");
    fixed(list, year, 12, 26, "St. Stephen's Day", "2. svátek vánoční");
    return list;
  }

  /** The end of the Second World War in Europe: 9 May until 1991, 8 May from 1992. */
  private static void victoryDay(List<Holiday> list, int year) {
    if (year == 1990) {
      // 9 May 1990 came the day before Act 167/1990 took effect: still the 1988 name.
      fixed(
          list, year, 5, 9, "Liberation Day", "Výročí osvobození Československa Sovětskou armádou");
    } else if (year == 1991) {
      fixed(list, year, 5, 9, "Liberation Day", "Den osvobození od fašismu");
    } else if (year <= 2000) {
      fixed(list, year, 5, 8, "Liberation Day", "Den osvobození od fašismu");
    } else if (year <= 2003) {
      fixed(list, year, 5, 8, "Liberation Day", "Den osvobození");
    } else {
      fixed(list, year, 5, 8, "Victory Day", "Den vítězství");
    }
  }

  private static void fixed(
      List<Holiday> list, int year, int month, int day, String name, String localName) {
    list.add(new Holiday(LocalDate.of(year, month, day), name, localName, HolidayKind.FIXED));
  }

  private static void movable(List<Holiday> list, LocalDate date, String name, String localName) {
    list.add(new Holiday(date, name, localName, HolidayKind.MOVABLE));
  }
}
