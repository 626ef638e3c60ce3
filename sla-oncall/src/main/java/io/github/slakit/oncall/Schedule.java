package io.github.slakit.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An on-call schedule (ONCALL-1): a time zone, layers of rotations in order, and one-off overrides.
 *
 * <p>Who is on call at a moment (ONCALL-4): the last override listed that covers it; else the last
 * layer listed that has someone then (a later layer wins; a restricted layer has someone only
 * inside its restrictions, while its rotation keeps turning underneath); else nobody: a {@link Gap}.
 * Ranges are half-open, {@code [from, to)}.
 *
 * <p>Immutable and thread-safe; nothing reads a clock. {@link #onCallAt} costs a few
 * microseconds at most, {@link #timeline} is linear in the shifts of the range.
 */
public final class Schedule {
  /** How far {@link #nextOnCall} and {@link #previousOnCall} look: 366 days. */
  public static final Duration SEARCH = Duration.ofDays(366);

  private static final Duration CHUNK = Duration.ofDays(14);

  /** The supported instants: the calendars' years, a day inside either end for any zone. */
  private static final Instant EARLIEST = Instant.parse("1900-01-02T00:00:00Z");

  private static final Instant LATEST = Instant.parse("2299-12-30T00:00:00Z");

  private final String id;
  private final ZoneId zone;
  private final List<Layer> layers;
  private final List<ScheduleOverride> overrides;
  private final Rotation[] rotations;

  private Schedule(Builder b) {
    this.id = b.id;
    this.zone = b.zone;
    this.layers = List.copyOf(b.layers);
    this.overrides = List.copyOf(b.overrides);
    this.rotations = new Rotation[layers.size()];
    for (int i = 0; i < rotations.length; i++) {
      rotations[i] = new Rotation(layers.get(i), i + 1, zone);
    }
  }

  /**
   * A builder for a schedule.
   *
   * @param id the schedule's id, which escalation policies name; not blank
   * @param zone the zone its layers run in, unless a layer names its own
   * @return the builder
   * @throws IllegalArgumentException when the id is blank
   */
  public static Builder builder(String id, ZoneId zone) {
    return new Builder(id, zone);
  }

  /**
   * The schedule's id.
   *
   * @return the id, not blank
   */
  public String id() {
    return id;
  }

  /**
   * The schedule's zone.
   *
   * @return the zone of every layer that names none of its own
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The layers, in order: a later one wins where it has someone.
   *
   * @return the layers
   */
  public List<Layer> layers() {
    return layers;
  }

  /**
   * The overrides, in order: a later one wins where two overlap.
   *
   * @return the overrides
   */
  public List<ScheduleOverride> overrides() {
    return overrides;
  }

  /**
   * Who is on call at an instant, and where the answer comes from.
   *
   * @param instant the moment asked, in the supported years (1900..2299)
   * @return the person and the layer or override; empty when nobody is on call
   * @throws IllegalArgumentException when the instant is outside the supported years
   */
  public Optional<OnCall> onCallAt(Instant instant) {
    check(instant, "instant");
    for (int i = overrides.size() - 1; i >= 0; i--) {
      ScheduleOverride o = overrides.get(i);
      if (!instant.isBefore(o.start()) && instant.isBefore(o.end())) {
        return Optional.of(new OnCall(o.person(), overrideSource(i)));
      }
    }
    for (int i = rotations.length - 1; i >= 0; i--) {
      String person = rotations[i].at(instant);
      if (person != null) {
        return Optional.of(new OnCall(person, rotations[i].source));
      }
    }
    return Optional.empty();
  }

  /**
   * The final timeline over {@code [from, to)}: every shift with its source, and the gaps.
   *
   * @param from the first instant
   * @param to the first instant after the range; not before {@code from}
   * @return the shifts and gaps, covering the range exactly
   * @throws IllegalArgumentException when {@code to} is before {@code from}, or either is outside
   *     the supported years
   */
  public Timeline timeline(Instant from, Instant to) {
    check(from, "from");
    check(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") must not be before from (" + from + ")");
    }
    Painter painter = new Painter();
    List<Rotation.Piece> pieces = new ArrayList<>();
    for (Rotation r : rotations) {
      pieces.clear();
      r.pieces(from, to, pieces);
      for (Rotation.Piece p : pieces) {
        painter.paint(p.start(), p.end(), p.person(), r.source);
      }
    }
    for (int i = 0; i < overrides.size(); i++) {
      ScheduleOverride o = overrides.get(i);
      Instant s = o.start().isBefore(from) ? from : o.start();
      Instant e = o.end().isAfter(to) ? to : o.end();
      if (s.isBefore(e)) {
        painter.paint(s, e, o.person(), overrideSource(i));
      }
    }
    return painter.timeline(from, to);
  }

  /**
   * The gaps of {@code [from, to)}: where nobody is on call.
   *
   * @param from the first instant
   * @param to the first instant after the range; not before {@code from}
   * @return the gaps, in order
   * @throws IllegalArgumentException as {@link #timeline} does
   */
  public List<Gap> gaps(Instant from, Instant to) {
    return timeline(from, to).gaps();
  }

  /**
   * The next on-call (ONCALL-4): the first shift after {@code instant} of a person other than the
   * one on call at it (of anyone, when nobody is), within {@link #SEARCH} of it.
   *
   * @param instant the moment asked
   * @return that shift, cut to the search range; empty when there is none
   * @throws IllegalArgumentException when the instant is outside the supported years
   */
  public Optional<Shift> nextOnCall(Instant instant) {
    String current = onCallAt(instant).map(OnCall::person).orElse(null);
    Instant limit = min(instant.plus(SEARCH), LATEST);
    for (Instant from = instant; from.isBefore(limit); from = from.plus(CHUNK)) {
      for (Shift s : timeline(from, min(from.plus(CHUNK), limit)).shifts()) {
        if (!s.person().equals(current)) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The previous on-call (ONCALL-4): the last shift before {@code instant} of a person other than
   * the one on call at it (of anyone, when nobody is), within {@link #SEARCH} of it.
   *
   * @param instant the moment asked
   * @return that shift, cut to the search range; empty when there is none
   * @throws IllegalArgumentException when the instant is outside the supported years
   */
  public Optional<Shift> previousOnCall(Instant instant) {
    String current = onCallAt(instant).map(OnCall::person).orElse(null);
    Instant limit = max(instant.minus(SEARCH), EARLIEST);
    for (Instant to = instant; to.isAfter(limit); to = to.minus(CHUNK)) {
      List<Shift> shifts = timeline(max(to.minus(CHUNK), limit), to).shifts();
      for (int i = shifts.size() - 1; i >= 0; i--) {
        if (!shifts.get(i).person().equals(current)) {
          return Optional.of(shifts.get(i));
        }
      }
    }
    return Optional.empty();
  }

  private static Source overrideSource(int i) {
    return new Source(Source.Kind.OVERRIDE, i + 1, "");
  }

  private static void check(Instant t, String what) {
    Objects.requireNonNull(t, what);
    if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
      throw new IllegalArgumentException(
          what + " " + t + " is outside the supported range " + EARLIEST + " to " + LATEST);
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Schedule s
        && id.equals(s.id)
        && zone.equals(s.zone)
        && layers.equals(s.layers)
        && overrides.equals(s.overrides);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, zone, layers, overrides);
  }

  @Override
  public String toString() {
    return "Schedule["
        + id
        + ", "
        + zone
        + ", "
        + layers.size()
        + " layers, "
        + overrides.size()
        + " overrides]";
  }

  /**
   * Paints stretches over one another, later over earlier: what remains is the final timeline.
   * Keyed by start; the stretches never overlap.
   */
  private static final class Painter {
    private record Stretch(Instant start, Instant end, String person, Source source) {}

    private final TreeMap<Instant, Stretch> map = new TreeMap<>();

    void paint(Instant s, Instant e, String person, Source source) {
      Map.Entry<Instant, Stretch> before = map.lowerEntry(s);
      if (before != null && before.getValue().end().isAfter(s)) {
        Stretch b = before.getValue();
        map.put(b.start(), new Stretch(b.start(), s, b.person(), b.source()));
        if (b.end().isAfter(e)) {
          map.put(e, new Stretch(e, b.end(), b.person(), b.source()));
        }
      }
      for (Map.Entry<Instant, Stretch> in = map.ceilingEntry(s);
          in != null && in.getKey().isBefore(e);
          in = map.ceilingEntry(s)) {
        Stretch c = in.getValue();
        map.remove(c.start());
        if (c.end().isAfter(e)) {
          map.put(e, new Stretch(e, c.end(), c.person(), c.source()));
        }
      }
      map.put(s, new Stretch(s, e, person, source));
    }

    Timeline timeline(Instant from, Instant to) {
      List<Shift> shifts = new ArrayList<>();
      List<Gap> gaps = new ArrayList<>();
      Instant at = from;
      @Nullable Stretch open = null;
      for (Stretch s : map.values()) {
        if (open != null
            && open.end().equals(s.start())
            && open.person().equals(s.person())
            && open.source().equals(s.source())) {
          open = new Stretch(open.start(), s.end(), s.person(), s.source());
          continue;
        }
        if (open != null) {
          shifts.add(new Shift(open.person(), open.source(), open.start(), open.end()));
          at = open.end();
        }
        if (at.isBefore(s.start())) {
          gaps.add(new Gap(at, s.start()));
        }
        open = s;
      }
      if (open != null) {
        shifts.add(new Shift(open.person(), open.source(), open.start(), open.end()));
        at = open.end();
      }
      if (at.isBefore(to)) {
        gaps.add(new Gap(at, to));
      }
      return new Timeline(from, to, shifts, gaps);
    }
  }

  /** Builds a {@link Schedule}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final ZoneId zone;
    private final List<Layer> layers = new ArrayList<>();
    private final List<ScheduleOverride> overrides = new ArrayList<>();

    private Builder(String id, ZoneId zone) {
      this.id = Objects.requireNonNull(id, "id");
      this.zone = Objects.requireNonNull(zone, "zone");
      if (id.isBlank()) {
        throw new IllegalArgumentException("a schedule needs an id");
      }
    }

    /**
     * Adds a layer above those already added: it wins where it has someone.
     *
     * @param layer the layer
     * @return this builder
     */
    public Builder layer(Layer layer) {
      layers.add(Objects.requireNonNull(layer, "layer"));
      return this;
    }

    /**
     * Adds an override after those already added: it wins where they overlap.
     *
     * @param override the override
     * @return this builder
     */
    public Builder override(ScheduleOverride override) {
      overrides.add(Objects.requireNonNull(override, "override"));
      return this;
    }

    /**
     * Adds an override after those already added.
     *
     * @param person who is on call
     * @param start the first instant
     * @param end the first instant after it
     * @return this builder
     * @throws IllegalArgumentException as {@link ScheduleOverride} does
     */
    public Builder override(String person, Instant start, Instant end) {
      return override(new ScheduleOverride(person, start, end));
    }

    /**
     * The schedule.
     *
     * @return a new schedule
     */
    public Schedule build() {
      return new Schedule(this);
    }
  }
}
