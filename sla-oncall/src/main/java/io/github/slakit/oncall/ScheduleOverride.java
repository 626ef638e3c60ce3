package io.github.slakit.oncall;

import java.time.Instant;
import java.util.Objects;

/**
 * A one-off override: {@code person} is on call over {@code [start, end)}, whatever the layers
 * say. Of two overlapping overrides, the one listed last wins (ONCALL-4). (Not called {@code
 * Override}, which would hide {@code java.lang.Override} from code that imports this package.)
 *
 * @param person who is on call
 * @param start the first instant of the override
 * @param end the first instant after it; after {@code start}
 */
public record ScheduleOverride(String person, Instant start, Instant end) {
  /**
   * Checks the override.
   *
   * @param person who is on call; not blank
   * @param start the first instant of the override
   * @param end the first instant after it
   * @throws IllegalArgumentException when the person is blank or {@code end} is not after {@code
   *     start}
   */
  public ScheduleOverride {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (person.isBlank()) {
      throw new IllegalArgumentException("an override needs a person");
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "an override's end (" + end + ") must be after its start (" + start + ")");
    }
  }
}
