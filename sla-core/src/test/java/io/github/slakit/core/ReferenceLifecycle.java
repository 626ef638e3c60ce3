package io.github.slakit.core;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.core.CaseEvent.Type;
import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.CaseStatus.CaseState;
import io.github.slakit.core.CaseStatus.MetricStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A slow reference for {@link SlaEngine#status}, written from docs/POLICIES.md (LIFE-1..LIFE-7,
 * TIME-1..TIME-7) alone, for the built-in metrics INITIAL_RESPONSE, NEXT_RESPONSE and RESOLUTION,
 * each paused by the waits given. It walks the timeline one minute at a time: it replays the
 * events of each minute, notes for every minute the severity and the waits that last, then counts
 * each cycle's minutes. Of the calendar it asks only whether a minute is business time ({@link
 * BusinessCalendar#isBusinessTime} at the minute's start); TIME-3 is its own walk over local
 * dates. It never uses {@code Lifecycle} nor the calendar's arithmetic.
 *
 * <p>Exact when the opening, the events, the moment, the calendar's windows and the targets are on
 * whole minutes (zones whose offsets and transitions are whole minutes). Not thread-safe.
 *
 * <p>LIFE-3 as read here: a business-days target is the business time {@code T} from the cycle's
 * start to TIME-3's deadline {@code d3}. When the pauses do not delay the instant {@code T} is
 * used, the deadline is {@code d3} itself; when they do, it is the earliest instant {@code T} is
 * used, moved to the next opening when that instant is outside business time and {@code d3} has
 * no business time just before it (the latest instant {@code T} is used). Alarms are at the
 * earliest instant each share is used (LIFE-7).
 */
final class ReferenceLifecycle {
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** How far a deadline is looked for: a year of minutes. */
  private static final int MAX_MINUTES = 366 * 1440;

  /**
   * LIFE-1's order of events at one instant. ESCALATED, which LIFE-1 does not place, starts and
   * stops none of the built-in clocks; it sits where it does no harm.
   */
  private static final List<Type> ORDER =
      List.of(
          Type.OPENED,
          Type.REOPENED,
          Type.SEVERITY_CHANGED,
          Type.ESCALATED,
          Type.WAITING_ON_CUSTOMER,
          Type.WAITING_ON_VENDOR,
          Type.CUSTOMER_RESPONDED,
          Type.AGENT_RESPONDED,
          Type.RESOLVED,
          Type.CLOSED);

  private static final List<String> METRICS =
      List.of(Metrics.INITIAL_RESPONSE, Metrics.NEXT_RESPONSE, Metrics.RESOLUTION);

  /** What the reference answers: the parts of a {@link CaseStatus} it computes. */
  record Answer(
      CaseState caseState,
      int severity,
      List<MetricStatus> metrics,
      List<Alarm> alarms,
      List<String> ignored) {}

  private final BusinessCalendar calendar;
  private final ZoneId zone;

  /** The ruleset's target of a metric at a severity (1..4), if any. */
  private final BiFunction<String, Integer, Optional<TimeSpan>> targets;

  private final int defaultSeverity;

  /** The waits that pause each metric (LIFE-2: both, by default). */
  private final Map<String, Set<Type>> pausedBy;

  private final StatusOptions options;
  private final Map<Instant, Boolean> business = new HashMap<>();

  // the replay
  private Instant opened = Instant.EPOCH;

  /** Per minute from the opening: the requested severity and the waits that last in it. */
  private final List<Integer> severityAt = new ArrayList<>();

  private final List<Set<Type>> waitsAt = new ArrayList<>();

  private static final class Cycle {
    final String metric;
    final int number;
    final int start;
    int stop = -1;
    boolean ownStop;

    Cycle(String metric, int number, int start) {
      this.metric = metric;
      this.number = number;
      this.start = start;
    }
  }

  /**
   * @param calendar the subscription's calendar, which counts every business clock
   * @param targets the ruleset's target of a metric at a requested severity
   * @param defaultSeverity the severity of a case that requests none
   * @param pausedBy the waits that pause each metric
   */
  ReferenceLifecycle(
      BusinessCalendar calendar,
      BiFunction<String, Integer, Optional<TimeSpan>> targets,
      int defaultSeverity,
      Map<String, Set<Type>> pausedBy,
      StatusOptions options) {
    this.calendar = calendar;
    this.zone = calendar.zone();
    this.targets = targets;
    this.defaultSeverity = defaultSeverity;
    this.pausedBy = pausedBy;
    this.options = options;
  }

  Answer status(Instant openedAt, Optional<Integer> severity, List<CaseEvent> events, Instant at) {
    opened = openedAt;
    int n = minuteOf(at);
    Map<Integer, List<CaseEvent>> byMinute = new HashMap<>();
    for (CaseEvent e : events) {
      if (!e.at().isAfter(at)) { // LIFE-1: events after the moment are ignored
        byMinute.computeIfAbsent(minuteOf(e.at()), k -> new ArrayList<>()).add(e);
      }
    }
    CaseState state = CaseState.OPEN;
    int requested = severity.orElse(defaultSeverity);
    boolean waitCustomer = false;
    boolean waitVendor = false;
    boolean agentResponded = false;
    List<Cycle> cycles = new ArrayList<>();
    Map<String, Cycle> running = new HashMap<>();
    List<String> ignored = new ArrayList<>();
    start(Metrics.INITIAL_RESPONSE, 0, cycles, running);
    start(Metrics.RESOLUTION, 0, cycles, running);

    for (int i = 0; i <= n; i++) {
      List<CaseEvent> now = new ArrayList<>(byMinute.getOrDefault(i, List.of()));
      // LIFE-1: by type in its order; of two severity changes the more urgent (smaller) last
      now.sort(
          Comparator.comparing((CaseEvent e) -> ORDER.indexOf(e.type()))
              .thenComparing(e -> -e.severity().orElse(0)));
      for (CaseEvent e : now) {
        if (state == CaseState.CLOSED) {
          ignored.add(e.type() + " at " + e.at());
          continue;
        }
        Type type = e.type();
        if (type == Type.SEVERITY_CHANGED) {
          requested = e.severity().orElseThrow();
        } else if (type == Type.WAITING_ON_CUSTOMER || type == Type.WAITING_ON_VENDOR) {
          if (state != CaseState.OPEN) {
            ignored.add(e.type() + " at " + e.at());
          } else if (type == Type.WAITING_ON_CUSTOMER) {
            waitCustomer = true;
          } else {
            waitVendor = true;
          }
        } else if (type == Type.CUSTOMER_RESPONDED) {
          waitCustomer = false;
        } else if (type == Type.AGENT_RESPONDED) {
          waitVendor = false;
          stop(running, Metrics.INITIAL_RESPONSE, i, true);
          stop(running, Metrics.NEXT_RESPONSE, i, true);
          agentResponded = true;
        } else if (type == Type.REOPENED) {
          if (state != CaseState.RESOLVED) {
            ignored.add(e.type() + " at " + e.at());
            continue;
          }
          state = CaseState.OPEN;
          start(Metrics.RESOLUTION, i, cycles, running);
        } else if (type == Type.RESOLVED || type == Type.CLOSED) {
          if (type == Type.RESOLVED && state != CaseState.OPEN) {
            ignored.add(e.type() + " at " + e.at());
            continue;
          }
          waitCustomer = false;
          waitVendor = false;
          stop(running, Metrics.INITIAL_RESPONSE, i, false);
          stop(running, Metrics.NEXT_RESPONSE, i, false);
          stop(running, Metrics.RESOLUTION, i, true);
          state = type == Type.RESOLVED ? CaseState.RESOLVED : CaseState.CLOSED;
        }
        // LIFE-4: a customer response after the first agent response starts NEXT_RESPONSE while
        // none runs and the case is open
        if (type == Type.CUSTOMER_RESPONDED
            && agentResponded
            && state == CaseState.OPEN
            && !running.containsKey(Metrics.NEXT_RESPONSE)) {
          start(Metrics.NEXT_RESPONSE, i, cycles, running);
        }
      }
      severityAt.add(requested);
      Set<Type> waits = EnumSet.noneOf(Type.class);
      if (waitCustomer) {
        waits.add(Type.WAITING_ON_CUSTOMER);
      }
      if (waitVendor) {
        waits.add(Type.WAITING_ON_VENDOR);
      }
      waitsAt.add(waits);
    }

    List<MetricStatus> metrics = new ArrayList<>();
    List<Alarm> alarms = new ArrayList<>();
    for (String metric : METRICS) {
      for (Cycle c : cycles) {
        if (c.metric.equals(metric)) {
          metrics.add(measure(c, n, alarms));
        }
      }
    }
    alarms.sort(
        Comparator.comparing(Alarm::at)
            .thenComparing(Alarm::metric)
            .thenComparingInt(Alarm::cycle)
            .thenComparingInt(Alarm::percent));
    return new Answer(state, requested, metrics, alarms, ignored);
  }

  private static void start(
      String metric, int minute, List<Cycle> cycles, Map<String, Cycle> running) {
    int number = 1 + (int) cycles.stream().filter(c -> c.metric.equals(metric)).count();
    Cycle c = new Cycle(metric, number, minute);
    cycles.add(c);
    running.put(metric, c);
  }

  private static void stop(Map<String, Cycle> running, String metric, int minute, boolean own) {
    Cycle c = running.remove(metric);
    if (c != null) {
      c.stop = minute;
      c.ownStop = own;
    }
  }

  private Optional<TimeSpan> target(String metric, int severity) {
    Optional<TimeSpan> own = targets.apply(metric, severity);
    if (own.isEmpty() && metric.equals(Metrics.NEXT_RESPONSE)) {
      return targets.apply(Metrics.INITIAL_RESPONSE, severity); // LIFE-4: the response target
    }
    return own;
  }

  /** A target as an amount of its clock's minutes, and, for business days, TIME-3's deadline. */
  private record Budget(boolean business, Duration amount, Optional<Instant> time3) {}

  private Budget budget(TimeSpan span, Instant start) {
    if (span.clock() == ClockKind.ELAPSED) {
      return new Budget(false, span.duration(), Optional.empty());
    }
    if (span.clock() == ClockKind.BUSINESS_HOURS) {
      return new Budget(true, span.duration(), Optional.empty());
    }
    Instant d3 = businessDays(start, span.days());
    long minutes = 0;
    for (Instant t = start; t.isBefore(d3); t = t.plus(MINUTE)) {
      minutes += isBusiness(t) ? 1 : 0;
    }
    return new Budget(true, Duration.ofMinutes(minutes), Optional.of(d3));
  }

  private MetricStatus measure(Cycle c, int n, List<Alarm> alarms) {
    int end = c.stop < 0 ? n : c.stop;
    // the targets in force: at the start, then from each change up to the end (LIFE-6)
    List<Integer> from = new ArrayList<>(List.of(c.start));
    for (int j = c.start + 1; j <= end; j++) {
      if (!severityAt.get(j).equals(severityAt.get(j - 1))) {
        from.add(j);
      }
    }
    Instant breachedAt = null;
    List<Integer> passed = new ArrayList<>();
    for (int k = 0; k < from.size(); k++) {
      Optional<TimeSpan> t = target(c.metric, severityAt.get(from.get(k)));
      if (t.isEmpty()) {
        continue;
      }
      Budget b = budget(t.get(), instant(c.start));
      Instant until = instant(k + 1 < from.size() ? from.get(k + 1) : end);
      Instant deadline = deadline(c.metric, b, c.start, end);
      if (breachedAt == null && deadline.isBefore(until)) {
        breachedAt = deadline; // LIFE-5, LIFE-6: the first deadline missed while in force
      }
      for (int p : options.alarmPercents()) {
        if (!used(c.metric, b.business, c.start, end, share(b.amount, p)).isAfter(until)) {
          passed.add(p); // LIFE-7: reached while that target was in force
        }
      }
    }

    int severity = severityAt.get(end);
    Optional<TimeSpan> target = target(c.metric, severity);
    Optional<TimeSpan> clockOf = target.or(() -> target(Metrics.INITIAL_RESPONSE, severity));
    boolean businessClock = clockOf.map(s -> s.clock() != ClockKind.ELAPSED).orElse(true);
    long elapsed = 0;
    long paused = 0;
    for (int m = c.start; m < end; m++) {
      if (counts(businessClock, instant(m))) {
        if (paused(c.metric, m)) {
          paused++;
        } else {
          elapsed++;
        }
      }
    }
    Duration elapsedTime = Duration.ofMinutes(elapsed);
    MetricState state;
    Optional<Duration> remaining = Optional.empty();
    Optional<Integer> percent = Optional.empty();
    Optional<Instant> deadline = Optional.empty();
    if (target.isEmpty()) {
      state = MetricState.STOPPED;
    } else {
      Budget b = budget(target.get(), instant(c.start));
      deadline = Optional.of(deadline(c.metric, b, c.start, end));
      remaining = Optional.of(b.amount.minus(elapsedTime));
      percent = Optional.of((int) (100 * elapsed / b.amount.toMinutes()));
      if (breachedAt != null) {
        state = MetricState.BREACHED;
      } else if (c.stop >= 0) {
        state = c.ownStop ? MetricState.MET : MetricState.STOPPED;
      } else if (paused(c.metric, n)) {
        state = MetricState.PAUSED;
      } else {
        state = MetricState.RUNNING;
        for (int p : options.alarmPercents()) {
          Instant due = used(c.metric, b.business, c.start, end, share(b.amount, p));
          if (passed.contains(p) || !due.isAfter(instant(n))) {
            continue;
          }
          boolean inHours = counts(b.business, due);
          if (!inHours && options.offHours() == StatusOptions.OffHours.NEXT_OPENING) {
            alarms.add(new Alarm(c.metric, c.number, p, nextOpening(due), true, Optional.of(due)));
          } else {
            alarms.add(new Alarm(c.metric, c.number, p, due, inHours, Optional.empty()));
          }
        }
      }
    }
    ClockKind kind = clockOf.map(TimeSpan::clock).orElse(ClockKind.BUSINESS_HOURS);
    return new MetricStatus(
        c.metric,
        c.number,
        state,
        target,
        kind,
        businessClock ? Optional.of(calendar.id()) : Optional.empty(),
        instant(c.start),
        elapsedTime,
        Duration.ofMinutes(paused),
        remaining,
        percent,
        deadline,
        c.stop < 0 ? Optional.empty() : Optional.of(instant(c.stop)),
        state == MetricState.MET ? Optional.of(instant(c.stop)) : Optional.empty(),
        Optional.ofNullable(breachedAt));
  }

  /** LIFE-3 as this class reads it (see the class comment); else the instant the target is used. */
  private Instant deadline(String metric, Budget b, int start, int end) {
    Instant used = used(metric, b.business, start, end, b.amount);
    if (b.time3.isEmpty()) {
      return used;
    }
    Instant d3 = b.time3.get();
    if (used.equals(used(metric, b.business, start, start, b.amount))) {
      return d3; // no pause delays it
    }
    if (!isBusiness(used) && !isBusiness(d3.minus(MINUTE))) {
      return nextOpening(used);
    }
    return used;
  }

  /**
   * The earliest instant at which {@code amount} of the clock's time is used, counting from the
   * minute {@code start}, the minutes before {@code end} in a wait that pauses the metric not
   * counted.
   */
  private Instant used(String metric, boolean businessClock, int start, int end, Duration amount) {
    Duration sum = Duration.ZERO;
    for (int m = start; m < start + MAX_MINUTES; m++) {
      boolean waits = m < end && paused(metric, m);
      if (counts(businessClock, instant(m)) && !waits) {
        if (sum.plus(MINUTE).compareTo(amount) >= 0) {
          return instant(m).plus(amount.minus(sum));
        }
        sum = sum.plus(MINUTE);
      }
    }
    throw new IllegalStateException("no deadline within a year of " + instant(start));
  }

  /** Whether a wait that pauses the metric lasts in the minute. */
  private boolean paused(String metric, int minute) {
    return !Collections.disjoint(waitsAt.get(minute), pausedBy.get(metric));
  }

  /** p percent of an amount of whole minutes: exact, to the nanosecond. */
  private static Duration share(Duration amount, int p) {
    return amount.multipliedBy(p).dividedBy(100);
  }

  /** Whether the clock counts the minute that holds {@code t}. */
  private boolean counts(boolean businessClock, Instant t) {
    return !businessClock || isBusiness(t);
  }

  private Instant nextOpening(Instant t) {
    Instant m = floorMinute(t);
    if (m.isBefore(t)) {
      m = m.plus(MINUTE);
    }
    while (!isBusiness(m)) {
      m = m.plus(MINUTE);
    }
    return m;
  }

  /** TIME-2: whether the minute that holds {@code t} is business time. */
  private boolean isBusiness(Instant t) {
    return business.computeIfAbsent(floorMinute(t), calendar::isBusinessTime);
  }

  // ---- TIME-3 by walking the local dates ----------------------------------------------------

  /**
   * N business days after {@code from}: from {@code s}, the next opening, the same local time on
   * the N-th business day (TIME-7: a date with business time) after {@code s}'s date, clamped into
   * that day's business time.
   */
  Instant businessDays(Instant from, int days) {
    Instant s = nextOpening(from);
    LocalDate date = LocalDate.ofInstant(s, zone);
    LocalTime time = LocalTime.ofInstant(s, zone);
    Instant[] bounds = null;
    for (int found = 0; found < days; ) {
      date = date.plusDays(1);
      bounds = dayBounds(date);
      found += bounds == null ? 0 : 1;
    }
    Instant wanted = wallClock(LocalDateTime.of(date, time));
    if (bounds == null || wanted.isBefore(bounds[0])) {
      return bounds == null ? s : bounds[0];
    }
    return wanted.isAfter(bounds[1]) ? bounds[1] : wanted;
  }

  /** The first business minute of a local date and the end of its last; null for none. */
  private Instant[] dayBounds(LocalDate date) {
    Instant first = null;
    Instant last = null;
    Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
    for (Instant t = date.atStartOfDay(zone).toInstant(); t.isBefore(end); t = t.plus(MINUTE)) {
      if (isBusiness(t)) {
        first = first == null ? t : first;
        last = t.plus(MINUTE);
      }
    }
    return first == null ? null : new Instant[] {first, last};
  }

  /** TIME-4: in a gap, the first instant after it; twice, the first occurrence. */
  private Instant wallClock(LocalDateTime local) {
    ZoneOffsetTransition t = zone.getRules().getTransition(local);
    if (t != null && t.isGap()) {
      return t.getInstant();
    }
    return local.atZone(zone).toInstant(); // the earlier offset in an overlap
  }

  // ---- minutes ------------------------------------------------------------------------------

  private int minuteOf(Instant t) {
    if (!floorMinute(t).equals(t)) {
      throw new IllegalArgumentException(t + " is not on a whole minute");
    }
    return Math.toIntExact(Duration.between(opened, t).toMinutes());
  }

  private Instant instant(int minute) {
    return opened.plus(MINUTE.multipliedBy(minute));
  }

  private static Instant floorMinute(Instant t) {
    return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), 60) * 60);
  }
}
