package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarJsonTest {

  private static Instant kst(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
  }

  private static BusinessCalendar acme() throws Exception {
    return CalendarJson.read(
        Path.of(CalendarJsonTest.class.getResource("/calendars/acme-seoul.json").toURI()));
  }

  @Test
  void readsTheContractExample() throws Exception {
    BusinessCalendar c = acme();
    assertThat(c.id()).isEqualTo("acme-seoul");
    assertThat(c.zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
  }

  @Test
  void textReadByTheCallerResolvesItsIcsInTheFolderGiven() throws Exception {
    // The harness reads a --calendar file once, within its own cap, and parses the text: the
    // holidays.ics it names is found beside the file, as read(Path) finds it.
    Path file = Path.of(CalendarJsonTest.class.getResource("/calendars/acme-seoul.json").toURI());
    BusinessCalendar c =
        CalendarJson.parse(
            java.nio.file.Files.readString(file), "acme-seoul.json", file.getParent());
    assertThat(c).isEqualTo(acme());
    // Tuesday 14 April 2026 is the closure "Founders, day" of acme-closures.ics.
    assertThat(c.isHoliday(LocalDate.of(2026, 4, 14))).isTrue();
  }

  @ParameterizedTest(name = "{0} KST is business time: {1}")
  @CsvSource({
    // MON 09:00-12:00 and 13:00-18:00: lunch is closed
    "2026-03-09T11:59:00, true",
    "2026-03-09T12:00:00, false",
    "2026-03-09T13:00:00, true",
    // TUE 09:00-18:00, but 2026-03-10 has a break 12:00-13:00
    "2026-03-10T12:30:00, false",
    "2026-03-10T13:00:00, true",
    // TUE 2026-03-17 is replaced by 09:00-13:00
    "2026-03-17T12:59:00, true",
    "2026-03-17T13:00:00, false",
    // WED is not in weekly: closed
    "2026-03-11T10:00:00, false",
    // SUN 22:00-06:00 crosses midnight into Monday (TIME-5)
    "2026-03-08T23:00:00, true",
    "2026-03-09T05:59:00, true",
    "2026-03-09T06:00:00, false",
    // MON 2026-03-23 is an added holiday
    "2026-03-23T10:00:00, false",
    // TUE 2026-04-14 is a closure of the .ics feed (yearly rule): closed; a week later open
    "2026-04-14T10:00:00, false",
    "2026-04-21T10:00:00, true",
  })
  void theExampleCalendarHasTheWrittenHours(String local, boolean open) throws Exception {
    assertThat(acme().isBusinessTime(kst(local))).isEqualTo(open);
  }

  @Test
  void icsEventsBecomeHolidays() throws Exception {
    assertThat(acme().isHoliday(LocalDate.of(2026, 12, 25))).isTrue();
    assertThat(acme().isHoliday(LocalDate.of(2026, 12, 26))).isFalse();
  }

  private static void assertRejected(String json, String message) {
    assertThatThrownBy(() -> CalendarJson.parse(json, "cal.json"))
        .isInstanceOf(CalendarFormatException.class)
        .hasMessage(message);
  }

  @Test
  void badWindowsNameTheFieldPathAndValue() {
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{\"MON\":[\"25:00-26:00\"]}}",
        "cal.json: weekly.MON[0]: \"25:00-26:00\" is not a time window");
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{\"MON\":[\"09:00-18:00\", 9]}}",
        "cal.json: weekly.MON[1]: 9 is not a time window");
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{\"MON\":\"09:00-18:00\"}}",
        "cal.json: weekly.MON: \"09:00-18:00\" is not a list of windows (\"HH:MM-HH:MM\")");
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{\"MONDAY\":[]}}",
        "cal.json: weekly.MONDAY: is not a day (MON, TUE, WED, THU, FRI, SAT, SUN)");
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{},\"dates\":{\"2026-02-30\":[]}}",
        "cal.json: dates.2026-02-30: \"2026-02-30\" is not a date (YYYY-MM-DD)");
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{},\"breaks\":{\"2026-02-03\":[\"12:00\"]}}",
        "cal.json: breaks.2026-02-03[0]: \"12:00\" is not a time window");
  }

  @Test
  void unknownFieldsAreRefusedWithTheNearestName() {
    // A typo must never drop a value silently: the field is refused, with the name it is near.
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{},\"holdays\":{\"country\":\"KR\"}}",
        "cal.json: \"holdays\" is not a field of a calendar; did you mean \"holidays\"?");
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{},\"holidays\":{\"contry\":\"KR\"}}",
        "cal.json: holidays: \"contry\" is not a field of holidays; did you mean \"country\"?");
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{},\"holidays\":{\"add\":"
            + "[{\"date\":\"2026-05-01\",\"nmae\":\"x\"}]}}",
        "cal.json: holidays.add[0]: \"nmae\" is not a field of a holiday; did you mean \"name\"?");
    // Nothing near: the known fields are listed.
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{},\"comment\":\"x\"}",
        "cal.json: \"comment\" is not a field of a calendar (id, zone, weekly, dates, breaks,"
            + " holidays)");
  }

  @Test
  void badZoneHolidaysAndMissingFieldsAreNamed() {
    assertRejected(
        "{\"zone\":\"Asia/Seul\",\"weekly\":{}}",
        "cal.json: zone: \"Asia/Seul\" is not a time zone (an IANA id such as \"Asia/Seoul\")");
    assertRejected("{\"weekly\":{}}", "cal.json: zone: is missing (required)");
    assertRejected("{\"zone\":\"UTC\"}", "cal.json: weekly: is missing (required)");
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{},\"holidays\":{\"add\":[\"2026-13-01\"]}}",
        "cal.json: holidays.add[0]: \"2026-13-01\" is not a date (YYYY-MM-DD)");
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{},\"holidays\":{\"country\":\"XX\"}}",
        "cal.json: holidays.country: \"XX\" is not a country or region with public holidays"
            + " (ISO 3166-1 alpha-2, or a region such as DE-BY)");
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{},\"holidays\":{\"ics\":\"closures.ics\"}}",
        "cal.json: holidays.ics: \"closures.ics\" cannot be resolved: this calendar is not read from a file");
    assertRejected("[1,2]", "cal.json: (root): [1,2] is not an object");
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    assertThatThrownBy(
            () -> CalendarJson.parse("{\n  \"zone\": \"UTC\",\n  \"weekly\": {,}\n}", "cal.json"))
        .isInstanceOf(CalendarFormatException.class)
        .hasMessageStartingWith("cal.json: line 3, column 14: malformed JSON: ");
    assertRejected("", "cal.json: no JSON value (empty input)");
    // strict, with the words a case or subscription gets (the column is Jackson's)
    assertThatThrownBy(() -> CalendarJson.parse("{\"zone\":\"UTC\",\"weekly\":{}} {}", "cal.json"))
        .hasMessageMatching(
            "cal\\.json: line 1, column \\d+: malformed JSON: there is more after"
                + " the JSON value \\(one value per input\\)");
    assertThatThrownBy(
            () ->
                CalendarJson.parse("{\"zone\":\"UTC\",\"zone\":\"UTC\",\"weekly\":{}}", "cal.json"))
        .hasMessageMatching(
            "cal\\.json: line 1, column \\d+: malformed JSON: the key \"zone\" is given twice");
  }

  @Test
  void aCalendarIsReadAsStrictlyAsACaseOrASubscription() {
    // docs/JSON.md: a string holding an unpaired surrogate is refused, in a calendar file too
    assertRejected(
        "{\"id\":\"\\ud800\",\"zone\":\"UTC\",\"weekly\":{}}",
        "cal.json: id: \"\\uD800\" holds an unpaired surrogate: it is not Unicode text");
    // an explicit null is the same as an absent field
    assertThat(
            CalendarJson.parse(
                    "{\"id\":null,\"zone\":\"UTC\",\"weekly\":{},\"holidays\":null}", "cal.json")
                .id())
        .isEmpty();
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{},\"holidays\":{\"add\":[{\"date\":null}]}}",
        "cal.json: holidays.add[0].date: is missing (required)");
    // a key that is not a plain word is quoted in the path, so that the message stays on one line
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{\"MO\\nN\":[]}}",
        "cal.json: weekly.\"MO\\nN\": is not a day (MON, TUE, WED, THU, FRI, SAT, SUN)");
    assertRejected(
        "{\"zone\":5,\"weekly\":{}}",
        "cal.json: zone: 5 is not a time zone (an IANA id such as \"Asia/Seoul\")");
  }

  @Test
  void anEmbeddedCalendarBlamesItsPathInTheDocument() {
    assertThatThrownBy(() -> CalendarJson.parseEmbedded("[]", "sub.json", "calendar"))
        .hasMessage("sub.json: calendar: [] is not an object");
    assertThatThrownBy(
            () -> CalendarJson.parseEmbedded("{\"zone\":\"UTC\"}", "sub.json", "calendar"))
        .hasMessage("sub.json: calendar.weekly: is missing (required)");
    assertThatThrownBy(() -> CalendarJson.parseEmbedded("{", "sub.json", "calendar"))
        .hasMessageStartingWith("sub.json: calendar: malformed JSON: ");
  }

  @Test
  void pathsInsideAnotherDocumentArePrefixed() throws Exception {
    assertThatThrownBy(
            () ->
                CalendarJson.parseEmbedded(
                    "{\"zone\":\"UTC\",\"weekly\":{\"FRI\":[\"9-5\"]}}", "sub.json", "calendar"))
        .hasMessage("sub.json: calendar.weekly.FRI[0]: \"9-5\" is not a time window");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> CalendarJson.read(Path.of("/nonexistent/cal.json")))
        .isInstanceOf(CalendarFormatException.class)
        .hasMessage("/nonexistent/cal.json: no such file");
  }

  @Test
  void writeThenParseGivesAnEqualCalendar() throws Exception {
    BusinessCalendar acme = acme();
    String json = CalendarJson.write(acme);
    BusinessCalendar again = CalendarJson.parse(json, "written.json");
    assertThat(again).isEqualTo(acme);
    // names from the iCalendar feed survive the round trip
    assertThat(again.holidays(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24)))
        .extracting(Holiday::name)
        .containsExactly("Year-end closure");
    BusinessCalendar kr = BusinessCalendar.ofCountry("KR");
    assertThat(CalendarJson.parse(CalendarJson.write(kr), "kr.json")).isEqualTo(kr);
  }

  @Test
  void addedHolidaysMayCarryAName() {
    BusinessCalendar c =
        CalendarJson.parse(
            "{\"zone\":\"UTC\",\"weekly\":{},\"holidays\":{\"add\":"
                + "[\"2026-01-02\", {\"date\": \"2026-12-31\", \"name\": \"Year-end closure\"}]}}",
            "c.json");
    assertThat(c.holidays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .extracting(h -> h.date() + " " + h.name())
        .containsExactly("2026-01-02 Contract holiday", "2026-12-31 Year-end closure");
    assertRejected(
        "{\"zone\":\"UTC\",\"weekly\":{},\"holidays\":{\"add\":[{\"name\":\"x\"}]}}",
        "cal.json: holidays.add[0].date: is missing (required)");
  }
}
