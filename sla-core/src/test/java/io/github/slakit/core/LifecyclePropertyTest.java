package io.github.slakit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.slakit.core.CaseEvent.Type;
import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.CaseStatus.MetricStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link SlaEngine#status} over random cases ({@link RandomCase}): equal to the minute-stepping
 * {@link ReferenceLifecycle}, and the properties LIFE-1..LIFE-7 promise. The random seed comes from
 * the system property {@code QT_SEED} (the parent pom passes it to Surefire); a failure names it
 * and shows the case.
 */
class LifecyclePropertyTest {
  static final long SEED = Long.getLong("QT_SEED", 20261121L);
  private static final Gen<RandomCase> CASES = longs().all().map(RandomCase::of);

  private static void check(int examples, Consumer<RandomCase> property) {
    qt().withFixedSeed(SEED)
        .withExamples(examples)
        .withShrinkCycles(0)
        .forAll(CASES)
        .checkAssert(
            c -> {
              try {
                property.accept(c);
              } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("QT_SEED=" + SEED + ", " + c + "\n" + e, e);
              }
            });
  }

  @Test
  void equalsTheReferenceFieldByField() {
    check(
        300,
        c -> {
          CaseStatus st = c.status(c.events, c.at);
          ReferenceLifecycle.Answer ref =
              c.reference().status(c.opened, c.severity, c.events, c.at);
          assertThat(st.caseState()).as("case state").isEqualTo(ref.caseState());
          assertThat(st.severity().level()).as("severity").isEqualTo(ref.severity());
          assertThat(st.metrics()).as("metrics").hasSameSizeAs(ref.metrics());
          for (int i = 0; i < ref.metrics().size(); i++) {
            MetricStatus expected = ref.metrics().get(i);
            assertThat(st.metrics().get(i))
                .as("%s cycle %d", expected.metric(), expected.cycle())
                .usingRecursiveComparison()
                .isEqualTo(expected);
          }
          assertThat(st.alarms()).as("alarms").usingRecursiveComparison().isEqualTo(ref.alarms());
          assertThat(st.warnings()).as("events that did not apply").hasSameSizeAs(ref.ignored());
          for (int i = 0; i < ref.ignored().size(); i++) {
            assertThat(st.warnings().get(i).message())
                .as("event that did not apply")
                .startsWith(ref.ignored().get(i) + " ");
          }
        });
  }

  @Test
  void pausingNeverMakesADeadlineEarlier() {
    check(
        300,
        c -> {
          // Without the case's own customer waits, a new one lasts from a to b (or the next
          // customer
          // response, resolve or close): the response and resolution cycles are the same cycles.
          List<CaseEvent> base = new ArrayList<>(c.events);
          base.removeIf(e -> e.type() == Type.WAITING_ON_CUSTOMER);
          Instant a = between(c, c.opened, c.at);
          Instant b = between(c, a, c.at);
          List<CaseEvent> paused = new ArrayList<>(base);
          paused.add(CaseEvent.of(Type.WAITING_ON_CUSTOMER, a));
          paused.add(CaseEvent.of(Type.CUSTOMER_RESPONDED, b));
          List<CaseEvent> unpaused = new ArrayList<>(base);
          unpaused.add(CaseEvent.of(Type.CUSTOMER_RESPONDED, b));
          CaseStatus without = c.status(unpaused, c.at);
          CaseStatus with = c.status(paused, c.at);
          for (MetricStatus m : with.metrics()) {
            if (m.metric().equals(Metrics.NEXT_RESPONSE)) {
              continue; // the customer response at b may start one in either history
            }
            MetricStatus w = cycle(without, m.metric(), m.cycle());
            assertThat(m.startedAt()).isEqualTo(w.startedAt());
            assertThat(m.paused())
                .as("%s %d paused", m.metric(), m.cycle())
                .isGreaterThanOrEqualTo(w.paused());
            if (m.deadline().isPresent()) {
              assertThat(m.deadline().get())
                  .as("%s %d deadline, paused %s to %s", m.metric(), m.cycle(), a, b)
                  .isAfterOrEqualTo(w.deadline().orElseThrow());
            }
          }
        });
  }

  @Test
  void aPauseOfZeroLengthChangesNothing() {
    check(
        300,
        c -> {
          Instant t =
              c.nextInt(2) == 0 && !c.events.isEmpty()
                  ? c.events.get(c.nextInt(c.events.size())).at()
                  : between(c, c.opened, c.at);
          boolean customer = c.nextInt(2) == 0;
          List<CaseEvent> plain = new ArrayList<>(c.events);
          plain.add(CaseEvent.of(customer ? Type.CUSTOMER_RESPONDED : Type.AGENT_RESPONDED, t));
          List<CaseEvent> zero = new ArrayList<>(plain);
          zero.add(CaseEvent.of(customer ? Type.WAITING_ON_CUSTOMER : Type.WAITING_ON_VENDOR, t));
          CaseStatus expected = c.status(plain, c.at);
          CaseStatus actual = c.status(zero, c.at);
          // a wait while the case is resolved is reported as not applying: all else is the same
          assertThat(actual)
              .as("a wait and its end at %s", t)
              .usingRecursiveComparison()
              .ignoringFields("warnings")
              .isEqualTo(expected);
        });
  }

  @Test
  void elapsedAndRemainingAddUpToTheTarget() {
    check(
        300,
        c -> {
          CaseStatus st = c.status(c.events, c.at);
          for (MetricStatus m : st.metrics()) {
            if (m.target().isEmpty()) {
              assertThat(m.state()).isEqualTo(MetricState.STOPPED);
              continue;
            }
            TimeSpan span = m.target().get();
            Duration target =
                span.clock() == ClockKind.BUSINESS_DAYS
                    ? c.calendar.between(
                        m.startedAt(), c.calendar.addBusinessDays(m.startedAt(), span.days()))
                    : span.duration();
            assertThat(m.elapsed().plus(m.remaining().orElseThrow()))
                .as("%s %d %s: elapsed + remaining", m.metric(), m.cycle(), m.state())
                .isEqualTo(target);
            assertThat(m.percentUsed().orElseThrow())
                .as("percent used")
                .isEqualTo((int) (100 * m.elapsed().toMinutes() / target.toMinutes()));
            Instant end = m.stoppedAt().orElse(c.at);
            Duration clockTime =
                span.clock() == ClockKind.ELAPSED
                    ? Duration.between(m.startedAt(), end)
                    : c.calendar.between(m.startedAt(), end);
            assertThat(m.elapsed().plus(m.paused())).as("elapsed + paused").isEqualTo(clockTime);
          }
        });
  }

  @Test
  void theEventsInAnyOrderGiveTheSameAnswer() {
    check(
        300,
        c -> {
          List<CaseEvent> shuffled = new ArrayList<>(c.events);
          Collections.shuffle(shuffled, new Random(c.seed));
          assertThat(c.status(shuffled, c.at))
              .as("shuffled:%s", RandomCase.history(shuffled, c.zone))
              .isEqualTo(c.status(c.events, c.at));
        });
  }

  @Test
  void eventsAfterTheMomentChangeNothing() {
    check(
        300,
        c -> {
          List<CaseEvent> upTo = new ArrayList<>(c.events);
          upTo.removeIf(e -> e.at().isAfter(c.at));
          List<CaseEvent> more = new ArrayList<>(c.events);
          for (int k = 1 + c.nextInt(4); k > 0; k--) {
            Instant t = c.at.plus(Duration.ofMinutes(1 + c.nextInt(3 * 1440)));
            Type type = Type.values()[1 + c.nextInt(Type.values().length - 1)];
            more.add(
                type == Type.SEVERITY_CHANGED
                    ? CaseEvent.severityChanged(t, 1 + c.nextInt(4))
                    : CaseEvent.of(type, t));
          }
          CaseStatus expected = c.status(upTo, c.at);
          assertThat(c.status(c.events, c.at)).isEqualTo(expected);
          assertThat(c.status(more, c.at)).isEqualTo(expected);
        });
  }

  @Test
  void withoutPausesOrChangesTheDeadlinesAreTheDecisions() {
    check(
        300,
        c -> {
          List<CaseEvent> plain = new ArrayList<>(c.events);
          plain.removeIf(
              e ->
                  e.type() == Type.SEVERITY_CHANGED
                      || e.type() == Type.WAITING_ON_CUSTOMER
                      || e.type() == Type.WAITING_ON_VENDOR);
          CaseStatus st = c.status(plain, c.at);
          Decision d = c.engine().evaluate(c.supportCase(), c.subscription());
          for (String metric : List.of(Metrics.INITIAL_RESPONSE, Metrics.RESOLUTION)) {
            Optional<Instant> decided = d.target(metric).flatMap(Decision.Target::deadline);
            assertThat(cycle(st, metric, 1).deadline())
                .as("%s deadline", metric)
                .isEqualTo(decided);
          }
        });
  }

  @Test
  void alarmsComeAfterTheMomentWhereTheirShareIsUsed() {
    check(
        300,
        c -> {
          List<CaseEvent> upTo = new ArrayList<>(c.events);
          upTo.removeIf(e -> e.at().isAfter(c.at));
          CaseStatus st = c.status(upTo, c.at);
          for (Alarm al : st.alarms()) {
            MetricStatus m = cycle(st, al.metric(), al.cycle());
            assertThat(m.state())
                .as("%s: state of its cycle", al.key())
                .isEqualTo(MetricState.RUNNING);
            Instant due = al.dueAt().orElse(al.at());
            assertThat(due).as("%s after the moment", al.key()).isAfter(c.at);
            TimeSpan span = m.target().orElseThrow();
            boolean open = span.clock() == ClockKind.ELAPSED || c.calendar.isBusinessTime(due);
            if (al.dueAt().isPresent()) {
              assertThat(open).as("%s moved from %s", al.key(), due).isFalse();
              assertThat(al.at()).isEqualTo(c.calendar.nextOpening(due).orElseThrow());
              assertThat(al.inBusinessHours()).isTrue();
            } else {
              assertThat(al.inBusinessHours()).as("%s in business hours", al.key()).isEqualTo(open);
              assertThat(open || c.options.offHours() == StatusOptions.OffHours.MARK).isTrue();
            }
            // its share of the target in force is used at the instant, and not a nanosecond before
            Duration target = m.elapsed().plus(m.remaining().orElseThrow());
            Duration share = target.multipliedBy(al.percent()).dividedBy(100);
            assertThat(cycle(c.status(upTo, due), al.metric(), al.cycle()).elapsed())
                .as("%s: elapsed at %s", al.key(), due)
                .isEqualTo(share);
            assertThat(cycle(c.status(upTo, due.minusNanos(1)), al.metric(), al.cycle()).elapsed())
                .as("%s: elapsed just before %s", al.key(), due)
                .isLessThan(share);
          }
        });
  }

  @Test
  void laterWithNoNewEventsAlarmsOnlyDrop() {
    check(
        300,
        c -> {
          List<CaseEvent> upTo = new ArrayList<>(c.events);
          upTo.removeIf(e -> e.at().isAfter(c.at));
          Instant later = c.at.plus(Duration.ofMinutes(1 + c.nextInt(3 * 1440)));
          List<Alarm> expected = new ArrayList<>(c.status(upTo, c.at).alarms());
          expected.removeIf(al -> !al.dueAt().orElse(al.at()).isAfter(later));
          // an alarm is listed until its instant and never comes back; none appears
          assertThat(c.status(upTo, later).alarms()).as("at %s", later).isEqualTo(expected);
        });
  }

  /** A whole minute in [from, to]. */
  private static Instant between(RandomCase c, Instant from, Instant to) {
    long minutes = Duration.between(from, to).toMinutes();
    return from.plus(Duration.ofMinutes(c.nextInt((int) minutes + 1)));
  }

  private static MetricStatus cycle(CaseStatus st, String metric, int cycle) {
    return st.metrics().stream()
        .filter(m -> m.metric().equals(metric) && m.cycle() == cycle)
        .findFirst()
        .orElseThrow(() -> new AssertionError(metric + " has no cycle " + cycle));
  }
}
