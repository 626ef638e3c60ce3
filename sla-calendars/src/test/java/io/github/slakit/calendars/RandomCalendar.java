package io.github.slakit.calendars;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One random scenario for the property tests: a calendar (1-3 windows a day, overnight and
 * overlapping windows, closed days, date overrides, breaks, holidays) in a zone with daylight
 * saving, built both as a {@link BusinessCalendar} and as a {@link ReferenceCalendar}, and a focus
 * instant (half the time a DST transition, one in six a local new year where the index's chunks
 * meet, else uniform in 2024..2028) around which the
 * overrides and the instants of the test lie. Everything is on whole minutes.
 */
final class RandomCalendar {
  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/Paris"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/Santiago"),
          ZoneId.of("Europe/London"),
          ZoneId.of("Asia/Seoul"),
          ZoneId.of("UTC"));
  private static final long START_2024 = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
  private static final long END_2028 = Instant.parse("2029-01-01T00:00:00Z").getEpochSecond();

  final long seed;
  final ZoneId zone;
  final BusinessCalendar calendar;
  final ReferenceCalendar reference;
  final Instant focus;
  private final String description;
  private final Random random;

  private RandomCalendar(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
    this.zone = ZONES.get(random.nextInt(ZONES.size()));
    Instant uniform =
        Instant.ofEpochSecond(
            minute(START_2024 + (long) (random.nextDouble() * (END_2028 - START_2024))));
    ZoneOffsetTransition next = zone.getRules().nextTransition(uniform);
    int kind = random.nextInt(6);
    if (kind < 3 && next != null && next.getInstant().getEpochSecond() < END_2028) {
      this.focus = next.getInstant(); // a DST transition
    } else if (kind == 3) {
      // a local new year: where the index's year chunks meet
      this.focus = LocalDate.of(2024 + random.nextInt(5), 1, 1).atStartOfDay(zone).toInstant();
    } else {
      this.focus = uniform;
    }
    LocalDate focusDate = LocalDate.ofInstant(focus, zone);

    BusinessCalendar.Builder b = BusinessCalendar.builder(zone).id("random-" + seed);
    ReferenceCalendar.Builder r = ReferenceCalendar.builder(zone);
    StringBuilder d =
        new StringBuilder("seed ")
            .append(seed)
            .append(": ")
            .append(zone)
            .append(" focus ")
            .append(focus);
    int openDays = 0;
    for (DayOfWeek day : DayOfWeek.values()) {
      List<TimeWindow> windows =
          random.nextInt(5) == 0 && openDays < 5 - day.ordinal() / 2 ? List.of() : windows();
      if (day == DayOfWeek.SUNDAY && openDays < 2) {
        windows = windows();
      }
      openDays += windows.isEmpty() ? 0 : 1;
      b.weekly(day, windows);
      r.weekly(day, windows);
      d.append("\n  ").append(day).append(' ').append(windows);
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      LocalDate date = focusDate.plusDays(random.nextInt(15) - 7);
      List<TimeWindow> windows = random.nextInt(3) == 0 ? List.of() : windows();
      b.date(date, windows);
      r.date(date, windows);
      d.append("\n  date ").append(date).append(' ').append(windows);
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      LocalDate date = focusDate.plusDays(random.nextInt(15) - 7);
      TimeWindow w = window(random.nextInt(3) == 0 ? 720 : 240);
      b.breakOn(date, w);
      r.breakOn(date, w);
      d.append("\n  break ").append(date).append(' ').append(w);
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      LocalDate date = focusDate.plusDays(random.nextInt(15) - 7);
      b.addHoliday(date, "holiday");
      r.holiday(date);
      d.append("\n  holiday ").append(date);
    }
    this.calendar = b.build();
    this.reference = r.build();
    this.description = d.toString();
  }

  static RandomCalendar of(long seed) {
    return new RandomCalendar(seed);
  }

  private List<TimeWindow> windows() {
    List<TimeWindow> out = new ArrayList<>();
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      out.add(window(random.nextInt(4) == 0 ? 1440 : 600));
    }
    return out;
  }

  /** A window on the half-hour grid (where DST transitions are) or, 1 in 4, any minute. */
  private TimeWindow window(int maxMinutes) {
    int start = random.nextInt(4) == 0 ? random.nextInt(1440) : 30 * random.nextInt(48);
    int length =
        random.nextInt(4) == 0
            ? 1 + random.nextInt(maxMinutes)
            : 30 * (1 + random.nextInt(maxMinutes / 30));
    return TimeWindow.of(
        LocalTime.ofSecondOfDay(start * 60L),
        LocalTime.ofSecondOfDay(((start + length) % 1440) * 60L));
  }

  private static long minute(long epochSecond) {
    return Math.floorDiv(epochSecond, 60) * 60;
  }

  /** A minute near the focus (within {@code days} days), or on a window edge, drawn from the seed's stream. */
  Instant instantNear(int days) {
    long offset = (long) ((random.nextDouble() * 2 - 1) * days * 86_400);
    return Instant.ofEpochSecond(minute(focus.getEpochSecond() + offset));
  }

  /** A duration of whole minutes up to {@code maxMinutes}, zero and exact hours more often. */
  Duration duration(int maxMinutes) {
    switch (random.nextInt(6)) {
      case 0:
        return Duration.ZERO;
      case 1:
        return Duration.ofHours(1 + random.nextInt(Math.max(1, maxMinutes / 60)));
      default:
        return Duration.ofMinutes(1 + random.nextInt(maxMinutes));
    }
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  @Override
  public String toString() {
    return description;
  }
}
