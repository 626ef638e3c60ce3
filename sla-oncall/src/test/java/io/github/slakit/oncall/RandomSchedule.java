package io.github.slakit.oncall;

import io.github.slakit.calendars.TimeWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * One random scenario for the property tests: a schedule of one to three layers (turns of 30
 * minutes to two weeks, hand-offs at any minute, often at a time of a daylight-saving gap or
 * overlap, own zones, restrictions of one or two windows, some crossing midnight) and zero to
 * three overrides, in zones with daylight saving (Europe/Paris, America/New_York, and
 * Australia/Lord_Howe with its 30-minute shift), around a focus instant that is a DST transition
 * half of the time. Everything is on whole minutes.
 */
final class RandomSchedule {
  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Paris"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Australia/Lord_Howe"));
  private static final List<Duration> TURNS =
      List.of(
          Duration.ofMinutes(30),
          Duration.ofHours(1),
          Duration.ofHours(8),
          Duration.ofHours(12),
          Duration.ofDays(1),
          Duration.ofDays(2),
          Duration.ofDays(7),
          Duration.ofDays(14),
          Duration.ofMinutes(97),
          Duration.ofHours(36));
  private static final List<String> PEOPLE = List.of("ana", "bo", "cy", "di", "ed");

  final long seed;
  final ZoneId zone;
  final Schedule schedule;
  final Instant focus;
  private final Random random;

  private RandomSchedule(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
    this.zone = ZONES.get(random.nextInt(ZONES.size()));
    this.focus = focus(zone);
    Schedule.Builder b = Schedule.builder("random", zone);
    int layers = 1 + random.nextInt(3);
    for (int i = 0; i < layers; i++) {
      b.layer(layer());
    }
    int overrides = random.nextInt(4);
    for (int i = 0; i < overrides; i++) {
      Instant s = instantNear(2);
      b.override(
          PEOPLE.get(random.nextInt(PEOPLE.size())),
          s,
          s.plus(Duration.ofMinutes(1 + random.nextInt(2 * 24 * 60))));
    }
    this.schedule = b.build();
  }

  static RandomSchedule of(long seed) {
    return new RandomSchedule(seed);
  }

  private Layer layer() {
    ZoneId own = random.nextInt(3) == 0 ? ZONES.get(random.nextInt(ZONES.size())) : null;
    ZoneId z = own == null ? zone : own;
    Duration turn = TURNS.get(random.nextInt(TURNS.size()));
    // the first hand-off whole days (up to 20) before the focus's local date, at a local time of a
    // transition half the time: so a daily turn hands off in the gap or overlap on its date
    LocalDateTime focusLocal = LocalDateTime.ofInstant(focus, z);
    LocalTime time =
        random.nextBoolean()
            ? transitionTime(z)
            : LocalTime.of(random.nextInt(24), random.nextInt(4) * 15 + random.nextInt(2));
    LocalDateTime start = focusLocal.toLocalDate().minusDays(random.nextInt(21)).atTime(time);
    int n = 1 + random.nextInt(4);
    Layer.Builder b =
        Layer.builder(start, turn)
            .zone(own)
            .name(random.nextBoolean() ? "" : "L")
            .participants(PEOPLE.subList(0, n));
    if (random.nextInt(3) == 0) {
      b.participants(PEOPLE.get(0)); // a person twice in one rotation
    }
    int restrictions = random.nextInt(3) == 0 ? 0 : random.nextInt(3);
    for (int i = 0; i < restrictions; i++) {
      Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      for (DayOfWeek d : DayOfWeek.values()) {
        if (random.nextInt(3) > 0) {
          days.add(d);
        }
      }
      if (days.isEmpty()) {
        days.add(DayOfWeek.MONDAY);
      }
      LocalTime from =
          random.nextBoolean()
              ? transitionTime(z)
              : LocalTime.of(random.nextInt(24), random.nextInt(60));
      LocalTime to =
          random.nextBoolean()
              ? transitionTime(z).plusMinutes(30)
              : LocalTime.of(random.nextInt(24), random.nextInt(60));
      b.restriction(Restriction.on(days, TimeWindow.of(from, to)));
    }
    return b.build();
  }

  /**
   * A local time inside or at the edge of the DST gap or overlap nearest after a few days before
   * the focus (the focus's own, when it is at a transition).
   */
  private LocalTime transitionTime(ZoneId z) {
    ZoneOffsetTransition t = z.getRules().nextTransition(focus.minus(Duration.ofDays(3)));
    LocalTime before = t.getDateTimeBefore().toLocalTime();
    LocalTime after = t.getDateTimeAfter().toLocalTime();
    LocalTime lo = before.isBefore(after) ? before : after;
    return lo.plusMinutes(random.nextInt(61) - 15);
  }

  /** Two times in three a DST transition of the zone in 2025..2027, else a minute of those years. */
  private Instant focus(ZoneId z) {
    Instant base =
        Instant.parse("2025-01-01T00:00:00Z")
            .plus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
    if (random.nextInt(3) > 0) {
      return z.getRules()
          .nextTransition(base)
          .getInstant()
          .plus(Duration.ofMinutes(random.nextInt(181) - 90));
    }
    return base;
  }

  /** A whole minute within {@code days} days either side of the focus. */
  Instant instantNear(int days) {
    return focus.plus(Duration.ofMinutes(random.nextInt(2 * days * 24 * 60 + 1) - days * 24 * 60L));
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  @Override
  public String toString() {
    return "RandomSchedule[seed "
        + seed
        + ", "
        + zone
        + ", focus "
        + focus
        + ", layers "
        + schedule.layers()
        + ", overrides "
        + schedule.overrides()
        + "]";
  }
}
