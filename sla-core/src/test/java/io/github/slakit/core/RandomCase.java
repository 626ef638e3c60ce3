package io.github.slakit.core;

import io.github.slakit.calendars.BusinessCalendar;
import io.github.slakit.calendars.TimeWindow;
import io.github.slakit.core.CaseEvent.Type;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One random case for the lifecycle's property tests, all drawn from one random seed: a calendar
 * (weekly windows, overnight ones among them, a third of them office-like with one window Monday
 * to Friday, a few holidays) in a zone with or without daylight saving, a response target per
 * severity (24x7, business hours or business days), sometimes a resolution target, an opening
 * (half the time in the days before a DST change), a history of events (waits of both kinds, some
 * over whole windows, responses, severity changes, two at one instant among them, resolve,
 * reopen, close, many at one instant, some where a share of a target is used), a moment to ask
 * at and the alarm options. Everything is on whole minutes. {@link #toString()} shows all of it,
 * events in local time, for failure messages.
 */
final class RandomCase {
  static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Europe/Paris"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Seoul"));
  private static final long START = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
  private static final long END = Instant.parse("2028-01-01T00:00:00Z").getEpochSecond();

  final long seed;
  final ZoneId zone;
  final BusinessCalendar calendar;

  /** The response target of severities 1..4 (index 0 unused). */
  final List<TimeSpan> response;

  final Optional<TimeSpan> resolution;
  final Instant opened;
  final Optional<Integer> severity;
  final List<CaseEvent> events;
  final Instant at;
  final StatusOptions options;

  /** The waits that pause each built-in metric: both (LIFE-2), or a third of the time fewer. */
  final Map<String, Set<Type>> pausedBy = new TreeMap<>();

  private final Random random;
  private final StringBuilder calendarText = new StringBuilder();

  private RandomCase(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
    this.zone = ZONES.get(random.nextInt(ZONES.size()));
    Instant uniform = minute(START + (long) (random.nextDouble() * (END - START)));
    ZoneOffsetTransition dst = zone.getRules().nextTransition(uniform);
    Instant focus = random.nextBoolean() && dst != null ? dst.getInstant() : uniform;
    this.opened = focus.minus(Duration.ofMinutes(random.nextInt(4 * 1440)));

    BusinessCalendar.Builder b = BusinessCalendar.builder(zone).id("random");
    int open = 0;
    // a third of the calendars are office-like: one window, the same on Monday to Friday
    List<TimeWindow> office = random.nextInt(3) == 0 ? List.of(window()) : null;
    for (DayOfWeek day : DayOfWeek.values()) {
      List<TimeWindow> windows = new ArrayList<>();
      boolean closed = random.nextInt(4) == 0 && open >= day.ordinal() - 3;
      for (int k = closed ? 0 : 1 + random.nextInt(2); k > 0; k--) {
        windows.add(window());
      }
      if (office != null) {
        windows = day.getValue() <= 5 ? office : List.of();
      }
      open += windows.isEmpty() ? 0 : 1;
      b.weekly(day, windows);
      calendarText.append("\n  ").append(day).append(' ').append(windows);
    }
    LocalDate openedOn = LocalDate.ofInstant(opened, zone);
    for (int k = random.nextInt(4); k > 0; k--) {
      LocalDate date = openedOn.plusDays(random.nextInt(14) - 2);
      b.addHoliday(date, "closure");
      calendarText.append("\n  holiday ").append(date);
    }
    this.calendar = b.build();

    List<TimeSpan> targets = new ArrayList<>();
    targets.add(TimeSpan.ZERO);
    for (int s = 1; s <= 4; s++) {
      targets.add(span(24 * 60, 16 * 60, 3));
    }
    this.response = List.copyOf(targets);
    this.resolution =
        random.nextBoolean() ? Optional.of(span(5 * 24 * 60, 40 * 60, 5)) : Optional.empty();
    this.severity = random.nextInt(5) == 0 ? Optional.empty() : Optional.of(1 + random.nextInt(4));

    switch (random.nextInt(3)) {
      case 0:
        this.options = StatusOptions.DEFAULTS;
        break;
      case 1:
        this.options = StatusOptions.DEFAULTS.withOffHours(StatusOptions.OffHours.NEXT_OPENING);
        break;
      default:
        List<Integer> percents = new ArrayList<>();
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
          percents.add(1 + random.nextInt(100));
        }
        this.options =
            new StatusOptions(
                percents,
                random.nextBoolean()
                    ? StatusOptions.OffHours.MARK
                    : StatusOptions.OffHours.NEXT_OPENING);
    }

    boolean fewer = random.nextInt(3) == 0;
    for (MetricDefinition d : MetricDefinition.defaults()) {
      Set<Type> waits = EnumSet.copyOf(MetricDefinition.WAITS);
      waits.removeIf(w -> fewer && random.nextBoolean());
      pausedBy.put(d.metric(), waits);
    }

    List<Instant> edges = edges();
    List<CaseEvent> evs = new ArrayList<>();
    List<Instant> instants = new ArrayList<>(List.of(opened));
    // half the time instants anywhere in four days, else a story: each after the one before;
    // some at an instant already taken, some where something is exactly on time
    boolean story = random.nextBoolean();
    for (int k = random.nextInt(story ? 16 : 12); k > 0; k--) {
      Instant last = instants.get(instants.size() - 1);
      int r = random.nextInt(story ? 5 : 4);
      Instant t =
          r == 0
              ? instants.get(random.nextInt(instants.size()))
              : r == 1
                  ? edges.get(random.nextInt(edges.size()))
                  : story
                      ? last.plus(
                          Duration.ofMinutes(random.nextInt(random.nextBoolean() ? 120 : 1440)))
                      : opened.plus(Duration.ofMinutes(random.nextInt(4 * 1440)));
      instants.add(t);
      evs.add(event(t));
      if (evs.get(evs.size() - 1).type() == Type.SEVERITY_CHANGED && random.nextInt(4) == 0) {
        evs.add(CaseEvent.severityChanged(t, 1 + random.nextInt(4))); // two at one instant
      }
    }
    List<BusinessCalendar.Interval> windows =
        calendar.intervals(opened, opened.plus(Duration.ofDays(5)));
    if (random.nextInt(3) == 0 && windows.size() > 1) {
      // a customer wait over whole windows: from the opening or a window's end to a later start
      int from = random.nextInt(windows.size() - 1);
      int to = from + 1 + random.nextInt(windows.size() - 1 - from);
      Instant start = random.nextInt(3) == 0 ? opened : windows.get(from).end();
      evs.add(CaseEvent.of(Type.WAITING_ON_CUSTOMER, start));
      evs.add(CaseEvent.of(Type.CUSTOMER_RESPONDED, windows.get(to).start()));
      instants.add(windows.get(to).start());
    }
    this.events = List.copyOf(evs);
    Instant last = instants.stream().max(Comparator.naturalOrder()).orElseThrow();
    int r = random.nextInt(4);
    this.at =
        r == 0
            ? instants.get(random.nextInt(instants.size()))
            : r == 1
                ? edges.get(random.nextInt(edges.size()))
                : opened.plus(
                    Duration.ofMinutes(
                        random.nextInt(
                            (int) Duration.between(opened, last).toMinutes() + 2 * 1440)));
  }

  /**
   * Instants where something is exactly on time: the opening, the edges of the calendar's windows
   * in the first days, and where each response target's alarm shares and deadline fall without
   * pauses. Whole minutes only.
   */
  private List<Instant> edges() {
    List<Instant> out = new ArrayList<>(List.of(opened));
    Instant later = opened.plus(Duration.ofDays(5));
    for (BusinessCalendar.Interval i : calendar.intervals(opened, later)) {
      out.add(i.start());
      out.add(i.end());
    }
    Set<Integer> percents = new TreeSet<>(options.alarmPercents());
    percents.add(100);
    for (TimeSpan t : response.subList(1, 5)) {
      Duration amount = t.duration();
      if (t.clock() == ClockKind.BUSINESS_DAYS) {
        Instant d3 = calendar.addBusinessDays(opened, t.days());
        out.add(d3);
        amount = calendar.between(opened, d3);
      }
      for (int p : percents) {
        Duration share = amount.multipliedBy(p).dividedBy(100);
        out.add(t.clock() == ClockKind.ELAPSED ? opened.plus(share) : calendar.add(opened, share));
      }
    }
    out.removeIf(e -> e.getNano() != 0 || e.getEpochSecond() % 60 != 0);
    return out;
  }

  static RandomCase of(long seed) {
    return new RandomCase(seed);
  }

  /** A window of 1 to 12 hours, on the half-hour grid mostly; 1 in 5 overnight. */
  private TimeWindow window() {
    int start =
        random.nextInt(5) == 0
            ? 18 * 60 + 30 * random.nextInt(12)
            : random.nextInt(4) == 0 ? random.nextInt(1440) : 30 * random.nextInt(48);
    int length = random.nextInt(4) == 0 ? 60 + random.nextInt(660) : 30 * (2 + random.nextInt(23));
    return TimeWindow.of(
        LocalTime.ofSecondOfDay(start * 60L),
        LocalTime.ofSecondOfDay((start + length) % 1440 * 60L));
  }

  /** A target: 24x7 or business hours up to the given minutes, or 1..days business days. */
  private TimeSpan span(int elapsedMinutes, int businessMinutes, int days) {
    switch (random.nextInt(3)) {
      case 0:
        return TimeSpan.elapsed(minutes(elapsedMinutes));
      case 1:
        return new TimeSpan(
            ClockKind.BUSINESS_HOURS, minutes(businessMinutes), 0, Optional.empty());
      default:
        return TimeSpan.businessDays(1 + random.nextInt(days));
    }
  }

  /** 1..max minutes, whole hours half the time. */
  private Duration minutes(int max) {
    return random.nextBoolean()
        ? Duration.ofHours(1 + random.nextInt(max / 60))
        : Duration.ofMinutes(1 + random.nextInt(max));
  }

  private CaseEvent event(Instant t) {
    int r = random.nextInt(22);
    Type type;
    if (r < 3) {
      type = Type.WAITING_ON_CUSTOMER;
    } else if (r < 5) {
      type = Type.WAITING_ON_VENDOR;
    } else if (r < 9) {
      type = Type.CUSTOMER_RESPONDED;
    } else if (r < 13) {
      type = Type.AGENT_RESPONDED;
    } else if (r < 16) {
      return CaseEvent.severityChanged(t, 1 + random.nextInt(4));
    } else if (r < 18) {
      type = Type.RESOLVED;
    } else if (r < 20) {
      type = Type.REOPENED;
    } else if (r < 21) {
      type = Type.CLOSED;
    } else if (random.nextBoolean()) {
      return CaseEvent.of(Type.OPENED, opened); // only ever at the opening
    } else {
      type = Type.ESCALATED;
    }
    return CaseEvent.of(type, t);
  }

  private static Instant minute(long epochSecond) {
    return Instant.ofEpochSecond(Math.floorDiv(epochSecond, 60) * 60);
  }

  /** The engine with the test ruleset over this case's targets. */
  SlaEngine engine() {
    Map<String, TimeSpan> extra =
        resolution.map(r -> Map.of(Metrics.RESOLUTION, r)).orElse(Map.of());
    List<MetricDefinition> metrics = new ArrayList<>();
    for (MetricDefinition d : MetricDefinition.defaults()) {
      metrics.add(d.pausedBy(pausedBy.get(d.metric())));
    }
    return SlaEngine.builder().ruleset(new TestRuleset(response::get, metrics, extra)).build();
  }

  SupportCase supportCase() {
    SupportCase.Builder b =
        SupportCase.builder("C-" + seed, TestRuleset.VENDOR, opened.atOffset(ZoneOffset.UTC));
    severity.ifPresent(b::severity);
    return b.build();
  }

  Subscription subscription() {
    return Subscription.builder("S-1", TestRuleset.VENDOR, "ANY", new Location("XX", zone))
        .calendar(calendar)
        .build();
  }

  CaseStatus status(List<CaseEvent> history, Instant moment) {
    return engine().status(supportCase(), subscription(), history, moment, options);
  }

  /** The reference over this case's calendar and targets. */
  ReferenceLifecycle reference() {
    return new ReferenceLifecycle(
        calendar,
        (metric, s) ->
            metric.equals(Metrics.RESOLUTION)
                ? resolution
                : metric.equals(Metrics.INITIAL_RESPONSE)
                    ? Optional.of(response.get(s))
                    : Optional.empty(),
        3,
        pausedBy,
        options);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** The history with each event's local time, as a failure message shows it. */
  static String history(List<CaseEvent> events, ZoneId zone) {
    StringBuilder s = new StringBuilder();
    events.stream()
        .sorted(Comparator.comparing(CaseEvent::at))
        .forEach(
            e ->
                s.append("\n    ")
                    .append(e.at())
                    .append(" (")
                    .append(e.at().atZone(zone).toLocalDateTime())
                    .append(' ')
                    .append(e.at().atZone(zone).getDayOfWeek())
                    .append(") ")
                    .append(e.type())
                    .append(e.severity().map(v -> " " + v).orElse("")));
    return s.toString();
  }

  static String local(Instant t, ZoneId zone) {
    return t + " (" + t.atZone(zone).toLocalDateTime() + " " + t.atZone(zone).getDayOfWeek() + ")";
  }

  @Override
  public String toString() {
    return "random seed "
        + seed
        + ": "
        + zone
        + calendarText
        + "\n  response targets S1..S4 "
        + response.subList(1, 5)
        + ", resolution "
        + resolution.map(String::valueOf).orElse("none")
        + "\n  opened "
        + local(opened, zone)
        + ", severity "
        + severity.map(String::valueOf).orElse("none")
        + "\n  events:"
        + history(events, zone)
        + "\n  at "
        + local(at, zone)
        + "\n  paused by "
        + pausedBy
        + "\n  alarms at "
        + options.alarmPercents()
        + " %, off hours "
        + options.offHours();
  }
}
