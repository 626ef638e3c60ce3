package io.github.slakit.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random schedules in zones with daylight saving, checked against {@link ReferenceSchedule}, a
 * minute-by-minute reading of ONCALL-4. The seed comes from the system property {@code QT_SEED}
 * (the parent pom passes it to Surefire); a failure names it and the scenario.
 */
class SchedulePropertyTest {
  static final long SEED = Long.getLong("QT_SEED", 20261121L);
  private static final Gen<RandomSchedule> SCHEDULES = longs().all().map(RandomSchedule::of);

  private static void check(int examples, Consumer<RandomSchedule> property) {
    qt().withFixedSeed(SEED)
        .withExamples(examples)
        .withShrinkCycles(0)
        .forAll(SCHEDULES)
        .checkAssert(
            s -> {
              try {
                property.accept(s);
              } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("QT_SEED=" + SEED + ", scenario " + s + "\n" + e, e);
              }
            });
  }

  private static String name(Source s) {
    return (s.kind() == Source.Kind.LAYER ? "layer " : "override ") + s.index();
  }

  @Test
  void everyMinuteHasExactlyOneAnswerOrAGapAsTheReferenceSays() {
    check(
        250,
        s -> {
          // a range of up to two days around the focus (a DST change two times in three)
          Instant from = s.focus.minus(Duration.ofMinutes(s.nextInt(24 * 60)));
          Instant to = s.focus.plus(Duration.ofMinutes(1 + s.nextInt(24 * 60)));
          Timeline timeline = s.schedule.timeline(from, to);
          // shifts and gaps partition [from, to): in order, touching, no overlap, nothing left over
          Instant at = from;
          int i = 0;
          int g = 0;
          List<Shift> shifts = timeline.shifts();
          List<Gap> gaps = timeline.gaps();
          while (i < shifts.size() || g < gaps.size()) {
            if (i < shifts.size() && shifts.get(i).start().equals(at)) {
              at = shifts.get(i++).end();
            } else {
              assertThat(g).as("a shift or a gap starts at %s", at).isLessThan(gaps.size());
              assertThat(gaps.get(g).start()).as("a shift or a gap starts at %s", at).isEqualTo(at);
              at = gaps.get(g++).end();
            }
          }
          assertThat(at).isEqualTo(to);
          // adjacent shifts differ in person or source; two gaps never touch
          for (int k = 1; k < shifts.size(); k++) {
            Shift a = shifts.get(k - 1);
            Shift b = shifts.get(k);
            assertThat(
                    a.end().equals(b.start())
                        && a.person().equals(b.person())
                        && a.source().equals(b.source()))
                .as("%s and %s are one shift", a, b)
                .isFalse();
          }
          // every minute: the timeline, onCallAt and the reference agree
          int n = (int) Duration.between(from, to).toMinutes();
          String[] sources = new String[n];
          String[] expected = new ReferenceSchedule(s.schedule).minutes(from, to, sources);
          int shift = 0;
          for (int m = 0; m < n; m++) {
            Instant t = from.plus(Duration.ofMinutes(m));
            while (shift < shifts.size() && !shifts.get(shift).end().isAfter(t)) {
              shift++;
            }
            Optional<Shift> inTimeline =
                shift < shifts.size() && !shifts.get(shift).start().isAfter(t)
                    ? Optional.of(shifts.get(shift))
                    : Optional.empty();
            Optional<OnCall> on = s.schedule.onCallAt(t);
            assertThat(on.map(OnCall::person).orElse(null))
                .as("onCallAt(%s)", t)
                .isEqualTo(expected[m]);
            assertThat(on.map(o -> name(o.source())).orElse(null))
                .as("source at %s", t)
                .isEqualTo(sources[m]);
            assertThat(inTimeline.map(Shift::person).orElse(null))
                .as("timeline at %s", t)
                .isEqualTo(expected[m]);
            assertThat(inTimeline.map(x -> name(x.source())).orElse(null))
                .as("timeline source at %s", t)
                .isEqualTo(sources[m]);
          }
        });
  }

  @Test
  void anOverrideWinsOverEveryLayerAndEveryEarlierOverride() {
    check(
        200,
        s -> {
          Instant start = s.instantNear(2);
          Instant end = start.plus(Duration.ofMinutes(1 + s.nextInt(3 * 24 * 60)));
          Schedule.Builder b = Schedule.builder("o", s.schedule.zone());
          s.schedule.layers().forEach(b::layer);
          s.schedule.overrides().forEach(b::override);
          Schedule with = b.override("zed", start, end).build();
          int last = with.overrides().size();
          Instant t =
              start.plus(
                  Duration.ofMinutes(s.nextInt((int) Duration.between(start, end).toMinutes())));
          assertThat(with.onCallAt(t))
              .contains(new OnCall("zed", new Source(Source.Kind.OVERRIDE, last, "")));
          assertThat(with.timeline(start, end).shifts())
              .containsExactly(
                  new Shift("zed", new Source(Source.Kind.OVERRIDE, last, ""), start, end));
          // outside it, the schedule answers as before
          Instant before = start.minus(Duration.ofMinutes(1 + s.nextInt(600)));
          assertThat(with.onCallAt(before)).isEqualTo(s.schedule.onCallAt(before));
          assertThat(with.onCallAt(end)).isEqualTo(s.schedule.onCallAt(end));
        });
  }

  /**
   * A daily rotation handing off at {@code HH:MM} does so at {@code HH:MM} local time every day,
   * whatever the daylight saving: on a date where that time does not exist, at the first instant
   * after the gap; where it occurs twice, at its first occurrence. Turn {@code d} belongs to
   * participant {@code d mod n}, counted in local dates. Hours-long turns likewise keep their local
   * hand-off times ({@code 09:00} and {@code 21:00} for 12 hours).
   */
  @Test
  void rotationsArePeriodicInLocalTimeAcrossDaylightSaving() {
    List<ZoneId> zones = RandomSchedule.ZONES;
    List<String> people = List.of("ana", "bo", "cy");
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              java.util.Random r = new java.util.Random(seed);
              ZoneId zone = zones.get(r.nextInt(zones.size()));
              int[] hours = {1, 2, 3, 6, 8, 12, 24, 48};
              int turnHours = hours[r.nextInt(hours.length)];
              // hand-off minutes of the day around the zones' transitions (01:30-03:00) half the
              // time
              LocalTime time =
                  r.nextBoolean()
                      ? LocalTime.of(1, 30).plusMinutes(r.nextInt(91))
                      : LocalTime.of(r.nextInt(24), r.nextInt(60));
              // turn k, some 0..400 days after the first, falls on a date of a DST change half the
              // time
              long k = r.nextInt(400 * 24 / turnHours);
              LocalDate date = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(700));
              if (r.nextBoolean()) {
                date =
                    LocalDate.ofInstant(
                        zone.getRules()
                            .nextTransition(date.atStartOfDay(zone).toInstant())
                            .getInstant(),
                        zone);
              }
              LocalDateTime local = date.atTime(time);
              LocalDateTime start = local.minusHours(k * turnHours);
              Schedule s =
                  Schedule.builder("p", zone)
                      .layer(
                          Layer.builder(start, Duration.ofHours(turnHours))
                              .participants(people)
                              .build())
                      .build();
              // its hand-off is its local time, resolved by ONCALL-4
              Instant handoff = ReferenceSchedule.wallClock(local, zone);
              String message =
                  "seed "
                      + seed
                      + ": "
                      + zone
                      + ", turn "
                      + turnHours
                      + " h from "
                      + start
                      + ", turn "
                      + k
                      + " at "
                      + local;
              assertThat(s.onCallAt(handoff).map(OnCall::person))
                  .as(message)
                  .contains(people.get((int) (k % 3)));
              // the hand-off is at its local time, or at the end of the gap that swallowed it
              LocalDateTime shown = LocalDateTime.ofInstant(handoff, zone);
              if (!shown.equals(local)) {
                assertThat(zone.getRules().getValidOffsets(local))
                    .as(message + ": in a gap")
                    .isEmpty();
                assertThat(zone.getRules().getTransition(local).getInstant())
                    .as(message)
                    .isEqualTo(handoff);
              }
              // one minute before a hand-off that has time of its own, the previous turn is on call
              Instant before = ReferenceSchedule.wallClock(local.minusHours(turnHours), zone);
              if (k > 0 && before.isBefore(handoff)) {
                assertThat(s.onCallAt(handoff.minus(1, ChronoUnit.MINUTES)).map(OnCall::person))
                    .as(message + ", a minute before")
                    .contains(people.get((int) ((k - 1) % 3)));
              }
            });
  }
}
