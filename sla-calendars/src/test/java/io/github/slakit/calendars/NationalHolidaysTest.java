package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The public API: lookup, ranges, errors, ordering, caching; FR and US named cases (CZ ones are in
 * CzechHolidaysTest).
 */
class NationalHolidaysTest {

  @Test
  void countriesAndZones() {
    // countries() lists our own checked sets only; every other country is in supported().
    assertThat(NationalHolidays.countries()).containsExactly("CZ", "FR", "KR", "US");
    assertThat(NationalHolidays.of("KR").mainZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
    assertThat(NationalHolidays.of("FR").mainZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(NationalHolidays.of("US").mainZone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(NationalHolidays.of("CZ").mainZone()).isEqualTo(ZoneId.of("Europe/Prague"));
  }

  @Test
  void lookupIsCaseInsensitiveAndCached() {
    assertThat(NationalHolidays.of("kr")).isSameAs(NationalHolidays.of("KR"));
    assertThat(NationalHolidays.of("Us").country()).isEqualTo("US");
  }

  @Test
  void unknownCodeIsOneMessageNamingIt() {
    for (String code : new String[] {"ZZ", "DE-XX", "Germany", "NYSE", "D", "DE-", "DE-BY-AG"}) {
      assertThatThrownBy(() -> NationalHolidays.of(code))
          .isInstanceOf(CalendarException.class)
          .hasMessage(
              "\""
                  + code
                  + "\" is not a country or region with public holidays"
                  + " (ISO 3166-1 alpha-2, or a region such as DE-BY)");
      assertThat(NationalHolidays.isSupported(code)).as(code).isFalse();
    }
    // Our own sets have no regions: said so, not silently the national set.
    assertThatThrownBy(() -> NationalHolidays.of("us-ca"))
        .isInstanceOf(CalendarException.class)
        .hasMessage(
            "\"us-ca\" is not a country or region with public holidays"
                + " (ISO 3166-1 alpha-2, or a region such as DE-BY); US has national holidays only,"
                + " no regions");
    assertThatThrownBy(() -> NationalHolidays.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("countryCode");
  }

  @Test
  void ranges() {
    assertThat(NationalHolidays.of("KR"))
        .extracting(NationalHolidays::firstYear, NationalHolidays::lastYear)
        .containsExactly(1990, 2050);
    assertThat(NationalHolidays.of("FR"))
        .extracting(NationalHolidays::firstYear, NationalHolidays::lastYear)
        .containsExactly(1982, 2200);
    assertThat(NationalHolidays.of("US"))
        .extracting(NationalHolidays::firstYear, NationalHolidays::lastYear)
        .containsExactly(1971, 2200);
    assertThat(NationalHolidays.of("CZ"))
        .extracting(NationalHolidays::firstYear, NationalHolidays::lastYear)
        .containsExactly(1990, 2200);
  }

  @Test
  void outOfRangeYearNamesTheYearAndTheRange() {
    NationalHolidays kr = NationalHolidays.of("KR");
    assertThatThrownBy(() -> kr.isHoliday(LocalDate.of(2051, 1, 1)))
        .isInstanceOf(CalendarException.class)
        .hasMessage("KR holidays are known for 1990-2050 only, not for year 2051");
    assertThatThrownBy(() -> kr.holidays(1989, 2000))
        .isInstanceOf(CalendarException.class)
        .hasMessage("KR holidays are known for 1990-2050 only, not for year 1989");
    assertThatThrownBy(() -> NationalHolidays.of("US").isHoliday(LocalDate.of(1970, 7, 4)))
        .isInstanceOf(CalendarException.class)
        .hasMessage("US holidays are known for 1971-2200 only, not for year 1970");
    assertThatThrownBy(() -> kr.holidays(2001, 2000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fromYear (2001) must not be after toYear (2000)");
  }

  @Test
  void holidaysAreInDateOrderAcrossYearsAndImmutable() {
    List<Holiday> all = NationalHolidays.of("KR").holidays(1990, 2050);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).date()).isAfterOrEqualTo(all.get(i - 1).date());
    }
    // 1990-10-03: Chuseok and National Foundation Day on one date, listed once each.
    assertThat(all)
        .filteredOn(h -> h.date().equals(LocalDate.of(1990, 10, 3)))
        .extracting(Holiday::name)
        .containsExactly("Chuseok", "National Foundation Day");
    assertThatThrownBy(() -> all.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isHolidayAgreesWithTheListEveryDay() {
    for (String cc : NationalHolidays.countries()) {
      NationalHolidays set = NationalHolidays.of(cc);
      List<LocalDate> listed = set.holidays(1990, 2050).stream().map(Holiday::date).toList();
      for (LocalDate d = LocalDate.of(1990, 1, 1); d.getYear() <= 2050; d = d.plusDays(1)) {
        assertThat(set.isHoliday(d)).as("%s %s", cc, d).isEqualTo(listed.contains(d));
      }
    }
  }

  @Test
  void concurrentFirstUseGivesOneAnswer() throws Exception {
    // Many threads asking for the same years at once (first use when this test runs first).
    NationalHolidays us = NationalHolidays.of("US");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<Holiday>>> tasks = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        tasks.add(() -> us.holidays(2150, 2200));
      }
      List<List<Holiday>> results = new ArrayList<>();
      for (Future<List<Holiday>> f : pool.invokeAll(tasks)) {
        results.add(f.get());
      }
      assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(results.get(0)));
    } finally {
      pool.shutdown();
    }
  }

  // ---- FR ------------------------------------------------------------------------------------

  @Test
  void france2024() {
    // Service-public.fr, jours fériés 2024: 1 Jan, Easter Monday 1 Apr, 1 May, 8 May, Ascension
    // 9 May, Whit Monday 20 May, 14 Jul, 15 Aug, 1 Nov, 11 Nov, 25 Dec.
    assertThat(NationalHolidays.of("FR").holidays(2024, 2024))
        .extracting(h -> h.date().toString() + " " + h.localName())
        .containsExactly(
            "2024-01-01 Jour de l'an",
            "2024-04-01 Lundi de Pâques",
            "2024-05-01 Fête du Travail",
            "2024-05-08 Victoire 1945",
            "2024-05-09 Ascension",
            "2024-05-20 Lundi de Pentecôte",
            "2024-07-14 Fête nationale",
            "2024-08-15 Assomption",
            "2024-11-01 Toussaint",
            "2024-11-11 Armistice 1918",
            "2024-12-25 Noël");
  }

  @Test
  void franceWhitMondayListedInSolidarityDayYears() {
    // Documented choice: Whit Monday stayed a legal jour férié in 2005-2007 (date-holidays agrees).
    // Whit Monday 2006: Easter 2006-04-16 + 50 days.
    assertThat(NationalHolidays.of("FR").isHoliday(LocalDate.of(2006, 6, 5))).isTrue();
    // 2008: Ascension fell on 1 May (Easter 2008-03-23); both are listed.
    assertThat(NationalHolidays.of("FR").holidays(2008, 2008))
        .filteredOn(h -> h.date().equals(LocalDate.of(2008, 5, 1)))
        .extracting(Holiday::name)
        .containsExactly("Labour Day", "Ascension Day");
  }

  // ---- US ------------------------------------------------------------------------------------

  @Test
  void unitedStatesObservedDaysIncludingThePreviousYear() {
    NationalHolidays us = NationalHolidays.of("US");
    // OPM 2021 and 2022 holiday lists: New Year's Day 2022 (Saturday) observed Friday 2021-12-31;
    // Juneteenth 2022 (Sunday) observed Monday 2022-06-20.
    assertThat(us.holidays(2021, 2021))
        .filteredOn(h -> h.date().equals(LocalDate.of(2021, 12, 31)))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.name()).isEqualTo("New Year's Day (observed)");
              assertThat(h.kind()).isEqualTo(HolidayKind.SUBSTITUTE);
            });
    assertThat(us.holidays(2022, 2022))
        .extracting(Holiday::date)
        .contains(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 19), LocalDate.of(2022, 6, 20))
        .doesNotContain(LocalDate.of(2021, 12, 31));
    // OPM 2023: Veterans Day (Saturday) observed Friday 2023-11-10.
    assertThat(us.isHoliday(LocalDate.of(2023, 11, 10))).isTrue();
    // Juneteenth only from 2021 (Pub. L. 117-17); MLK Day from 1986.
    assertThat(us.isHoliday(LocalDate.of(2020, 6, 19))).isFalse();
    assertThat(us.isHoliday(LocalDate.of(1985, 1, 21))).isFalse();
    assertThat(us.isHoliday(LocalDate.of(1986, 1, 20))).isTrue();
  }
}
