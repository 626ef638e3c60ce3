package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * KR (docs/POLICIES.md KR-1..KR-5). Expected values come from the official gazette lists (via the
 * committed vectors kr-gazette-2018-2027.tsv), government announcements and news reports named at
 * each check, and docs/POLICIES.md; none is copied from this code's output.
 */
class KoreanHolidaysTest {

  private static final NationalHolidays KR = NationalHolidays.of("KR");

  private static List<Holiday> on(LocalDate date) {
    return KR.holidays(date.getYear(), date.getYear()).stream()
        .filter(h -> h.date().equals(date))
        .collect(Collectors.toList());
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static void assertSubstitute(String date, String forHoliday) {
    assertThat(on(d(date)))
        .anySatisfy(
            h -> {
              assertThat(h.kind()).isEqualTo(HolidayKind.SUBSTITUTE);
              assertThat(h.name()).isEqualTo("Substitute holiday (" + forHoliday + ")");
              assertThat(h.localName()).isEqualTo("대체공휴일");
            });
  }

  // ---- Against the official gazette 2018-2027 -------------------------------------------------

  @Test
  void everyYear2018To2027MatchesTheGazetteDateForDate() {
    // Source: official gazette holiday lists (KASI almanac), from @hyunbinseo/holidays-kr 5.2027.1;
    // see the header of the vectors file. Dates only: names differ in wording (see below).
    Map<Integer, TreeSet<LocalDate>> gazette = Vectors.datesByYear("kr-gazette-2018-2027.tsv");
    assertThat(gazette.keySet())
        .containsExactly(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027);
    gazette.forEach(
        (year, dates) ->
            assertThat(Vectors.ourDates(KR, year))
                .as("KR %d", year)
                .containsExactlyElementsOf(dates));
  }

  // ---- KR-5 hard years: Korean, not Chinese, lunisolar calendar --------------------------------

  @Test
  void seollal2027IsFebruary7NotTheChineseFebruary6() {
    // Gazette 2027 (설날 2027-02-07, block 02-06..02-08); Chinese New Year 2027 is 02-06 (KR-5).
    assertThat(on(d("2027-02-07"))).extracting(Holiday::name).containsExactly("Seollal");
    assertThat(on(d("2027-02-06"))).extracting(Holiday::name).containsExactly("Day before Seollal");
    assertThat(on(d("2027-02-05"))).isEmpty();
    // 02-07 is a Sunday: substitute after the block (gazette: 대체공휴일(설날) 2027-02-09).
    assertSubstitute("2027-02-09", "Seollal");
  }

  @Test
  void seollal2028IsJanuary27NotTheChineseJanuary26() {
    // KR-5: the Chinese reckoning (New Year 2028-01-26) is a day early for Korea; KASI's table
    // gives 2028-01-27. ICU's Chinese calendar is checked below to really say 01-26. (For 2027
    // ICU's Chinese calendar gives 02-07, not the published Chinese 02-06: the new moon falls
    // minutes before Beijing midnight, finer than ICU's astronomy, so it is not used there.)
    assertThat(on(d("2028-01-27"))).extracting(Holiday::name).containsExactly("Seollal");
    assertThat(on(d("2028-01-25"))).isEmpty();
    assertThat(chinese(2028, 1, 1)).isEqualTo(d("2028-01-26"));
  }

  @Test
  void buddhasBirthday2023IsMay27WithItsFirstSubstitute() {
    // Gazette 2023: 부처님 오신 날 05-27 (Saturday), 대체공휴일 05-29 (the first year Buddha's
    // Birthday got one, KR-3). The Chinese date is 05-26 (KR-5).
    assertThat(on(d("2023-05-27"))).extracting(Holiday::name).containsExactly("Buddha's Birthday");
    assertThat(on(d("2023-05-26"))).isEmpty();
    assertSubstitute("2023-05-29", "Buddha's Birthday");
    assertThat(chinese(2023, 4, 8)).isEqualTo(d("2023-05-26"));
  }

  @Test
  void chuseok2033FollowsKasiTableWithLeapEleventhMonth() {
    // KR-5 "2033 problem": KASI's table has a leap 11th month in 2033, so Chuseok is 2033-09-08
    // (also what Korean reports cite, e.g. polyphonic-world 2024-09-17: "2033년 추석은 9월 8일").
    // Not yet in an official almanac: see kr-lunar.txt and docs/HOLIDAYS.md.
    assertThat(on(d("2033-09-08"))).extracting(Holiday::name).containsExactly("Chuseok");
    assertThat(KR.isHoliday(d("2033-10-07"))).isFalse();
  }

  // ---- KR-3 substitute holidays ---------------------------------------------------------------

  @Test
  void firstSubstituteEverWasChuseok2014() {
    // Ajunews 2013-10-29 and government notices of 2014-08: Chuseok 09-07 (Sunday)..09-09 gives
    // 2014-09-10, the first substitute holiday under the 2013 regulation.
    assertSubstitute("2014-09-10", "Chuseok");
    // No substitute before 2014: Chuseok 2009 fell on National Foundation Day (2009-10-03).
    assertThat(KR.holidays(2009, 2013)).noneMatch(h -> h.kind() == HolidayKind.SUBSTITUTE);
  }

  @Test
  void chuseokOnNationalFoundationDayGivesOneSubstitute() {
    // 2017: Chuseok block 10-03..10-05 overlaps National Foundation Day (10-03); substitute 10-06
    // (the reported ten-day break 2017-09-30..10-09, with the temporary holiday 10-02).
    assertThat(on(d("2017-10-03")))
        .extracting(Holiday::name)
        .containsExactly("Day before Chuseok", "National Foundation Day");
    assertSubstitute("2017-10-06", "Chuseok");
    // (2017's other substitute is 01-30, for Seollal 01-27..01-29 ending on a Sunday.)
    assertThat(KR.holidays(2017, 2017))
        .filteredOn(h -> h.kind() == HolidayKind.SUBSTITUTE)
        .extracting(Holiday::date)
        .containsExactly(d("2017-01-30"), d("2017-10-06"));
    // 2028: Chuseok 10-03 (KASI) is National Foundation Day again, a Tuesday: by KR-3 the first
    // weekday after the block 10-02..10-04 is 10-05.
    assertSubstitute("2028-10-05", "Chuseok");
  }

  @Test
  void childrensDayOnBuddhasBirthdayGivesOneSubstitute() {
    // Gazette 2025: 05-05 is both 어린이날 and 부처님 오신 날 (a Monday); one substitute, 05-06.
    // (The gazette labels it for Buddha's Birthday; by KR-3 it is Children's Day that is owed a
    // substitute for falling on another holiday, Buddha's Birthday only for a weekend.)
    assertThat(on(d("2025-05-05")))
        .extracting(Holiday::name)
        .containsExactly("Children's Day", "Buddha's Birthday");
    assertSubstitute("2025-05-06", "Children's Day");
    assertThat(KR.isHoliday(d("2025-05-07"))).isFalse();
  }

  @Test
  void substitutesFrom2026ForLabourAndConstitutionDay() {
    // docs/POLICIES.md KR-3 examples, also in the gazette 2027: 노동절 05-01 Saturday -> 05-03,
    // 제헌절 07-17 Saturday -> 07-19.
    assertSubstitute("2027-05-03", "Labour Day");
    assertSubstitute("2027-07-19", "Constitution Day");
  }

  @Test
  void christmas2027OnSaturdayGivesMonday27() {
    // Gazette 2027: 대체공휴일(기독탄신일) 2027-12-27.
    assertSubstitute("2027-12-27", "Christmas Day");
    // Before 2023 Christmas had none: 2022-12-25 was a Sunday (gazette 2022 lists no 12-26).
    assertThat(KR.isHoliday(d("2022-12-26"))).isFalse();
  }

  @Test
  void weekendSubstitutesForNationalDaysStartIn2021() {
    // laserpro.or.kr 2021-10-11 (Ministry of Personnel Management, 2021-07-15): 2021-08-16,
    // 10-04 and 10-11 are the first substitutes for Liberation, National Foundation, Hangeul Day.
    assertSubstitute("2021-08-16", "Liberation Day");
    assertSubstitute("2021-10-04", "National Foundation Day");
    assertSubstitute("2021-10-11", "Hangeul Day");
    // 2020-10-03 (Saturday) and 2020-08-15 (Saturday) had none (gazette 2020).
    assertThat(KR.isHoliday(d("2020-10-05"))).isFalse();
  }

  @Test
  void seollalOnSaturdayGivesNoSubstituteButOnSundayDoes() {
    // Seollal/Chuseok days give one only for a Sunday or another holiday (KR-3). Gazette 2026:
    // Chuseok 09-24..09-26 ends on a Saturday, no substitute; gazette 2024: Seollal 02-09..02-11
    // ends on a Sunday, substitute 02-12.
    assertThat(KR.holidays(2026, 2026)).filteredOn(h -> h.name().endsWith("(Chuseok)")).isEmpty();
    assertSubstitute("2024-02-12", "Seollal");
  }

  @Test
  void substitutesChainAndSkipWeekendsAndHolidays() {
    // Gazette 2025: Chuseok 10-05 (Sunday)..10-07 -> 10-08; 10-09 is Hangeul Day.
    assertSubstitute("2025-10-08", "Chuseok");
    // Gazette 2027: Liberation Day, National Foundation Day and Hangeul Day substitutes, and
    // Labour Day's 05-03 before Children's Day.
    assertThat(KR.holidays(2027, 2027))
        .filteredOn(h -> h.kind() == HolidayKind.SUBSTITUTE)
        .extracting(Holiday::date)
        .containsExactly(
            d("2027-02-09"),
            d("2027-05-03"),
            d("2027-07-19"),
            d("2027-08-16"),
            d("2027-10-04"),
            d("2027-10-11"),
            d("2027-12-27"));
    // Every substitute 2014-2050 is a weekday that is no other holiday.
    for (Holiday h : KR.holidays(2014, 2050)) {
      if (h.kind() == HolidayKind.SUBSTITUTE) {
        assertThat(h.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(on(h.date())).as("%s", h).hasSize(1);
      }
    }
  }

  // ---- KR-1 history ---------------------------------------------------------------------------

  @Test
  void newYearWasTwoDaysUntil1998() {
    // 1-2 January 1990-1998, 1 January only from 1999 (1998 amendment of the regulation).
    assertThat(KR.isHoliday(d("1990-01-02"))).isTrue();
    assertThat(KR.isHoliday(d("1998-01-02"))).isTrue();
    assertThat(KR.isHoliday(d("1999-01-02"))).isFalse();
    assertThat(KR.isHoliday(d("1990-01-03"))).isFalse(); // 1-3 January ended with 1989
  }

  @Test
  void arborDayUntil2005() {
    // Arbor Day and Constitution Day stopped being days off with the 40-hour week reform:
    // Arbor Day from 2006, Constitution Day from 2008 (Wikipedia "Constitution Day (South
    // Korea)", 2008 snapshot; namu.wiki list of abolished holidays).
    assertThat(KR.isHoliday(d("2005-04-05"))).isTrue();
    assertThat(KR.isHoliday(d("2006-04-05"))).isFalse();
  }

  @Test
  void constitutionDayUntil2007AndAgainFrom2026() {
    assertThat(KR.isHoliday(d("2007-07-17"))).isTrue();
    assertThat(KR.isHoliday(d("2008-07-17"))).isFalse();
    assertThat(KR.isHoliday(d("2025-07-17"))).isFalse();
    assertThat(KR.isHoliday(d("2026-07-17"))).isTrue(); // KR-1, gazette 2026
  }

  @Test
  void armedForcesAndHangeulDayUntil1990HangeulAgainFrom2013() {
    // namu.wiki: Armed Forces Day abolished as a holiday in 1991; Hangeul Day likewise in 1991,
    // restored in 2013 (KR-1: "since 2013").
    assertThat(KR.isHoliday(d("1990-10-01"))).isTrue();
    assertThat(KR.isHoliday(d("1991-10-01"))).isFalse();
    assertThat(KR.isHoliday(d("1990-10-09"))).isTrue();
    assertThat(KR.isHoliday(d("1991-10-09"))).isFalse();
    assertThat(KR.isHoliday(d("2012-10-09"))).isFalse();
    assertThat(KR.isHoliday(d("2013-10-09"))).isTrue();
    // 2024-10-01 was a temporary holiday for Armed Forces Day (gazette 2024), not the old one.
    assertThat(on(d("2024-10-01"))).extracting(Holiday::kind).containsExactly(HolidayKind.DECLARED);
  }

  @Test
  void labourDayFrom2026() {
    // KR-1: 1 May is a public holiday from 2026 (gazette 2026: 노동절).
    assertThat(KR.isHoliday(d("2025-05-01"))).isFalse();
    assertThat(on(d("2026-05-01"))).extracting(Holiday::localName).containsExactly("노동절");
  }

  @Test
  void seollalAndChuseokAreThreeDaysEveryYear() {
    for (int y = 1990; y <= 2050; y++) {
      assertThat(KR.holidays(y, y))
          .filteredOn(h -> h.kind() == HolidayKind.LUNAR)
          .as("KR %d", y)
          .hasSize(7);
    }
  }

  // ---- KR-4 declared days ---------------------------------------------------------------------

  @Test
  void declaredDaysShipAsData() {
    // KR-4 examples; gazette 2025 and 2026.
    for (String date :
        List.of(
            "2025-01-27",
            "2025-06-03",
            "2026-06-03",
            "2015-08-14",
            "2017-10-02",
            "2020-08-17",
            "2023-10-02",
            "2024-10-01")) {
      assertThat(on(d(date)))
          .as(date)
          .extracting(Holiday::kind)
          .containsExactly(HolidayKind.DECLARED);
    }
    // Nothing is guessed beyond what has been declared: the 2028 National Assembly election
    // (due in April 2028) is not in the data yet.
    assertThat(KR.holidays(2027, 2050)).noneMatch(h -> h.kind() == HolidayKind.DECLARED);
  }

  /** The Gregorian date of a (non-leap) Chinese lunar month/day in the Gregorian year, by ICU. */
  private static LocalDate chinese(int year, int month, int day) {
    ChineseCalendar c = new ChineseCalendar();
    c.setTimeZone(TimeZone.GMT_ZONE);
    for (LocalDate x = LocalDate.of(year, 1, 1); x.getYear() == year; x = x.plusDays(1)) {
      c.setTimeInMillis(x.toEpochDay() * 86_400_000L + 43_200_000L);
      if (c.get(Calendar.IS_LEAP_MONTH) == 0
          && c.get(Calendar.MONTH) + 1 == month
          && c.get(Calendar.DAY_OF_MONTH) == day) {
        return x;
      }
    }
    throw new AssertionError("no Chinese " + month + "/" + day + " in " + year);
  }
}
