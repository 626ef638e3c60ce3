package io.github.slakit.core;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.core.CaseEvent.Type;
import io.github.slakit.core.CaseStatus.Alarm;
import io.github.slakit.core.CaseStatus.CaseState;
import io.github.slakit.core.CaseStatus.MetricStatus;
import io.github.slakit.core.Decision.TraceEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The clocks of one case over its events (docs/LIFECYCLE.md, LIFE-1..LIFE-7): replays the events up
 * to the moment asked into cycles and pauses, then measures each cycle on the clock of the target
 * in force. Not thread-safe: one instance answers one question.
 */
final class Lifecycle {
  /** The decision at a requested severity: the targets in force while that severity is. */
  private final Function<Optional<Integer>, Decision> decisions;

  /** The calendar that counts a business span. */
  private final Function<TimeSpan, BusinessCalendar> calendars;

  /** The subscription's calendar: the clock of a cycle without any target. */
  private final BusinessCalendar subscriptionCalendar;

  private final List<MetricDefinition> definitions;
  private final StatusOptions options;

  private final Map<Optional<Integer>, Decision> decided = new HashMap<>();
  private final List<Notice> warnings = new ArrayList<>();
  private final Set<String> clauses = new LinkedHashSet<>();

  Lifecycle(
      Function<Optional<Integer>, Decision> decisions,
      Function<TimeSpan, BusinessCalendar> calendars,
      BusinessCalendar subscriptionCalendar,
      List<MetricDefinition> definitions,
      StatusOptions options) {
    this.decisions = decisions;
    this.calendars = calendars;
    this.subscriptionCalendar = subscriptionCalendar;
    this.definitions = definitions;
    this.options = options;
  }

  /** One cycle of a metric, as the events left it. */
  private static final class Cycle {
    final MetricDefinition def;
    final int number;
    final Instant start;
    @Nullable Instant end;
    boolean ownStop;

    Cycle(MetricDefinition def, int number, Instant start) {
      this.def = def;
      this.number = number;
      this.start = start;
    }
  }

  /** A half-open interval of time [from, to). */
  private record Span(Instant from, Instant to) {}

  CaseStatus status(
      SupportCase supportCase, Subscription subscription, List<CaseEvent> events, Instant at) {
    Instant opened = supportCase.openedAt().toInstant();
    List<CaseEvent> sorted = Pause.sortedUpTo(events, at);

    // The requested severity over time: the case's, then each change (LIFE-1: the more urgent of
    // two at one instant).
    TreeMap<Instant, Optional<Integer>> requested = new TreeMap<>();
    requested.put(opened, supportCase.severity());
    Decision first = decision(supportCase.severity());
    CaseState state = CaseState.OPEN;
    boolean agentResponded = false;
    List<Cycle> cycles = new ArrayList<>();
    Map<String, Cycle> running = new HashMap<>();
    for (MetricDefinition d : definitions) {
      if (d.startsOn().contains(Type.OPENED)) {
        start(d, opened, cycles, running);
      }
    }

    for (CaseEvent e : sorted) {
      Instant t = e.at();
      if (state == CaseState.CLOSED) {
        ignored(e, "the case is closed");
        continue;
      }
      switch (e.type()) {
        case OPENED:
          break;
        case SEVERITY_CHANGED:
          // sorted: of changes at one instant the more urgent comes last, and wins
          requested.put(t, e.severity());
          clauses.add("LIFE-6");
          break;
        case WAITING_ON_CUSTOMER:
        case WAITING_ON_VENDOR:
          if (state != CaseState.OPEN) {
            ignored(e, "the case is resolved");
          }
          break;
        case CUSTOMER_RESPONDED:
        case AGENT_RESPONDED:
          break;
        case REOPENED:
          if (state != CaseState.RESOLVED) {
            ignored(e, "the case is not resolved");
            continue;
          }
          state = CaseState.OPEN;
          break;
        case RESOLVED:
          if (state != CaseState.OPEN) {
            ignored(e, "the case is already resolved");
            continue;
          }
          state = CaseState.RESOLVED;
          break;
        case CLOSED:
          state = CaseState.CLOSED;
          break;
        case ESCALATED:
          break;
        default:
          throw new AssertionError(e.type());
      }
      // The clocks: stops first (an agent response stops NEXT_RESPONSE before a customer reply at
      // the same instant could start another), then starts.
      for (MetricDefinition d : definitions) {
        Cycle c = running.get(d.metric());
        if (c == null) {
          continue;
        }
        if (d.stopsOn().contains(e.type())) {
          c.end = t;
          c.ownStop = true;
          running.remove(d.metric());
        } else if (e.type() == Type.RESOLVED || e.type() == Type.CLOSED) {
          c.end = t;
          running.remove(d.metric());
        }
      }
      if (e.type() == Type.AGENT_RESPONDED) {
        agentResponded = true;
      }
      if (state == CaseState.OPEN) {
        for (MetricDefinition d : definitions) {
          if (d.startsOn().contains(e.type())
              && !running.containsKey(d.metric())
              && (e.type() != Type.CUSTOMER_RESPONDED || agentResponded)
              && (d.repeats() || cycles.stream().noneMatch(c -> c.def == d))) {
            start(d, t, cycles, running);
          }
        }
      }
    }
    // The waits (LIFE-2); those that last at the moment are counted up to it, and the clocks they
    // pause show PAUSED.
    Map<Type, List<Span>> waits = new LinkedHashMap<>();
    Set<Type> pausedNow = new LinkedHashSet<>();
    for (Pause p : Pause.replay(sorted, at)) {
      if (p.end().isAfter(p.start())) {
        waits.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(new Span(p.start(), p.end()));
      }
      if (p.lasting()) {
        pausedNow.add(p.kind());
      }
    }

    Optional<Integer> requestedNow = requested.floorEntry(at).getValue();
    Decision inForce = decision(requestedNow);
    if (!first.covered()) {
      // The events still say whether the case is open and which severity it has; no clock runs.
      return new CaseStatus(
          supportCase.id(),
          subscription.id(),
          inForce.vendor(),
          inForce.rulesetVersion(),
          at,
          state,
          inForce.severity(),
          requestedNow,
          first.notCovered(),
          List.of(),
          List.of(),
          warnings,
          inForce.trace());
    }
    List<MetricStatus> metrics = new ArrayList<>();
    List<Alarm> alarms = new ArrayList<>();
    for (MetricDefinition d : definitions) {
      for (Cycle c : cycles) {
        if (c.def == d) {
          measure(c, requested, waits, pausedNow, at, metrics, alarms);
          clauses.add(d.clause());
        }
      }
    }
    if (waits.values().stream().anyMatch(l -> !l.isEmpty())) {
      clauses.add("LIFE-2");
    }
    alarms.sort(
        Comparator.comparing(Alarm::at)
            .thenComparing(Alarm::metric)
            .thenComparingInt(Alarm::cycle)
            .thenComparingInt(Alarm::percent));
    List<TraceEntry> trace = new ArrayList<>(inForce.trace());
    clauses.add("LIFE-1");
    for (String clause : clauses) {
      trace.add(new TraceEntry(LIFE_RULES.getOrDefault(clause, "Clock of the metric"), clause));
    }
    return new CaseStatus(
        supportCase.id(),
        subscription.id(),
        inForce.vendor(),
        inForce.rulesetVersion(),
        at,
        state,
        inForce.severity(),
        requestedNow,
        List.of(),
        metrics,
        alarms,
        warnings,
        trace);
  }

  private static final Map<String, String> LIFE_RULES =
      Map.of(
          "LIFE-1", "Events applied in order up to the moment asked",
          "LIFE-2", "Waits pause the clocks by the clock's time they overlap",
          "LIFE-3", "Business days turned into business time, pushed by pauses",
          "LIFE-4", "Clocks of the first response, the next response and the resolution",
          "LIFE-6", "Severity changed: running cycles take the new target from their start",
          "LIFE-7", "Alarms at shares of the target in force",
          "UPDATE-1", "Customer updates at least every N hours, restarted by each agent response");

  private void ignored(CaseEvent e, String why) {
    warnings.add(
        new Notice(
            "EVENT_IGNORED", e.type() + " at " + e.at() + " does not apply: " + why, "LIFE-1"));
  }

  private static void start(
      MetricDefinition d, Instant t, List<Cycle> cycles, Map<String, Cycle> running) {
    int n = 1 + (int) cycles.stream().filter(c -> c.def == d).count();
    Cycle c = new Cycle(d, n, t);
    cycles.add(c);
    running.put(d.metric(), c);
  }

  private Decision decision(Optional<Integer> severity) {
    return decided.computeIfAbsent(severity, decisions);
  }

  /** The target of a metric in a decision, or the one it takes its target from. */
  private Optional<TimeSpan> target(Decision d, MetricDefinition def) {
    Optional<Decision.Target> t = d.target(def.metric());
    if (t.isPresent()) {
      return t.get().target();
    }
    if (def.targetFrom().isPresent()) {
      return d.target(def.targetFrom().get()).flatMap(Decision.Target::target);
    }
    if (def.metric().equals(Metrics.CUSTOMER_UPDATE)) {
      return MetricDefinition.customerUpdateDefault(
          d.severity().level(),
          d.target(Metrics.INITIAL_RESPONSE).flatMap(Decision.Target::target));
    }
    return Optional.empty();
  }

  /** The clock a span counts on. */
  private Clock clock(TimeSpan span) {
    return span.clock() == ClockKind.ELAPSED
        ? Clock.ELAPSED
        : new Clock.Business(calendars.apply(span));
  }

  private void measure(
      Cycle c,
      TreeMap<Instant, Optional<Integer>> requested,
      Map<Type, List<Span>> waits,
      Set<Type> pausedNow,
      Instant at,
      List<MetricStatus> out,
      List<Alarm> alarms) {
    MetricDefinition def = c.def;
    Instant end = c.end == null ? at : c.end;
    List<Span> pauses = pauses(def, waits, c.start, end);
    boolean paused = c.end == null && def.pausedBy().stream().anyMatch(pausedNow::contains);

    // The targets in force over the cycle: at its start, then at each change up to its end.
    List<Instant> froms = new ArrayList<>();
    List<Optional<TimeSpan>> targets = new ArrayList<>();
    froms.add(c.start);
    targets.add(target(decision(requested.floorEntry(c.start).getValue()), def));
    for (Map.Entry<Instant, Optional<Integer>> ch :
        requested.subMap(c.start, false, end, true).entrySet()) {
      froms.add(ch.getKey());
      targets.add(target(decision(ch.getValue()), def));
    }

    Instant breachedAt = null;
    Set<Integer> passed = new java.util.TreeSet<>();
    for (int i = 0; i < targets.size(); i++) {
      if (targets.get(i).isEmpty()) {
        continue;
      }
      TimeSpan span = targets.get(i).get();
      Clock clock = clock(span);
      Instant segEnd = i + 1 < froms.size() ? froms.get(i + 1) : end;
      Budget budget = budget(span, clock, c.start);
      Instant deadline = deadline(clock, c.start, budget, pauses);
      if (breachedAt == null && deadline.isBefore(segEnd)) {
        breachedAt = deadline;
      }
      if (c.end == null) { // alarms are listed for running cycles only
        Duration used = used(clock, c.start, segEnd, pauses);
        for (int p : options.alarmPercents()) {
          if (share(budget.amount, p).compareTo(used) <= 0) {
            passed.add(p);
          }
        }
      }
    }

    Optional<TimeSpan> target = targets.get(targets.size() - 1);
    if (target.isPresent() && target.get().clock() == ClockKind.BUSINESS_DAYS) {
      clauses.add("LIFE-3");
    }
    TimeSpan clockSpan =
        target
            .or(
                () ->
                    target(
                        decision(requested.floorEntry(end).getValue()),
                        MetricDefinition.INITIAL_RESPONSE))
            .orElse(null);
    Clock clock = clockSpan == null ? new Clock.Business(subscriptionCalendar) : clock(clockSpan);
    ClockKind kind = clockSpan == null ? ClockKind.BUSINESS_HOURS : clockSpan.clock();
    Optional<String> calendarId =
        clock instanceof Clock.Business b ? Optional.of(b.calendar.id()) : Optional.empty();
    Duration elapsed = used(clock, c.start, end, pauses);
    Duration pausedTime = clock.between(c.start, end).minus(elapsed);

    MetricState state;
    Optional<Duration> remaining = Optional.empty();
    Optional<Integer> percent = Optional.empty();
    Optional<Instant> deadline = Optional.empty();
    if (target.isEmpty()) {
      state = MetricState.STOPPED;
    } else {
      Budget budget = budget(target.get(), clock, c.start);
      deadline = Optional.of(deadline(clock, c.start, budget, pauses));
      remaining = Optional.of(budget.amount.minus(elapsed));
      percent = Optional.of(percent(elapsed, budget.amount));
      if (breachedAt != null) {
        state = MetricState.BREACHED;
      } else if (c.end != null) {
        state = c.ownStop ? MetricState.MET : MetricState.STOPPED;
      } else if (paused) {
        state = MetricState.PAUSED;
      } else {
        state = MetricState.RUNNING;
        alarms(c, clock, budget, pauses, passed, at, alarms);
      }
    }
    out.add(
        new MetricStatus(
            def.metric(),
            c.number,
            state,
            target,
            kind,
            calendarId,
            c.start,
            elapsed,
            pausedTime,
            remaining,
            percent,
            deadline,
            Optional.ofNullable(c.end),
            state == MetricState.MET ? Optional.ofNullable(c.end) : Optional.empty(),
            Optional.ofNullable(breachedAt)));
  }

  private void alarms(
      Cycle c,
      Clock clock,
      Budget budget,
      List<Span> pauses,
      Set<Integer> passed,
      Instant at,
      List<Alarm> out) {
    for (int p : options.alarmPercents()) {
      if (passed.contains(p)) {
        continue;
      }
      Instant due = reach(clock, c.start, share(budget.amount, p), pauses);
      if (!due.isAfter(at)) {
        continue;
      }
      clauses.add("LIFE-7");
      boolean inHours = clock.counts(due);
      if (!inHours && options.offHours() == StatusOptions.OffHours.NEXT_OPENING) {
        out.add(
            new Alarm(c.def.metric(), c.number, p, clock.nextOpening(due), true, Optional.of(due)));
      } else {
        out.add(new Alarm(c.def.metric(), c.number, p, due, inHours, Optional.empty()));
      }
    }
  }

  /** {@code p} percent of an amount, rounded down to the nanosecond. */
  private static Duration share(Duration amount, int p) {
    return p == 100 ? amount : amount.multipliedBy(p).dividedBy(100);
  }

  private static int percent(Duration elapsed, Duration target) {
    if (target.isZero()) {
      return 100;
    }
    return new java.math.BigDecimal(elapsed.toNanos())
        .multiply(java.math.BigDecimal.valueOf(100))
        .divide(new java.math.BigDecimal(target.toNanos()), 0, java.math.RoundingMode.FLOOR)
        .intValueExact();
  }

  /**
   * A target as an amount of its clock's time. Business days become, per cycle, the business time
   * from the start to TIME-3's deadline {@code time3} (LIFE-3); {@code latest} says whether the
   * deadline is the latest instant that amount is used (TIME-3's deadline sits at an opening) or
   * the earliest.
   */
  private record Budget(Duration amount, boolean latest, @Nullable Instant time3) {}

  private static Budget budget(TimeSpan span, Clock clock, Instant start) {
    if (span.clock() != ClockKind.BUSINESS_DAYS) {
      return new Budget(span.duration(), false, null);
    }
    BusinessCalendar cal = ((Clock.Business) clock).calendar;
    Instant d3 = cal.addBusinessDays(start, span.days());
    boolean latest = !cal.isBusinessTime(d3.minusNanos(1));
    return new Budget(cal.between(start, d3), latest, d3);
  }

  private static Instant deadline(Clock clock, Instant start, Budget budget, List<Span> pauses) {
    Instant d = reach(clock, start, budget.amount, pauses);
    Instant time3 = budget.time3;
    if (time3 != null && d.equals(clock.add(start, budget.amount))) {
      return time3; // no pause delays it: TIME-3's own deadline, even between two windows
    }
    return budget.latest && !clock.counts(d) ? clock.nextOpening(d) : d;
  }

  /** The earliest instant at which {@code amount} of the clock's time is used, pauses skipped. */
  private static Instant reach(Clock clock, Instant start, Duration amount, List<Span> pauses) {
    if (amount.isZero()) {
      return clock.add(start, amount);
    }
    Instant cur = start;
    Duration rem = amount;
    for (Span p : pauses) {
      if (!p.to.isAfter(cur)) {
        continue;
      }
      Instant a = p.from.isBefore(cur) ? cur : p.from;
      Duration avail = clock.between(cur, a);
      if (avail.compareTo(rem) >= 0) {
        return clock.add(cur, rem);
      }
      rem = rem.minus(avail);
      cur = p.to;
    }
    return clock.add(cur, rem);
  }

  /** The clock's time in [from, to) outside the pauses. */
  private static Duration used(Clock clock, Instant from, Instant to, List<Span> pauses) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    Duration d = clock.between(from, to);
    for (Span p : pauses) {
      Instant a = p.from.isBefore(from) ? from : p.from;
      Instant b = p.to.isAfter(to) ? to : p.to;
      if (b.isAfter(a)) {
        d = d.minus(clock.between(a, b));
      }
    }
    return d;
  }

  /** The waits that pause this metric, within [from, to), merged and in order. */
  private static List<Span> pauses(
      MetricDefinition def, Map<Type, List<Span>> waits, Instant from, Instant to) {
    List<Span> all = new ArrayList<>();
    for (Type w : def.pausedBy()) {
      for (Span s : waits.getOrDefault(w, List.of())) {
        Instant a = s.from.isBefore(from) ? from : s.from;
        Instant b = s.to.isAfter(to) ? to : s.to;
        if (b.isAfter(a)) {
          all.add(new Span(a, b));
        }
      }
    }
    all.sort(Comparator.comparing(Span::from));
    List<Span> merged = new ArrayList<>();
    for (Span s : all) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !s.from.isAfter(last.to)) {
        if (s.to.isAfter(last.to)) {
          merged.set(merged.size() - 1, new Span(last.from, s.to));
        }
      } else {
        merged.add(s);
      }
    }
    return merged;
  }

  /** The time a metric counts: 24x7, or a calendar's business time. */
  private interface Clock {
    Instant add(Instant from, Duration amount);

    Duration between(Instant from, Instant to);

    boolean counts(Instant instant);

    Instant nextOpening(Instant instant);

    Clock ELAPSED =
        new Clock() {
          @Override
          public Instant add(Instant from, Duration amount) {
            return from.plus(amount);
          }

          @Override
          public Duration between(Instant from, Instant to) {
            return Duration.between(from, to);
          }

          @Override
          public boolean counts(Instant instant) {
            return true;
          }

          @Override
          public Instant nextOpening(Instant instant) {
            return instant;
          }
        };

    /** Business time of a calendar. */
    final class Business implements Clock {
      final BusinessCalendar calendar;

      Business(BusinessCalendar calendar) {
        this.calendar = calendar;
      }

      @Override
      public Instant add(Instant from, Duration amount) {
        return calendar.add(from, amount);
      }

      @Override
      public Duration between(Instant from, Instant to) {
        return calendar.between(from, to);
      }

      @Override
      public boolean counts(Instant instant) {
        return calendar.isBusinessTime(instant);
      }

      @Override
      public Instant nextOpening(Instant instant) {
        return calendar.nextOpening(instant).orElse(instant);
      }
    }
  }
}
