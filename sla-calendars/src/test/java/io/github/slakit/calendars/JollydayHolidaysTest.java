package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.TimeZone.SystemTimeZoneType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The countries and regions whose holidays come from jollyday: codes, ranges, zones, names,
 * kinds and moved days, and their use in calendars and calendar JSON.
 */
class JollydayHolidaysTest {

  @Test
  void aRegionIsAnotherCodeAnyCase() {
    NationalHolidays by = NationalHolidays.of("de-by");
    assertThat(NationalHolidays.of(" DE-BY ")).isSameAs(by);
    assertThat(by.country()).isEqualTo("DE-BY");
    assertThat(by).isNotSameAs(NationalHolidays.of("DE"));
    assertThat(by.mainZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(NationalHolidays.isSupported("gb-eng")).isTrue();
    assertThat(NationalHolidays.isSupported("FR-75C")).as("our FR has no regions").isFalse();
  }

  @Test
  void supportedListsEveryCountryAndRegion() {
    SortedSet<String> all = NationalHolidays.supported();
    assertThat(all)
        .contains(
            "KR", "FR", "US", "CZ", "DE", "DE-BY", "DE-BE", "GB", "GB-ENG", "GB-SCT", "CH", "CH-ZH",
            "JP", "PL", "AT", "ES-MD", "IT", "XK", "CA-ON", "AU-NSW");
    assertThat(all).doesNotContain("US-CA", "FR-57", "AQ", "BV", "NYSE", "TARGET", "DE-BY-AG");
    assertThat(all).allMatch(c -> c.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?"));
    // Germany's sixteen Länder (ISO 3166-2:DE).
    assertThat(all)
        .filteredOn(c -> c.startsWith("DE-"))
        .containsExactly(
            "DE-BB", "DE-BE", "DE-BW", "DE-BY", "DE-HB", "DE-HE", "DE-HH", "DE-MV", "DE-NI",
            "DE-NW", "DE-RP", "DE-SH", "DE-SL", "DE-SN", "DE-ST", "DE-TH");
    assertThat(all.stream().filter(c -> c.length() == 2).count()).isEqualTo(225);
    assertThat(NationalHolidays.supported()).isSameAs(all);
  }

  @Test
  void everySetComputesItsFirstLastAndThisYearInOrderWithNames() {
    for (String code : NationalHolidays.supported()) {
      NationalHolidays set = NationalHolidays.of(code);
      assertThat(NationalHolidays.isSupported(code)).as(code).isTrue();
      for (int y : new int[] {set.firstYear(), 2026, set.lastYear()}) {
        List<Holiday> list = set.holidays(y, y);
        for (int i = 1; i < list.size(); i++) {
          assertThat(list.get(i).date()).as(code).isAfterOrEqualTo(list.get(i - 1).date());
        }
        assertThat(list)
            .as("%s %d", code, y)
            .allSatisfy(
                h -> {
                  assertThat(h.date().getYear()).isEqualTo(y);
                  assertThat(h.name()).isNotBlank().isNotEqualTo("undefined");
                  assertThat(h.localName()).isNotBlank().isNotEqualTo("undefined");
                });
      }
    }
  }

  @Test
  void rangesFollowWhatJollydayCanCompute() {
    assertThat(NationalHolidays.of("DE"))
        .extracting(NationalHolidays::firstYear, NationalHolidays::lastYear)
        .containsExactly(1990, 2200);
    // Islamic-calendar holidays (Turkey's Ramazan and Kurban Bayramı): Java's Hijri table ends
    // in 2174.
    NationalHolidays tr = NationalHolidays.of("TR");
    assertThat(tr.lastYear()).isEqualTo(2173);
    assertThatThrownBy(() -> tr.isHoliday(LocalDate.of(2174, 1, 1)))
        .isInstanceOf(CalendarException.class)
        .hasMessage("TR holidays are known for 1990-2173 only, not for year 2174");
    assertThat(NationalHolidays.of("JP"))
        .extracting(NationalHolidays::firstYear, NationalHolidays::lastYear)
        .containsExactly(1990, 2050);
  }

  @Test
  void germany2025FromTheLaws() {
    // Nine days off everywhere in Germany (the Länder's holiday laws; 3 October by the
    // Unification Treaty); Bavaria adds Epiphany, Corpus Christi and All Saints (Bavarian
    // Feiertagsgesetz art. 1; Assumption only in its Catholic communities, not state-wide).
    assertThat(NationalHolidays.of("DE").holidays(2025, 2025))
        .extracting(h -> h.date() + " " + h.localName())
        .containsExactly(
            "2025-01-01 Neujahr",
            "2025-04-18 Karfreitag",
            "2025-04-21 Ostermontag",
            "2025-05-01 Tag der Arbeit",
            "2025-05-29 Christi Himmelfahrt",
            "2025-06-09 Pfingstmontag",
            "2025-10-03 Tag der Deutschen Einheit",
            "2025-12-25 1. Weihnachtsfeiertag",
            "2025-12-26 2. Weihnachtsfeiertag");
    assertThat(NationalHolidays.of("DE-BY").holidays(2025, 2025))
        .extracting(h -> h.date().toString())
        .contains("2025-01-06", "2025-06-19", "2025-11-01")
        .doesNotContain("2025-08-15")
        .hasSize(12);
    assertThat(NationalHolidays.of("DE").holidays(2025, 2025))
        .extracting(h -> h.name() + " " + h.kind())
        .contains("New Year's Day FIXED", "Good Friday MOVABLE", "German Unity Day FIXED");
  }

  @Test
  void englandSubstituteDaysListedBesideTheHolidays() {
    // gov.uk bank holidays 2021 (England and Wales): 27 December substitute day for Christmas
    // Day (a Saturday), 28 December substitute day for Boxing Day (a Sunday).
    assertThat(NationalHolidays.of("GB-ENG").holidays(2021, 2021))
        .filteredOn(h -> h.date().getMonthValue() == 12)
        .extracting(h -> h.date() + " " + h.kind() + " " + h.name())
        .containsExactly(
            "2021-12-25 FIXED Christmas",
            "2021-12-26 FIXED Boxing Day",
            "2021-12-27 SUBSTITUTE Christmas (observed)",
            "2021-12-28 SUBSTITUTE Boxing Day (observed)");
  }

  @Test
  void colombiaMovesHolidaysToMondayAndTheDateItselfIsNoHoliday() {
    // Ley 51 de 1983: Epiphany, when not a Monday, is moved to the following Monday; 6 January
    // 2024 was a Saturday, so Monday 8 January was the holiday and the Saturday was not.
    NationalHolidays co = NationalHolidays.of("CO");
    assertThat(co.isHoliday(LocalDate.of(2024, 1, 6))).isFalse();
    assertThat(co.holidays(2024, 2024))
        .filteredOn(h -> h.date().equals(LocalDate.of(2024, 1, 8)))
        .extracting(Holiday::kind)
        .containsExactly(HolidayKind.MOVABLE);
  }

  @Test
  void localNamesInTheCountrysLanguageWhenJollydayHasIt() {
    // jollyday translates into de, el, fr, nl, pt, sv; other countries get the English name.
    assertThat(NationalHolidays.of("AT").holidays(2025, 2025))
        .first()
        .extracting(Holiday::localName)
        .isEqualTo("Neujahr");
    assertThat(NationalHolidays.of("PT").holidays(2025, 2025))
        .first()
        .extracting(Holiday::localName)
        .isEqualTo("Ano Novo");
    assertThat(NationalHolidays.of("PL").holidays(2025, 2025))
        .first()
        .extracting(Holiday::name, Holiday::localName)
        .containsExactly("New Year's Day", "New Year's Day");
  }

  @Test
  void mainZoneIsAZoneOfTheCountryAndTheCapitalsWhereThereAreSeveral() {
    // ICU4J's zone-to-region data is the second source.
    Map<String, JollydaySets.Country> table = JollydaySets.table();
    assertThat(table).hasSize(221);
    for (JollydaySets.Country c : table.values()) {
      if (c.code().equals("XK")) {
        continue; // Kosovo: no zone of its own in the tz database (Europe/Belgrade)
      }
      Set<String> zones = TimeZone.getAvailableIDs(SystemTimeZoneType.ANY, c.code(), null);
      assertThat(zones).as(c.code()).contains(TimeZone.getCanonicalID(c.zone().getId()));
      assertThat(NationalHolidays.of(c.code()).mainZone()).isEqualTo(c.zone());
    }
    Map<String, String> capitals =
        Map.of(
            "AU",
            "Australia/Sydney",
            "BR",
            "America/Sao_Paulo",
            "CA",
            "America/Toronto",
            "RU",
            "Europe/Moscow",
            "MX",
            "America/Mexico_City",
            "ES",
            "Europe/Madrid",
            "PT",
            "Europe/Lisbon",
            "KZ",
            "Asia/Almaty",
            "UA",
            "Europe/Kyiv",
            "NZ",
            "Pacific/Auckland");
    capitals.forEach(
        (cc, zone) ->
            assertThat(NationalHolidays.of(cc).mainZone()).as(cc).isEqualTo(ZoneId.of(zone)));
    assertThat(NationalHolidays.of("XK").mainZone()).isEqualTo(ZoneId.of("Europe/Belgrade"));
  }

  @Test
  void countryCalendarOfARegion() {
    BusinessCalendar by = BusinessCalendar.ofCountry("DE-BY");
    assertThat(by.id()).isEqualTo("DE-BY");
    assertThat(by.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(by.holidayCountry()).contains("DE-BY");
    LocalDate epiphany = LocalDate.of(2025, 1, 6); // a Monday
    assertThat(by.isBusinessDay(epiphany)).isFalse();
    assertThat(BusinessCalendar.ofCountry("DE").isBusinessDay(epiphany)).isTrue();
    assertThat(BusinessCalendar.ofCountry("au-wa", ZoneId.of("Australia/Perth")).zone())
        .isEqualTo(ZoneId.of("Australia/Perth"));
    assertThatThrownBy(() -> BusinessCalendar.ofCountry("DE-XX"))
        .isInstanceOf(CalendarException.class)
        .hasMessage(
            "\"DE-XX\" is not a country or region with public holidays (ISO 3166-1"
                + " alpha-2, or a region such as DE-BY)");
  }

  @Test
  void calendarJsonTakesARegion(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("munich.json");
    Files.writeString(
        file,
        "{\"id\":\"munich\",\"zone\":\"Europe/Berlin\","
            + "\"weekly\":{\"MON\":[\"09:00-17:00\"]},\"holidays\":{\"country\":\"DE-BY\"}}");
    BusinessCalendar cal = CalendarJson.read(file);
    assertThat(cal.holidayCountry()).contains("DE-BY");
    assertThat(cal.isHoliday(LocalDate.of(2025, 1, 6))).isTrue();
    assertThat(CalendarJson.write(cal)).contains("\"country\" : \"DE-BY\"");
  }
}
