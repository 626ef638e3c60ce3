package io.github.slakit.benchmarks;

import io.github.slakit.calendars.TimeWindow;
import io.github.slakit.oncall.Layer;
import io.github.slakit.oncall.OnCall;
import io.github.slakit.oncall.Restriction;
import io.github.slakit.oncall.Schedule;
import io.github.slakit.oncall.Timeline;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link Schedule#onCallAt} ("who is on call") and {@link Schedule#timeline} over 90 days, on
 * three schedules, 1024 precomputed minute-aligned instants spread over 2026 cycled per call.
 *
 * <pre>
 * ./mvnw -B -ntp -Pbench -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar Oncall -f 1 -wi 3 -w 2 -i 5 -r 2
 * </pre>
 *
 * Results are in {@code docs/BENCHMARKS.md}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OncallBenchmark {
  private static final int INPUTS = 1024;

  /** The schedules measured. */
  public enum Kind {
    /** Europe/Paris, one layer: five people in daily turns handing off at 09:00. */
    DAILY,
    /**
     * examples/follow-the-sun.json: weekly turns in Seoul, Prague and New York, each on its own
     * weekdays and hours (three zones, restrictions), and an override.
     */
    FOLLOW_THE_SUN,
    /**
     * Europe/Paris, three layers (a weekly base, daily office hours on weekdays, 12-hour turns on
     * weekends) and 50 overrides over the year.
     */
    LAYERED
  }

  /** A schedule and its inputs. */
  @State(Scope.Benchmark)
  public static class Input {
    @Param({"DAILY", "FOLLOW_THE_SUN", "LAYERED"})
    public Kind kind;

    Schedule schedule;
    Instant[] at;
    int next;

    @Setup
    public void setUp() {
      schedule = schedule(kind);
      Random r = new Random(20261129L);
      at = new Instant[INPUTS];
      long minutes = Duration.ofDays(365 - 91).toMinutes();
      for (int i = 0; i < INPUTS; i++) {
        at[i] =
            Instant.parse("2026-01-01T00:00:00Z")
                .plus(Duration.ofMinutes((long) (r.nextDouble() * minutes)));
        schedule.timeline(at[i], at[i].plus(Duration.ofDays(90))); // warms restrictions' indexes
      }
    }

    Instant nextInstant() {
      next = (next + 1) & (INPUTS - 1);
      return at[next];
    }
  }

  static Schedule schedule(Kind kind) {
    EnumSet<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    ZoneId paris = ZoneId.of("Europe/Paris");
    switch (kind) {
      case DAILY:
        return Schedule.builder("daily", paris)
            .layer(
                Layer.builder(LocalDateTime.parse("2025-12-29T09:00"), Duration.ofDays(1))
                    .participants("a", "b", "c", "d", "e")
                    .build())
            .build();
      case FOLLOW_THE_SUN:
        return Schedule.builder("follow-the-sun", ZoneId.of("UTC"))
            .layer(office("Seoul", "Asia/Seoul", "08:00", "08:00-16:00", weekdays, "kim", "lee"))
            .layer(
                office(
                    "Prague",
                    "Europe/Prague",
                    "08:00",
                    "08:00-16:00",
                    weekdays,
                    "novak",
                    "svoboda"))
            .layer(
                office(
                    "New York",
                    "America/New_York",
                    "10:00",
                    "10:00-18:00",
                    weekdays,
                    "smith",
                    "jones"))
            .override(
                "park",
                Instant.parse("2026-03-11T22:00:00Z"),
                Instant.parse("2026-03-11T23:00:00Z"))
            .build();
      default:
        Schedule.Builder b =
            Schedule.builder("layered", paris)
                .layer(
                    Layer.builder(LocalDateTime.parse("2025-12-29T09:00"), Duration.ofDays(7))
                        .participants("w1", "w2", "w3")
                        .build())
                .layer(
                    Layer.builder(LocalDateTime.parse("2025-12-29T09:00"), Duration.ofDays(1))
                        .participants("a", "b", "c", "d")
                        .restriction(Restriction.on(weekdays, TimeWindow.parse("09:00-18:00")))
                        .build())
                .layer(
                    Layer.builder(LocalDateTime.parse("2026-01-03T08:00"), Duration.ofHours(12))
                        .participants("x", "y")
                        .restriction(
                            Restriction.on(
                                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                                TimeWindow.parse("00:00-24:00")))
                        .build());
        Random r = new Random(7);
        for (int i = 0; i < 50; i++) {
          Instant s =
              Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofHours(r.nextInt(365 * 24)));
          b.override("o" + i, s, s.plus(Duration.ofHours(1 + r.nextInt(24))));
        }
        return b.build();
    }
  }

  private static Layer office(
      String name,
      String zone,
      String start,
      String window,
      EnumSet<DayOfWeek> days,
      String... people) {
    return Layer.builder(LocalDateTime.parse("2026-03-02T" + start), Duration.ofDays(7))
        .name(name)
        .zone(ZoneId.of(zone))
        .participants(people)
        .restriction(Restriction.on(days, TimeWindow.parse(window)))
        .build();
  }

  @Benchmark
  public Optional<OnCall> whoIsOnCall(Input in) {
    return in.schedule.onCallAt(in.nextInstant());
  }

  @Benchmark
  public Timeline timeline90Days(Input in) {
    Instant from = in.nextInstant();
    return in.schedule.timeline(from, from.plus(Duration.ofDays(90)));
  }
}
