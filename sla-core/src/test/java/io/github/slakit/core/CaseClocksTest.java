package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.slakit.core.CaseEvent.Type;
import io.github.slakit.core.CaseStatus.Alarm;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseClocks}: the step a stream processor takes per event and per timer. The hand example
 * is on {@link TestRuleset#officeHours()} (Monday to Friday 09:00-18:00 in Seoul); 2026-03-09 is a
 * Monday.
 */
class CaseClocksTest {
  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final SlaEngine ENGINE =
      SlaEngine.builder().ruleset(new TestRuleset(s -> TimeSpan.businessHours(8))).build();
  private static final SupportCase CASE =
      SupportCase.builder(
              "C-1", TestRuleset.VENDOR, kst("2026-03-09T09:00").atZone(SEOUL).toOffsetDateTime())
          .severity(2)
          .build();
  private static final Subscription SUB =
      Subscription.builder("S-1", TestRuleset.VENDOR, "ANY", new Location("XX", SEOUL))
          .calendar(TestRuleset.officeHours())
          .build();

  private static Instant kst(String local) {
    return LocalDateTime.parse(local).atZone(SEOUL).toInstant();
  }

  private static CaseEvent ev(Type type, String local) {
    return CaseEvent.of(type, kst(local));
  }

  @Test
  void aPauseTakesTheTimersAwayAndTheResumeGivesThemBackWithWhatRemains() {
    // 8 business hours from Monday 09:00: 50 % at 13:00, 75 % at 15:00, 90 % (7h12m) at 16:12,
    // 100 % at 17:00.
    CaseClocks clocks = CaseClocks.open(CASE, SUB, StatusOptions.DEFAULTS);
    assertThat(clocks.at(ENGINE, kst("2026-03-09T09:00")).due())
        .containsExactly(
            kst("2026-03-09T13:00"),
            kst("2026-03-09T15:00"),
            kst("2026-03-09T16:12"),
            kst("2026-03-09T17:00"));

    // Waiting on the customer from 12:00: paused, no alarm to wait for.
    clocks = clocks.apply(ev(Type.WAITING_ON_CUSTOMER, "2026-03-09T12:00"));
    CaseClocks.Step paused = clocks.at(ENGINE, kst("2026-03-09T12:00"));
    assertThat(paused.status().metric(Metrics.INITIAL_RESPONSE).orElseThrow().state())
        .isEqualTo(MetricState.PAUSED);
    assertThat(paused.due()).isEmpty();
    // The 13:00 timer, had it been left, fires nothing.
    assertThat(clocks.firing(ENGINE, kst("2026-03-09T13:00"))).isEmpty();

    // The customer replies on Tuesday at 10:00: 3 hours used, 5 remain. 50 % (4h) at 11:00,
    // 75 % (6h) at 13:00, 90 % at 14:12, 100 % at 15:00.
    clocks = clocks.apply(ev(Type.CUSTOMER_RESPONDED, "2026-03-10T10:00"));
    List<Instant> resumed =
        List.of(
            kst("2026-03-10T11:00"),
            kst("2026-03-10T13:00"),
            kst("2026-03-10T14:12"),
            kst("2026-03-10T15:00"));
    assertThat(clocks.at(ENGINE, kst("2026-03-10T10:00")).due()).isEqualTo(resumed);
    // The reply delivered ahead of the watermark (still at Monday 12:30): its alarms are due too.
    assertThat(clocks.at(ENGINE, kst("2026-03-09T12:30")).due()).isEqualTo(resumed);

    assertThat(clocks.firing(ENGINE, kst("2026-03-10T11:00")))
        .extracting(Alarm::key)
        .containsExactly("INITIAL_RESPONSE/1/50");
    assertThat(clocks.firing(ENGINE, kst("2026-03-10T11:01"))).isEmpty();

    // An answer exactly at 15:00 does not take the 100 % alarm away: the share was used by then.
    clocks = clocks.apply(ev(Type.AGENT_RESPONDED, "2026-03-10T15:00"));
    assertThat(clocks.firing(ENGINE, kst("2026-03-10T15:00")))
        .extracting(Alarm::key)
        .containsExactly("INITIAL_RESPONSE/1/100");
    // An answer at 14:00 does, and takes the later ones away even while the watermark is before it.
    CaseClocks answered = clocks.apply(ev(Type.AGENT_RESPONDED, "2026-03-10T14:00"));
    assertThat(answered.firing(ENGINE, kst("2026-03-10T14:12"))).isEmpty();
    assertThat(answered.at(ENGINE, kst("2026-03-10T12:30")).due())
        .containsExactly(kst("2026-03-10T13:00"));
  }

  @Test
  void statusIsTheEnginesOnTheDistinctEventsWhateverTheOrderTheyCameIn() {
    List<CaseEvent> events =
        List.of(
            ev(Type.WAITING_ON_CUSTOMER, "2026-03-09T12:00"),
            ev(Type.CUSTOMER_RESPONDED, "2026-03-10T10:00"),
            CaseEvent.severityChanged(kst("2026-03-10T10:30"), 1),
            ev(Type.AGENT_RESPONDED, "2026-03-10T11:00"));
    Instant at = kst("2026-03-10T12:00");
    CaseStatus expected = ENGINE.status(CASE, SUB, events, at);
    CaseClocks clocks = CaseClocks.open(CASE, SUB, StatusOptions.DEFAULTS);
    for (int i = events.size() - 1; i >= 0; i--) {
      clocks = clocks.apply(events.get(i)).apply(events.get(i)); // each delivered twice
    }
    assertThat(clocks.events()).hasSize(4);
    assertThat(clocks.status(ENGINE, at)).isEqualTo(expected);
    assertThat(clocks.apply(events)).isSameAs(clocks);
  }

  @Test
  void anEventBeforeTheOpeningIsRefusedAsTheEngineRefusesIt() {
    CaseClocks clocks = CaseClocks.open(CASE, SUB, StatusOptions.DEFAULTS);
    assertThatThrownBy(() -> clocks.apply(ev(Type.AGENT_RESPONDED, "2026-03-09T08:00")))
        .isInstanceOf(SlaInputException.class)
        .hasMessage(
            "case C-1 / subscription S-1: event: AGENT_RESPONDED at 2026-03-08T23:00:00Z is"
                + " before the case opened (2026-03-09T00:00:00Z)");
    List<CaseEvent> two =
        List.of(ev(Type.AGENT_RESPONDED, "2026-03-09T10:00"), ev(Type.OPENED, "2026-03-09T10:00"));
    assertThatThrownBy(() -> clocks.apply(two))
        .hasMessage(
            "case C-1 / subscription S-1: events[1]: OPENED at 2026-03-09T01:00:00Z differs from"
                + " the case's openedAt (2026-03-09T00:00:00Z)");
    assertThatThrownBy(() -> ENGINE.status(CASE, SUB, two, kst("2026-03-10T10:00")))
        .hasMessageContaining("events[1]: OPENED at 2026-03-09T01:00:00Z differs");
  }

  @Test
  void aNewCaseOrSubscriptionKeepsTheEvents() {
    CaseClocks clocks =
        CaseClocks.open(CASE, SUB, StatusOptions.DEFAULTS)
            .apply(ev(Type.AGENT_RESPONDED, "2026-03-09T10:00"));
    SupportCase raised = CASE.withSeverity(java.util.Optional.of(1));
    assertThat(clocks.with(raised, SUB).events()).isEqualTo(clocks.events());
    assertThat(clocks.with(raised, SUB).supportCase()).isEqualTo(raised);
    SupportCase other =
        SupportCase.builder("C-2", TestRuleset.VENDOR, CASE.openedAt()).severity(2).build();
    assertThatThrownBy(() -> clocks.with(other, SUB)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A driver such as a stream processor: events delivered out of order within a lateness, a
   * watermark that lags the latest event by it, one timer per instant {@link CaseClocks.Step#due}
   * gives (deleted when a later step no longer gives it), {@link CaseClocks#firing} asked when the
   * watermark passes one, each alarm key sent once. It must send exactly the alarms that asking
   * the engine just before each alarm's instant confirms, up to the cut-off: none missed because
   * its timer was never set, none sent that a pause had taken away.
   */
  @Test
  void aTimerDrivenStepperSendsExactlyTheAlarmsThatPollingConfirms() {
    qt().withFixedSeed(LifecyclePropertyTest.SEED)
        .withExamples(150)
        .withShrinkCycles(0)
        .forAll(longs().all().map(RandomCase::of))
        .checkAssert(
            c -> {
              try {
                check(c);
              } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                    "QT_SEED=" + LifecyclePropertyTest.SEED + ", " + c + "\n" + e, e);
              }
            });
  }

  private static void check(RandomCase c) {
    SlaEngine engine = c.engine();
    SupportCase sc = c.supportCase();
    Subscription sub = c.subscription();
    Instant cutoff = c.at;
    Duration lateness = Duration.ofHours(2);

    // Reference: every alarm any status at the opening or an event lists, kept when the status
    // one nanosecond before its instant still lists it there.
    Map<String, Instant> expected = new LinkedHashMap<>();
    TreeSet<Instant> moments = new TreeSet<>();
    moments.add(c.opened);
    c.events.forEach(e -> moments.add(e.at()));
    for (Instant m : moments) {
      for (Alarm a : engine.status(sc, sub, c.events, m, c.options).alarms()) {
        if (a.at().isAfter(cutoff) || expected.containsKey(a.key())) {
          continue;
        }
        boolean still =
            engine.status(sc, sub, c.events, a.at().minusNanos(1), c.options).alarms().stream()
                .anyMatch(b -> b.key().equals(a.key()) && b.at().equals(a.at()));
        if (still) {
          expected.put(a.key(), a.at());
        }
      }
    }

    // The driver: events by instant, each swapped with its neighbour at random when they are
    // within the lateness of each other.
    List<CaseEvent> arrival = new ArrayList<>(c.events);
    arrival.sort(Comparator.comparing(CaseEvent::at));
    Random random = new Random(c.seed);
    for (int i = 0; i + 1 < arrival.size(); i++) {
      if (random.nextBoolean()
          && !arrival.get(i + 1).at().isAfter(arrival.get(i).at().plus(lateness))) {
        Collections.swap(arrival, i, i + 1);
      }
    }
    Map<String, Instant> sent = new LinkedHashMap<>();
    TreeSet<Instant> timers = new TreeSet<>();
    CaseClocks clocks = CaseClocks.open(sc, sub, c.options);
    Instant watermark = c.opened;
    timers.addAll(clocks.at(engine, watermark).due());
    Instant maxSeen = c.opened;
    for (CaseEvent e : arrival) {
      clocks = clocks.apply(e);
      timers.removeIf(t -> t.isAfter(c.opened));
      timers.addAll(clocks.at(engine, watermark).due());
      maxSeen = e.at().isAfter(maxSeen) ? e.at() : maxSeen;
      Instant next = maxSeen.minus(lateness);
      if (next.isAfter(cutoff)) {
        next = cutoff;
      }
      watermark = advance(clocks, engine, timers, watermark, next, sent);
    }
    advance(clocks, engine, timers, watermark, cutoff, sent);
    assertThat(sent).isEqualTo(expected);
  }

  /** Fires the timers up to {@code to}, in order, each re-setting the timers from its instant. */
  private static Instant advance(
      CaseClocks clocks,
      SlaEngine engine,
      TreeSet<Instant> timers,
      Instant from,
      Instant to,
      Map<String, Instant> sent) {
    if (!to.isAfter(from)) {
      return from;
    }
    while (!timers.isEmpty() && !timers.first().isAfter(to)) {
      Instant t = timers.pollFirst();
      for (Alarm a : clocks.firing(engine, t)) {
        sent.putIfAbsent(a.key(), a.at());
      }
      timers.clear();
      timers.addAll(clocks.at(engine, t).due());
    }
    return to;
  }

  @Test
  void theDueInstantsAreTheAlarmInstantsOfTheStatus() {
    CaseClocks.Step step =
        CaseClocks.open(CASE, SUB, StatusOptions.DEFAULTS)
            .apply(ev(Type.WAITING_ON_CUSTOMER, "2026-03-09T12:00"))
            .apply(ev(Type.CUSTOMER_RESPONDED, "2026-03-09T12:00"))
            .at(ENGINE, kst("2026-03-09T12:00"));
    assertThat(step.status().alarms())
        .extracting(Alarm::percent, Alarm::at)
        .containsExactly(
            tuple(50, kst("2026-03-09T13:00")),
            tuple(75, kst("2026-03-09T15:00")),
            tuple(90, kst("2026-03-09T16:12")),
            tuple(100, kst("2026-03-09T17:00")));
    assertThat(step.due())
        .containsExactlyElementsOf(step.status().alarms().stream().map(Alarm::at).toList());
  }
}
