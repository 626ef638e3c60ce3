package io.github.slakit.oncall;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A layer of a schedule: a rotation of participants taking turns of a fixed length in local
 * wall-clock time, from a first hand-off on; optionally in a zone of its own (follow-the-sun) and
 * shown only inside its {@linkplain Restriction restrictions}.
 *
 * <p>Turn {@code k} (from 0) starts at the local date-time {@code start + k * turn} of the layer's
 * zone and belongs to participant {@code k mod n}; a hand-off time that does not exist moves to
 * the first instant after the gap, one that occurs twice takes its first occurrence (ONCALL-4,
 * {@link io.github.slakit.calendars.WallClock#start}). So a daily 09:00 hand-off stays at 09:00
 * across daylight saving, and a 12-hour turn hands off at 09:00 and 21:00. Before its first
 * hand-off a layer has nobody.
 *
 * <p>Immutable and thread-safe.
 */
public final class Layer {
  private final String name;
  private final List<String> participants;
  private final Duration turn;
  private final LocalDateTime start;
  private final @Nullable ZoneId zone;
  private final List<Restriction> restrictions;

  private Layer(Builder b) {
    this.name = b.name;
    this.participants = List.copyOf(b.participants);
    this.turn = b.turn;
    this.start = b.start;
    this.zone = b.zone;
    this.restrictions = List.copyOf(b.restrictions);
  }

  /**
   * A builder for a layer whose first turn starts at {@code start} (local time of the layer's zone)
   * and whose turns last {@code turn} of wall-clock time.
   *
   * @param start the first hand-off, a local date-time
   * @param turn the length of a turn: hours, days, weeks or any whole number of minutes
   * @return the builder
   * @throws IllegalArgumentException when {@code turn} is not a positive whole number of minutes
   */
  public static Builder builder(LocalDateTime start, Duration turn) {
    return new Builder(start, turn);
  }

  /**
   * The layer's name ({@code "Seoul"}), if it has one.
   *
   * @return the name, or empty
   */
  public Optional<String> name() {
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }

  /**
   * Who takes turns, in order; a person may be listed more than once.
   *
   * @return the participants, at least one
   */
  public List<String> participants() {
    return participants;
  }

  /**
   * The length of a turn in local wall-clock time.
   *
   * @return a positive whole number of minutes
   */
  public Duration turn() {
    return turn;
  }

  /**
   * The first hand-off, in local time of the layer's zone.
   *
   * @return the local date-time
   */
  public LocalDateTime start() {
    return start;
  }

  /**
   * The layer's own zone, if it has one; else it runs in the schedule's.
   *
   * @return the zone, or empty
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * When the layer is shown; empty when always.
   *
   * @return the restrictions, whose union is shown
   */
  public List<Restriction> restrictions() {
    return restrictions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Layer l
        && name.equals(l.name)
        && participants.equals(l.participants)
        && turn.equals(l.turn)
        && start.equals(l.start)
        && Objects.equals(zone, l.zone)
        && restrictions.equals(l.restrictions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, participants, turn, start, zone, restrictions);
  }

  @Override
  public String toString() {
    return "Layer["
        + (name.isEmpty() ? "" : name + ", ")
        + participants
        + " every "
        + turn
        + " from "
        + start
        + (zone == null ? "" : " " + zone)
        + (restrictions.isEmpty() ? "" : " restricted to " + restrictions)
        + "]";
  }

  /** Builds a {@link Layer}. Not thread-safe. */
  public static final class Builder {
    private String name = "";
    private final List<String> participants = new ArrayList<>();
    private final Duration turn;
    private final LocalDateTime start;
    private @Nullable ZoneId zone;
    private final List<Restriction> restrictions = new ArrayList<>();

    private Builder(LocalDateTime start, Duration turn) {
      this.start = Objects.requireNonNull(start, "start");
      this.turn = Objects.requireNonNull(turn, "turn");
      if (turn.isNegative()
          || turn.isZero()
          || turn.getNano() != 0
          || turn.getSeconds() % 60 != 0) {
        throw new IllegalArgumentException(
            "a turn is a positive whole number of minutes, not " + turn);
      }
    }

    /**
     * Names the layer.
     *
     * @param name the name; {@code ""} for none
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Adds participants, after those already added, in turn order.
     *
     * @param people who take turns; none blank
     * @return this builder
     * @throws IllegalArgumentException when a name is blank
     */
    public Builder participants(String... people) {
      return participants(List.of(people));
    }

    /**
     * Adds participants, after those already added, in turn order.
     *
     * @param people who take turns; none blank
     * @return this builder
     * @throws IllegalArgumentException when a name is blank
     */
    public Builder participants(List<String> people) {
      for (String p : people) {
        if (Objects.requireNonNull(p, "participant").isBlank()) {
          throw new IllegalArgumentException("a participant's name is blank");
        }
        participants.add(p);
      }
      return this;
    }

    /**
     * Runs the layer in a zone of its own instead of the schedule's (follow-the-sun).
     *
     * @param zone the zone, or {@code null} for the schedule's
     * @return this builder
     */
    public Builder zone(@Nullable ZoneId zone) {
      this.zone = zone;
      return this;
    }

    /**
     * Adds a restriction: the layer is shown only inside the union of its restrictions.
     *
     * @param restriction when the layer is shown
     * @return this builder
     */
    public Builder restriction(Restriction restriction) {
      restrictions.add(Objects.requireNonNull(restriction, "restriction"));
      return this;
    }

    /**
     * The layer.
     *
     * @return a new layer
     * @throws IllegalArgumentException when it has no participant
     */
    public Layer build() {
      if (participants.isEmpty()) {
        throw new IllegalArgumentException("a layer needs at least one participant");
      }
      return new Layer(this);
    }
  }
}
