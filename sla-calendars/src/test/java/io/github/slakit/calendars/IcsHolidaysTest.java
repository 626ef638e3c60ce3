package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsHolidaysTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(IcsHolidaysTest.class.getResource("/ics/" + name).toURI());
  }

  /** A feed of these content lines, CRLF after each. */
  private static String feed(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  private static String ics(String... eventLines) {
    return "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\n"
        + String.join("\n", eventLines)
        + "\nEND:VEVENT\nEND:VCALENDAR\n";
  }

  @Test
  void readsAllDayEventsRecurrencesAndSkipsCancelled() throws Exception {
    List<Holiday> hs = IcsHolidays.read(resource("acme-closures.ics"));

    assertThat(hs)
        .extracting(Holiday::date)
        .containsExactly(
            // DTEND is exclusive: 24 and 25 December, not 26
            LocalDate.of(2026, 12, 24),
            LocalDate.of(2026, 12, 25),
            // FREQ=YEARLY;COUNT=3
            LocalDate.of(2026, 4, 14),
            LocalDate.of(2027, 4, 14),
            LocalDate.of(2028, 4, 14),
            // date-time from 00:00 to next 00:00 in Seoul: one day
            LocalDate.of(2026, 8, 10));
    // a folded SUMMARY is unfolded; escaped commas are unescaped
    assertThat(hs.get(0).name()).isEqualTo("Year-end closure");
    assertThat(hs.get(2).name()).isEqualTo("Founders, day");
    assertThat(hs).allSatisfy(h -> assertThat(h.kind()).isEqualTo(HolidayKind.CUSTOM));
  }

  @Test
  void utcDateTimeCountsByItsUtcDateAndDurationGivesDays() {
    List<Holiday> hs =
        IcsHolidays.parse(
            ics("DTSTART:20261230T000000Z", "DURATION:P2D", "SUMMARY:Inventory"), "x.ics");
    assertThat(hs)
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31));
  }

  @Test
  void untilBoundsAYearlyRule() {
    List<Holiday> hs =
        IcsHolidays.parse(
            ics("DTSTART;VALUE=DATE:20250301", "RRULE:FREQ=YEARLY;UNTIL=20270301", "SUMMARY:S"),
            "x.ics");
    assertThat(hs)
        .extracting(Holiday::date)
        .containsExactly(
            LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1));
  }

  @Test
  void refusesUnboundedOrOtherRecurrencesNamingTheLine() {
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics("DTSTART;VALUE=DATE:20250301", "RRULE:FREQ=YEARLY", "SUMMARY:S"),
                    "feed.ics"))
        .isInstanceOf(CalendarFormatException.class)
        .hasMessage(
            "feed.ics: line 5: RRULE \"FREQ=YEARLY\" is not supported: only FREQ=YEARLY with COUNT or UNTIL");
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics("DTSTART;VALUE=DATE:20250301", "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:S"),
                    "feed.ics"))
        .hasMessageContaining("line 5: RRULE \"FREQ=WEEKLY;COUNT=3\" is not supported");
    // A long value is quoted cut to 60 characters, keeping the message short.
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics(
                        "DTSTART;VALUE=DATE:20250301",
                        "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,10,11,12,13,14,15,16"),
                    "feed.ics"))
        .hasMessage(
            "feed.ics: line 5: RRULE \"FREQ=WEEKLY;COUNT=3;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,10,11,1..."
                + "\" is not supported: only FREQ=YEARLY with COUNT or UNTIL");
  }

  @Test
  void runawayRulesAreRefusedBeforeTheyAreExpanded() {
    // A COUNT of two billion is refused at once (it used to run for minutes and take gigabytes).
    assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(5),
        () ->
            assertThatThrownBy(
                    () ->
                        IcsHolidays.parse(
                            ics(
                                "DTSTART;VALUE=DATE:20250301",
                                "RRULE:FREQ=YEARLY;COUNT=2000000000",
                                "SUMMARY:S"),
                            "feed.ics"))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessage(
                    "feed.ics: line 5: RRULE \"FREQ=YEARLY;COUNT=2000000000\" gives 2000000000"
                        + " occurrences; at most 1000 are accepted"));
    // An INTERVAL that overflows any year: one message, no DateTimeException.
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics(
                        "DTSTART;VALUE=DATE:20250301",
                        "RRULE:FREQ=YEARLY;COUNT=2;INTERVAL=2147483647",
                        "SUMMARY:S"),
                    "feed.ics"))
        .isInstanceOf(CalendarFormatException.class)
        .hasMessage(
            "feed.ics: line 5: RRULE \"FREQ=YEARLY;COUNT=2;INTERVAL=2147483647\" repeats"
                + " beyond the year 9999");
    // With UNTIL, the huge interval simply has no second occurrence before UNTIL.
    assertThat(
            IcsHolidays.parse(
                ics(
                    "DTSTART;VALUE=DATE:20250301",
                    "RRULE:FREQ=YEARLY;UNTIL=20300301;INTERVAL=2147483647",
                    "SUMMARY:S"),
                "feed.ics"))
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(2025, 3, 1));
    // UNTIL far away with a small interval: stopped at the cap, not expanded to the end.
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics(
                        "DTSTART;VALUE=DATE:20250301",
                        "RRULE:FREQ=YEARLY;UNTIL=99991231",
                        "SUMMARY:S"),
                    "feed.ics"))
        .hasMessage(
            "feed.ics: line 5: RRULE \"FREQ=YEARLY;UNTIL=99991231\" gives more than 1000"
                + " occurrences; at most 1000 are accepted");
  }

  @Test
  void badDatesAndMissingPartsAreNamed() {
    assertThatThrownBy(
            () -> IcsHolidays.parse(ics("DTSTART;VALUE=DATE:20261332", "SUMMARY:S"), "f.ics"))
        .isInstanceOf(CalendarFormatException.class)
        .hasMessage(
            "f.ics: line 4: DTSTART \"20261332\" is not an iCalendar date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)");
    assertThatThrownBy(() -> IcsHolidays.parse(ics("SUMMARY:S"), "f.ics"))
        .hasMessage("f.ics: line 3: the event has no DTSTART");
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics("DTSTART;VALUE=DATE:20260105", "DTEND;VALUE=DATE:20260101"), "f.ics"))
        .hasMessage("f.ics: line 5: DTEND \"20260101\" is before DTSTART \"20260105\"");
    assertThatThrownBy(() -> IcsHolidays.parse("hello", "f.ics"))
        .hasMessage("f.ics: is not an iCalendar file (no BEGIN:VCALENDAR)");
    assertThatThrownBy(
            () -> IcsHolidays.parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\n", "f.ics"))
        .hasMessage("f.ics: line 2: the event begun here has no END:VEVENT");
    assertThatThrownBy(() -> IcsHolidays.read(Path.of("/nonexistent/closures.ics")))
        .hasMessage("/nonexistent/closures.ics: no such file");
  }

  @Test
  void refusesEventsLongerThanAYear() {
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics("DTSTART;VALUE=DATE:20260101", "DTEND;VALUE=DATE:20280101"), "f.ics"))
        .hasMessage("f.ics: line 3: the event covers 730 days; at most 366 are accepted");
  }

  // --- RFC 5545 rules the reader must keep ---

  @Test
  void refusesDtendTogetherWithDuration() {
    // RFC 5545 3.6.1: "either 'dtend' or 'duration' MAY appear ... but 'dtend' and 'duration'
    // MUST NOT occur in the same 'eventprop'". Here they even disagree (2 days against 1).
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics(
                        "DTSTART;VALUE=DATE:20261224",
                        "DTEND;VALUE=DATE:20261226",
                        "DURATION:P1D",
                        "SUMMARY:S"),
                    "feed.ics"))
        .isInstanceOf(CalendarFormatException.class)
        .hasMessage(
            "feed.ics: line 6: DURATION \"P1D\" is given with the DTEND of line 5;"
                + " an event has one or the other (RFC 5545 3.6.1)");
  }

  @Test
  void unescapesTextInOnePass() {
    // RFC 5545 3.3.11, in the file's own text: backslash-backslash is a backslash, backslash-n a
    // line break, backslash-comma and backslash-semicolon the characters.
    // A folder path keeps its backslash; a line break in a name becomes a space (names are one
    // line).
    assertThat(
            IcsHolidays.parse(
                ics("DTSTART;VALUE=DATE:20261224", "SUMMARY:C:\\\\new folder"), "f.ics"))
        .extracting(Holiday::name)
        .containsExactly("C:\\new folder");
    assertThat(
            IcsHolidays.parse(
                ics(
                    "DTSTART;VALUE=DATE:20261224",
                    "SUMMARY:Inventory\\, stock\\; audit\\nday \\\\\\n"),
                "f.ics"))
        .extracting(Holiday::name)
        .containsExactly("Inventory, stock; audit day \\");
  }

  @Test
  void aYearlyRuleFrom29FebruaryOccursOnlyInLeapYears() {
    // RFC 5545 3.3.10: invalid dates (29 February in a common year) "MUST be ignored and MUST NOT
    // be counted". COUNT=3 from 2024: 2024, 2028, 2032 (2025-2027 and 2029-2031 have no 29 Feb).
    assertThat(
            IcsHolidays.parse(
                ics("DTSTART;VALUE=DATE:20240229", "RRULE:FREQ=YEARLY;COUNT=3", "SUMMARY:Leap day"),
                "f.ics"))
        .extracting(Holiday::date)
        .containsExactly(
            LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29), LocalDate.of(2032, 2, 29));
    // UNTIL 1 March 2031: 2024 and 2028 only.
    assertThat(
            IcsHolidays.parse(
                ics(
                    "DTSTART;VALUE=DATE:20240229",
                    "RRULE:FREQ=YEARLY;UNTIL=20310301",
                    "SUMMARY:Leap day"),
                "f.ics"))
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29));
  }

  @Test
  void exdateRemovesOccurrences() {
    // All-day: 14 April 2026, 2027, 2028, with 2027 cancelled.
    assertThat(
            IcsHolidays.parse(
                ics(
                    "DTSTART;VALUE=DATE:20260414",
                    "RRULE:FREQ=YEARLY;COUNT=3",
                    "EXDATE;VALUE=DATE:20270414",
                    "SUMMARY:Founders day"),
                "f.ics"))
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(2026, 4, 14), LocalDate.of(2028, 4, 14));
    // Timed in Seoul: 10 August 09:00 2026-2029. 2027 is cancelled in Seoul time, 2028 in UTC
    // (2028-08-10 00:00Z is 09:00 in Seoul, UTC+9); the UTC value 2029-08-10T09:00Z is 18:00 in
    // Seoul, not an occurrence, so 2029 stays.
    assertThat(
            IcsHolidays.parse(
                ics(
                    "DTSTART;TZID=Asia/Seoul:20260810T090000",
                    "DTEND;TZID=Asia/Seoul:20260810T180000",
                    "RRULE:FREQ=YEARLY;COUNT=4",
                    "EXDATE;TZID=Asia/Seoul:20270810T090000",
                    "EXDATE:20280810T000000Z,20290810T090000Z",
                    "SUMMARY:Summer day"),
                "f.ics"))
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(2026, 8, 10), LocalDate.of(2029, 8, 10));
    // Without a rule the set is DTSTART alone: excluded, no holiday.
    assertThat(
            IcsHolidays.parse(
                ics("DTSTART;VALUE=DATE:20261224", "EXDATE;VALUE=DATE:20261224", "SUMMARY:S"),
                "f.ics"))
        .isEmpty();
  }

  @Test
  void acceptsOutlookWindowsZoneNames() {
    // Outlook names zones as Windows does. Korea Standard Time is Asia/Seoul (UTC+9, CLDR
    // windowsZones): the UTC EXDATE 2027-08-09T15:00Z is 2027-08-10 00:00 in Seoul, the 2027
    // occurrence, which is removed; in UTC it would be 9 August and remove nothing.
    String outlook =
        feed(
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "BEGIN:VTIMEZONE",
            "TZID:Korea Standard Time",
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000",
            "TZOFFSETFROM:+0900",
            "TZOFFSETTO:+0900",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "DTSTART;TZID=Korea Standard Time:20260810T000000",
            "DTEND;TZID=Korea Standard Time:20260811T000000",
            "RRULE:FREQ=YEARLY;COUNT=3",
            "EXDATE:20270809T150000Z",
            "SUMMARY:Summer day",
            "END:VEVENT",
            "END:VCALENDAR");
    assertThat(IcsHolidays.parse(outlook, "outlook.ics"))
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(2026, 8, 10), LocalDate.of(2028, 8, 10));
  }

  @Test
  void vtimezoneRulesAreNotExpanded() {
    // The zone of a TZID is Java's; a VTIMEZONE is not read. One whose observances repeat every
    // second from 1601 costs nothing (the parser would expand it up to today when reading).
    String feed =
        feed(
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "BEGIN:VTIMEZONE",
            "TZID:Asia/Seoul",
            "BEGIN:STANDARD",
            "DTSTART:16010101T000000",
            "RRULE:FREQ=SECONDLY",
            "TZOFFSETFROM:+0900",
            "TZOFFSETTO:+0800",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:16010101T000000",
            "RRULE:FREQ=SECONDLY;BYSECOND=30",
            "TZOFFSETFROM:+0800",
            "TZOFFSETTO:+0900",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "DTSTART;TZID=Asia/Seoul:20260810T000000",
            "EXDATE:20260809T150000Z",
            "RRULE:FREQ=YEARLY;COUNT=2",
            "SUMMARY:S",
            "END:VEVENT",
            "END:VCALENDAR");
    // 2026-08-09T15:00Z is 10 August 00:00 in Seoul (UTC+9 in Java's rules): 2026 is excluded.
    assertThat(
            assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> IcsHolidays.parse(feed, "f.ics")))
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(2027, 8, 10));
    // Older Outlook versions name zones by display name, defined only by the VTIMEZONE: refused.
    String older =
        feed(
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "BEGIN:VEVENT",
            "DTSTART;TZID=\"(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\":20270709T000000",
            "SUMMARY:Sommerfest",
            "END:VEVENT",
            "END:VCALENDAR");
    assertThatThrownBy(() -> IcsHolidays.parse(older, "old-outlook.ics"))
        .hasMessage(
            "old-outlook.ics: line 4: TZID \"(UTC+01:00) Amsterdam, Berlin, Bern, Rom,"
                + " Stockholm, Wien\" is not a time zone (neither a zone name nor a Windows zone name)");
  }

  @Test
  void refusesAZoneItCannotName() {
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics("DTSTART;TZID=Mars Standard Time:20261224T000000", "SUMMARY:S"), "f.ics"))
        .isInstanceOf(CalendarFormatException.class)
        .hasMessage(
            "f.ics: line 4: TZID \"Mars Standard Time\" is not a time zone (neither a zone"
                + " name nor a Windows zone name)");
  }

  @Test
  void windowsZoneTableAgreesWithIcu() {
    // The shipped table is CLDR's (territory 001); ICU4J carries the same CLDR data.
    assertThat(IcsHolidays.windowsZoneNames()).hasSizeGreaterThan(130);
    for (String name : IcsHolidays.windowsZoneNames()) {
      String zone = IcsHolidays.windowsZone(name);
      assertThat(zone).as(name).isEqualTo(com.ibm.icu.util.TimeZone.getIDForWindowsID(name, "001"));
      assertThat(java.time.ZoneId.of(zone)).as(name).isNotNull();
    }
    for (String id : com.ibm.icu.util.TimeZone.getAvailableIDs()) {
      String windows = com.ibm.icu.util.TimeZone.getWindowsID(id);
      if (windows != null) {
        assertThat(IcsHolidays.windowsZoneNames()).as(id).contains(windows);
      }
    }
    // The names Outlook writes for the zones slakit's national sets use.
    assertThat(IcsHolidays.windowsZone("Korea Standard Time")).isEqualTo("Asia/Seoul");
    assertThat(IcsHolidays.windowsZone("W. Europe Standard Time")).isEqualTo("Europe/Berlin");
    assertThat(IcsHolidays.windowsZone("Romance Standard Time")).isEqualTo("Europe/Paris");
    assertThat(IcsHolidays.windowsZone("Central Europe Standard Time"))
        .isEqualTo("Europe/Budapest");
    assertThat(IcsHolidays.windowsZone("Eastern Standard Time")).isEqualTo("America/New_York");
  }

  // --- RFC 5545's own examples ---

  @Test
  void rfc5545EventExamples() {
    // 3.6.1, the meeting: 3 September 1997 16:30-19:00 UTC, one date.
    assertThat(
            IcsHolidays.parse(
                ics(
                    "UID:19970901T130000Z-123401@example.com",
                    "DTSTAMP:19970901T130000Z",
                    "DTSTART:19970903T163000Z",
                    "DTEND:19970903T190000Z",
                    "SUMMARY:Annual Employee Review",
                    "CLASS:PRIVATE",
                    "CATEGORIES:BUSINESS,HUMAN RESOURCES"),
                "rfc.ics"))
        .extracting(Holiday::date, Holiday::name)
        .containsExactly(tuple(LocalDate.of(1997, 9, 3), "Annual Employee Review"));
    // 3.6.1, the reminder: 1 April 16:30 UTC to 2 April 01:00 UTC covers both dates.
    assertThat(
            IcsHolidays.parse(
                ics(
                    "UID:19970901T130000Z-123402@example.com",
                    "DTSTAMP:19970901T130000Z",
                    "DTSTART:19970401T163000Z",
                    "DTEND:19970402T010000Z",
                    "SUMMARY:Laurel is in sensitivity awareness class.",
                    "CLASS:PUBLIC",
                    "CATEGORIES:BUSINESS,HUMAN RESOURCES",
                    "TRANSP:TRANSPARENT"),
                "rfc.ics"))
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(1997, 4, 1), LocalDate.of(1997, 4, 2));
    // 3.6.1, the multi-day event "from June 28th, 2007 to July 8th, 2007 inclusively" (DTEND is
    // 9 July, exclusive): 11 dates.
    List<Holiday> jazz =
        IcsHolidays.parse(
            ics(
                "UID:20070423T123432Z-541111@example.com",
                "DTSTAMP:20070423T123432Z",
                "DTSTART;VALUE=DATE:20070628",
                "DTEND;VALUE=DATE:20070709",
                "SUMMARY:Festival International de Jazz de Montreal",
                "TRANSP:TRANSPARENT"),
            "rfc.ics");
    assertThat(jazz)
        .extracting(Holiday::date)
        .containsExactlyElementsOf(
            LocalDate.of(2007, 6, 28).datesUntil(LocalDate.of(2007, 7, 9)).toList());
    assertThat(jazz).hasSize(11);
    // 3.6.1, the anniversary, RRULE:FREQ=YEARLY without an end: refused (it never ends).
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics(
                        "UID:19970901T130000Z-123403@example.com",
                        "DTSTAMP:19970901T130000Z",
                        "DTSTART;VALUE=DATE:19971102",
                        "SUMMARY:Our Blissful Anniversary",
                        "TRANSP:TRANSPARENT",
                        "CLASS:CONFIDENTIAL",
                        "CATEGORIES:ANNIVERSARY,PERSONAL,SPECIAL OCCASION",
                        "RRULE:FREQ=YEARLY"),
                    "rfc.ics"))
        .hasMessage(
            "rfc.ics: line 11: RRULE \"FREQ=YEARLY\" is not supported: only FREQ=YEARLY"
                + " with COUNT or UNTIL");
  }

  private static List<LocalDate> rfcRule(String dtstart, String rrule) {
    return IcsHolidays.parse(
            ics("DTSTART;TZID=America/New_York:" + dtstart, "RRULE:" + rrule, "SUMMARY:S"),
            "rfc.ics")
        .stream()
        .map(Holiday::date)
        .toList();
  }

  private static List<LocalDate> dates(int year, int month, int... days) {
    return java.util.Arrays.stream(days).mapToObj(d -> LocalDate.of(year, month, d)).toList();
  }

  private static List<LocalDate> concat(List<List<LocalDate>> parts) {
    return parts.stream().flatMap(List::stream).toList();
  }

  @Test
  void rfc5545YearlyRuleExamples() {
    // 3.8.5.3 "Yearly in June and July for 10 occurrences": 10 June and 10 July, 1997-2001.
    assertThat(rfcRule("19970610T090000", "FREQ=YEARLY;COUNT=10;BYMONTH=6,7"))
        .containsExactly(
            LocalDate.of(1997, 6, 10),
            LocalDate.of(1997, 7, 10),
            LocalDate.of(1998, 6, 10),
            LocalDate.of(1998, 7, 10),
            LocalDate.of(1999, 6, 10),
            LocalDate.of(1999, 7, 10),
            LocalDate.of(2000, 6, 10),
            LocalDate.of(2000, 7, 10),
            LocalDate.of(2001, 6, 10),
            LocalDate.of(2001, 7, 10));
    // "Every other year on January, February, and March for 10 occurrences": 10 March 1997, then
    // the 10th of January, February and March of 1999, 2001 and 2003.
    assertThat(rfcRule("19970310T090000", "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3"))
        .containsExactly(
            LocalDate.of(1997, 3, 10),
            LocalDate.of(1999, 1, 10),
            LocalDate.of(1999, 2, 10),
            LocalDate.of(1999, 3, 10),
            LocalDate.of(2001, 1, 10),
            LocalDate.of(2001, 2, 10),
            LocalDate.of(2001, 3, 10),
            LocalDate.of(2003, 1, 10),
            LocalDate.of(2003, 2, 10),
            LocalDate.of(2003, 3, 10));
    // "Every third year on the 1st, 100th, and 200th day for 10 occurrences": day 100 is 10 April
    // and day 200 is 19 July, one day earlier in the leap year 2000.
    assertThat(rfcRule("19970101T090000", "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200"))
        .containsExactly(
            LocalDate.of(1997, 1, 1),
            LocalDate.of(1997, 4, 10),
            LocalDate.of(1997, 7, 19),
            LocalDate.of(2000, 1, 1),
            LocalDate.of(2000, 4, 9),
            LocalDate.of(2000, 7, 18),
            LocalDate.of(2003, 1, 1),
            LocalDate.of(2003, 4, 10),
            LocalDate.of(2003, 7, 19),
            LocalDate.of(2006, 1, 1));
    // "Every day in January, for 3 years": UNTIL 2000-01-31 14:00 UTC is 09:00 in New York, the
    // last occurrence itself: every day of January 1998, 1999 and 2000.
    assertThat(
            rfcRule(
                "19980101T090000",
                "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA"))
        .containsExactlyElementsOf(
            concat(
                List.of(
                    LocalDate.of(1998, 1, 1).datesUntil(LocalDate.of(1998, 2, 1)).toList(),
                    LocalDate.of(1999, 1, 1).datesUntil(LocalDate.of(1999, 2, 1)).toList(),
                    LocalDate.of(2000, 1, 1).datesUntil(LocalDate.of(2000, 2, 1)).toList())));

    // The "forever" yearly examples are refused as they stand; with a COUNT their first
    // occurrences are the RFC's.
    assertThatThrownBy(() -> rfcRule("19970519T090000", "FREQ=YEARLY;BYDAY=20MO"))
        .hasMessage(
            "rfc.ics: line 5: RRULE \"FREQ=YEARLY;BYDAY=20MO\" is not supported: only"
                + " FREQ=YEARLY with COUNT or UNTIL");
    // "Every 20th Monday of the year": May 19 1997, May 18 1998, May 17 1999.
    assertThat(rfcRule("19970519T090000", "FREQ=YEARLY;BYDAY=20MO;COUNT=3"))
        .containsExactly(
            LocalDate.of(1997, 5, 19), LocalDate.of(1998, 5, 18), LocalDate.of(1999, 5, 17));
    // "Monday of week number 20": May 12 1997, May 11 1998, May 17 1999.
    assertThat(rfcRule("19970512T090000", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO;COUNT=3"))
        .containsExactly(
            LocalDate.of(1997, 5, 12), LocalDate.of(1998, 5, 11), LocalDate.of(1999, 5, 17));
    // "Every Thursday in March": March 13, 20, 27 1997; 5, 12, 19, 26 1998; 4, 11, 18, 25 1999.
    assertThat(rfcRule("19970313T090000", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH;COUNT=11"))
        .containsExactlyElementsOf(
            concat(
                List.of(
                    dates(1997, 3, 13, 20, 27),
                    dates(1998, 3, 5, 12, 19, 26),
                    dates(1999, 3, 4, 11, 18, 25))));
    // "Every Thursday, but only during June, July, and August": the 1997 and 1998 summers.
    assertThat(rfcRule("19970605T090000", "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8;COUNT=26"))
        .containsExactlyElementsOf(
            concat(
                List.of(
                    dates(1997, 6, 5, 12, 19, 26),
                    dates(1997, 7, 3, 10, 17, 24, 31),
                    dates(1997, 8, 7, 14, 21, 28),
                    dates(1998, 6, 4, 11, 18, 25),
                    dates(1998, 7, 2, 9, 16, 23, 30),
                    dates(1998, 8, 6, 13, 20, 27))));
    // "Every 4 years, the first Tuesday after a Monday in November" (U.S. Presidential Election
    // day): November 5 1996, November 7 2000, November 2 2004.
    assertThat(
            rfcRule(
                "19961105T090000",
                "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8;COUNT=3"))
        .containsExactly(
            LocalDate.of(1996, 11, 5), LocalDate.of(2000, 11, 7), LocalDate.of(2004, 11, 2));
  }

  @Test
  void rfc5545ExdateExample() {
    // 3.8.5.1: "EXDATE:19960402T010000Z,19960403T010000Z,19960404T010000Z", folded as in the
    // RFC, on a rule giving 2, 3 and 4 April 01:00 UTC in 1996 and 1997: only 1997 is left.
    String feed =
        feed(
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "BEGIN:VEVENT",
            "DTSTART:19960402T010000Z",
            "RRULE:FREQ=YEARLY;COUNT=6;BYMONTH=4;BYMONTHDAY=2,3,4",
            "EXDATE:19960402T010000Z,19960403T010000Z,",
            " 19960404T010000Z",
            "SUMMARY:S",
            "END:VEVENT",
            "END:VCALENDAR");
    assertThat(IcsHolidays.parse(feed, "rfc.ics"))
        .extracting(Holiday::date)
        .containsExactly(
            LocalDate.of(1997, 4, 2), LocalDate.of(1997, 4, 3), LocalDate.of(1997, 4, 4));
  }

  // --- real exports ---

  @Test
  void readsAnOutlookExport() throws Exception {
    // Outlook 16 "Save as iCalendar" of a Berlin company's closures: Windows zone names with their
    // VTIMEZONE, X-MS-OLK and X-MICROSOFT properties, lines folded at 75 octets (one fold just
    // before a two-octet "\u00e4", the long UIDs), CRLF. Worked out by hand:
    //   Betriebsferien: 24 December 2026, DTEND 2 January 2027 exclusive: 24-31 December, 1
    // January.
    //   Inventur: 29 January 2027, 13:00-18:00.
    //   Serverumzug: 27 March 2027 22:00 to 28 March 06:00 (the night summer time begins): 27, 28.
    //   Gruendungstag: 17 June, three years from 2027, 2028 excluded: 2027, 2029.
    //   Sommerfest: second Friday of July, three years from 2027: 9 July 2027, 14 July 2028
    //   (excluded), 13 July 2029.
    List<Holiday> hs = IcsHolidays.read(resource("outlook-export.ics"));
    assertThat(hs)
        .extracting(Holiday::date)
        .containsExactlyElementsOf(
            concat(
                List.of(
                    LocalDate.of(2026, 12, 24).datesUntil(LocalDate.of(2027, 1, 2)).toList(),
                    List.of(
                        LocalDate.of(2027, 1, 29),
                        LocalDate.of(2027, 3, 27),
                        LocalDate.of(2027, 3, 28),
                        LocalDate.of(2027, 6, 17),
                        LocalDate.of(2029, 6, 17),
                        LocalDate.of(2027, 7, 9),
                        LocalDate.of(2029, 7, 13)))));
    assertThat(hs)
        .extracting(Holiday::name)
        .containsSubsequence(
            "Betriebsferien zwischen den Jahren",
            "Inventur",
            "Serverumzug",
            "Gr\u00fcndungstag",
            "Sommerfest");
  }

  @Test
  void readsAGoogleCalendarExport() throws Exception {
    // Google Calendar's export of a Seoul company's closures: X-WR-TIMEZONE Asia/Seoul, UTC times
    // for a one-off timed event, a moved occurrence as a second VEVENT with RECURRENCE-ID, Korean
    // text folded at 75 octets, CRLF. Worked out by hand:
    //   Year-end closure: 24 and 25 December 2026.
    //   Summer day: 2026-08-09T15:00Z to 2026-08-10T15:00Z is 10 August 00:00 to 11 August 00:00
    //   in Seoul: 10 August only (the UTC dates would be 9 and 10).
    //   Founders' day: 14 April 2026-2029; 2027 excluded, 2028 moved to Monday 17 April (the
    //   RECURRENCE-ID event, after it in the file): 2026-04-14, 2029-04-14, then 2028-04-17.
    //   Summer shutdown: 7 August 13:00 Seoul, UNTIL 2028-08-06T15:00Z (7 August 00:00 Seoul):
    //   2026 and 2027; 2028's 13:00 is after UNTIL.
    //   Team retreat: cancelled.
    List<Holiday> hs = IcsHolidays.read(resource("google-export.ics"));
    assertThat(hs)
        .extracting(Holiday::date)
        .containsExactly(
            LocalDate.of(2026, 12, 24),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 8, 10),
            LocalDate.of(2026, 4, 14),
            LocalDate.of(2029, 4, 14),
            LocalDate.of(2028, 4, 17),
            LocalDate.of(2026, 8, 7),
            LocalDate.of(2027, 8, 7));
    assertThat(hs.get(0).name()).isEqualTo("\uc5f0\ub9d0 \ud734\ubb34 (Year-end closure)");
    assertThat(hs.get(3).name()).isEqualTo("Founders' day");
  }

  @Test
  void utcTimesCountInTheFeedsOwnZone() {
    // Google Calendar writes one-off timed events in UTC and names the calendar's zone in
    // X-WR-TIMEZONE. 2026-08-09T15:00Z to 2026-08-10T15:00Z is 10 August 00:00 to 11 August 00:00
    // in Seoul: 10 August only.
    String feed =
        feed(
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "X-WR-TIMEZONE:Asia/Seoul",
            "BEGIN:VEVENT",
            "DTSTART:20260809T150000Z",
            "DTEND:20260810T150000Z",
            "SUMMARY:Summer day",
            "END:VEVENT",
            "END:VCALENDAR");
    assertThat(IcsHolidays.parse(feed, "f.ics"))
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(2026, 8, 10));
  }

  @Test
  void aMovedOccurrenceReplacesTheOneItMoves() {
    // RFC 5545 3.8.4.4: an event with the UID of a recurring one and a RECURRENCE-ID replaces that
    // occurrence. 14 April 2026-2028; 2027 moved to the 16th, 2028 moved and then cancelled.
    String feed =
        feed(
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "BEGIN:VEVENT",
            "UID:f@acme",
            "DTSTART;VALUE=DATE:20260414",
            "RRULE:FREQ=YEARLY;COUNT=3",
            "SUMMARY:Founders day",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:f@acme",
            "RECURRENCE-ID;VALUE=DATE:20270414",
            "DTSTART;VALUE=DATE:20270416",
            "SUMMARY:Founders day",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:f@acme",
            "RECURRENCE-ID;VALUE=DATE:20280414",
            "DTSTART;VALUE=DATE:20280417",
            "STATUS:CANCELLED",
            "SUMMARY:Founders day",
            "END:VEVENT",
            "END:VCALENDAR");
    assertThat(IcsHolidays.parse(feed, "f.ics"))
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(2026, 4, 14), LocalDate.of(2027, 4, 16));
  }

  // --- what is refused ---

  @Test
  void refusesRecurrencesItDoesNotApply() {
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics("DTSTART;VALUE=DATE:20260414", "RDATE;VALUE=DATE:20270415", "SUMMARY:S"),
                    "f.ics"))
        .hasMessage(
            "f.ics: line 5: RDATE \"20270415\" is not supported: an event repeats by one"
                + " RRULE (FREQ=YEARLY), less its EXDATEs");
    // RFC 5545 3.3.10 leaves a rule undefined when DTSTART is not one of its occurrences.
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics(
                        "DTSTART;VALUE=DATE:20260301",
                        "RRULE:FREQ=YEARLY;COUNT=3;BYMONTH=6",
                        "SUMMARY:S"),
                    "f.ics"))
        .hasMessage(
            "f.ics: line 5: DTSTART \"20260301\" is not an occurrence of RRULE"
                + " \"FREQ=YEARLY;COUNT=3;BYMONTH=6\"; RFC 5545 leaves such a recurrence undefined");
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics(
                        "DTSTART;VALUE=DATE:20260414",
                        "RRULE:FREQ=YEARLY;COUNT=3",
                        "EXDATE:20270414T000000",
                        "SUMMARY:S"),
                    "f.ics"))
        .hasMessage(
            "f.ics: line 6: EXDATE \"20270414T000000\" is a date-time but DTSTART is a"
                + " date; RFC 5545 gives them one value type");
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics("DTSTART;VALUE=DATE:20260414", "DTSTART;VALUE=DATE:20260415", "SUMMARY:S"),
                    "f.ics"))
        .hasMessage("f.ics: line 5: DTSTART is given again (first at line 4); an event has one");
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics("DTSTART;VALUE=DATE:20260414", "RRULE:FREQ=YEARLY;COUNT=0", "SUMMARY:S"),
                    "f.ics"))
        .hasMessage(
            "f.ics: line 5: COUNT 0 in RRULE \"FREQ=YEARLY;COUNT=0\" is not a positive number");
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics("DTSTART;VALUE=DATE:20260414", "RRULE:FREQ=YEARLY;COUNT=many", "SUMMARY:S"),
                    "f.ics"))
        .hasMessage("f.ics: line 5: RRULE \"FREQ=YEARLY;COUNT=many\" is not a recurrence rule");
    assertThatThrownBy(
            () ->
                IcsHolidays.parse(
                    ics("DTSTART;VALUE=DATE:20260414", "DURATION:soon", "SUMMARY:S"), "f.ics"))
        .hasMessage(
            "f.ics: line 5: DURATION \"soon\" is not a positive duration (P1D, P2W, PT24H)");
  }
}
