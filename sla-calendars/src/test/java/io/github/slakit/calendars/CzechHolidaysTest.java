package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * CZ, hand-written from the law (Act 245/2000 Coll. § 1-3 and the earlier acts named in
 * docs/HOLIDAYS.md) and the calendar (Easter dates, weekdays); none is copied from this code's
 * output. Each row says where it comes from.
 */
class CzechHolidaysTest {

  private static final NationalHolidays CZ = NationalHolidays.of("CZ");

  @Test
  void year2026() {
    // Easter Sunday 2026 is 5 April, so Good Friday 3 April and Easter Monday 6 April.
    assertThat(CZ.holidays(2026, 2026))
        .extracting(h -> h.date() + " " + h.localName())
        .containsExactly(
            // Thursday. § 1 state holiday and § 2 other holiday on one date: listed once each.
            "2026-01-01 Den obnovy samostatného českého státu",
            "2026-01-01 Nový rok",
            "2026-04-03 Velký pátek", // Friday; § 2 since 2016
            "2026-04-06 Velikonoční pondělí", // Monday; § 2
            "2026-05-01 Svátek práce", // Friday; § 2
            "2026-05-08 Den vítězství", // Friday; § 1
            "2026-07-05 Den slovanských věrozvěstů Cyrila a Metoděje", // Sunday: no day in lieu
            "2026-07-06 Den upálení mistra Jana Husa", // Monday; § 1
            "2026-09-28 Den české státnosti", // Monday; § 1
            "2026-10-28 Den vzniku samostatného československého státu", // Wednesday; § 1
            // Tuesday; § 1, the name as amended in 2019.
            "2026-11-17 Den boje za svobodu a demokracii a Mezinárodní den studentstva",
            "2026-12-24 Štědrý den", // Thursday; § 2
            "2026-12-25 1. svátek vánoční", // Friday; § 2
            "2026-12-26 2. svátek vánoční"); // Saturday: no day in lieu
  }

  @Test
  void year2026KindsAndEnglishNames() {
    assertThat(CZ.holidays(2026, 2026))
        .filteredOn(h -> h.date().equals(LocalDate.of(2026, 4, 3)))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.name()).isEqualTo("Good Friday");
              assertThat(h.kind()).isEqualTo(HolidayKind.MOVABLE); // Easter-based
            });
    assertThat(CZ.holidays(2026, 2026))
        .filteredOn(h -> h.date().equals(LocalDate.of(2026, 9, 28)))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.name()).isEqualTo("St. Wenceslas Day (Czech Statehood Day)");
              assertThat(h.kind()).isEqualTo(HolidayKind.FIXED);
            });
  }

  @Test
  void year1995HasNoGoodFridayNoStatehoodDayNoFreedomDay() {
    // Act 93/1951 as amended by 167/1990 (federal) and CNR Act 204/1990 (6 July). Easter Sunday
    // 1995 is 16 April.
    assertThat(CZ.holidays(1995, 1995))
        .extracting(h -> h.date().toString())
        .containsExactly(
            "1995-01-01", // New Year's Day only (the state holiday on 1 January came in 2000)
            "1995-04-17", // Easter Monday
            "1995-05-01", // Labour Day
            "1995-05-08", // Liberation Day, on 8 May since 1992
            "1995-07-05", // Cyril and Methodius, since 1990
            "1995-07-06", // Jan Hus, since 1990
            "1995-10-28", // Independent Czechoslovak State Day
            "1995-12-24", // Christmas Eve, since 1990
            "1995-12-25",
            "1995-12-26");
    assertThat(CZ.isHoliday(LocalDate.of(1995, 4, 14))).as("Good Friday 1995").isFalse();
    assertThat(CZ.isHoliday(LocalDate.of(1995, 9, 28))).as("28 September 1995").isFalse();
    assertThat(CZ.isHoliday(LocalDate.of(1995, 11, 17))).as("17 November 1995").isFalse();
  }

  @Test
  void liberationDayWas9MayIn1990And1991() {
    // 141/1988 and 167/1990 word § 1 of Act 93/1951 with 9 May; 8 May replaces it from 31 May
    // 1991, after that year's 9 May, so 8 May is first a day off in 1992.
    assertThat(CZ.isHoliday(LocalDate.of(1990, 5, 9))).isTrue();
    assertThat(CZ.isHoliday(LocalDate.of(1990, 5, 8))).isFalse();
    assertThat(CZ.isHoliday(LocalDate.of(1991, 5, 9))).isTrue();
    assertThat(CZ.isHoliday(LocalDate.of(1991, 5, 8))).isFalse();
    assertThat(CZ.isHoliday(LocalDate.of(1992, 5, 8))).isTrue();
    assertThat(CZ.isHoliday(LocalDate.of(1992, 5, 9))).isFalse();
  }

  @Test
  void act245Of2000BroughtStatehoodAndFreedomDayIn2000() {
    // In force 9 August 2000: 28 September and 17 November 2000 are already holidays.
    assertThat(CZ.isHoliday(LocalDate.of(1999, 9, 28))).isFalse();
    assertThat(CZ.isHoliday(LocalDate.of(1999, 11, 17))).isFalse();
    assertThat(CZ.isHoliday(LocalDate.of(2000, 9, 28))).isTrue();
    assertThat(CZ.isHoliday(LocalDate.of(2000, 11, 17))).isTrue();
    // 1 January 2000 was still under Act 93/1951: New Year's Day alone; both from 2001.
    assertThat(CZ.holidays(2000, 2000))
        .filteredOn(h -> h.date().getDayOfYear() == 1)
        .extracting(Holiday::localName)
        .containsExactly("Nový rok");
    assertThat(CZ.holidays(2001, 2001))
        .filteredOn(h -> h.date().getDayOfYear() == 1)
        .extracting(Holiday::localName)
        .containsExactly("Den obnovy samostatného českého státu", "Nový rok");
  }

  @Test
  void goodFridayFrom2016() {
    // Easter Sunday 2015 is 5 April, 2016 is 27 March.
    assertThat(CZ.isHoliday(LocalDate.of(2015, 4, 3))).isFalse();
    assertThat(CZ.isHoliday(LocalDate.of(2016, 3, 25))).isTrue();
  }

  @Test
  void noDayInLieuForAWeekendHoliday() {
    // 8 May 2021 is a Saturday; neither Friday 7 nor Monday 10 May is a day off.
    assertThat(CZ.isHoliday(LocalDate.of(2021, 5, 8))).isTrue();
    assertThat(CZ.isHoliday(LocalDate.of(2021, 5, 7))).isFalse();
    assertThat(CZ.isHoliday(LocalDate.of(2021, 5, 10))).isFalse();
    assertThat(CZ.holidays(2021, 2021))
        .extracting(Holiday::kind)
        .doesNotContain(HolidayKind.SUBSTITUTE);
  }

  @Test
  void countryCalendarForCzechia() {
    BusinessCalendar cz = BusinessCalendar.ofCountry("CZ");
    assertThat(cz.zone()).isEqualTo(ZoneId.of("Europe/Prague"));
    // Monday 28 September 2026 is Statehood Day; Tuesday 29 September a working day.
    assertThat(cz.isBusinessDay(LocalDate.of(2026, 9, 28))).isFalse();
    assertThat(cz.isBusinessDay(LocalDate.of(2026, 9, 29))).isTrue();
    // Friday 2026-04-03 16:00 CEST (14:00Z) is Good Friday; 2 business hours from then run
    // Tuesday 7 April 09:00-11:00 CEST, past Easter Monday: 09:00Z.
    assertThat(cz.add(Instant.parse("2026-04-03T14:00:00Z"), Duration.ofHours(2)))
        .isEqualTo(Instant.parse("2026-04-07T09:00:00Z"));
  }
}
