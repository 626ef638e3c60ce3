package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsHolidaysTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(IcsHolidaysTest.class.getResource("/ics/" + name).toURI());
  }

  private static String ics(String... eventLines) {
    return "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n" + String.join("\n", eventLines)
        + "\nEND:VEVENT\nEND:VCALENDAR\n";
  }

  @Test
  void readsAllDayEventsRecurrencesAndSkipsCancelled() throws Exception {
    List<Holiday> hs = IcsHolidays.read(resource("acme-closures.ics"));

    assertThat(hs).extracting(Holiday::date).containsExactly(
        // DTEND is exclusive: 24 and 25 December, not 26
        LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25),
        // FREQ=YEARLY;COUNT=3
        LocalDate.of(2026, 4, 14), LocalDate.of(2027, 4, 14), LocalDate.of(2028, 4, 14),
        // date-time from 00:00 to next 00:00 in Seoul: one day
        LocalDate.of(2026, 8, 10));
    // a folded SUMMARY is unfolded; escaped commas are unescaped
    assertThat(hs.get(0).name()).isEqualTo("Year-end closure");
    assertThat(hs.get(2).name()).isEqualTo("Founders, day");
    assertThat(hs).allSatisfy(h -> assertThat(h.kind()).isEqualTo(HolidayKind.CUSTOM));
  }

  @Test
  void utcDateTimeCountsByItsUtcDateAndDurationGivesDays() {
    List<Holiday> hs = IcsHolidays.parse(
        ics("DTSTART:20261230T000000Z", "DURATION:P2D", "SUMMARY:Inventory"), "x.ics");
    assertThat(hs).extracting(Holiday::date)
        .containsExactly(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31));
  }

  @Test
  void untilBoundsAYearlyRule() {
    List<Holiday> hs = IcsHolidays.parse(
        ics("DTSTART;VALUE=DATE:20250301", "RRULE:FREQ=YEARLY;UNTIL=20270301", "SUMMARY:S"), "x.ics");
    assertThat(hs).extracting(Holiday::date).containsExactly(
        LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1));
  }

  @Test
  void refusesUnboundedOrOtherRecurrencesNamingTheLine() {
    assertThatThrownBy(() -> IcsHolidays.parse(
            ics("DTSTART;VALUE=DATE:20250301", "RRULE:FREQ=YEARLY", "SUMMARY:S"), "feed.ics"))
        .isInstanceOf(CalendarFormatException.class)
        .hasMessage("feed.ics: line 5: RRULE \"FREQ=YEARLY\" is not supported: only FREQ=YEARLY with COUNT or UNTIL (and INTERVAL)");
    assertThatThrownBy(() -> IcsHolidays.parse(
            ics("DTSTART;VALUE=DATE:20250301", "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:S"), "feed.ics"))
        .hasMessageContaining("line 5: RRULE \"FREQ=WEEKLY;COUNT=3\" is not supported");
  }

  @Test
  void runawayRulesAreRefusedBeforeTheyAreExpanded() {
    // A COUNT of two billion is refused at once (it used to run for minutes and take gigabytes).
    assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () ->
        assertThatThrownBy(() -> IcsHolidays.parse(ics("DTSTART;VALUE=DATE:20250301",
            "RRULE:FREQ=YEARLY;COUNT=2000000000", "SUMMARY:S"), "feed.ics"))
            .isInstanceOf(CalendarFormatException.class)
            .hasMessage("feed.ics: line 5: RRULE \"FREQ=YEARLY;COUNT=2000000000\" gives 2000000000"
                + " occurrences; at most 1000 are accepted"));
    // An INTERVAL that overflows any year: one message, no DateTimeException.
    assertThatThrownBy(() -> IcsHolidays.parse(ics("DTSTART;VALUE=DATE:20250301",
        "RRULE:FREQ=YEARLY;COUNT=2;INTERVAL=2147483647", "SUMMARY:S"), "feed.ics"))
        .isInstanceOf(CalendarFormatException.class)
        .hasMessage("feed.ics: line 5: RRULE \"FREQ=YEARLY;COUNT=2;INTERVAL=2147483647\" repeats"
            + " beyond the year 9999");
    // With UNTIL, the huge interval simply has no second occurrence before UNTIL.
    assertThat(IcsHolidays.parse(ics("DTSTART;VALUE=DATE:20250301",
        "RRULE:FREQ=YEARLY;UNTIL=20300301;INTERVAL=2147483647", "SUMMARY:S"), "feed.ics"))
        .extracting(Holiday::date).containsExactly(LocalDate.of(2025, 3, 1));
    // UNTIL far away with a small interval: stopped at the cap, not expanded to the end.
    assertThatThrownBy(() -> IcsHolidays.parse(ics("DTSTART;VALUE=DATE:20250301",
        "RRULE:FREQ=YEARLY;UNTIL=99991231", "SUMMARY:S"), "feed.ics"))
        .hasMessage("feed.ics: line 5: RRULE \"FREQ=YEARLY;UNTIL=99991231\" gives more than 1000"
            + " occurrences; at most 1000 are accepted");
  }

  @Test
  void badDatesAndMissingPartsAreNamed() {
    assertThatThrownBy(() -> IcsHolidays.parse(ics("DTSTART;VALUE=DATE:20261332", "SUMMARY:S"), "f.ics"))
        .isInstanceOf(CalendarFormatException.class)
        .hasMessage("f.ics: line 4: DTSTART \"20261332\" is not an iCalendar date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)");
    assertThatThrownBy(() -> IcsHolidays.parse(ics("SUMMARY:S"), "f.ics"))
        .hasMessage("f.ics: line 3: the event has no DTSTART");
    assertThatThrownBy(() -> IcsHolidays.parse(
            ics("DTSTART;VALUE=DATE:20260105", "DTEND;VALUE=DATE:20260101"), "f.ics"))
        .hasMessage("f.ics: line 5: DTEND \"20260101\" is before DTSTART \"20260105\"");
    assertThatThrownBy(() -> IcsHolidays.parse("hello", "f.ics"))
        .hasMessage("f.ics: is not an iCalendar file (no BEGIN:VCALENDAR)");
    assertThatThrownBy(() -> IcsHolidays.parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\n", "f.ics"))
        .hasMessage("f.ics: line 2: the event begun here has no END:VEVENT");
    assertThatThrownBy(() -> IcsHolidays.read(Path.of("/nonexistent/closures.ics")))
        .hasMessage("/nonexistent/closures.ics: no such file");
  }

  @Test
  void refusesEventsLongerThanAYear() {
    assertThatThrownBy(() -> IcsHolidays.parse(
            ics("DTSTART;VALUE=DATE:20260101", "DTEND;VALUE=DATE:20280101"), "f.ics"))
        .hasMessage("f.ics: line 3: the event covers 730 days; at most 366 are accepted");
  }
}
