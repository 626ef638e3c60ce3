package io.github.slakit.calendars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random calendars in zones with daylight saving, checked against the minute-stepping {@link
 * ReferenceCalendar}. The seed comes from the system property {@code QT_SEED} (the parent pom
 * passes {@code -DQT_SEED=...} to Surefire; default {@value #DEFAULT_SEED}); a failure names it
 * and the scenario's own seed.
 */
class BusinessCalendarPropertyTest {
  static final long DEFAULT_SEED = 20261121L;
  static final long SEED = Long.getLong("QT_SEED", DEFAULT_SEED);
  static final int EXAMPLES = 300;

  private static final Gen<RandomCalendar> CALENDARS = longs().all().map(RandomCalendar::of);

  private static void check(int examples, Consumer<RandomCalendar> property) {
    qt().withFixedSeed(SEED)
        .withExamples(examples)
        .withShrinkCycles(0)
        .forAll(CALENDARS)
        .checkAssert(
            c -> {
              try {
                property.accept(c);
              } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("QT_SEED=" + SEED + ", scenario " + c + "\n" + e, e);
              }
            });
  }

  @Test
  void intervalsAndBusinessTimeMatchTheReference() {
    check(
        EXAMPLES,
        c -> {
          Instant from = c.instantNear(3);
          Instant to = from.plus(Duration.ofHours(24 + c.nextInt(48)));
          assertThat(c.calendar.intervals(from, to)).isEqualTo(c.reference.intervals(from, to));
          for (int i = 0; i < 5; i++) {
            Instant t = c.instantNear(3);
            assertThat(c.calendar.isBusinessTime(t))
                .as("isBusinessTime(%s)", t)
                .isEqualTo(c.reference.isBusinessTime(t));
          }
          LocalDate date = LocalDate.ofInstant(c.instantNear(3), c.zone);
          assertThat(c.calendar.isBusinessDay(date))
              .as("isBusinessDay(%s)", date)
              .isEqualTo(c.reference.isBusinessDay(date));
        });
  }

  @Test
  void betweenMatchesTheReference() {
    check(
        EXAMPLES,
        c -> {
          Instant a = c.instantNear(4);
          Instant b = c.instantNear(4);
          assertThat(c.calendar.between(a, b))
              .as("between(%s, %s)", a, b)
              .isEqualTo(c.reference.between(a, b));
        });
  }

  @Test
  void addAndSubtractMatchTheReference() {
    check(
        EXAMPLES,
        c -> {
          Instant from = c.instantNear(4);
          Duration d = c.duration(3 * 1440);
          Optional<Instant> expected = c.reference.add(from, d);
          if (expected.isPresent()) {
            assertThat(c.calendar.add(from, d))
                .as("add(%s, %s)", from, d)
                .isEqualTo(expected.get());
          }
          Optional<Instant> back = c.reference.subtract(from, d);
          if (back.isPresent()) {
            assertThat(c.calendar.subtract(from, d))
                .as("subtract(%s, %s)", from, d)
                .isEqualTo(back.get());
          }
        });
  }

  @Test
  void openingAndClosingMatchTheReference() {
    check(
        EXAMPLES,
        c -> {
          Instant t = c.instantNear(4);
          assertThat(c.calendar.nextOpening(t))
              .as("nextOpening(%s)", t)
              .isEqualTo(c.reference.nextOpening(t));
          assertThat(c.calendar.previousClosing(t))
              .as("previousClosing(%s)", t)
              .isEqualTo(c.reference.previousClosing(t));
        });
  }

  @Test
  void businessDaysMatchTheReferenceAndTime3() {
    check(
        EXAMPLES / 2,
        c -> {
          Instant from = c.instantNear(4);
          int days = c.nextInt(4);
          Optional<Instant> expected = c.reference.addBusinessDays(from, days);
          if (expected.isEmpty()) {
            return;
          }
          Instant result = c.calendar.addBusinessDays(from, days);
          assertThat(result).as("addBusinessDays(%s, %d)", from, days).isEqualTo(expected.get());
          // TIME-3: the result's date is the N-th business day after the start's date
          LocalDate startDate =
              LocalDate.ofInstant(c.calendar.nextOpening(from).orElseThrow(), c.zone);
          LocalDate resultDate = LocalDate.ofInstant(result, c.zone);
          int count = 0;
          for (LocalDate d = startDate.plusDays(1); !d.isAfter(resultDate); d = d.plusDays(1)) {
            count += c.calendar.isBusinessDay(d) ? 1 : 0;
          }
          if (!c.calendar.isBusinessTime(result)) {
            // a clamp to the day's last closing is the end of an interval, which has the next date
            // when business time runs to midnight
            resultDate = LocalDate.ofInstant(result.minusNanos(1), c.zone);
            count = 0;
            for (LocalDate d = startDate.plusDays(1); !d.isAfter(resultDate); d = d.plusDays(1)) {
              count += c.calendar.isBusinessDay(d) ? 1 : 0;
            }
          }
          assertThat(count).isEqualTo(days);
          assertThat(c.calendar.isBusinessDay(resultDate))
              .isEqualTo(days > 0 || c.calendar.isBusinessDay(startDate));
        });
  }

  @Test
  void addThenBetweenGivesTheDurationBackAndSubtractUndoesAdd() {
    check(
        EXAMPLES * 2,
        c -> {
          Instant from = c.instantNear(30);
          Duration d = Duration.ofMinutes(c.nextInt(60 * 24 * 60)).plusNanos(c.nextInt(1000));
          Instant to = c.calendar.add(from, d);
          assertThat(c.calendar.between(from, to)).isEqualTo(d);
          assertThat(c.calendar.between(to, from)).isEqualTo(d.negated());
          if (!d.isZero()) {
            assertThat(c.calendar.subtract(to, d))
                .isEqualTo(c.calendar.nextOpening(from).orElseThrow());
            // earliest: a nanosecond less is not enough
            assertThat(c.calendar.between(from, to.minusNanos(1))).isLessThan(d);
          }
        });
  }

  @Test
  void addIsMonotone() {
    check(
        EXAMPLES * 2,
        c -> {
          Instant a = c.instantNear(30);
          Instant b = c.instantNear(30);
          Instant early = a.isBefore(b) ? a : b;
          Instant late = a.isBefore(b) ? b : a;
          Duration d1 = Duration.ofMinutes(c.nextInt(60 * 24 * 30));
          Duration d2 = d1.plusMinutes(c.nextInt(60 * 24 * 30));
          assertThat(c.calendar.add(early, d1)).isBeforeOrEqualTo(c.calendar.add(late, d1));
          assertThat(c.calendar.add(early, d1)).isBeforeOrEqualTo(c.calendar.add(early, d2));
          assertThat(c.calendar.subtract(late, d1)).isAfterOrEqualTo(c.calendar.subtract(late, d2));
        });
  }
}
