package io.github.slakit.calendars;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A slow, obviously-correct business calendar for tests and as the benchmark's baseline: written
 * from docs/POLICIES.md TIME-1..TIME-6 alone, independent of {@link BusinessCalendar}'s index. It
 * decides for one instant whether it is business time by looking at the windows of the local dates
 * around it, and answers every question by stepping one minute at a time.
 *
 * <p>Exact for minute-aligned instants, windows and durations in zones whose offsets are whole
 * minutes. Thread-safe.
 */
public final class ReferenceCalendar {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** How far the stepping questions look before giving up: about three years. */
  private static final long MAX_STEPS = 3L * 366 * 1440;

  private final ZoneId zone;
  private final Map<DayOfWeek, List<TimeWindow>> weekly;
  private final Map<LocalDate, List<TimeWindow>> dates;
  private final Map<LocalDate, List<TimeWindow>> breaks;
  private final Set<LocalDate> holidays;
  private final Map<LocalDate, long[]> windowCache = new ConcurrentHashMap<>();
  private final Map<LocalDate, long[]> breakCache = new ConcurrentHashMap<>();

  private ReferenceCalendar(Builder b) {
    this.zone = b.zone;
    this.weekly = new EnumMap<>(b.weekly);
    this.dates = new HashMap<>(b.dates);
    this.breaks = new HashMap<>();
    b.breaks.forEach((d, l) -> breaks.put(d, List.copyOf(l)));
    this.holidays = new HashSet<>(b.holidays);
  }

  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  // ---- TIME-4: a wall-clock time to an instant --------------------------------------------

  /** Start of a window: first instant after a gap, first occurrence in an overlap. */
  static Instant wallStart(LocalDateTime t, ZoneId zone) {
    ZonedDateTime z = ZonedDateTime.ofLocal(t, zone, null).withEarlierOffsetAtOverlap();
    if (!z.toLocalDateTime().equals(t)) {
      return gapEnd(z);
    }
    return z.toInstant();
  }

  /** End of a window: first instant after a gap, second occurrence in an overlap. */
  static Instant wallEnd(LocalDateTime t, ZoneId zone) {
    ZonedDateTime z = ZonedDateTime.ofLocal(t, zone, null).withLaterOffsetAtOverlap();
    if (!z.toLocalDateTime().equals(t)) {
      return gapEnd(z);
    }
    return z.toInstant();
  }

  /** In a gap, java.time shifts the time forward past the gap; the gap ends at the transition. */
  private static Instant gapEnd(ZonedDateTime shifted) {
    return shifted
        .getZone()
        .getRules()
        .previousTransition(shifted.toInstant().plusNanos(1))
        .getInstant();
  }

  // ---- one instant -----------------------------------------------------------------------

  private List<TimeWindow> windowsOf(LocalDate d) {
    List<TimeWindow> special = dates.get(d);
    if (special != null) {
      return special;
    }
    return weekly.getOrDefault(d.getDayOfWeek(), List.of());
  }

  private long[] resolved(LocalDate d, List<TimeWindow> windows) {
    long[] out = new long[windows.size() * 2];
    int i = 0;
    for (TimeWindow w : windows) {
      LocalDate endDate = w.end().isAfter(w.start()) ? d : d.plusDays(1);
      out[i++] = wallStart(LocalDateTime.of(d, w.start()), zone).getEpochSecond();
      out[i++] = wallEnd(LocalDateTime.of(endDate, w.end()), zone).getEpochSecond();
    }
    return out;
  }

  private static boolean inAny(long[] pairs, long s) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i] <= s && s < pairs[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether the minute starting at {@code t} (an instant with no seconds) is business time. */
  public boolean isBusinessTime(Instant t) {
    LocalDate local = LocalDate.ofInstant(t, zone);
    if (holidays.contains(local)) {
      return false; // TIME-6: the whole local date
    }
    long s = t.getEpochSecond();
    boolean open = false;
    for (int k = -1; k <= 1; k++) {
      LocalDate d = local.plusDays(k);
      if (inAny(
          breakCache.computeIfAbsent(d, x -> resolved(x, breaks.getOrDefault(x, List.of()))), s)) {
        return false;
      }
      open |= inAny(windowCache.computeIfAbsent(d, x -> resolved(x, windowsOf(x))), s);
    }
    return open;
  }

  // ---- stepping answers ------------------------------------------------------------------

  public Duration between(Instant from, Instant to) {
    if (to.isBefore(from)) {
      return between(to, from).negated();
    }
    long minutes = 0;
    for (Instant t = from; t.isBefore(to); t = t.plus(MINUTE)) {
      if (isBusinessTime(t)) {
        minutes++;
      }
    }
    return Duration.ofMinutes(minutes);
  }

  /** Earliest t with between(from, t) == amount; zero gives nextOpening. Empty past ~3 years. */
  public Optional<Instant> add(Instant from, Duration amount) {
    if (amount.isZero()) {
      return nextOpening(from);
    }
    long need = amount.toMinutes();
    Instant t = from;
    for (long steps = 0; steps < MAX_STEPS * 4; steps++) {
      if (isBusinessTime(t)) {
        need--;
      }
      t = t.plus(MINUTE);
      if (need == 0) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Latest t with between(t, from) == amount; zero gives previousClosing. */
  public Optional<Instant> subtract(Instant from, Duration amount) {
    if (amount.isZero()) {
      return previousClosing(from);
    }
    long need = amount.toMinutes();
    Instant t = from;
    for (long steps = 0; steps < MAX_STEPS * 4; steps++) {
      t = t.minus(MINUTE);
      if (isBusinessTime(t)) {
        need--;
      }
      if (need == 0) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  public Optional<Instant> nextOpening(Instant from) {
    Instant t = from;
    for (long steps = 0; steps < MAX_STEPS; steps++) {
      if (isBusinessTime(t)) {
        return Optional.of(t);
      }
      t = t.plus(MINUTE);
    }
    return Optional.empty();
  }

  public Optional<Instant> previousClosing(Instant from) {
    if (isBusinessTime(from)) {
      return Optional.of(from);
    }
    Instant t = from;
    for (long steps = 0; steps < MAX_STEPS; steps++) {
      if (isBusinessTime(t.minus(MINUTE))) {
        return Optional.of(t);
      }
      t = t.minus(MINUTE);
    }
    return Optional.empty();
  }

  /** The business minutes whose local date is {@code date}, as [first opening, last closing). */
  private Optional<Instant[]> dayBounds(LocalDate date) {
    Instant first = null;
    Instant last = null;
    Instant lo = date.atStartOfDay(zone).toInstant().minus(Duration.ofHours(3));
    Instant hi = date.plusDays(1).atStartOfDay(zone).toInstant().plus(Duration.ofHours(3));
    for (Instant t = lo; t.isBefore(hi); t = t.plus(MINUTE)) {
      if (LocalDate.ofInstant(t, zone).equals(date) && isBusinessTime(t)) {
        if (first == null) {
          first = t;
        }
        last = t.plus(MINUTE);
      }
    }
    return first == null ? Optional.empty() : Optional.of(new Instant[] {first, last});
  }

  public boolean isBusinessDay(LocalDate date) {
    return dayBounds(date).isPresent();
  }

  /** TIME-3 by stepping: the N-th business date after nextOpening's date, same time, clamped. */
  public Optional<Instant> addBusinessDays(Instant from, int days) {
    Optional<Instant> start = nextOpening(from);
    if (start.isEmpty() || days == 0) {
      return start;
    }
    ZonedDateTime s = start.get().atZone(zone);
    LocalDate date = s.toLocalDate();
    Instant[] bounds = null;
    for (int found = 0; found < days; ) {
      date = date.plusDays(1);
      if (date.isAfter(s.toLocalDate().plusYears(3))) {
        return Optional.empty();
      }
      Optional<Instant[]> b = dayBounds(date);
      if (b.isPresent()) {
        found++;
        bounds = b.get();
      }
    }
    Instant wanted = wallStart(LocalDateTime.of(date, s.toLocalTime()), zone);
    if (wanted.isBefore(bounds[0])) {
      return Optional.of(bounds[0]);
    }
    return Optional.of(wanted.isAfter(bounds[1]) ? bounds[1] : wanted);
  }

  /** The business intervals in [from, to), touching ones merged, by stepping. */
  public List<BusinessCalendar.Interval> intervals(Instant from, Instant to) {
    List<BusinessCalendar.Interval> out = new ArrayList<>();
    Instant runStart = null;
    for (Instant t = from; t.isBefore(to); t = t.plus(MINUTE)) {
      boolean b = isBusinessTime(t);
      if (b && runStart == null) {
        runStart = t;
      } else if (!b && runStart != null) {
        out.add(new BusinessCalendar.Interval(runStart, t));
        runStart = null;
      }
    }
    if (runStart != null) {
      out.add(new BusinessCalendar.Interval(runStart, to));
    }
    return out;
  }

  /** A reference definition: weekly hours, date hours, breaks and holiday dates. */
  public static final class Builder {
    private final ZoneId zone;
    private final Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
    private final Map<LocalDate, List<TimeWindow>> dates = new HashMap<>();
    private final Map<LocalDate, List<TimeWindow>> breaks = new HashMap<>();
    private final Set<LocalDate> holidays = new HashSet<>();

    private Builder(ZoneId zone) {
      this.zone = zone;
    }

    public Builder weekly(DayOfWeek day, List<TimeWindow> windows) {
      weekly.put(day, List.copyOf(windows));
      return this;
    }

    public Builder date(LocalDate date, List<TimeWindow> windows) {
      dates.put(date, List.copyOf(windows));
      return this;
    }

    public Builder breakOn(LocalDate date, TimeWindow window) {
      breaks.computeIfAbsent(date, d -> new ArrayList<>()).add(window);
      return this;
    }

    public Builder holiday(LocalDate date) {
      holidays.add(date);
      return this;
    }

    public ReferenceCalendar build() {
      return new ReferenceCalendar(this);
    }
  }
}
