package io.github.slakit.rules;

import static io.github.slakit.core.CaseEvent.Type.AGENT_RESPONDED;
import static io.github.slakit.core.CaseEvent.Type.CUSTOMER_RESPONDED;
import static io.github.slakit.core.CaseEvent.Type.ESCALATED;
import static io.github.slakit.core.CaseEvent.Type.REOPENED;
import static io.github.slakit.core.CaseEvent.Type.RESOLVED;
import static io.github.slakit.core.CaseEvent.Type.WAITING_ON_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.CaseEvent;
import io.github.slakit.core.CaseStatus;
import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.CaseStatus.MetricStatus;
import io.github.slakit.core.Impact;
import io.github.slakit.core.Location;
import io.github.slakit.core.MetricState;
import io.github.slakit.core.Metrics;
import io.github.slakit.core.SlaEngine;
import io.github.slakit.core.StatusOptions;
import io.github.slakit.core.Subscription;
import io.github.slakit.core.SupportCase;
import io.github.slakit.core.TimeSpan;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The case's life through the built-in rulesets, worked out by hand in each test's comments
 * (LIFE-1..LIFE-7 of docs/POLICIES.md; times KST = UTC+9 unless said).
 */
class LifecycleScenarioTest {
  private static final SlaEngine ENGINE = SlaEngine.builder().rulesets(Rulesets.builtIn()).build();
  private static final Location KOREA = Location.of("KR", "Asia/Seoul");

  private static CaseStatus status(
      String vendor,
      String level,
      Location location,
      String openedAt,
      UnaryOperator<SupportCase.Builder> c,
      List<CaseEvent> events,
      String at,
      StatusOptions options) {
    SupportCase sc =
        c.apply(SupportCase.builder("C-1", vendor, OffsetDateTime.parse(openedAt))).build();
    Subscription s = Subscription.builder("S-1", vendor, level, location).build();
    return ENGINE.status(sc, s, events, OffsetDateTime.parse(at).toInstant(), options);
  }

  private static CaseStatus status(
      String vendor,
      String level,
      Location location,
      String openedAt,
      UnaryOperator<SupportCase.Builder> c,
      List<CaseEvent> events,
      String at) {
    return status(vendor, level, location, openedAt, c, events, at, StatusOptions.DEFAULTS);
  }

  private static CaseEvent event(CaseEvent.Type type, String at) {
    return CaseEvent.of(type, OffsetDateTime.parse(at).toInstant());
  }

  private static Instant utc(String instant) {
    return Instant.parse(instant);
  }

  private static List<Instant> alarmTimes(CaseStatus st, String metric) {
    return st.alarms().stream().filter(a -> a.metric().equals(metric)).map(Alarm::at).toList();
  }

  @Test
  void veeamPauseAcrossChuseokCountsOnlyTheBusinessHoursItOverlaps() {
    // Veeam BASIC, severity 3: 12 business hours of the KR calendar (Mon-Fri 09:00-18:00 minus KR
    // holidays). Opened Wed 23 Sep 2026 10:00. Chuseok 2026 is Thu 24 to Sat 26 Sep. The case
    // waits on the customer from Wed 16:00 to Mon 28 Sep 10:00: the pause overlaps Wed 16-18 and
    // Mon 09-10 of business time, 3 hours, not the 5 days it lasts. Used before it: Wed 10-16,
    // 6 h; 6 h left from Mon 10:00 -> Mon 16:00 = 07:00Z. Asked Mon 12:00: 6 + 2 = 8 h elapsed,
    // 4 h left, 66 %. Alarms still to come: 75 % (9 h) Mon 13:00 = 04:00Z, 90 % (10 h 48 min)
    // Mon 14:48 = 05:48Z, 100 % Mon 16:00 = 07:00Z; 50 % (6 h) was reached Wed 16:00.
    CaseStatus st =
        status(
            "veeam",
            "BASIC",
            KOREA,
            "2026-09-23T10:00:00+09:00",
            c -> c.severity(3),
            List.of(
                event(WAITING_ON_CUSTOMER, "2026-09-23T16:00:00+09:00"),
                event(CUSTOMER_RESPONDED, "2026-09-28T10:00:00+09:00")),
            "2026-09-28T12:00:00+09:00");
    MetricStatus m = st.metric(Metrics.INITIAL_RESPONSE).orElseThrow();
    assertThat(m.state()).isEqualTo(MetricState.RUNNING);
    assertThat(m.target()).contains(TimeSpan.businessHours(12).on("KR"));
    assertThat(m.paused()).isEqualTo(Duration.ofHours(3));
    assertThat(m.elapsed()).isEqualTo(Duration.ofHours(8));
    assertThat(m.remaining()).contains(Duration.ofHours(4));
    assertThat(m.percentUsed()).contains(66);
    assertThat(m.deadline()).contains(utc("2026-09-28T07:00:00Z"));
    assertThat(alarmTimes(st, Metrics.INITIAL_RESPONSE))
        .containsExactly(
            utc("2026-09-28T04:00:00Z"), utc("2026-09-28T05:48:00Z"), utc("2026-09-28T07:00:00Z"));
    assertThat(st.alarms())
        .filteredOn(a -> a.metric().equals(Metrics.INITIAL_RESPONSE))
        .extracting(Alarm::percent)
        .containsExactly(75, 90, 100);
  }

  @Test
  void elasticSeverityRaisedPastItsNewDeadlineIsBreachedAtThatDeadline() {
    // Elastic GOLD in Korea (TIME-8: Mon-Fri 09:00-18:00 KST minus KR holidays). Opened Mon 9 Mar
    // 2026 10:00 at severity 3: 2 business days -> Wed 11 Mar 10:00. Raised to severity 1 on Tue
    // 10 Mar 11:00: 4 business hours counted from the start (LIFE-6) -> Mon 14:00 = 05:00Z, already
    // past: BREACHED, breachedAt Mon 14:00. Asked Tue 12:00: Mon 10-18 (8 h) + Tue 09-12 (3 h) =
    // 11 h elapsed of 4 h: 7 h over, 275 %; no alarms for a breached cycle.
    CaseStatus st =
        status(
            "elastic",
            "GOLD",
            KOREA,
            "2026-03-09T10:00:00+09:00",
            c -> c.severity(3),
            List.of(
                CaseEvent.severityChanged(
                    OffsetDateTime.parse("2026-03-10T11:00:00+09:00").toInstant(), 1)),
            "2026-03-10T12:00:00+09:00");
    assertThat(st.severity().level()).isEqualTo(1);
    MetricStatus m = st.metric(Metrics.INITIAL_RESPONSE).orElseThrow();
    assertThat(m.state()).isEqualTo(MetricState.BREACHED);
    assertThat(m.target()).contains(TimeSpan.businessHours(4));
    assertThat(m.breachedAt()).contains(utc("2026-03-09T05:00:00Z"));
    assertThat(m.deadline()).contains(utc("2026-03-09T05:00:00Z"));
    assertThat(m.elapsed()).isEqualTo(Duration.ofHours(11));
    assertThat(m.remaining()).contains(Duration.ofHours(-7));
    assertThat(m.percentUsed()).contains(275);
    assertThat(alarmTimes(st, Metrics.INITIAL_RESPONSE)).isEmpty();
  }

  @Test
  void elasticSeverityRaisedInTimeMovesTheDeadlineAndAlarms() {
    // GOLD in Korea, opened Mon 9 Mar 2026 10:00 at severity 3 (2 business days); raised to 2 at
    // Mon 12:00: 1 business day from the start -> Tue 10:00 = 01:00Z, i.e. T = Mon 10-18 + Tue
    // 09-10 = 9 h. Asked Mon 15:00: 5 h elapsed, 4 h left, 55 %. Under severity 2, 50 % (4 h 30)
    // was used at Mon 14:30, before the moment: not listed. Still to come: 75 % (6 h 45) Mon 16:45
    // = 07:45Z; 90 % (8 h 06) Tue 09:06 = 00:06Z; 100 % Tue 10:00 = 01:00Z.
    CaseStatus st =
        status(
            "elastic",
            "GOLD",
            KOREA,
            "2026-03-09T10:00:00+09:00",
            c -> c.severity(3),
            List.of(
                CaseEvent.severityChanged(
                    OffsetDateTime.parse("2026-03-09T12:00:00+09:00").toInstant(), 2)),
            "2026-03-09T15:00:00+09:00");
    MetricStatus m = st.metric(Metrics.INITIAL_RESPONSE).orElseThrow();
    assertThat(m.state()).isEqualTo(MetricState.RUNNING);
    assertThat(m.target()).contains(TimeSpan.businessDays(1));
    assertThat(m.deadline()).contains(utc("2026-03-10T01:00:00Z"));
    assertThat(m.remaining()).contains(Duration.ofHours(4));
    assertThat(m.percentUsed()).contains(55);
    assertThat(alarmTimes(st, Metrics.INITIAL_RESPONSE))
        .containsExactly(
            utc("2026-03-09T07:45:00Z"), utc("2026-03-10T00:06:00Z"), utc("2026-03-10T01:00:00Z"));
  }

  @Test
  void rockplaceReopenStartsNewResolutionAndFailureResponseCycles() {
    // rockPLACE STANDARD (4 business hours of Mon-Fri 09:00-17:00 KST minus KR holidays), an
    // outage opened Mon 9 Mar 2026 10:00. Agent responds Mon 11:00: INITIAL_RESPONSE and
    // FAILURE_RESPONSE cycle 1 MET (deadline Mon 14:00 = 05:00Z). Resolved Mon 15:00: RESOLUTION
    // cycle 1 stops after 5 h. Reopened Tue 10 Mar 16:00: RESOLUTION cycle 2 and FAILURE_RESPONSE
    // cycle 2 start (the first response does not restart, LIFE-4). FAILURE_RESPONSE 2: Tue 16-17
    // (1 h) + Wed 09-12 (3 h) -> Wed 12:00 = 03:00Z. Asked Wed 11 Mar 10:00: 2 h elapsed, 50 %
    // reached at the moment itself (not listed); 75 % Wed 11:00 = 02:00Z, 90 % (3 h 36) Wed 11:36
    // = 02:36Z, 100 % Wed 12:00 = 03:00Z.
    CaseStatus st =
        status(
            "rockplace",
            "STANDARD",
            KOREA,
            "2026-03-09T10:00:00+09:00",
            c -> c.impact(Impact.OUTAGE),
            List.of(
                event(AGENT_RESPONDED, "2026-03-09T11:00:00+09:00"),
                event(RESOLVED, "2026-03-09T15:00:00+09:00"),
                event(REOPENED, "2026-03-10T16:00:00+09:00")),
            "2026-03-11T10:00:00+09:00");
    assertThat(st.caseState()).isEqualTo(CaseStatus.CaseState.OPEN);
    MetricStatus first = st.metric(Metrics.INITIAL_RESPONSE).orElseThrow();
    assertThat(first.cycle()).isEqualTo(1);
    assertThat(first.state()).isEqualTo(MetricState.MET);
    assertThat(first.metAt()).contains(utc("2026-03-09T02:00:00Z"));
    assertThat(first.deadline()).contains(utc("2026-03-09T05:00:00Z"));
    assertThat(first.elapsed()).isEqualTo(Duration.ofHours(1));

    List<MetricStatus> failure =
        st.metrics().stream().filter(m -> m.metric().equals("FAILURE_RESPONSE")).toList();
    assertThat(failure).extracting(MetricStatus::cycle).containsExactly(1, 2);
    assertThat(failure.get(0).state()).isEqualTo(MetricState.MET);
    assertThat(failure.get(1).state()).isEqualTo(MetricState.RUNNING);
    assertThat(failure.get(1).startedAt()).isEqualTo(utc("2026-03-10T07:00:00Z"));
    assertThat(failure.get(1).deadline()).contains(utc("2026-03-11T03:00:00Z"));
    assertThat(failure.get(1).percentUsed()).contains(50);
    assertThat(alarmTimes(st, "FAILURE_RESPONSE"))
        .containsExactly(
            utc("2026-03-11T02:00:00Z"), utc("2026-03-11T02:36:00Z"), utc("2026-03-11T03:00:00Z"));

    List<MetricStatus> resolution =
        st.metrics().stream().filter(m -> m.metric().equals(Metrics.RESOLUTION)).toList();
    assertThat(resolution).extracting(MetricStatus::cycle).containsExactly(1, 2);
    // no published resolution target: STOPPED, with its elapsed time counted (LIFE-4, LIFE-5)
    assertThat(resolution)
        .allSatisfy(
            r -> {
              assertThat(r.state()).isEqualTo(MetricState.STOPPED);
              assertThat(r.target()).isEmpty();
            });
    assertThat(resolution.get(0).elapsed()).isEqualTo(Duration.ofHours(5));
    assertThat(resolution.get(0).stoppedAt()).contains(utc("2026-03-09T06:00:00Z"));
    assertThat(resolution.get(1).elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(st.metric(Metrics.NEXT_RESPONSE)).isEmpty();
  }

  @Test
  void aPauseAcrossTheSpringChangeRemovesTheRealTimeItLasts() {
    // Elastic PLATINUM in France, severity 2: 4 hours 24x7 (TIME-1). Opened Sat 28 Mar 2026 23:00
    // CET = 22:00Z. Waits on the customer from 00:30 CET (23:30Z) to Sun 29 Mar 03:30 CEST
    // (01:30Z): the clocks went from 02:00 to 03:00 in between, so the pause lasted 2 hours of
    // real time, not the 3 the wall clock shows. 1 h 30 used before it, 2 h 30 after it ->
    // 04:00Z (06:00 CEST). Asked at 05:00 CEST = 03:00Z: 3 h elapsed, 75 % (reached at the moment,
    // not listed); 90 % at 3 h 36 = 03:36Z; 100 % at 04:00Z.
    CaseStatus st =
        status(
            "elastic",
            "PLATINUM",
            Location.of("FR", "Europe/Paris"),
            "2026-03-28T23:00:00+01:00",
            c -> c.severity(2),
            List.of(
                event(WAITING_ON_CUSTOMER, "2026-03-29T00:30:00+01:00"),
                event(CUSTOMER_RESPONDED, "2026-03-29T03:30:00+02:00")),
            "2026-03-29T05:00:00+02:00");
    MetricStatus m = st.metric(Metrics.INITIAL_RESPONSE).orElseThrow();
    assertThat(m.target()).contains(TimeSpan.elapsedHours(4));
    assertThat(m.paused()).isEqualTo(Duration.ofHours(2));
    assertThat(m.elapsed()).isEqualTo(Duration.ofHours(3));
    assertThat(m.deadline()).contains(utc("2026-03-29T04:00:00Z"));
    assertThat(m.calendar()).isEmpty();
    assertThat(alarmTimes(st, Metrics.INITIAL_RESPONSE))
        .containsExactly(utc("2026-03-29T03:36:00Z"), utc("2026-03-29T04:00:00Z"));
  }

  @Test
  void aWarningAtTheEndOfTheDayIsMarkedAndCanMoveToTheNextOpening() {
    // Veeam BASIC, severity 3: 12 business hours of KR. Opened Mon 9 Mar 2026 09:00. 75 % (9 h) is
    // used up exactly at Mon 18:00 = 09:00Z, the window's end: outside business hours (LIFE-7).
    // 90 % (10 h 48) Tue 10:48 = 01:48Z; 100 % Tue 12:00 = 03:00Z. Asked Mon 16:00 (7 h, past 50
    // %).
    List<CaseEvent> none = List.of();
    CaseStatus marked =
        status(
            "veeam",
            "BASIC",
            KOREA,
            "2026-03-09T09:00:00+09:00",
            c -> c.severity(3),
            none,
            "2026-03-09T16:00:00+09:00");
    assertThat(marked.alarms())
        .filteredOn(a -> a.metric().equals(Metrics.INITIAL_RESPONSE))
        .containsExactly(
            new Alarm(
                Metrics.INITIAL_RESPONSE,
                1,
                75,
                utc("2026-03-09T09:00:00Z"),
                false,
                Optional.empty()),
            new Alarm(
                Metrics.INITIAL_RESPONSE,
                1,
                90,
                utc("2026-03-10T01:48:00Z"),
                true,
                Optional.empty()),
            new Alarm(
                Metrics.INITIAL_RESPONSE,
                1,
                100,
                utc("2026-03-10T03:00:00Z"),
                true,
                Optional.empty()));
    // Moved: the 75 % alarm goes to Tue 09:00 = 00:00Z, keeping when it was due.
    CaseStatus moved =
        status(
            "veeam",
            "BASIC",
            KOREA,
            "2026-03-09T09:00:00+09:00",
            c -> c.severity(3),
            none,
            "2026-03-09T16:00:00+09:00",
            StatusOptions.DEFAULTS.withOffHours(StatusOptions.OffHours.NEXT_OPENING));
    assertThat(moved.alarms())
        .filteredOn(a -> a.percent() == 75)
        .singleElement()
        .isEqualTo(
            new Alarm(
                Metrics.INITIAL_RESPONSE,
                1,
                75,
                utc("2026-03-10T00:00:00Z"),
                true,
                Optional.of(utc("2026-03-09T09:00:00Z"))));
  }

  @Test
  void veeamDaysWithTheHqEngineerRunFromTheEscalationAndPause() {
    // Veeam BASIC, a general issue opened Mon 9 Mar 2026 10:00; escalated to the global support
    // centre Tue 10 Mar 14:00. HQ_ENGINEER: 3 business days of KR (VEEAM-9) -> Fri 13 Mar 14:00
    // (TIME-3), i.e. T = Tue 14-18 (4) + Wed (9) + Thu (9) + Fri 09-14 (5) = 27 h (LIFE-3). The
    // case waits on the customer Wed 10:00 to Thu 10:00: 9 business hours (Wed 10-18, Thu 09-10).
    // Used before the pause 5 h; 22 h left from Thu 10:00: Thu 8 h, Fri 9 h, Mon 16 Mar 09:00 +
    // 5 h -> Mon 14:00 = 05:00Z. Asked Fri 12:00: 5 + 8 + 3 = 16 h, 11 h left, 59 %.
    CaseStatus st =
        status(
            "veeam",
            "BASIC",
            KOREA,
            "2026-03-09T10:00:00+09:00",
            c -> c.severity(3),
            List.of(
                event(ESCALATED, "2026-03-10T14:00:00+09:00"),
                event(WAITING_ON_CUSTOMER, "2026-03-11T10:00:00+09:00"),
                event(CUSTOMER_RESPONDED, "2026-03-12T10:00:00+09:00")),
            "2026-03-13T12:00:00+09:00");
    MetricStatus hq = st.metric("HQ_ENGINEER").orElseThrow();
    assertThat(hq.state()).isEqualTo(MetricState.RUNNING);
    assertThat(hq.target()).contains(TimeSpan.businessDays(3).on("KR"));
    assertThat(hq.startedAt()).isEqualTo(utc("2026-03-10T05:00:00Z"));
    assertThat(hq.paused()).isEqualTo(Duration.ofHours(9));
    assertThat(hq.elapsed()).isEqualTo(Duration.ofHours(16));
    assertThat(hq.remaining()).contains(Duration.ofHours(11));
    assertThat(hq.percentUsed()).contains(59);
    assertThat(hq.deadline()).contains(utc("2026-03-16T05:00:00Z"));
    // 75 % (20 h 15) Fri 16:15 = 07:15Z; 90 % (24 h 18) Mon 11:18 = 02:18Z; 100 % Mon 14:00.
    assertThat(alarmTimes(st, "HQ_ENGINEER"))
        .containsExactly(
            utc("2026-03-13T07:15:00Z"), utc("2026-03-16T02:18:00Z"), utc("2026-03-16T05:00:00Z"));
  }

  @Test
  void replayingAfterACalendarChangeSaysWhatMoved() {
    // Elastic GOLD in Korea, severity 1: 4 business hours. Opened Mon 9 Mar 2026 16:00: Mon 16-18
    // (2 h) + Tue 09-11 -> Tue 10 Mar 11:00 = 02:00Z. The contract then adds a company closure on
    // Tue 10 Mar: replayed, the deadline moves to Wed 11:00 = 02:00Z on the 11th; nothing else of
    // the answer's clocks changes.
    SupportCase sc =
        SupportCase.builder("C-1", "elastic", OffsetDateTime.parse("2026-03-09T16:00:00+09:00"))
            .severity(1)
            .build();
    io.github.slakit.calendars.BusinessCalendar korea =
        io.github.slakit.calendars.BusinessCalendar.ofCountry("KR");
    Subscription before =
        Subscription.builder("S-1", "elastic", "GOLD", KOREA).calendar(korea).build();
    Subscription after =
        Subscription.builder("S-1", "elastic", "GOLD", KOREA)
            .calendar(
                korea.toBuilder()
                    .addHoliday(java.time.LocalDate.parse("2026-03-10"), "Company closure")
                    .build())
            .build();
    Instant at = utc("2026-03-09T08:00:00Z");
    CaseStatus was = ENGINE.status(sc, before, List.of(), at);
    CaseStatus now = ENGINE.status(sc, after, List.of(), at);
    assertThat(was.metric(Metrics.INITIAL_RESPONSE).orElseThrow().deadline())
        .contains(utc("2026-03-10T02:00:00Z"));
    assertThat(now.changesSince(was))
        .containsExactly(
            new CaseStatus.Change(
                Metrics.INITIAL_RESPONSE,
                1,
                "deadline",
                Optional.of("2026-03-10T02:00:00Z"),
                Optional.of("2026-03-11T02:00:00Z")));
    assertThat(now.changesSince(now)).isEmpty();
  }

  @Test
  void aCaseOutsideTheTermRunsNoClockButItsEventsStillApply() {
    // Elastic GOLD whose contract ran through 2025: a case opened Mon 9 Mar 2026 is not covered
    // (TERM-1), so no clock runs; but it was raised to severity 1, resolved and closed, and the
    // status says so: CLOSED, severity 1 requested and in force ("Urgent", ELASTIC-2).
    SupportCase sc =
        SupportCase.builder("C-1", "elastic", OffsetDateTime.parse("2026-03-09T10:00:00+09:00"))
            .severity(3)
            .build();
    Subscription s =
        Subscription.builder("S-1", "elastic", "GOLD", KOREA)
            .term(java.time.LocalDate.parse("2025-01-01"), java.time.LocalDate.parse("2025-12-31"))
            .build();
    CaseStatus st =
        ENGINE.status(
            sc,
            s,
            List.of(
                CaseEvent.severityChanged(utc("2026-03-09T02:00:00Z"), 1),
                event(RESOLVED, "2026-03-09T14:00:00+09:00"),
                CaseEvent.of(CaseEvent.Type.CLOSED, utc("2026-03-09T06:00:00Z"))),
            utc("2026-03-10T00:00:00Z"));
    assertThat(st.covered()).isFalse();
    assertThat(st.notCovered()).extracting(n -> n.code()).containsExactly("OUTSIDE_TERM");
    assertThat(st.caseState()).isEqualTo(CaseStatus.CaseState.CLOSED);
    assertThat(st.severity().level()).isEqualTo(1);
    assertThat(st.requestedSeverity()).contains(1);
    assertThat(st.metrics()).isEmpty();
    assertThat(st.alarms()).isEmpty();
  }
}
