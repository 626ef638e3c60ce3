package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slakit.core.CaseEvent.Type;
import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.CaseStatus.MetricStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code CUSTOMER_UPDATE} (UPDATE-1) on examples worked out by hand: office hours Monday to Friday
 * 09:00-18:00 in Seoul ({@link TestRuleset#officeHours()}); 2026-03-09 is a Monday.
 */
class CustomerUpdateTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  private static Instant kst(String local) {
    return LocalDateTime.parse(local).atZone(SEOUL).toInstant();
  }

  private static CaseStatus status(
      TimeSpan response,
      Map<String, TimeSpan> extra,
      int severity,
      List<CaseEvent> events,
      Instant at) {
    List<MetricDefinition> metrics = new ArrayList<>(MetricDefinition.defaults());
    metrics.add(MetricDefinition.CUSTOMER_UPDATE);
    SlaEngine engine =
        SlaEngine.builder().ruleset(new TestRuleset(s -> response, metrics, extra)).build();
    SupportCase c =
        SupportCase.builder(
                "C-1", TestRuleset.VENDOR, kst("2026-03-09T10:00").atZone(SEOUL).toOffsetDateTime())
            .severity(severity)
            .build();
    Subscription s =
        Subscription.builder("S-1", TestRuleset.VENDOR, "ANY", new Location("XX", SEOUL))
            .calendar(TestRuleset.officeHours())
            .build();
    return engine.status(c, s, events, at, StatusOptions.DEFAULTS);
  }

  private static List<MetricStatus> updates(CaseStatus st) {
    return st.metrics().stream().filter(m -> m.metric().equals(Metrics.CUSTOMER_UPDATE)).toList();
  }

  @Test
  void eachAgentResponseMeetsTheRunningCycleAndStartsTheNext() {
    // Severity 2 with the ruleset's own 2 business hours. Opened Mon 10:00: cycle 1 is due at
    // 12:00; the agent answers at 11:00 (met, 1 hour used) and cycle 2 starts then, due 13:00;
    // the next answer comes at 13:30 (breached at 13:00); cycle 3 starts at 13:30, due 15:30.
    // Asked at 14:00: cycle 3 runs with 30 minutes used, alarms at 75 % (14:00 + 60 min = 15:00:
    // 1h30 used), 90 % (1h48: 15:18) and 100 % (15:30); 50 % (14:30) too.
    List<CaseEvent> events =
        List.of(
            CaseEvent.of(Type.AGENT_RESPONDED, kst("2026-03-09T11:00")),
            CaseEvent.of(Type.AGENT_RESPONDED, kst("2026-03-09T13:30")));
    CaseStatus st =
        status(
            TimeSpan.businessHours(8),
            Map.of(Metrics.CUSTOMER_UPDATE, TimeSpan.businessHours(2)),
            2,
            events,
            kst("2026-03-09T14:00"));
    assertThat(updates(st))
        .extracting(MetricStatus::cycle, MetricStatus::state, MetricStatus::startedAt)
        .containsExactly(
            tuple(1, MetricState.MET, kst("2026-03-09T10:00")),
            tuple(2, MetricState.BREACHED, kst("2026-03-09T11:00")),
            tuple(3, MetricState.RUNNING, kst("2026-03-09T13:30")));
    assertThat(updates(st).get(1).breachedAt()).contains(kst("2026-03-09T13:00"));
    assertThat(updates(st).get(2).deadline()).contains(kst("2026-03-09T15:30"));
    assertThat(
            st.alarms().stream()
                .filter(a -> a.metric().equals(Metrics.CUSTOMER_UPDATE))
                .map(Alarm::at))
        .containsExactly(
            kst("2026-03-09T14:30"),
            kst("2026-03-09T15:00"),
            kst("2026-03-09T15:18"),
            kst("2026-03-09T15:30"));
    assertThat(st.trace()).extracting(Decision.TraceEntry::clause).contains("UPDATE-1");
  }

  @Test
  void withoutATargetOfTheRulesetTheDefaultIsFourHoursAtSeverityOneOnTheResponseClock() {
    // Severity 1, response target 4 business hours: the default is 4 business hours on the same
    // calendar. Opened Mon 10:00, waiting on the customer 11:00-15:00 (a pause: 4 hours out),
    // asked 16:00: 1 + 1 = 2 hours used, due Mon 18:00 (the window's end).
    List<CaseEvent> events =
        List.of(
            CaseEvent.of(Type.WAITING_ON_CUSTOMER, kst("2026-03-09T11:00")),
            CaseEvent.of(Type.CUSTOMER_RESPONDED, kst("2026-03-09T15:00")));
    CaseStatus st = status(TimeSpan.businessHours(4), Map.of(), 1, events, kst("2026-03-09T16:00"));
    MetricStatus m = updates(st).get(0);
    assertThat(m.state()).isEqualTo(MetricState.RUNNING);
    assertThat(m.target()).contains(TimeSpan.businessHours(4));
    assertThat(m.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(m.deadline()).contains(kst("2026-03-09T18:00"));
  }

  @Test
  void theDefaultFollowsTheResponseClockAndStopsAtSeverityFour() {
    assertThat(MetricDefinition.customerUpdateDefault(2, Optional.of(TimeSpan.elapsedHours(1))))
        .contains(TimeSpan.elapsedHours(8));
    assertThat(
            MetricDefinition.customerUpdateDefault(
                3, Optional.of(TimeSpan.businessDays(2).on("KR"))))
        .contains(TimeSpan.businessHours(24).on("KR"));
    assertThat(MetricDefinition.customerUpdateDefault(4, Optional.empty())).isEmpty();
    // Severity 4 runs no clock with a target: the cycle is STOPPED from the start (LIFE-4)
    CaseStatus st =
        status(TimeSpan.businessHours(16), Map.of(), 4, List.of(), kst("2026-03-09T16:00"));
    assertThat(updates(st)).extracting(MetricStatus::state).containsExactly(MetricState.STOPPED);
  }

  @Test
  void aResolvedCaseStopsItsUpdatesAndAReopenStartsThemAgain() {
    // Severity 3 default 24 business hours. Resolved Mon 12:00 (cycle 1 STOPPED: RESOLVED is not
    // its own stop), reopened Tue 09:00: cycle 2 from Tue 09:00, asked Tue 10:00, 1 hour used.
    List<CaseEvent> events =
        List.of(
            CaseEvent.of(Type.RESOLVED, kst("2026-03-09T12:00")),
            CaseEvent.of(Type.REOPENED, kst("2026-03-10T09:00")));
    CaseStatus st =
        status(TimeSpan.businessHours(16), Map.of(), 3, events, kst("2026-03-10T10:00"));
    assertThat(updates(st))
        .extracting(MetricStatus::cycle, MetricStatus::state, MetricStatus::elapsed)
        .containsExactly(
            tuple(1, MetricState.STOPPED, Duration.ofHours(2)),
            tuple(2, MetricState.RUNNING, Duration.ofHours(1)));
  }

  @Test
  void anEventThatBothStartsAndStopsAClockNeedsARepeatingClock() {
    assertThatThrownBy(
            () ->
                new MetricDefinition(
                    "X",
                    Set.of(Type.AGENT_RESPONDED),
                    Set.of(Type.AGENT_RESPONDED),
                    false,
                    MetricDefinition.WAITS,
                    Optional.empty(),
                    "X-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("X: AGENT_RESPONDED cannot stop this clock");
  }
}
