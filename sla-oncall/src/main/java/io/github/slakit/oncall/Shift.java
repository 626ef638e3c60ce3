package io.github.slakit.oncall;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of a schedule's final timeline, {@code [start, end)}, with one person on call from one
 * layer or override. Adjacent stretches of the same person from the same source are one shift.
 *
 * @param person who is on call
 * @param source the layer or override it comes from
 * @param start the first instant
 * @param end the first instant after it; after {@code start}
 */
public record Shift(String person, Source source, Instant start, Instant end) {
  /**
   * Checks the shift.
   *
   * @param person who is on call
   * @param source the layer or override it comes from
   * @param start the first instant
   * @param end the first instant after it
   * @throws IllegalArgumentException when {@code end} is not after {@code start}
   */
  public Shift {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "a shift's end " + end + " must be after its start " + start);
    }
  }

  /**
   * The shift's length.
   *
   * @return the elapsed time from start to end
   */
  public Duration duration() {
    return Duration.between(start, end);
  }
}
