package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CZ, every year 1990-2200, against an independent source: the npm package date-holidays 3.37.0,
 * run once to write the committed vectors cz-date-holidays.tsv (its header gives the command;
 * tools/holidays/genvec.cjs). date-holidays gives CZ two types: "public", the thirteen days off,
 * which the vectors keep, and "observance" (Ugly Wednesday, Maundy Thursday, Holy Saturday,
 * Easter Sunday, Mothers' Day), days that are not days off, which they drop. Compared as sets of
 * days off per year. Every disagreement is listed below with its reason; any other fails.
 *
 * <p>date-holidays has no CZ history: it lists today's days for every year. All 50 disagreements
 * are in 1990-2015 and come from that; from 2016 on the two sources agree day for day.
 */
class CzDateHolidaysOracleTest {

  private static final String VECTORS = "cz-date-holidays.tsv";

  private static final String GOOD_FRIDAY_BEFORE_2016 =
      "date-holidays has Good Friday every year; it is a day off from 2016 only (Act 359/2015"
          + " added Velký pátek to Act 245/2000 § 2)";
  private static final String STATEHOOD_DAY_BEFORE_2000 =
      "date-holidays has 28 September every year; it is a state holiday from 2000 only (Act"
          + " 245/2000 § 1, in force 9 August 2000)";
  private static final String FREEDOM_DAY_BEFORE_2000 =
      "date-holidays has 17 November every year; until Act 245/2000 (in force 9 August 2000) it"
          + " was a working significant day (Act 93/1951 § 3 as worded by Act 167/1990)";
  private static final String LIBERATION_DAY_9_MAY =
      "in 1990 and 1991 Liberation Day was 9 May (Act 93/1951 § 1 as worded by 141/1988 and"
          + " 167/1990); 8 May only from 1992 (amendment in force 31 May 1991); date-holidays has"
          + " 8 May every year";

  /** "+date" only ours, "-date" only date-holidays', each with why we differ. */
  private static Map<String, String> known() {
    Map<String, String> known = new LinkedHashMap<>();
    // Good Friday: the date is date-holidays' own "Velký pátek" entry of each year 1990-2015.
    for (LocalDate d : Vectors.datesNamed(VECTORS, "Velký pátek")) {
      if (d.getYear() < 2016) {
        known.put("-" + d, GOOD_FRIDAY_BEFORE_2016);
      }
    }
    for (int y = 1990; y <= 1999; y++) {
      known.put("-" + LocalDate.of(y, 9, 28), STATEHOOD_DAY_BEFORE_2000);
      known.put("-" + LocalDate.of(y, 11, 17), FREEDOM_DAY_BEFORE_2000);
    }
    for (int y = 1990; y <= 1991; y++) {
      known.put("+" + LocalDate.of(y, 5, 9), LIBERATION_DAY_9_MAY);
      known.put("-" + LocalDate.of(y, 5, 8), LIBERATION_DAY_9_MAY);
    }
    return known;
  }

  @Test
  void czechiaAgreesWithDateHolidaysExceptListed() {
    Map<String, String> known = known();
    List<String> diffs = Vectors.differences("CZ", VECTORS);
    List<String> unexplained = new ArrayList<>(diffs);
    unexplained.removeAll(known.keySet());
    assertThat(unexplained).as("CZ disagreements with no listed reason").isEmpty();
    assertThat(diffs)
        .as("every listed disagreement still occurs")
        .containsExactlyInAnyOrderElementsOf(known.keySet());
    // 26 Good Fridays (1990-2015), 10 + 10 for 28 September and 17 November (1990-1999), and
    // 9 May against 8 May in 1990 and 1991.
    assertThat(known.values()).filteredOn(GOOD_FRIDAY_BEFORE_2016::equals).hasSize(26);
    assertThat(known).hasSize(26 + 20 + 4);
    System.out.printf(
        "CZ vs date-holidays: %d listed disagreements (26 Good Friday before 2016,"
            + " 20 Statehood/Freedom Day before 2000, 4 Liberation Day 1990-1991), 1990-2200%n",
        diffs.size());
  }

  @Test
  void theGoodFridaysDateHolidaysListsBefore2016AreFridays() {
    // The Good Friday reason picks its dates from the vectors; check they are what the name says:
    // a Friday in March or April, one a year.
    List<LocalDate> early =
        Vectors.datesNamed(VECTORS, "Velký pátek").stream()
            .filter(d -> d.getYear() < 2016)
            .toList();
    assertThat(early)
        .hasSize(26)
        .allSatisfy(
            d -> {
              assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
              assertThat(d.getMonthValue()).isBetween(3, 4);
            });
    assertThat(early).extracting(LocalDate::getYear).doesNotHaveDuplicates();
  }
}
