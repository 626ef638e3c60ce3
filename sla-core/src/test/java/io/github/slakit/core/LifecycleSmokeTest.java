package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.core.CaseEvent.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleSmokeTest {
  @Test
  void pauseOverAWeekendLosesOnlyItsBusinessHours() {
    SlaEngine engine =
        SlaEngine.builder()
            .ruleset(new TestRuleset(s -> TimeSpan.businessHours(4)))
            .calendar(TestRuleset.officeHours())
            .build();
    // Thu 2026-03-05 16:00 KST; 4 business hours -> Fri 11:00 without pauses.
    SupportCase c =
        SupportCase.builder("C-1", "test", OffsetDateTime.parse("2026-03-05T16:00:00+09:00"))
            .severity(2)
            .build();
    Subscription s =
        Subscription.builder("S-1", "test", "ANY", new Location("KR", ZoneId.of("Asia/Seoul")))
            .calendarId("office")
            .build();
    List<CaseEvent> events =
        List.of(
            CaseEvent.of(
                Type.WAITING_ON_CUSTOMER, Instant.parse("2026-03-06T08:00:00Z")), // Fri 17:00
            CaseEvent.of(
                Type.CUSTOMER_RESPONDED, Instant.parse("2026-03-09T01:00:00Z"))); // Mon 10:00
    CaseStatus st = engine.status(c, s, events, Instant.parse("2026-03-09T03:00:00Z")); // Mon 12:00

    {
      CaseStatus.MetricStatus m = st.metric(Metrics.INITIAL_RESPONSE).orElseThrow();
      assertThat(m.paused()).isEqualTo(Duration.ofHours(2));
      // Thu 16-18 (2h) + Fri 09-17 (8h) + Mon 10-12 (2h) = 12h elapsed of 4h: breached Fri 11:00
      assertThat(m.state()).isEqualTo(MetricState.BREACHED);
      assertThat(m.breachedAt()).contains(Instant.parse("2026-03-06T02:00:00Z"));
    }
  }
}
