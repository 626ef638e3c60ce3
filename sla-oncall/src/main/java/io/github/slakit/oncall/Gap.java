package io.github.slakit.oncall;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch {@code [start, end)} where nobody is on call: what to fix before it happens.
 *
 * @param start the first instant with nobody on call
 * @param end the first instant after it; after {@code start}
 */
public record Gap(Instant start, Instant end) {
  /**
   * Checks the gap.
   *
   * @param start the first instant with nobody on call
   * @param end the first instant after it
   * @throws IllegalArgumentException when {@code end} is not after {@code start}
   */
  public Gap {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "a gap's end " + end + " must be after its start " + start);
    }
  }

  /**
   * The gap's length.
   *
   * @return the elapsed time from start to end
   */
  public Duration duration() {
    return Duration.between(start, end);
  }
}
