package io.github.slakit.benchmarks;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.ReferenceCalendar;
import io.github.slakit.calendars.TimeWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
 * {@link BusinessCalendar#add} and {@link BusinessCalendar#between} on a warm calendar, over
 * calendar kinds and duration lengths, with the minute-stepping {@link ReferenceCalendar} adding
 * 30 days as the baseline in the same run.
 *
 * <pre>
 * ./mvnw -B -ntp -Pbench -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar BusinessTime -f 1 -wi 3 -w 2 -i 5 -r 2
 * </pre>
 *
 * Results are in {@code docs/BENCHMARKS.md}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BusinessTimeBenchmark {
  private static final int INPUTS = 1024;

  /** The calendars measured. */
  public enum Kind {
    /** Asia/Seoul, Monday-Friday 09:00-18:00, KR holidays 2025-2031 added as contract dates. */
    OFFICE_KR,
    /** Europe/Paris, overnight shifts: Monday-Friday 22:00-06:00, Sunday 20:00-04:00. */
    OVERNIGHT,
    /** Europe/Paris, 00:00-24:00 every day. */
    ALWAYS
  }

  /** The fast calendar over kinds and durations. */
  @State(Scope.Benchmark)
  public static class Engine {
    @Param({"OFFICE_KR", "OVERNIGHT", "ALWAYS"})
    public Kind kind;

    @Param({"PT1H", "PT24H", "PT720H", "PT8760H"})
    public String duration;

    BusinessCalendar calendar;
    Duration amount;
    Instant[] from;
    Instant[] to;
    int next;

    @Setup
    public void setUp() {
      calendar = calendar(kind);
      amount = Duration.parse(duration);
      from = inputs();
      to = new Instant[INPUTS];
      for (int i = 0; i < INPUTS; i++) {
        to[i] = calendar.add(from[i], amount); // also builds the index: the calendar is warm
      }
    }

    int index() {
      next = (next + 1) & (INPUTS - 1);
      return next;
    }
  }

  /** The minute-stepping baseline, 30 days of business time. */
  @State(Scope.Benchmark)
  public static class Reference {
    @Param({"OFFICE_KR", "OVERNIGHT", "ALWAYS"})
    public Kind kind;

    ReferenceCalendar reference;
    Duration amount = Duration.ofDays(30);
    Instant[] from;
    int next;

    @Setup
    public void setUp() {
      reference = reference(kind);
      from = inputs();
    }
  }

  @Benchmark
  public Instant add(Engine s) {
    return s.calendar.add(s.from[s.index()], s.amount);
  }

  @Benchmark
  public Duration between(Engine s) {
    int i = s.index();
    return s.calendar.between(s.from[i], s.to[i]);
  }

  @Benchmark
  public Instant referenceAdd30Days(Reference s) {
    s.next = (s.next + 1) & (INPUTS - 1);
    return s.reference.add(s.from[s.next], s.amount).orElseThrow();
  }

  /** Minute-aligned instants spread over 2026. */
  static Instant[] inputs() {
    Random random = new Random(42);
    long start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond() / 60;
    Instant[] out = new Instant[INPUTS];
    for (int i = 0; i < INPUTS; i++) {
      out[i] = Instant.ofEpochSecond((start + random.nextInt(365 * 1440)) * 60);
    }
    return out;
  }

  static final EnumSet<DayOfWeek> MON_FRI = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  static ZoneId zone(Kind kind) {
    return kind == Kind.OFFICE_KR ? ZoneId.of("Asia/Seoul") : ZoneId.of("Europe/Paris");
  }

  /** Per day of the week, the windows of a kind. */
  static List<TimeWindow> windows(Kind kind, DayOfWeek day) {
    switch (kind) {
      case OFFICE_KR:
        return MON_FRI.contains(day) ? List.of(TimeWindow.parse("09:00-18:00")) : List.of();
      case OVERNIGHT:
        if (day == DayOfWeek.SUNDAY) {
          return List.of(TimeWindow.parse("20:00-04:00"));
        }
        return MON_FRI.contains(day) ? List.of(TimeWindow.parse("22:00-06:00")) : List.of();
      default:
        return List.of(TimeWindow.parse("00:00-24:00"));
    }
  }

  /**
   * KR-style public holidays 2025-2031 as contract dates: the fixed ones every year, plus the
   * Seollal and Chuseok days of 2025-2027 (a stand-in for the national set, which this benchmark
   * does not depend on).
   */
  static List<LocalDate> krHolidays() {
    List<LocalDate> out = new ArrayList<>();
    int[][] fixed = {
      {1, 1}, {3, 1}, {5, 1}, {5, 5}, {6, 6}, {7, 17}, {8, 15}, {10, 3}, {10, 9}, {12, 25}
    };
    for (int year = 2025; year <= 2031; year++) {
      for (int[] md : fixed) {
        out.add(LocalDate.of(year, md[0], md[1]));
      }
    }
    for (String d :
        new String[] {
          "2025-01-28",
          "2025-01-29",
          "2025-01-30",
          "2025-10-05",
          "2025-10-06",
          "2025-10-07",
          "2026-02-16",
          "2026-02-17",
          "2026-02-18",
          "2026-09-24",
          "2026-09-25",
          "2026-09-26",
          "2027-02-06",
          "2027-02-07",
          "2027-02-08",
          "2027-09-14",
          "2027-09-15",
          "2027-09-16"
        }) {
      out.add(LocalDate.parse(d));
    }
    return out;
  }

  static BusinessCalendar calendar(Kind kind) {
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone(kind)).id(kind.name());
    for (DayOfWeek day : DayOfWeek.values()) {
      b.weekly(day, windows(kind, day));
    }
    if (kind == Kind.OFFICE_KR) {
      krHolidays().forEach(d -> b.addHoliday(d, "KR holiday"));
    }
    return b.build();
  }

  static ReferenceCalendar reference(Kind kind) {
    ReferenceCalendar.Builder b = ReferenceCalendar.builder(zone(kind));
    for (DayOfWeek day : DayOfWeek.values()) {
      b.weekly(day, windows(kind, day));
    }
    if (kind == Kind.OFFICE_KR) {
      krHolidays().forEach(b::holiday);
    }
    return b.build();
  }
}
