package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.TimeWindow;
import io.github.slakit.core.CaseEvent.Type;
import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.CaseStatus.MetricStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The case lifecycle (LIFE-1..LIFE-7) on examples worked out by hand, each in its comment. Unless
 * said otherwise the calendar is {@link TestRuleset#officeHours()}: Monday to Friday 09:00-18:00 in
 * Seoul, which has no daylight saving. 2026-03-02 and 2026-03-09 are Mondays.
 */
class LifecycleExamplesTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static Instant kst(String local) {
    return LocalDateTime.parse(local).atZone(SEOUL).toInstant();
  }

  private static Instant paris(String local) {
    return LocalDateTime.parse(local).atZone(PARIS).toInstant();
  }

  private static CaseStatus status(
      BusinessCalendar calendar,
      TestRuleset ruleset,
      Instant opened,
      int severity,
      List<CaseEvent> events,
      Instant at,
      StatusOptions options) {
    SlaEngine engine = SlaEngine.builder().ruleset(ruleset).build();
    SupportCase c =
        SupportCase.builder(
                "C-1", TestRuleset.VENDOR, opened.atZone(calendar.zone()).toOffsetDateTime())
            .severity(severity)
            .build();
    Subscription s =
        Subscription.builder("S-1", TestRuleset.VENDOR, "ANY", new Location("XX", calendar.zone()))
            .calendar(calendar)
            .build();
    return engine.status(c, s, events, at, options);
  }

  private static CaseStatus office(
      IntFunction<TimeSpan> response,
      Instant opened,
      int severity,
      List<CaseEvent> events,
      Instant at) {
    return status(
        TestRuleset.officeHours(),
        new TestRuleset(response),
        opened,
        severity,
        events,
        at,
        StatusOptions.DEFAULTS);
  }

  private static MetricStatus cycle(CaseStatus st, String metric, int cycle) {
    return st.metrics().stream()
        .filter(m -> m.metric().equals(metric) && m.cycle() == cycle)
        .findFirst()
        .orElseThrow(() -> new AssertionError(metric + " has no cycle " + cycle));
  }

  private static CaseEvent ev(Type type, Instant at) {
    return CaseEvent.of(type, at);
  }

  @Test
  void aPauseFromFriday17ToMonday10LosesExactlyTwoBusinessHours() {
    // 16 business hours from Thu 14:00: Thu 14-18 (4h) + Fri 09-18 (9h) + Mon 09-12 (3h) -> Mon
    // 12:00. The wait Fri 17:00 - Mon 10:00 covers Fri 17-18 and Mon 09-10 of business time: 2h,
    // so the deadline moves 2 business hours, to Mon 14:00. At Mon 11:00: elapsed Thu 4h + Fri
    // 09-17 8h + Mon 10-11 1h = 13h, remaining 3h, 13/16 = 81 %. Alarms: 50 % (8h) was Fri 13:00
    // and 75 % (12h) Fri 17:00, both passed; 90 % (14h24m) is 1h24m after Mon 11:00 -> 12:24;
    // 100 % is the deadline, Mon 14:00.
    List<CaseEvent> events =
        List.of(
            ev(Type.WAITING_ON_CUSTOMER, kst("2026-03-06T17:00")),
            ev(Type.CUSTOMER_RESPONDED, kst("2026-03-09T10:00")));
    CaseStatus st =
        office(
            s -> TimeSpan.businessHours(16),
            kst("2026-03-05T14:00"),
            2,
            events,
            kst("2026-03-09T11:00"));

    MetricStatus m = cycle(st, Metrics.INITIAL_RESPONSE, 1);
    assertThat(m.state()).isEqualTo(MetricState.RUNNING);
    assertThat(m.paused()).isEqualTo(Duration.ofHours(2));
    assertThat(m.elapsed()).isEqualTo(Duration.ofHours(13));
    assertThat(m.remaining()).contains(Duration.ofHours(3));
    assertThat(m.percentUsed()).contains(81);
    assertThat(m.deadline()).contains(kst("2026-03-09T14:00"));
    assertThat(st.alarms())
        .containsExactly(
            new Alarm(
                Metrics.INITIAL_RESPONSE, 1, 90, kst("2026-03-09T12:24"), true, Optional.empty()),
            new Alarm(
                Metrics.INITIAL_RESPONSE, 1, 100, kst("2026-03-09T14:00"), true, Optional.empty()));
    // without the wait: Mon 12:00
    assertThat(
            cycle(
                    office(
                        s -> TimeSpan.businessHours(16),
                        kst("2026-03-05T14:00"),
                        2,
                        List.of(),
                        kst("2026-03-09T11:00")),
                    Metrics.INITIAL_RESPONSE,
                    1)
                .deadline())
        .contains(kst("2026-03-09T12:00"));
  }

  @Test
  void aPauseAcrossTheSpringForwardRemovesItsRealLengthFromA24x7Clock() {
    // Paris goes from 02:00 CET to 03:00 CEST on Sunday 2026-03-29. Opened Sat 12:00 CET (11:00Z),
    // 24 hours 24x7: without a pause Sun 11:00Z = 13:00 CEST (24 real hours, TIME-1). A wait from
    // Sat 22:00 CET (21:00Z) to Sun 04:00 CEST (02:00Z) reads 6 hours on the wall but lasts 5:
    // the deadline is 29 hours after the opening, Sun 16:00Z = 18:00 CEST. At Sun 08:00 CEST
    // (06:00Z): elapsed 11:00Z-21:00Z (10h) + 02:00Z-06:00Z (4h) = 14h, paused 5h, remaining 10h,
    // 14/24 = 58 %. 75 % (18h) is 4 hours on, Sun 10:00Z; 90 % (21h36m) 7h36m on, 13:36Z.
    BusinessCalendar cal =
        BusinessCalendar.builder(PARIS)
            .id("paris")
            .weekly(
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeWindow.parse("09:00-18:00"))
            .build();
    TestRuleset ruleset = new TestRuleset(s -> TimeSpan.elapsedHours(24));
    Instant opened = paris("2026-03-28T12:00");
    List<CaseEvent> events =
        List.of(
            ev(Type.WAITING_ON_CUSTOMER, paris("2026-03-28T22:00")),
            ev(Type.CUSTOMER_RESPONDED, paris("2026-03-29T04:00")));
    CaseStatus st =
        status(cal, ruleset, opened, 1, events, paris("2026-03-29T08:00"), StatusOptions.DEFAULTS);

    MetricStatus m = cycle(st, Metrics.INITIAL_RESPONSE, 1);
    assertThat(m.clock()).isEqualTo(ClockKind.ELAPSED);
    assertThat(m.paused()).isEqualTo(Duration.ofHours(5));
    assertThat(m.elapsed()).isEqualTo(Duration.ofHours(14));
    assertThat(m.remaining()).contains(Duration.ofHours(10));
    assertThat(m.percentUsed()).contains(58);
    assertThat(m.deadline()).contains(Instant.parse("2026-03-29T16:00:00Z"));
    assertThat(m.deadline().orElseThrow()).isEqualTo(paris("2026-03-29T18:00"));
    assertThat(st.alarms())
        .extracting(Alarm::percent, Alarm::at)
        .containsExactly(
            tuple(75, Instant.parse("2026-03-29T10:00:00Z")),
            tuple(90, Instant.parse("2026-03-29T13:36:00Z")),
            tuple(100, Instant.parse("2026-03-29T16:00:00Z")));
    assertThat(
            cycle(
                    status(
                        cal,
                        ruleset,
                        opened,
                        1,
                        List.of(),
                        paris("2026-03-29T08:00"),
                        StatusOptions.DEFAULTS),
                    Metrics.INITIAL_RESPONSE,
                    1)
                .deadline())
        .contains(paris("2026-03-29T13:00"));
  }

  @Test
  void twoBusinessDaysFromMondayAreWednesdayMorningNotTuesdayEvening() {
    // TIME-3: Mon 09:00 + 2 business days = Wed 09:00. LIFE-3: T = Mon 9h + Tue 9h = 18h, used up
    // at Tue 18:00, but TIME-3's deadline sits at Wednesday's opening: the deadline is Wed 09:00.
    // A wait of 3 hours outside business hours (Mon 20:00-23:00) changes nothing.
    IntFunction<TimeSpan> twoDays = s -> TimeSpan.businessDays(2);
    Instant opened = kst("2026-03-09T09:00");
    MetricStatus plain =
        cycle(
            office(twoDays, opened, 3, List.of(), kst("2026-03-09T12:00")),
            Metrics.INITIAL_RESPONSE,
            1);
    assertThat(plain.deadline()).contains(kst("2026-03-11T09:00"));
    assertThat(plain.remaining()).contains(Duration.ofHours(15)); // 18h - Mon 09-12
    MetricStatus evening =
        cycle(
            office(
                twoDays,
                opened,
                3,
                List.of(
                    ev(Type.WAITING_ON_CUSTOMER, kst("2026-03-09T20:00")),
                    ev(Type.CUSTOMER_RESPONDED, kst("2026-03-09T23:00"))),
                kst("2026-03-10T12:00")),
            Metrics.INITIAL_RESPONSE,
            1);
    assertThat(evening.paused()).isZero();
    assertThat(evening.deadline()).contains(kst("2026-03-11T09:00"));
  }

  @Test
  void aThreeHourPauseMovesTwoBusinessDaysByThreeBusinessHours() {
    // As above, with a wait Tue 10:00-13:00: by Tue 18:00 only 15 of the 18 hours are used, the
    // 3 left run Wed 09:00-12:00: the deadline is Wed 12:00. At Tue 14:00: elapsed Mon 9h + Tue
    // 09-10 1h + 13-14 1h = 11h, paused 3h, remaining 7h, 11/18 = 61 %.
    List<CaseEvent> events =
        List.of(
            ev(Type.WAITING_ON_CUSTOMER, kst("2026-03-10T10:00")),
            ev(Type.CUSTOMER_RESPONDED, kst("2026-03-10T13:00")));
    MetricStatus m =
        cycle(
            office(
                s -> TimeSpan.businessDays(2),
                kst("2026-03-09T09:00"),
                3,
                events,
                kst("2026-03-10T14:00")),
            Metrics.INITIAL_RESPONSE,
            1);
    assertThat(m.state()).isEqualTo(MetricState.RUNNING);
    assertThat(m.elapsed()).isEqualTo(Duration.ofHours(11));
    assertThat(m.paused()).isEqualTo(Duration.ofHours(3));
    assertThat(m.remaining()).contains(Duration.ofHours(7));
    assertThat(m.percentUsed()).contains(61);
    assertThat(m.deadline()).contains(kst("2026-03-11T12:00"));
  }

  @Test
  void aWaitOverAWholeBusinessDayMovesTwoBusinessDaysToTheNextOpening() {
    // Mon 09:00 + 2 business days, T = 18h. A wait Mon 18:00 - Tue 18:00 takes all of Tuesday's
    // 9h: Mon 9h + Wed 09-18 9h use T up at Wed 18:00, a window's end. TIME-3's deadline (Wed
    // 09:00) sits at an opening, so the deadline is the latest instant T is used: Thu 09:00
    // (LIFE-3). At Wed 12:00: elapsed Mon 9h + Wed 3h = 12h, paused 9h, remaining 6h, 66 %.
    // Alarms at the earliest instant each share is used (LIFE-7): 50 % (9h) was Mon 18:00; 75 %
    // (13h30m) Wed 13:30; 90 % (16h12m) Wed 16:12; 100 % Wed 18:00, outside business hours.
    List<CaseEvent> events =
        List.of(
            ev(Type.WAITING_ON_CUSTOMER, kst("2026-03-09T18:00")),
            ev(Type.CUSTOMER_RESPONDED, kst("2026-03-10T18:00")));
    CaseStatus st =
        office(
            s -> TimeSpan.businessDays(2),
            kst("2026-03-09T09:00"),
            3,
            events,
            kst("2026-03-11T12:00"));
    MetricStatus m = cycle(st, Metrics.INITIAL_RESPONSE, 1);
    assertThat(m.state()).isEqualTo(MetricState.RUNNING);
    assertThat(m.elapsed()).isEqualTo(Duration.ofHours(12));
    assertThat(m.paused()).isEqualTo(Duration.ofHours(9));
    assertThat(m.remaining()).contains(Duration.ofHours(6));
    assertThat(m.percentUsed()).contains(66);
    assertThat(m.deadline()).contains(kst("2026-03-12T09:00"));
    assertThat(st.alarms())
        .extracting(Alarm::percent, Alarm::at, Alarm::inBusinessHours)
        .containsExactly(
            tuple(75, kst("2026-03-11T13:30"), true),
            tuple(90, kst("2026-03-11T16:12"), true),
            tuple(100, kst("2026-03-11T18:00"), false));
  }

  @Test
  void businessDaysEndingBetweenTwoWindowsKeepTimeThreesDeadlineWithoutPauses() {
    // Mon 10:00-20:00, Tue 09:00-12:00 and 14:00-18:00. Opened Mon 13:00, 1 business day: TIME-3
    // gives Tue 13:00, between Tuesday's first opening and last closing, so not clamped. T = Mon
    // 13-20 (7h) + Tue 09-12 (3h) = 10h, used up at Tue 12:00; without a pause the deadline is
    // TIME-3's, Tue 13:00, as the decision says (LIFE-3). A wait Mon 14:00-15:00 delays it: the
    // 10th hour is then Tue 14:00-15:00, and the deadline Tue 15:00.
    BusinessCalendar cal =
        BusinessCalendar.builder(SEOUL)
            .id("split")
            .weekly(DayOfWeek.MONDAY, List.of(TimeWindow.parse("10:00-20:00")))
            .weekly(
                DayOfWeek.TUESDAY,
                List.of(TimeWindow.parse("09:00-12:00"), TimeWindow.parse("14:00-18:00")))
            .build();
    TestRuleset ruleset = new TestRuleset(s -> TimeSpan.businessDays(1));
    Instant opened = kst("2026-03-02T13:00");
    CaseStatus plain = status(cal, ruleset, opened, 2, List.of(), opened, StatusOptions.DEFAULTS);
    assertThat(cycle(plain, Metrics.INITIAL_RESPONSE, 1).deadline())
        .contains(kst("2026-03-03T13:00"));
    CaseStatus paused =
        status(
            cal,
            ruleset,
            opened,
            2,
            List.of(
                ev(Type.WAITING_ON_CUSTOMER, kst("2026-03-02T14:00")),
                ev(Type.CUSTOMER_RESPONDED, kst("2026-03-02T15:00"))),
            kst("2026-03-02T16:00"),
            StatusOptions.DEFAULTS);
    assertThat(cycle(paused, Metrics.INITIAL_RESPONSE, 1).deadline())
        .contains(kst("2026-03-03T15:00"));
  }

  @Test
  void aSeverityRaisedLateBreachesRetroactivelyOnTheNewClock() {
    // Severity 3: 8 business hours; severity 1: 4 hours 24x7. Opened Fri 17:00: the severity-3
    // deadline is Mon 16:00 (Fri 17-18 1h + Mon 09-16 7h). Raised to 1 on Sat 10:00: the new
    // target counts from the opening, 24x7, so its deadline Fri 21:00 is already past: BREACHED,
    // breachedAt Fri 21:00 (LIFE-6). Elapsed on the new clock Fri 17:00 - Sat 10:00 = 17h,
    // remaining -13h, 17/4 = 425 %.
    IntFunction<TimeSpan> targets =
        s -> s == 1 ? TimeSpan.elapsedHours(4) : TimeSpan.businessHours(8);
    CaseStatus st =
        office(
            targets,
            kst("2026-03-06T17:00"),
            3,
            List.of(CaseEvent.severityChanged(kst("2026-03-07T10:00"), 1)),
            kst("2026-03-07T10:00"));
    MetricStatus m = cycle(st, Metrics.INITIAL_RESPONSE, 1);
    assertThat(m.state()).isEqualTo(MetricState.BREACHED);
    assertThat(m.breachedAt()).contains(kst("2026-03-06T21:00"));
    assertThat(m.deadline()).contains(kst("2026-03-06T21:00"));
    assertThat(m.clock()).isEqualTo(ClockKind.ELAPSED);
    assertThat(m.elapsed()).isEqualTo(Duration.ofHours(17));
    assertThat(m.remaining()).contains(Duration.ofHours(-13));
    assertThat(m.percentUsed()).contains(425);
    assertThat(st.severity().level()).isEqualTo(1);
    assertThat(st.alarms()).isEmpty();
    // one hour before the change the case was on time under severity 3
    assertThat(
            cycle(
                    office(
                        targets,
                        kst("2026-03-06T17:00"),
                        3,
                        List.of(CaseEvent.severityChanged(kst("2026-03-07T10:00"), 1)),
                        kst("2026-03-07T09:00")),
                    Metrics.INITIAL_RESPONSE,
                    1)
                .state())
        .isEqualTo(MetricState.RUNNING);
  }

  @Test
  void aBreachUnderAnEarlierTargetStays() {
    // Severity 1: 2 business hours -> Mon 11:00, missed. Lowered to 4 (16 business hours) at Mon
    // 12:00: the new deadline is Tue 16:00 (Mon 9h + Tue 09-16 7h), but the breach of Mon 11:00
    // stays (LIFE-6).
    IntFunction<TimeSpan> targets = s -> TimeSpan.businessHours(s == 1 ? 2 : 16);
    MetricStatus m =
        cycle(
            office(
                targets,
                kst("2026-03-09T09:00"),
                1,
                List.of(CaseEvent.severityChanged(kst("2026-03-09T12:00"), 4)),
                kst("2026-03-09T13:00")),
            Metrics.INITIAL_RESPONSE,
            1);
    assertThat(m.state()).isEqualTo(MetricState.BREACHED);
    assertThat(m.breachedAt()).contains(kst("2026-03-09T11:00"));
    assertThat(m.deadline()).contains(kst("2026-03-10T16:00"));
    assertThat(m.remaining()).contains(Duration.ofHours(12)); // 16h - Mon 09-13
  }

  @Test
  void anAlarmDueWhenTheSeverityChangesIsNotRepeatedUnderTheNewTarget() {
    // Severity 3: 4 business hours, severity 4: 8. Opened Mon 09:00 at severity 3: at 10:59 the
    // 50 % alarm is listed for Mon 11:00. At 11:00, when half of the 4 hours is used, the severity
    // goes to 4: half of the new 8 hours would be Mon 13:00, but that alarm was due at 11:00 and
    // is not repeated (LIFE-7). At 11:30: 75 % (6h) Mon 15:00, 90 % (7h12m) 16:12, 100 % 17:00.
    IntFunction<TimeSpan> targets = s -> TimeSpan.businessHours(s == 4 ? 8 : 4);
    List<CaseEvent> lowered = List.of(CaseEvent.severityChanged(kst("2026-03-09T11:00"), 4));
    Instant opened = kst("2026-03-09T09:00");
    assertThat(office(targets, opened, 3, lowered, kst("2026-03-09T10:59")).alarms())
        .extracting(Alarm::percent, Alarm::at)
        .startsWith(tuple(50, kst("2026-03-09T11:00")));
    assertThat(office(targets, opened, 3, lowered, kst("2026-03-09T11:30")).alarms())
        .extracting(Alarm::percent, Alarm::at)
        .containsExactly(
            tuple(75, kst("2026-03-09T15:00")),
            tuple(90, kst("2026-03-09T16:12")),
            tuple(100, kst("2026-03-09T17:00")));
  }

  @Test
  void aReopenStartsTheSecondResolutionCycle() {
    // Resolution target 24 hours 24x7, response 8 business hours. Opened Mon 09:00, resolved Mon
    // 15:00: RESOLUTION 1 met after 6h; the first response, never given, stopped before its
    // deadline Mon 17:00. Reopened Tue 10:00: RESOLUTION 2 runs from there, deadline Wed 10:00;
    // the first response does not restart. At Tue 12:00: 2h elapsed, 22h remaining; alarms 50 %
    // Tue 22:00, 75 % Wed 04:00, 90 % (21h36m) Wed 07:36, 100 % Wed 10:00.
    TestRuleset ruleset =
        new TestRuleset(
            s -> TimeSpan.businessHours(8),
            MetricDefinition.defaults(),
            Map.of(Metrics.RESOLUTION, TimeSpan.elapsedHours(24)));
    List<CaseEvent> events =
        List.of(
            ev(Type.RESOLVED, kst("2026-03-09T15:00")), ev(Type.REOPENED, kst("2026-03-10T10:00")));
    CaseStatus st =
        status(
            TestRuleset.officeHours(),
            ruleset,
            kst("2026-03-09T09:00"),
            2,
            events,
            kst("2026-03-10T12:00"),
            StatusOptions.DEFAULTS);

    assertThat(st.caseState()).isEqualTo(CaseStatus.CaseState.OPEN);
    assertThat(st.metrics())
        .extracting(MetricStatus::metric, MetricStatus::cycle, MetricStatus::state)
        .containsExactly(
            tuple(Metrics.INITIAL_RESPONSE, 1, MetricState.STOPPED),
            tuple(Metrics.RESOLUTION, 1, MetricState.MET),
            tuple(Metrics.RESOLUTION, 2, MetricState.RUNNING));
    MetricStatus first = cycle(st, Metrics.RESOLUTION, 1);
    assertThat(first.metAt()).contains(kst("2026-03-09T15:00"));
    assertThat(first.elapsed()).isEqualTo(Duration.ofHours(6));
    MetricStatus second = cycle(st, Metrics.RESOLUTION, 2);
    assertThat(second.startedAt()).isEqualTo(kst("2026-03-10T10:00"));
    assertThat(second.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(second.remaining()).contains(Duration.ofHours(22));
    assertThat(second.deadline()).contains(kst("2026-03-11T10:00"));
    assertThat(st.alarms())
        .extracting(Alarm::key, Alarm::at)
        .containsExactly(
            tuple("RESOLUTION/2/50", kst("2026-03-10T22:00")),
            tuple("RESOLUTION/2/75", kst("2026-03-11T04:00")),
            tuple("RESOLUTION/2/90", kst("2026-03-11T07:36")),
            tuple("RESOLUTION/2/100", kst("2026-03-11T10:00")));
  }

  @Test
  void eachCustomerReplyAfterTheFirstResponseStartsANextResponseCycle() {
    // Response target 2 business hours. Opened Mon 09:00; a customer reply at 09:30 comes before
    // any agent response and starts nothing; the agent answers at 10:00 (first response met).
    // The customer replies at 11:00: NEXT_RESPONSE 1 starts, met by the agent at 12:30. The
    // customer replies at 17:00: NEXT_RESPONSE 2 starts; another reply at 17:30 starts no third
    // while it runs. At Tue 09:30: cycle 2 has Mon 17-18 (1h) + Tue 09-09:30 = 1h30m, 30m left,
    // deadline Tue 10:00; alarms 90 % (1h48m) at Tue 09:48 and 100 % at 10:00. A minute after
    // 10:00 it is breached, breachedAt Tue 10:00.
    IntFunction<TimeSpan> twoHours = s -> TimeSpan.businessHours(2);
    List<CaseEvent> events =
        List.of(
            ev(Type.CUSTOMER_RESPONDED, kst("2026-03-09T09:30")),
            ev(Type.AGENT_RESPONDED, kst("2026-03-09T10:00")),
            ev(Type.CUSTOMER_RESPONDED, kst("2026-03-09T11:00")),
            ev(Type.AGENT_RESPONDED, kst("2026-03-09T12:30")),
            ev(Type.CUSTOMER_RESPONDED, kst("2026-03-09T17:00")),
            ev(Type.CUSTOMER_RESPONDED, kst("2026-03-09T17:30")));
    CaseStatus st = office(twoHours, kst("2026-03-09T09:00"), 2, events, kst("2026-03-10T09:30"));

    assertThat(cycle(st, Metrics.INITIAL_RESPONSE, 1).metAt()).contains(kst("2026-03-09T10:00"));
    assertThat(st.metrics()).filteredOn(m -> m.metric().equals(Metrics.NEXT_RESPONSE)).hasSize(2);
    MetricStatus one = cycle(st, Metrics.NEXT_RESPONSE, 1);
    assertThat(one.startedAt()).isEqualTo(kst("2026-03-09T11:00"));
    assertThat(one.state()).isEqualTo(MetricState.MET);
    assertThat(one.metAt()).contains(kst("2026-03-09T12:30"));
    assertThat(one.elapsed()).isEqualTo(Duration.ofMinutes(90));
    MetricStatus two = cycle(st, Metrics.NEXT_RESPONSE, 2);
    assertThat(two.startedAt()).isEqualTo(kst("2026-03-09T17:00"));
    assertThat(two.state()).isEqualTo(MetricState.RUNNING);
    assertThat(two.elapsed()).isEqualTo(Duration.ofMinutes(90));
    assertThat(two.remaining()).contains(Duration.ofMinutes(30));
    assertThat(two.deadline()).contains(kst("2026-03-10T10:00"));
    assertThat(st.alarms())
        .extracting(Alarm::key, Alarm::at)
        .containsExactly(
            tuple("NEXT_RESPONSE/2/90", kst("2026-03-10T09:48")),
            tuple("NEXT_RESPONSE/2/100", kst("2026-03-10T10:00")));

    MetricStatus late =
        cycle(
            office(twoHours, kst("2026-03-09T09:00"), 2, events, kst("2026-03-10T10:01")),
            Metrics.NEXT_RESPONSE,
            2);
    assertThat(late.state()).isEqualTo(MetricState.BREACHED);
    assertThat(late.breachedAt()).contains(kst("2026-03-10T10:00"));
  }

  @Test
  void anAlarmAtAWindowsEndIsOutsideBusinessHoursOrMovedToTheNextOpening() {
    // 9 business hours from Mon 09:00 are used up exactly at Mon 18:00, the window's end
    // (TIME-2): the 100 % alarm is there, outside business hours; moved, it is Tue 09:00, due Mon
    // 18:00. 50 % (4h30m) is Mon 13:30, inside.
    IntFunction<TimeSpan> nine = s -> TimeSpan.businessHours(9);
    Instant opened = kst("2026-03-09T09:00");
    TestRuleset ruleset = new TestRuleset(nine);
    StatusOptions mark = StatusOptions.DEFAULTS.withAlarmPercents(List.of(50, 100));
    CaseStatus marked =
        status(TestRuleset.officeHours(), ruleset, opened, 2, List.of(), opened, mark);
    assertThat(cycle(marked, Metrics.INITIAL_RESPONSE, 1).deadline())
        .contains(kst("2026-03-09T18:00"));
    assertThat(marked.alarms())
        .containsExactly(
            new Alarm(
                Metrics.INITIAL_RESPONSE, 1, 50, kst("2026-03-09T13:30"), true, Optional.empty()),
            new Alarm(
                Metrics.INITIAL_RESPONSE,
                1,
                100,
                kst("2026-03-09T18:00"),
                false,
                Optional.empty()));
    CaseStatus moved =
        status(
            TestRuleset.officeHours(),
            ruleset,
            opened,
            2,
            List.of(),
            opened,
            mark.withOffHours(StatusOptions.OffHours.NEXT_OPENING));
    assertThat(moved.alarms())
        .containsExactly(
            new Alarm(
                Metrics.INITIAL_RESPONSE, 1, 50, kst("2026-03-09T13:30"), true, Optional.empty()),
            new Alarm(
                Metrics.INITIAL_RESPONSE,
                1,
                100,
                kst("2026-03-10T09:00"),
                true,
                Optional.of(kst("2026-03-09T18:00"))));
  }

  @Test
  void theLastAlarmOfBusinessDaysIsWhereTheTimeIsUsedNotTheDeadline() {
    // 2 business days from Mon 09:00: deadline Wed 09:00 (LIFE-3), but the 18 business hours are
    // used at Tue 18:00, and LIFE-7 puts each alarm at the earliest instant its share is used:
    // 100 % at Tue 18:00, outside business hours. 50 % (9h) is Mon 18:00, also a window's end.
    CaseStatus st =
        office(
            s -> TimeSpan.businessDays(2),
            kst("2026-03-09T09:00"),
            3,
            List.of(),
            kst("2026-03-09T10:00"));
    assertThat(cycle(st, Metrics.INITIAL_RESPONSE, 1).deadline()).contains(kst("2026-03-11T09:00"));
    assertThat(st.alarms())
        .extracting(Alarm::percent, Alarm::at, Alarm::inBusinessHours)
        .containsExactly(
            tuple(50, kst("2026-03-09T18:00"), false),
            tuple(75, kst("2026-03-10T13:30"), true),
            tuple(90, kst("2026-03-10T16:12"), true),
            tuple(100, kst("2026-03-10T18:00"), false));
  }
}
