package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slakit.calendars.BusinessCalendar.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-checked examples of docs/POLICIES.md TIME-2..TIME-6, one named instant per row. */
class BusinessCalendarTableTest {
  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

  static final EnumSet<DayOfWeek> MON_FRI = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  static final EnumSet<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

  // KST is UTC+9 all year.
  static final Instant MON_2026_03_02_0900_KST = Instant.parse("2026-03-02T00:00:00Z");
  static final Instant MON_2026_03_02_1700_KST = Instant.parse("2026-03-02T08:00:00Z");
  static final Instant MON_2026_03_02_1800_KST = Instant.parse("2026-03-02T09:00:00Z");
  static final Instant FRI_2026_03_06_1730_KST = Instant.parse("2026-03-06T08:30:00Z");
  static final Instant SAT_2026_03_07_1000_KST = Instant.parse("2026-03-07T01:00:00Z");
  static final Instant MON_2026_03_09_0900_KST = Instant.parse("2026-03-09T00:00:00Z");
  static final Instant MON_2026_03_09_1200_KST = Instant.parse("2026-03-09T03:00:00Z");
  static final Instant MON_2026_03_09_1730_KST = Instant.parse("2026-03-09T08:30:00Z");
  static final Instant MON_2026_03_09_2200_KST = Instant.parse("2026-03-09T13:00:00Z");
  static final Instant TUE_2026_03_10_0000_KST = Instant.parse("2026-03-09T15:00:00Z");
  static final Instant TUE_2026_03_10_0900_KST = Instant.parse("2026-03-10T00:00:00Z");
  static final Instant WED_2026_03_11_0000_KST = Instant.parse("2026-03-10T15:00:00Z");
  static final Instant WED_2026_03_11_0600_KST = Instant.parse("2026-03-10T21:00:00Z");
  static final Instant WED_2026_03_11_1200_KST = Instant.parse("2026-03-11T03:00:00Z");
  static final Instant THU_2026_12_31_2200_KST = Instant.parse("2026-12-31T13:00:00Z");
  static final Instant FRI_2027_01_01_0600_KST = Instant.parse("2026-12-31T21:00:00Z");

  // New York: EST UTC-5, EDT UTC-4; 2026-03-08 02:00 -> 03:00, 2026-11-01 02:00 -> 01:00.
  static final Instant SUN_2026_03_08_0100_EST = Instant.parse("2026-03-08T06:00:00Z");
  static final Instant SUN_2026_03_08_0300_EDT = Instant.parse("2026-03-08T07:00:00Z");
  static final Instant SUN_2026_03_08_0400_EDT = Instant.parse("2026-03-08T08:00:00Z");
  static final Instant SUN_2026_03_08_0500_EDT = Instant.parse("2026-03-08T09:00:00Z");
  static final Instant SUN_2026_11_01_0000_EDT = Instant.parse("2026-11-01T04:00:00Z");
  static final Instant SUN_2026_11_01_0100_EDT = Instant.parse("2026-11-01T05:00:00Z");
  static final Instant SUN_2026_11_01_0130_EST = Instant.parse("2026-11-01T06:30:00Z");
  static final Instant SUN_2026_11_01_0500_EST = Instant.parse("2026-11-01T10:00:00Z");

  // Paris: CET UTC+1, CEST UTC+2; 2026-03-29 02:00 -> 03:00, 2026-10-25 03:00 -> 02:00.
  static final Instant SUN_2026_03_29_0100_CET = Instant.parse("2026-03-29T00:00:00Z");
  static final Instant SUN_2026_03_29_0500_CEST = Instant.parse("2026-03-29T03:00:00Z");
  static final Instant SUN_2026_10_25_0100_CEST = Instant.parse("2026-10-24T23:00:00Z");
  static final Instant SUN_2026_10_25_0500_CET = Instant.parse("2026-10-25T04:00:00Z");

  // Lord Howe: UTC+10:30, UTC+11 in summer; 2026-04-05 02:00 -> 01:30, 2026-10-04 02:00 -> 02:30.
  static final Instant SUN_2026_04_05_0100_LHDT = Instant.parse("2026-04-04T14:00:00Z");
  static final Instant SUN_2026_04_05_0300_LHST = Instant.parse("2026-04-04T16:30:00Z");
  static final Instant SUN_2026_10_04_0100_LHST = Instant.parse("2026-10-03T14:30:00Z");
  static final Instant SUN_2026_10_04_0300_LHDT = Instant.parse("2026-10-03T16:00:00Z");

  static TimeWindow w(String text) {
    return TimeWindow.parse(text);
  }

  static BusinessCalendar officeKst() {
    return BusinessCalendar.builder(SEOUL).id("office").weekly(MON_FRI, w("09:00-18:00")).build();
  }

  static BusinessCalendar everyDay(ZoneId zone, String window) {
    return BusinessCalendar.builder(zone).weekly(EVERY_DAY, w(window)).build();
  }

  @Test
  void businessDaysFollowTime3() {
    BusinessCalendar c = officeKst();
    // TIME-3 example 1: Friday 17:30 + 1 business day = Monday 17:30
    assertThat(c.addBusinessDays(FRI_2026_03_06_1730_KST, 1)).isEqualTo(MON_2026_03_09_1730_KST);
    // TIME-3 example 2: Saturday 10:00 starts Monday 09:00, + 1 = Tuesday 09:00
    assertThat(c.addBusinessDays(SAT_2026_03_07_1000_KST, 1)).isEqualTo(TUE_2026_03_10_0900_KST);
    // zero days: the start s itself
    assertThat(c.addBusinessDays(SAT_2026_03_07_1000_KST, 0)).isEqualTo(MON_2026_03_09_0900_KST);
    // clamped: 17:30 on a half day (09:00-13:00) gives that day's closing
    BusinessCalendar halfDay =
        officeKst().toBuilder().date(LocalDate.of(2026, 3, 9), List.of(w("09:00-13:00"))).build();
    assertThat(halfDay.addBusinessDays(FRI_2026_03_06_1730_KST, 1))
        .isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
    // a holiday on Monday moves it to Tuesday
    BusinessCalendar holiday =
        officeKst().toBuilder().addHoliday(LocalDate.of(2026, 3, 9), "closure").build();
    assertThat(holiday.addBusinessDays(FRI_2026_03_06_1730_KST, 1))
        .isEqualTo(Instant.parse("2026-03-10T08:30:00Z"));
  }

  @Test
  void exactEndOfWindowIsTheDeadline() {
    BusinessCalendar c = officeKst();
    // TIME-2: 9 business hours from Monday 09:00 use up the window: Monday 18:00, not Tuesday 09:00
    assertThat(c.add(MON_2026_03_02_0900_KST, Duration.ofHours(9)))
        .isEqualTo(MON_2026_03_02_1800_KST);
    // 8 hours: 17:00 the same day
    assertThat(c.add(MON_2026_03_02_0900_KST, Duration.ofHours(8)))
        .isEqualTo(MON_2026_03_02_1700_KST);
    // subtract is the inverse: 9 h before Monday 18:00 is Monday 09:00
    assertThat(c.subtract(MON_2026_03_02_1800_KST, Duration.ofHours(9)))
        .isEqualTo(MON_2026_03_02_0900_KST);
    // zero from outside hours: the next opening / previous closing
    assertThat(c.add(SAT_2026_03_07_1000_KST, Duration.ZERO)).isEqualTo(MON_2026_03_09_0900_KST);
    assertThat(c.subtract(SAT_2026_03_07_1000_KST, Duration.ZERO))
        .isEqualTo(Instant.parse("2026-03-06T09:00:00Z"));
    // 45 h from Monday 09:00 is Friday 18:00 (five windows used up exactly)
    assertThat(c.add(MON_2026_03_02_0900_KST, Duration.ofHours(45)))
        .isEqualTo(Instant.parse("2026-03-06T09:00:00Z"));
    // one nanosecond more opens Monday
    assertThat(c.add(MON_2026_03_02_0900_KST, Duration.ofHours(45).plusNanos(1)))
        .isEqualTo(MON_2026_03_09_0900_KST.plusNanos(1));
  }

  @Test
  void springForwardShortensAndFallBackLengthensWindows() {
    BusinessCalendar ny = everyDay(NEW_YORK, "01:00-05:00");
    // New York 2026-03-08: 01:00 EST to 05:00 EDT lasts 3 h
    assertThat(
            ny.intervals(
                SUN_2026_03_08_0100_EST.minusSeconds(3600),
                SUN_2026_03_08_0500_EDT.plusSeconds(3600)))
        .containsExactly(new Interval(SUN_2026_03_08_0100_EST, SUN_2026_03_08_0500_EDT));
    assertThat(ny.between(SUN_2026_03_08_0100_EST, SUN_2026_03_08_0500_EDT))
        .isEqualTo(Duration.ofHours(3));
    // New York 2026-11-01: 01:00 EDT (first) to 05:00 EST lasts 5 h
    assertThat(
            ny.between(
                SUN_2026_11_01_0100_EDT.minusSeconds(3600),
                SUN_2026_11_01_0500_EST.plusSeconds(3600)))
        .isEqualTo(Duration.ofHours(5));
    assertThat(ny.add(SUN_2026_11_01_0100_EDT, Duration.ofHours(5)))
        .isEqualTo(SUN_2026_11_01_0500_EST);

    BusinessCalendar paris = everyDay(PARIS, "01:00-05:00");
    // Paris 2026-03-29: 3 h; 2026-10-25: 5 h
    assertThat(paris.intervals(SUN_2026_03_29_0100_CET, SUN_2026_03_29_0500_CEST.plusSeconds(7200)))
        .containsExactly(new Interval(SUN_2026_03_29_0100_CET, SUN_2026_03_29_0500_CEST));
    assertThat(paris.intervals(SUN_2026_10_25_0100_CEST, SUN_2026_10_25_0500_CET.plusSeconds(7200)))
        .containsExactly(new Interval(SUN_2026_10_25_0100_CEST, SUN_2026_10_25_0500_CET));

    BusinessCalendar lordHowe = everyDay(LORD_HOWE, "01:00-03:00");
    // Lord Howe's half-hour shifts: 2 h window lasts 1.5 h in October, 2.5 h in April
    assertThat(
            lordHowe.intervals(
                SUN_2026_10_04_0100_LHST, SUN_2026_10_04_0300_LHDT.plusSeconds(3600)))
        .containsExactly(new Interval(SUN_2026_10_04_0100_LHST, SUN_2026_10_04_0300_LHDT));
    assertThat(
            lordHowe.intervals(
                SUN_2026_04_05_0100_LHDT, SUN_2026_04_05_0300_LHST.plusSeconds(3600)))
        .containsExactly(new Interval(SUN_2026_04_05_0100_LHDT, SUN_2026_04_05_0300_LHST));
  }

  @Test
  void windowStartingInGapOrEndingInOverlap() {
    // 02:30 does not exist on 2026-03-08 in New York: the window opens at the transition (03:00
    // EDT)
    BusinessCalendar gap = everyDay(NEW_YORK, "02:30-04:00");
    assertThat(gap.nextOpening(SUN_2026_03_08_0100_EST)).contains(SUN_2026_03_08_0300_EDT);
    assertThat(gap.between(SUN_2026_03_08_0100_EST, SUN_2026_03_08_0500_EDT))
        .isEqualTo(Duration.ofHours(1));
    // a window wholly in the gap (02:00-02:45) is empty that day
    BusinessCalendar empty = everyDay(NEW_YORK, "02:00-02:45");
    assertThat(empty.between(SUN_2026_03_08_0100_EST, SUN_2026_03_08_0500_EDT))
        .isEqualTo(Duration.ZERO);
    assertThat(empty.isBusinessDay(LocalDate.of(2026, 3, 8))).isFalse();
    assertThat(empty.isBusinessDay(LocalDate.of(2026, 3, 9))).isTrue();
    // 01:30 occurs twice on 2026-11-01: a window ending at 01:30 ends at the second one (EST)
    BusinessCalendar overlap = everyDay(NEW_YORK, "00:00-01:30");
    assertThat(overlap.intervals(SUN_2026_11_01_0000_EDT, SUN_2026_11_01_0500_EST))
        .containsExactly(new Interval(SUN_2026_11_01_0000_EDT, SUN_2026_11_01_0130_EST));
    assertThat(overlap.between(SUN_2026_11_01_0000_EDT, SUN_2026_11_01_0500_EST))
        .isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void overnightWindowWithAHolidayOnItsSecondDay() {
    // every day 22:00-06:00; Tuesday 2026-03-10 is a holiday
    BusinessCalendar c =
        BusinessCalendar.builder(SEOUL)
            .weekly(EVERY_DAY, w("22:00-06:00"))
            .addHoliday(LocalDate.of(2026, 3, 10), "closure")
            .build();
    // Monday's window loses its Tuesday part; Tuesday's own window keeps its Wednesday part
    assertThat(c.intervals(MON_2026_03_09_1200_KST, WED_2026_03_11_1200_KST))
        .containsExactly(
            new Interval(MON_2026_03_09_2200_KST, TUE_2026_03_10_0000_KST),
            new Interval(WED_2026_03_11_0000_KST, WED_2026_03_11_0600_KST));
    assertThat(c.between(MON_2026_03_09_1200_KST, WED_2026_03_11_1200_KST))
        .isEqualTo(Duration.ofHours(8));
    assertThat(c.isBusinessDay(LocalDate.of(2026, 3, 10))).isFalse();
    // 2 h from Monday 22:00 uses up the cut window: its end, Tuesday 00:00
    assertThat(c.add(MON_2026_03_09_2200_KST, Duration.ofHours(2)))
        .isEqualTo(TUE_2026_03_10_0000_KST);
  }

  @Test
  void intervalOverTheYearBoundaryIsOne() {
    BusinessCalendar c =
        BusinessCalendar.builder(SEOUL).weekly(EVERY_DAY, w("22:00-06:00")).build();
    // 31 Dec 22:00 to 1 Jan 06:00 spans two index chunks but is one interval
    assertThat(
            c.intervals(
                THU_2026_12_31_2200_KST.minusSeconds(3600),
                FRI_2027_01_01_0600_KST.plusSeconds(3600)))
        .containsExactly(new Interval(THU_2026_12_31_2200_KST, FRI_2027_01_01_0600_KST));
    // 8 h use the window up exactly: its end (TIME-2), though the chunk ends at midnight
    assertThat(c.add(THU_2026_12_31_2200_KST, Duration.ofHours(8)))
        .isEqualTo(FRI_2027_01_01_0600_KST);
    assertThat(c.add(THU_2026_12_31_2200_KST, Duration.ofHours(2)))
        .isEqualTo(Instant.parse("2026-12-31T15:00:00Z"));
    assertThat(c.subtract(FRI_2027_01_01_0600_KST, Duration.ofHours(8)))
        .isEqualTo(THU_2026_12_31_2200_KST);
    assertThat(c.previousClosing(FRI_2027_01_01_0600_KST.plusSeconds(60)))
        .contains(FRI_2027_01_01_0600_KST);
  }

  @Test
  void allDayCalendarIsElapsedTime() {
    BusinessCalendar c = everyDay(PARIS, "00:00-24:00");
    Instant from = Instant.parse("2025-12-31T12:00:00Z");
    Instant to = Instant.parse("2027-03-01T00:00:00Z");
    // TIME-1: 24x7 counts elapsed time, DST changes and year boundaries included
    assertThat(c.between(from, to)).isEqualTo(Duration.between(from, to));
    assertThat(c.add(from, Duration.ofDays(400))).isEqualTo(from.plus(Duration.ofDays(400)));
    assertThat(c.subtract(to, Duration.ofDays(400))).isEqualTo(to.minus(Duration.ofDays(400)));
    assertThat(c.intervals(from, to)).containsExactly(new Interval(from, to));
    assertThat(c.isBusinessTime(SUN_2026_03_29_0100_CET)).isTrue();
  }

  @Test
  void closedCalendarFailsCleanly() {
    BusinessCalendar closed = BusinessCalendar.builder(SEOUL).id("closed").build();
    assertThat(closed.nextOpening(MON_2026_03_02_0900_KST)).isEmpty();
    assertThat(closed.previousClosing(MON_2026_03_02_0900_KST)).isEmpty();
    assertThatThrownBy(() -> closed.add(MON_2026_03_02_0900_KST, Duration.ofHours(1)))
        .isInstanceOf(CalendarException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> closed.addBusinessDays(MON_2026_03_02_0900_KST, 1))
        .isInstanceOf(CalendarException.class);
    assertThat(closed.between(MON_2026_03_02_0900_KST, MON_2026_03_09_0900_KST))
        .isEqualTo(Duration.ZERO);
    // every date a holiday for a year: the search ends at the range's end, not in an endless loop
    BusinessCalendar.Builder b = officeKst().toBuilder();
    for (LocalDate d = LocalDate.of(2299, 1, 1); d.getYear() == 2299; d = d.plusDays(1)) {
      b.addHoliday(d, "closed");
    }
    BusinessCalendar lastYearClosed = b.build();
    Instant dec2298 = Instant.parse("2298-12-31T00:00:00Z");
    assertThatThrownBy(() -> lastYearClosed.add(dec2298, Duration.ofHours(10)))
        .isInstanceOf(CalendarException.class)
        .hasMessageContaining("2300")
        .hasMessageContaining("1900..2299");
    assertThat(lastYearClosed.nextOpening(Instant.parse("2298-12-31T10:00:00Z"))).isEmpty();
  }

  @Test
  void outsideTheSupportedYears() {
    BusinessCalendar c = officeKst();
    assertThatThrownBy(() -> c.isBusinessTime(Instant.parse("1899-06-01T00:00:00Z")))
        .isInstanceOf(CalendarException.class)
        .hasMessageContaining("1899")
        .hasMessageContaining("1900..2299");
    assertThatThrownBy(() -> c.add(Instant.parse("2299-12-31T00:00:00Z"), Duration.ofHours(10)))
        .isInstanceOf(CalendarException.class)
        .hasMessageContaining("2300");
    assertThatThrownBy(
            () -> BusinessCalendar.builder(SEOUL).addHoliday(LocalDate.of(2400, 1, 1), "x").build())
        .isInstanceOf(CalendarException.class)
        .hasMessageContaining("addHoliday(2400-01-01)");
  }

  @Test
  void nanosecondInputs() {
    BusinessCalendar c = officeKst();
    Instant justBeforeClose = MON_2026_03_02_1800_KST.minusNanos(1);
    // 1 ns uses up the window: its end
    assertThat(c.add(justBeforeClose, Duration.ofNanos(1))).isEqualTo(MON_2026_03_02_1800_KST);
    // 2 ns: 1 ns into Tuesday
    assertThat(c.add(justBeforeClose, Duration.ofNanos(2)))
        .isEqualTo(Instant.parse("2026-03-03T00:00:00.000000001Z"));
    assertThat(
            c.between(
                MON_2026_03_02_0900_KST.minusSeconds(60), MON_2026_03_02_0900_KST.plusNanos(7)))
        .isEqualTo(Duration.ofNanos(7));
    assertThat(c.subtract(MON_2026_03_02_0900_KST.plusNanos(3), Duration.ofNanos(5)))
        .isEqualTo(Instant.parse("2026-02-27T08:59:59.999999998Z"));
    assertThat(c.isBusinessTime(MON_2026_03_02_1800_KST.minusNanos(1))).isTrue();
    assertThat(c.isBusinessTime(MON_2026_03_02_1800_KST)).isFalse();
    // windows with seconds and nanoseconds
    BusinessCalendar odd =
        BusinessCalendar.builder(SEOUL)
            .weekly(MON_FRI, TimeWindow.of(LocalTime.of(9, 0, 0, 500), LocalTime.of(9, 0, 1)))
            .build();
    assertThat(odd.between(MON_2026_03_02_0900_KST, MON_2026_03_02_1800_KST))
        .isEqualTo(Duration.ofNanos(999_999_500));
  }

  @Test
  void betweenIsNegativeBackwards() {
    BusinessCalendar c = officeKst();
    assertThat(c.between(MON_2026_03_02_1800_KST, MON_2026_03_02_0900_KST))
        .isEqualTo(Duration.ofHours(-9));
    assertThat(c.between(MON_2026_03_09_0900_KST, MON_2026_03_02_0900_KST))
        .isEqualTo(Duration.ofHours(-45));
  }

  @Test
  void breaksAndDateOverrides() {
    LocalDate mon = LocalDate.of(2026, 3, 2);
    BusinessCalendar c =
        officeKst().toBuilder()
            .breakOn(mon, w("12:00-13:00"))
            .date(LocalDate.of(2026, 3, 7), List.of(w("10:00-12:00"))) // Saturday opening
            .date(LocalDate.of(2026, 3, 4), List.of()) // Wednesday closed
            .build();
    assertThat(c.between(MON_2026_03_02_0900_KST, MON_2026_03_02_1800_KST))
        .isEqualTo(Duration.ofHours(8));
    assertThat(c.isBusinessDay(LocalDate.of(2026, 3, 4))).isFalse();
    assertThat(c.isBusinessDay(LocalDate.of(2026, 3, 7))).isTrue();
    assertThat(c.addBusinessDays(FRI_2026_03_06_1730_KST, 1))
        .isEqualTo(Instant.parse("2026-03-07T03:00:00Z"));
    // the dates with their own hours, in date order, for a picture of the calendar
    assertThat(c.dates())
        .containsExactly(
            java.util.Map.entry(LocalDate.of(2026, 3, 4), List.of()),
            java.util.Map.entry(LocalDate.of(2026, 3, 7), List.of(w("10:00-12:00"))));
    assertThat(officeKst().dates()).isEmpty();
  }

  @Test
  void builderRoundTripsAndValidates() {
    BusinessCalendar c =
        officeKst().toBuilder()
            .breakOn(LocalDate.of(2026, 3, 2), w("12:00-13:00"))
            .addHoliday(LocalDate.of(2026, 5, 1), "Labour Day")
            .build();
    assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(c.toBuilder().id("other").build()).isNotEqualTo(c);
    BusinessCalendar.Builder b = c.toBuilder();
    BusinessCalendar first = b.build();
    BusinessCalendar second = b.addHoliday(LocalDate.of(2026, 5, 5), "x").build();
    assertThat(first).isEqualTo(c);
    assertThat(second).isNotEqualTo(first);
    assertThat(c.toString())
        .isEqualTo(
            "BusinessCalendar[office, Asia/Seoul, MON-FRI 09:00-18:00, holidays - +1 -0, 1 break date]");
    assertThat(c.holidays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .containsExactly(
            new Holiday(LocalDate.of(2026, 5, 1), "Labour Day", "Labour Day", HolidayKind.CUSTOM));
    assertThat(c.isHoliday(LocalDate.of(2026, 5, 1))).isTrue();
    assertThat(c.isHoliday(LocalDate.of(2026, 5, 2))).isFalse();
    assertThatThrownBy(() -> c.add(MON_2026_03_02_0900_KST, Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount (PT-1H)");
    assertThatThrownBy(() -> c.addBusinessDays(MON_2026_03_02_0900_KST, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days (-2)");
    assertThatThrownBy(() -> BusinessCalendar.builder(SEOUL).weekly(DayOfWeek.MONDAY, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("weekly(MONDAY)");
  }
}
