package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.TimeWindow;
import io.github.slakit.core.CaseEvent.Type;
import io.github.slakit.core.CaseStatus.MetricStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The case lifecycle (LIFE-1..LIFE-7) on examples worked out by hand, each in its comment.
 * 2026-03-02 is a Monday.
 */
class LifecycleExamplesTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  private static Instant kst(String local) {
    return LocalDateTime.parse(local).atZone(SEOUL).toInstant();
  }

  private static CaseStatus status(BusinessCalendar calendar, TestRuleset ruleset,
      Instant opened, int severity, List<CaseEvent> events, Instant at, StatusOptions options) {
    SlaEngine engine = SlaEngine.builder().ruleset(ruleset).build();
    SupportCase c = SupportCase.builder("C-1", TestRuleset.VENDOR,
        opened.atZone(calendar.zone()).toOffsetDateTime()).severity(severity).build();
    Subscription s = Subscription.builder("S-1", TestRuleset.VENDOR, "ANY",
        new Location("XX", calendar.zone())).calendar(calendar).build();
    return engine.status(c, s, events, at, options);
  }

  private static MetricStatus cycle(CaseStatus st, String metric, int cycle) {
    return st.metrics().stream().filter(m -> m.metric().equals(metric) && m.cycle() == cycle)
        .findFirst().orElseThrow(() -> new AssertionError(metric + " has no cycle " + cycle));
  }

  private static CaseEvent ev(Type type, Instant at) {
    return CaseEvent.of(type, at);
  }

  @Test
  void businessDaysEndingBetweenTwoWindowsKeepTimeThreesDeadlineWithoutPauses() {
    // Mon 10:00-20:00, Tue 09:00-12:00 and 14:00-18:00. Opened Mon 13:00, 1 business day: TIME-3
    // gives Tue 13:00, between Tuesday's first opening and last closing, so not clamped. T = Mon
    // 13-20 (7h) + Tue 09-12 (3h) = 10h, used up at Tue 12:00; without a pause the deadline is
    // TIME-3's, Tue 13:00, as the decision says (LIFE-3). A wait Mon 14:00-15:00 delays it: the
    // 10th hour is then Tue 14:00-15:00, and the deadline Tue 15:00.
    BusinessCalendar cal = BusinessCalendar.builder(SEOUL).id("split")
        .weekly(DayOfWeek.MONDAY, List.of(TimeWindow.parse("10:00-20:00")))
        .weekly(DayOfWeek.TUESDAY, List.of(TimeWindow.parse("09:00-12:00"),
            TimeWindow.parse("14:00-18:00")))
        .build();
    TestRuleset ruleset = new TestRuleset(s -> TimeSpan.businessDays(1));
    Instant opened = kst("2026-03-02T13:00");
    CaseStatus plain = status(cal, ruleset, opened, 2, List.of(), opened, StatusOptions.DEFAULTS);
    assertThat(cycle(plain, Metrics.INITIAL_RESPONSE, 1).deadline())
        .contains(kst("2026-03-03T13:00"));
    CaseStatus paused = status(cal, ruleset, opened, 2,
        List.of(ev(Type.WAITING_ON_CUSTOMER, kst("2026-03-02T14:00")),
            ev(Type.CUSTOMER_RESPONDED, kst("2026-03-02T15:00"))),
        kst("2026-03-02T16:00"), StatusOptions.DEFAULTS);
    assertThat(cycle(paused, Metrics.INITIAL_RESPONSE, 1).deadline())
        .contains(kst("2026-03-03T15:00"));
  }
}
