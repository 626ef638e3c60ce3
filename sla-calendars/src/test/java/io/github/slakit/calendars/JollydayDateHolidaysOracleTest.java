package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Countries whose holidays come from jollyday (with our corrections), year by year over each
 * set's whole range, against an independent source: the npm package date-holidays 3.37.0, run
 * once to write the committed vectors (their headers give the command; tools/holidays/genvec.cjs;
 * type "public" only). Compared as sets of days off per year. Every disagreement is listed with
 * its reason; any other fails, and so does a listed one that no longer occurs.
 *
 * <p>DE and DE-BY (1990-2200), GB-ENG (England, with its substitute days; 1990-2200), JP
 * (1990-2050, the corrected set) and PL (1990-2200, corrected).
 */
class JollydayDateHolidaysOracleTest {

  private static final String DE_HISTORY_BUSS_UND_BETTAG =
      "Day of Repentance and Prayer (Buß- und Bettag) was a public holiday in every Land until 1994;"
          + " the 1994 care insurance act abolished it from 1995 (Saxony kept it); date-holidays"
          + " has no history for it";
  private static final String DE_HISTORY_17_JUNE =
      "17 June was the West German Day of German Unity until 1990 (law of 4 August 1953); the"
          + " Unification Treaty (art. 2(2)) replaced it by 3 October from 1990 on; date-holidays"
          + " lacks 17 June 1990";

  /** "+date" only ours, "-date" only date-holidays', each with why we differ. */
  private static Map<String, String> germany() {
    Map<String, String> known = new LinkedHashMap<>();
    known.put("+1990-06-17", DE_HISTORY_17_JUNE);
    // Buß- und Bettag: the Wednesday before 23 November.
    for (int y = 1990; y <= 1994; y++) {
      LocalDate d = LocalDate.of(y, 11, 22);
      while (d.getDayOfWeek() != java.time.DayOfWeek.WEDNESDAY) {
        d = d.minusDays(1);
      }
      known.put("+" + d, DE_HISTORY_BUSS_UND_BETTAG);
    }
    return known;
  }

  @Test
  void germanyAgreesExceptItsHistory() {
    check("DE", "de-date-holidays.tsv", germany());
  }

  @Test
  void bavariaAgreesExceptGermanysHistory() {
    // Bavaria adds Epiphany, Corpus Christi and All Saints (date-holidays agrees every year).
    check("DE-BY", "de-by-date-holidays.tsv", germany());
  }

  @Test
  void englandAgreesExceptTheMovedAndExtraBankHolidaysDateHolidaysLacks() {
    Map<String, String> known = new LinkedHashMap<>();
    String ve =
        "1995: the Early May bank holiday moved from Monday 1 May to Monday 8 May for the 50th"
            + " anniversary of VE Day (royal proclamation); date-holidays keeps 1 May";
    known.put("+1995-05-08", ve);
    known.put("-1995-05-01", ve);
    known.put(
        "+2011-04-29",
        "29 April 2011, the wedding of Prince William, was a one-off bank"
            + " holiday by royal proclamation; date-holidays lacks it");
    String jubilee =
        "2012: the Spring bank holiday moved from 28 May to 4 June for the Queen's"
            + " Diamond Jubilee (royal proclamation; 5 June was an extra one, which both list);"
            + " date-holidays keeps 28 May";
    known.put("+2012-06-04", jubilee);
    known.put("-2012-05-28", jubilee);
    check("GB-ENG", "gb-eng-date-holidays.tsv", known);
  }

  @Test
  void japanAgreesExceptCitizensHolidaysDateHolidaysOnlyKnowsOn22September() {
    Map<String, String> known = new LinkedHashMap<>();
    String why =
        "a day between two national holidays is a holiday (Act on National Holidays art."
            + " 3(3)): Respect for the Aged Day on Monday the 20th and Autumnal Equinox Day on the"
            + " 22nd make the 21st one; date-holidays has the rule for 22 September only";
    known.put("+2032-09-21", why);
    known.put("+2049-09-21", why);
    check("JP", "jp-date-holidays.tsv", known);
  }

  @Test
  void polandAgreesEveryYear() {
    // The correction (no Epiphany before 2011) brings jollyday in line with date-holidays.
    check("PL", "pl-date-holidays.tsv", Map.of());
  }

  private static void check(String code, String vectors, Map<String, String> known) {
    List<String> diffs = Vectors.differences(code, vectors);
    List<String> unexplained = new ArrayList<>(diffs);
    unexplained.removeAll(known.keySet());
    assertThat(unexplained).as(code + " disagreements with no listed reason").isEmpty();
    assertThat(diffs)
        .as(code + ": every listed disagreement still occurs")
        .containsExactlyInAnyOrderElementsOf(known.keySet());
    NationalHolidays set = NationalHolidays.of(code);
    System.out.printf(
        "%s vs date-holidays: %d listed disagreements, %d-%d%n",
        code, diffs.size(), set.firstYear(), set.lastYear());
  }
}
